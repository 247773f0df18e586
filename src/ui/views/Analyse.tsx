// The Analyse view: paste or upload an article, set its publication date, and see the mentions and
// times highlighted in the text (displaCy-style) and the events as cards; clicking a card highlights
// its evidence. Also renders a stored article (#/article/ID) the same way.
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n.ts';
import { get, post, type Analysis, type ArticleDetail } from '../api.ts';
import { layout } from '../highlight.ts';
import { Bidi, ErrorBox, EventCard, Loading, useLoad } from '../components.tsx';

export const EXAMPLE = {
  published: '2025-03-10',
  text: [
    'استقبل وزير الخارجية المصري بدر عبد العاطي في القاهرة يوم الأحد نظيره التركي هاكان فيدان، وبحث الجانبان تطورات الأوضاع في ليبيا والسودان.',
    'وقال عبد العاطي إن مصر وتركيا اتفقتا على عقد اجتماع لمجلس التعاون الاستراتيجي في أنقرة الشهر المقبل.',
    'وفي سياق متصل، طالبت الخارجية المصرية إسرائيل بالانسحاب الفوري من الأراضي السورية، فيما هددت إيران بالرد على أي هجوم يستهدف منشآتها النووية.',
  ].join('\n'),
};

type AnalysisEvent = Analysis['events'][number];

function AnnotatedText({ text, analysis, selected }: { text: string; analysis: Analysis; selected: AnalysisEvent | null }): ReactNode {
  const i = useI18n();
  const actors = useMemo(() => new Map(analysis.actors.map((a) => [a.id, a])), [analysis]);
  const pieces = useMemo(
    () => layout(text, analysis.mentions, analysis.times, selected?.evidence ?? null, selected?.trigger ?? null),
    [text, analysis, selected],
  );
  const rtl = analysis.document.lang === 'ar' || /[\u0600-\u06FF]/.test(text.slice(0, 200));
  return (
    <div className={`annotated${rtl ? ' ar' : ''}`} dir={rtl ? 'rtl' : 'ltr'} lang={analysis.document.lang} data-testid="annotated-text">
      {pieces.map((p) => {
        const cls = `${p.inEvidence ? ' evidence' : ''}${p.isTrigger ? ' trigger' : ''}`;
        if (!p.entity) return p.inEvidence || p.isTrigger ? <span key={p.start} className={cls.trim()}>{p.text}</span> : <span key={p.start}>{p.text}</span>;
        if (p.entity.kind === 'time') {
          const tm = analysis.times[p.entity.index]!;
          const value = `${tm.value}${tm.endValue ? ' – ' + tm.endValue : ''}${tm.mod ? ' (' + tm.mod + ')' : ''}`;
          return (
            <mark key={p.start} className={`ent ent-TIME${cls}`} tabIndex={0} data-testid="time" data-value={tm.value}>
              {p.text}
              <span className="ent-label" dir="ltr">{value}</span>
              <span className="tip" role="tooltip" dir="ltr">{tm.type}: {value}</span>
            </mark>
          );
        }
        const m = analysis.mentions[p.entity.index]!;
        const a = m.actor ? actors.get(m.actor) : undefined;
        const roles = a?.roles ?? [];
        return (
          <mark key={p.start} className={`ent ent-${m.type}${cls}`} tabIndex={0} data-testid="mention" data-actor={m.actor ?? ''}>
            {p.text}
            <span className="ent-label" dir="ltr">{m.type}</span>
            <span className="tip" role="tooltip" dir="ltr">
              <b>{a ? a.name : m.actor ?? i.t('notFound')}</b>
              {a?.names.ar ? <> · <bdi dir="rtl">{a.names.ar}</bdi></> : null}
              {roles.length ? <span className="tip-roles">{roles.join('; ')}{analysis.document.published ? ` (${analysis.document.published})` : ''}</span> : null}
              {m.role ? <span className="tip-roles">{m.role}</span> : null}
              <span className="muted small">{m.type}{m.via ? ` · ${m.via}` : ''}</span>
            </span>
          </mark>
        );
      })}
    </div>
  );
}

export function AnalysisResult({ text, analysis }: { text: string; analysis: Analysis }): ReactNode {
  const i = useI18n();
  const [sel, setSel] = useState<string | null>(null);
  const selected = analysis.events.find((e) => e.id === sel) ?? null;
  const actors = useMemo(() => Object.fromEntries(analysis.actors.map((a) => [a.id, a])), [analysis]);
  const textRef = useRef<HTMLDivElement>(null);
  const select = (id: string): void => {
    setSel(sel === id ? null : id);
    requestAnimationFrame(() => textRef.current?.querySelector('.evidence')?.scrollIntoView({ block: 'nearest', behavior: 'smooth' }));
  };
  return (
    <div className="analysis-result">
      <section className="text-panel" ref={textRef}>
        <h3>{i.t('articleText')} <span className="muted small">· {analysis.mentions.length} {i.t('mentions')} · {analysis.times.length} {i.t('times')}</span></h3>
        {analysis.document.assumed ? <p className="muted small">{i.t('assumedDate')}</p> : null}
        <AnnotatedText text={text} analysis={analysis} selected={selected} />
      </section>
      <section className="events-panel">
        <h3>{i.t('events')} <span className="muted small">({analysis.events.length})</span></h3>
        {analysis.events.length === 0 ? <p className="muted" data-testid="no-events">{i.t('noEvents')}</p> : <p className="muted small">{i.t('clickCard')}</p>}
        {analysis.events.map((e) => <EventCard key={e.id} e={e} actors={actors} selected={sel === e.id} onSelect={() => select(e.id)} />)}
      </section>
    </div>
  );
}

export function AnalyseView(): ReactNode {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [published, setPublished] = useState(new Date().toISOString().slice(0, 10));
  const [result, setResult] = useState<{ text: string; analysis: Analysis } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const analysis = await post<Analysis>('/api/analyze', { text, published: published || null });
      setResult({ text, analysis });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const upload = (f: File | undefined): void => {
    if (!f) return;
    void f.text().then(setText);
  };
  return (
    <div className="view analyse">
      <form className="analyse-form" onSubmit={(e) => { e.preventDefault(); void run(); }}>
        <label className="field-label" htmlFor="article-text">{t('articleText')}</label>
        <textarea id="article-text" dir="auto" lang="ar" rows={8} value={text} placeholder={t('placeholder')} onChange={(e) => setText(e.target.value)} />
        <div className="row">
          <label>{t('published')} <input type="date" value={published} onChange={(e) => setPublished(e.target.value)} data-testid="published" /></label>
          <label className="upload">{t('upload')} <input type="file" accept=".txt,text/plain" onChange={(e) => upload(e.target.files?.[0])} /></label>
          <button type="button" onClick={() => { setText(EXAMPLE.text); setPublished(EXAMPLE.published); }}>{t('example')}</button>
          <button type="button" onClick={() => { setText(''); setResult(null); }}>{t('clear')}</button>
          <button type="submit" className="primary" disabled={busy || !text.trim()}>{busy ? t('analysing') : t('analyse')}</button>
        </div>
      </form>
      <ErrorBox error={error} />
      {result && <AnalysisResult text={result.text} analysis={result.analysis} />}
    </div>
  );
}

export function ArticleView({ id }: { id: string }): ReactNode {
  const { t } = useI18n();
  const { data, error, loading } = useLoad((s) => get<ArticleDetail>(`/api/articles/${encodeURIComponent(id)}`, {}, s), [id]);
  const safeUrl = data?.url && /^https?:\/\//i.test(data.url) ? data.url : null;
  return (
    <div className="view article">
      <ErrorBox error={error} />
      <Loading on={loading} />
      {data && (
        <>
          <header className="article-head">
            <p className="muted small">{t('storedArticle')}</p>
            <h2 data-testid="article-title">{data.title ? <Bidi text={data.title} /> : data.id}</h2>
            <p className="muted">
              {data.outlet ? <Bidi text={data.outlet} /> : null} · <span dir="ltr">{data.published ?? ''}</span>
              {safeUrl ? <> · <a href={safeUrl} rel="noopener noreferrer nofollow" target="_blank" dir="ltr">{safeUrl}</a></> : null}
            </p>
          </header>
          {data.analysis ? <AnalysisResult text={data.text} analysis={data.analysis} /> : <div className="annotated ar" dir="rtl" lang="ar">{data.text}</div>}
        </>
      )}
    </div>
  );
}
