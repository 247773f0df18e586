// The Marsad web UI: a hash-routed single page (#/analyse, #/events, #/timeline, #/network,
// #/actors, #/actor/ID, #/article/ID) with English/Arabic interface labels.
import { StrictMode, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nContext, makeI18n, type Lang } from './i18n.ts';
import { get, type Meta } from './api.ts';
import { AnalyseView, ArticleView } from './views/Analyse.tsx';
import { EventsView } from './views/Events.tsx';
import { TimelineView } from './views/Timeline.tsx';
import { NetworkView } from './views/Network.tsx';
import { ActorView, ActorsView } from './views/Actor.tsx';
import './styles.css';

interface Route {
  readonly view: 'analyse' | 'events' | 'timeline' | 'network' | 'actors' | 'actor' | 'article';
  readonly arg: string | null;
}

export function parseHash(hash: string): Route {
  const [, view = '', ...rest] = hash.replace(/^#/, '').split('/');
  let arg: string | null = null;
  if (rest.length) {
    try {
      arg = decodeURIComponent(rest.join('/'));
    } catch {
      arg = null;
    }
  }
  const known = ['analyse', 'events', 'timeline', 'network', 'actors', 'actor', 'article'] as const;
  return (known as readonly string[]).includes(view) ? { view: view as Route['view'], arg } : { view: 'analyse', arg: null };
}

function useRoute(): Route {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const on = (): void => setHash(window.location.hash);
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return parseHash(hash);
}

function initialLang(): Lang {
  const saved = window.localStorage.getItem('marsad.lang');
  if (saved === 'ar' || saved === 'en') return saved;
  return navigator.language?.startsWith('ar') ? 'ar' : 'en';
}

function App(): ReactNode {
  const [lang, setLang] = useState<Lang>(initialLang);
  const i18n = useMemo(() => makeI18n(lang), [lang]);
  const route = useRoute();
  const [meta, setMeta] = useState<Meta | null>(null);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
    document.title = `${i18n.t('appName')} — ${i18n.t('tagline')}`;
    window.localStorage.setItem('marsad.lang', lang);
  }, [lang, i18n]);
  useEffect(() => { get<Meta>('/api/meta').then(setMeta, () => setMeta(null)); }, []);
  const { t } = i18n;
  const nav: [Route['view'], string][] = [['analyse', t('navAnalyse')], ['events', t('navEvents')], ['timeline', t('navTimeline')], ['network', t('navNetwork')], ['actors', t('navActors')]];
  let body: ReactNode;
  switch (route.view) {
    case 'events': body = <EventsView key={route.arg ?? ''} initialActor={route.arg} />; break;
    case 'timeline': body = <TimelineView key={route.arg ?? ''} actor={route.arg} />; break;
    case 'network': body = <NetworkView />; break;
    case 'actors': body = <ActorsView />; break;
    case 'actor': body = route.arg ? <ActorView key={route.arg} id={route.arg} /> : <ActorsView />; break;
    case 'article': body = route.arg ? <ArticleView key={route.arg} id={route.arg} /> : <AnalyseView />; break;
    default: body = <AnalyseView />;
  }
  const active = route.view === 'actor' ? 'actors' : route.view === 'article' ? 'analyse' : route.view;
  return (
    <I18nContext.Provider value={i18n}>
      <header className="top">
        <a className="brand" href="#/analyse"><span className="logo" lang="ar">مرصد</span> <span className="brand-en">Marsad</span></a>
        <nav>
          {nav.map(([v, label]) => <a key={v} href={`#/${v}`} className={active === v ? 'active' : ''} data-nav={v}>{label}</a>)}
        </nav>
        <span className="stats muted small">{meta ? `${meta.stats.articles.toLocaleString()} ${t('articles')} · ${meta.stats.events.toLocaleString()} ${t('events')}` : ''}</span>
        <button type="button" className="lang-switch" data-testid="lang-switch" onClick={() => setLang(lang === 'ar' ? 'en' : 'ar')}>{t('switchLang')}</button>
      </header>
      <main>{body}</main>
    </I18nContext.Provider>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>);
