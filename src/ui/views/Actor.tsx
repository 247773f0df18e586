// The Actor page (names in both scripts, roles over time, counterparts, events, sources) and the
// Actors list with a name filter and article search.
import { useState, type ReactNode } from 'react';
import { useI18n, type Key } from '../i18n.ts';
import { get, type ActorPage, type Page, type SearchHit, type StoredActor, type TimelinePoint } from '../api.ts';
import { ActorLink, Bidi, ErrorBox, EventTable, Loading, ModalityTag, Pager, TimelineChart, TypeBadge, useLoad } from '../components.tsx';

export function ActorView({ id }: { id: string }): ReactNode {
  const i = useI18n();
  const { t } = i;
  const { data, error, loading } = useLoad((s) => get<ActorPage>(`/api/actors/${encodeURIComponent(id)}`, { events: 100 }, s), [id]);
  const tl = useLoad((s) => get<{ points: TimelinePoint[] }>('/api/timeline', { actor: id, bucket: 'month' }, s), [id]);
  if (error) return <div className="view"><ErrorBox error={error} /></div>;
  if (!data) return <div className="view"><Loading on={loading} /></div>;
  const a = data.actor;
  const cpActors: Record<string, { id: string; name: string; names: Record<string, string>; type: string; country: string | null }> = { ...data.actors };
  for (const c of data.counterparts) cpActors[c.actor] ??= { id: c.actor, name: c.name, names: {}, type: '', country: null };
  return (
    <div className="view actor">
      <header className="actor-head">
        <h2 data-testid="actor-name"><span lang="en" dir="ltr">{a.name}</span>{a.names.ar ? <> · <bdi dir="rtl" lang="ar" className="ar" data-testid="actor-name-ar">{a.names.ar}</bdi></> : null}</h2>
        <p className="muted">{a.type}{a.country ? ` · ${a.country}` : ''}{a.sector ? ` · ${a.sector}` : ''}{a.wikidata ? ` · ${a.wikidata}` : ''} · {t('mentionsCount')}: {a.numMentions} · {t('eventsCount')}: {a.numEvents}</p>
        <p><a href={`#/timeline/${encodeURIComponent(a.id)}`}>{t('navTimeline')}</a> · <a href={`#/events/${encodeURIComponent(a.id)}`}>{t('navEvents')}</a></p>
      </header>
      <div className="grid2">
        <section>
          <h3>{t('names')}</h3>
          <ul className="names">
            <li><span className="muted small">EN</span> <span dir="ltr">{a.name}</span></li>
            {data.arNames.map((n) => <li key={n}><span className="muted small">AR</span> <bdi dir="rtl" lang="ar" className="ar">{n}</bdi></li>)}
            {data.aliases.length ? <li><span className="muted small">{t('aliases')}</span> <span dir="ltr">{data.aliases.join(', ')}</span></li> : null}
          </ul>
          <h3>{t('rolesOverTime')}</h3>
          {data.roleSpells.length === 0 && !(a.roles?.length) ? <p className="muted">{t('noRoles')}</p> : (
            <table className="compact" data-testid="roles">
              <thead><tr><th>{t('role')}</th><th>{t('since')}</th><th>{t('until')}</th></tr></thead>
              <tbody>
                {data.roleSpells.map((r, k) => (
                  <tr key={k}><td><span dir="ltr">{r.role}{r.ofName ? `, ${r.ofName}` : ''}</span>{r.ar ? <> · <bdi dir="rtl" className="ar">{r.ar}</bdi></> : null}</td><td dir="ltr">{r.from}</td><td dir="ltr">{r.to ?? t('present')}</td></tr>
                ))}
                {data.roleSpells.length === 0 && (a.roles ?? []).map((r) => <tr key={r}><td colSpan={3} dir="ltr">{r}</td></tr>)}
              </tbody>
            </table>
          )}
          <h3>{t('eventRoles')}</h3>
          <table className="compact">
            <tbody>{data.roles.map((r, k) => <tr key={k}><td>{t(`role_${r.role}` as Key)}</td><td><TypeBadge type={r.type} /></td><td>{r.count}</td></tr>)}</tbody>
          </table>
          <h3>{t('actorSources')}</h3>
          <table className="compact">
            <thead><tr><th>{t('outlet')}</th><th>{t('reports')}</th><th>{t('articles')}</th></tr></thead>
            <tbody>{data.sources.map((s) => <tr key={s.outlet}><td><Bidi text={s.outlet} /></td><td>{s.reports}</td><td>{s.articles}</td></tr>)}</tbody>
          </table>
        </section>
        <section>
          <h3>{t('counterparts')}</h3>
          <table className="compact" data-testid="counterparts">
            <tbody>
              {data.counterparts.map((c) => (
                <tr key={c.actor}>
                  <td><ActorLink id={c.actor} actors={cpActors} /></td>
                  <td>{c.count}</td>
                  <td>{Object.entries(c.types).map(([ty, n]) => <span key={ty} className="type-count"><TypeBadge type={ty as never} /> {n}</span>)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('navTimeline')}</h3>
          {tl.data ? <TimelineChart points={tl.data.points} /> : null}
          <h3>{t('actorEvents')}</h3>
          <table className="compact" data-testid="actor-events">
            <tbody>
              {data.timeline.slice(0, 30).map((e) => (
                <tr key={e.eventId}>
                  <td dir="ltr" className="nowrap">{e.date ?? e.day ?? '—'}</td>
                  <td><TypeBadge type={e.type} /></td>
                  <td>{t(`role_${e.role}` as Key)}</td>
                  <td>{e.counterparts.map((x, k) => <span key={x}>{k ? '، ' : ''}<ActorLink id={x} actors={cpActors} /></span>)}</td>
                  <td><ModalityTag m={e.modality} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
      <h3>{t('navEvents')}</h3>
      <EventTable filters={{ actor: a.id }} pageSize={10} />
    </div>
  );
}

export function ActorsView(): ReactNode {
  const i = useI18n();
  const { t } = i;
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  const [search, setSearch] = useState('');
  const [sq, setSq] = useState('');
  const list = useLoad((s) => get<Page<StoredActor>>('/api/actors', { q: q.trim() || undefined, limit: 50, offset }, s), [q, offset]);
  const hits = useLoad((s) => (sq ? get<Page<SearchHit>>('/api/search', { q: sq, limit: 20 }, s) : Promise.resolve(null)), [sq]);
  return (
    <div className="view actors grid2">
      <section>
        <h3>{t('actorsTitle')}</h3>
        <input type="search" dir="auto" placeholder={t('filterActors')} value={q} onChange={(e) => { setQ(e.target.value); setOffset(0); }} />
        <ErrorBox error={list.error} />
        {list.data && (
          <>
            <Pager total={list.data.total} limit={list.data.limit} offset={list.data.offset} onPage={setOffset} />
            <table className="compact">
              <thead><tr><th>{t('actor')}</th><th>AR</th><th>{t('type')}</th><th>{t('eventsCount')}</th><th>{t('mentionsCount')}</th></tr></thead>
              <tbody>{list.data.rows.map((a) => (
                <tr key={a.id}><td><a href={`#/actor/${encodeURIComponent(a.id)}`} dir="ltr">{a.name}</a></td><td><bdi dir="rtl" className="ar">{a.names.ar ?? ''}</bdi></td><td>{a.type}</td><td>{a.numEvents}</td><td>{a.numMentions}</td></tr>
              ))}</tbody>
            </table>
          </>
        )}
      </section>
      <section>
        <h3>{t('search')}</h3>
        <form onSubmit={(e) => { e.preventDefault(); setSq(search.trim()); }}>
          <input type="search" dir="auto" placeholder={t('searchPlaceholder')} value={search} onChange={(e) => setSearch(e.target.value)} />
        </form>
        <ErrorBox error={hits.error} />
        {hits.data && (
          <ul className="search-hits">
            <li className="muted">{hits.data.total} {t('results')}</li>
            {hits.data.rows.map((h) => (
              <li key={h.articleId}>
                <a href={`#/article/${encodeURIComponent(h.articleId)}`}>{h.title ? <Bidi text={h.title} /> : h.articleId}</a>
                <span className="muted small"> · {h.outlet ? <Bidi text={h.outlet} /> : null} · <span dir="ltr">{h.published}</span></span>
                <p dir="rtl" lang="ar" className="ar snippet">{h.snippet}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
