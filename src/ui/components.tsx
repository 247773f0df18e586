// Shared pieces of the views. Every string from the server is rendered as a React text node.
import { useEffect, useState, type ReactNode } from 'react';
import { useI18n, type Key } from './i18n.ts';
import { get, QUAD_COLOURS, QUAD_OF, QUADS, type ActorBrief, type ActorLabel, type EventDetail, type EventsPage, type PloverType, type StoredActor, type StoredEvent, type TimelinePoint, type Params, type Page } from './api.ts';

/** Loads `load()` whenever `deps` change; stale answers are dropped. */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): { data: T | null; error: string | null; loading: boolean } {
  const [state, setState] = useState<{ data: T | null; error: string | null; loading: boolean }>({ data: null, error: null, loading: true });
  useEffect(() => {
    const ac = new AbortController();
    setState((s) => ({ ...s, loading: true, error: null }));
    load(ac.signal).then(
      (data) => { if (!ac.signal.aborted) setState({ data, error: null, loading: false }); },
      (e: Error) => { if (!ac.signal.aborted) setState({ data: null, error: e.message, loading: false }); },
    );
    return () => ac.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}

export function ErrorBox({ error }: { error: string | null }): ReactNode {
  const { t } = useI18n();
  if (!error) return null;
  return <div className="error" role="alert">{t('error')}: {error}</div>;
}

export function Loading({ on }: { on: boolean }): ReactNode {
  const { t } = useI18n();
  return on ? <div className="loading">{t('loading')}</div> : null;
}

/** A text that may be Arabic: right-to-left when it holds Arabic letters. */
export function Bidi({ text, className }: { text: string; className?: string }): ReactNode {
  const ar = /[\u0600-\u06FF]/.test(text);
  return <bdi dir={ar ? 'rtl' : 'ltr'} lang={ar ? 'ar' : undefined} className={(ar ? 'ar ' : '') + (className ?? '')}>{text}</bdi>;
}

export function ActorLink({ id, actors }: { id: string; actors: Readonly<Record<string, ActorLabel>> }): ReactNode {
  const i = useI18n();
  const a = actors[id];
  return <a className="actor-link" href={`#/actor/${encodeURIComponent(id)}`} title={a ? `${a.name}${a.names.ar ? ' — ' + a.names.ar : ''}` : id}><Bidi text={i.name(a, id)} /></a>;
}

export function ActorList({ ids, actors }: { ids: readonly string[]; actors: Readonly<Record<string, ActorLabel>> }): ReactNode {
  if (ids.length === 0) return <span className="muted">—</span>;
  return <>{ids.map((id, k) => <span key={id}>{k > 0 ? '، ' : ''}<ActorLink id={id} actors={actors} /></span>)}</>;
}

export function TypeBadge({ type }: { type: PloverType }): ReactNode {
  const quad = QUAD_OF[type];
  return <span className={`type-badge quad-${quad}`} style={{ borderColor: QUAD_COLOURS[quad], color: QUAD_COLOURS[quad] }} dir="ltr">{type}</span>;
}

export function QuadLegend(): ReactNode {
  const { t } = useI18n();
  return (
    <div className="legend">
      {QUADS.map((q) => <span key={q} className="legend-item"><span className="swatch" style={{ background: QUAD_COLOURS[q] }} />{t(q)}</span>)}
    </div>
  );
}

export function ModalityTag({ m }: { m: string }): ReactNode {
  const { t } = useI18n();
  return <span className={`modality mod-${m}`}>{t(`mod_${m}` as Key)}</span>;
}

export function Pager({ total, limit, offset, onPage }: { total: number; limit: number; offset: number; onPage: (offset: number) => void }): ReactNode {
  const { t } = useI18n();
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.max(1, Math.ceil(total / limit));
  return (
    <div className="pager">
      <button type="button" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - limit))}>{t('previous')}</button>
      <span className="pager-info">{t('page')} <b>{page.toLocaleString()}</b> {t('of')} {pages.toLocaleString()} · <b data-testid="total">{total.toLocaleString()}</b> {t('total')}</span>
      <button type="button" disabled={offset + limit >= total} onClick={() => onPage(offset + limit)}>{t('next')}</button>
    </div>
  );
}

/** Autocomplete over /api/actors: typing searches English and Arabic names. */
export function ActorPicker({ value, onChange, label, testId }: { value: string | null; onChange: (id: string | null, a?: StoredActor) => void; label: string; testId?: string }): ReactNode {
  const i = useI18n();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<StoredActor[]>([]);
  const [chosen, setChosen] = useState<StoredActor | null>(null);
  useEffect(() => {
    if (!value) { setChosen(null); return; }
    if (chosen?.id === value) return;
    const ac = new AbortController();
    get<StoredActor>(`/api/actors/${encodeURIComponent(value)}`, {}, ac.signal)
      .then((p) => setChosen((p as unknown as { actor: StoredActor }).actor))
      .catch(() => setChosen(null));
    return () => ac.abort();
  }, [value]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (q.trim().length < 2) { setHits([]); return; }
    const ac = new AbortController();
    const h = setTimeout(() => {
      get<Page<StoredActor>>('/api/actors', { q, limit: 12 }, ac.signal).then((p) => setHits([...p.rows]), () => setHits([]));
    }, 150);
    return () => { clearTimeout(h); ac.abort(); };
  }, [q]);
  return (
    <label className="picker" data-testid={testId}>
      <span className="field-label">{label}</span>
      {value ? (
        <span className="chip">
          <Bidi text={chosen ? i.name(chosen) : value} />
          <button type="button" aria-label="×" onClick={() => { onChange(null); setQ(''); }}>×</button>
        </span>
      ) : (
        <span className="picker-box">
          <input type="search" value={q} placeholder={i.t('chooseActor')} onChange={(e) => setQ(e.target.value)} dir="auto" />
          {hits.length > 0 && (
            <ul className="suggestions" role="listbox">
              {hits.map((a) => (
                <li key={a.id}>
                  <button type="button" role="option" aria-selected="false" onClick={() => { setChosen(a); onChange(a.id, a); setQ(''); setHits([]); }}>
                    <span>{a.name}</span> <Bidi text={a.names.ar ?? ''} className="muted" /> <span className="muted small">({a.numEvents})</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </span>
      )}
    </label>
  );
}

/** One event as a card (analysis events and stored events share the fields shown). */
export function EventCard({ e, actors, selected, onSelect, extra }: {
  e: { id: string; type: PloverType; sources: readonly string[]; targets: readonly string[]; date: string | null; location: string | null; modality: string; mode?: string | null; attribution?: readonly string[]; trigger?: { text: string } | null; mediators?: readonly string[] };
  actors: Readonly<Record<string, ActorLabel>>;
  selected?: boolean;
  onSelect?: () => void;
  extra?: ReactNode;
}): ReactNode {
  const { t } = useI18n();
  const quad = QUAD_OF[e.type];
  return (
    <article className={`event-card${selected ? ' selected' : ''}`} style={{ borderInlineStartColor: QUAD_COLOURS[quad] }}
      data-testid="event-card" tabIndex={0} onClick={onSelect} onKeyDown={(k) => { if (k.key === 'Enter' || k.key === ' ') { k.preventDefault(); onSelect?.(); } }}>
      <header><TypeBadge type={e.type} />{e.mode ? <span className="muted small"> · {e.mode}</span> : null} <ModalityTag m={e.modality} /></header>
      <div className="flow"><ActorList ids={e.sources} actors={actors} /> <span className="arrow" aria-hidden="true">→</span> <ActorList ids={e.targets} actors={actors} /></div>
      <dl>
        {e.date ? <><dt>{t('date')}</dt><dd dir="ltr">{e.date}</dd></> : null}
        {e.location ? <><dt>{t('place')}</dt><dd><ActorLink id={e.location} actors={actors} /></dd></> : null}
        {e.mediators && e.mediators.length ? <><dt>{t('role_mediator')}</dt><dd><ActorList ids={e.mediators} actors={actors} /></dd></> : null}
        {e.attribution && e.attribution.length ? <><dt>{t('attribution')}</dt><dd>{e.attribution.map((a, k) => <span key={k}>{k ? '، ' : ''}{actors[a] ? <ActorLink id={a} actors={actors} /> : <Bidi text={a} />}</span>)}</dd></> : null}
        {e.trigger ? <><dt>{t('trigger')}</dt><dd><Bidi text={e.trigger.text} /></dd></> : null}
      </dl>
      {extra}
    </article>
  );
}

/** Paginated event table over /api/events with the given filters. */
export function EventTable({ filters, pageSize = 25 }: { filters: Params; pageSize?: number }): ReactNode {
  // a new filter starts again at the first page
  return <EventTablePages key={JSON.stringify(filters)} filters={filters} pageSize={pageSize} />;
}

function EventTablePages({ filters, pageSize }: { filters: Params; pageSize: number }): ReactNode {
  const { t } = useI18n();
  const [offset, setOffset] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const key = JSON.stringify(filters);
  const { data, error, loading } = useLoad((s) => get<EventsPage>('/api/events', { ...filters, limit: pageSize, offset }, s), [key, offset, pageSize]);
  return (
    <div className="event-table">
      <ErrorBox error={error} />
      {data && (
        <>
          <Pager total={data.total} limit={data.limit} offset={data.offset} onPage={setOffset} />
          <table>
            <thead><tr><th>{t('date')}</th><th>{t('type')}</th><th>{t('sources')}</th><th>{t('targets')}</th><th>{t('modality')}</th><th>{t('location')}</th><th>{t('reports')}</th></tr></thead>
            <tbody>
              {data.rows.map((e) => (
                <EventRow key={e.id} e={e} actors={data.actors} open={open === e.id} onToggle={() => setOpen(open === e.id ? null : e.id)} />
              ))}
              {data.rows.length === 0 && <tr><td colSpan={7} className="muted">{t('noEventsYet')}</td></tr>}
            </tbody>
          </table>
        </>
      )}
      <Loading on={loading && !data} />
    </div>
  );
}

function EventRow({ e, actors, open, onToggle }: { e: StoredEvent; actors: Readonly<Record<string, ActorBrief>>; open: boolean; onToggle: () => void }): ReactNode {
  return (
    <>
      <tr className={open ? 'open' : ''} onClick={onToggle} data-testid="event-row">
        <td dir="ltr" className="nowrap">{e.date ?? e.dayStart ?? '—'}</td>
        <td><TypeBadge type={e.type} /></td>
        <td><ActorList ids={e.sources.length ? e.sources : e.participants} actors={actors} /></td>
        <td><ActorList ids={e.targets} actors={actors} /></td>
        <td><ModalityTag m={e.modality} /></td>
        <td>{e.location ? <ActorLink id={e.location} actors={actors} /> : '—'}</td>
        <td>{e.numReports} / {e.numSources}</td>
      </tr>
      {open && <tr className="details"><td colSpan={7}><EventReports id={e.id} /></td></tr>}
    </>
  );
}

function EventReports({ id }: { id: string }): ReactNode {
  const { t } = useI18n();
  const { data, error } = useLoad((s) => get<EventDetail>(`/api/events/${encodeURIComponent(id)}`, {}, s), [id]);
  if (error) return <ErrorBox error={error} />;
  if (!data) return <Loading on />;
  return (
    <ul className="reports">
      {(data.reports ?? []).map((r, k) => (
        <li key={k}>
          <a href={`#/article/${encodeURIComponent(r.articleId)}`}>{r.title ? <Bidi text={r.title} /> : t('openArticle')}</a>
          {' '}<span className="muted">— {r.outlet ? <Bidi text={r.outlet} /> : '?'} · <span dir="ltr">{r.published ?? ''}</span></span>
          {r.evidence ? <blockquote dir="rtl" lang="ar" className="ar">{r.evidence.text}</blockquote> : null}
        </li>
      ))}
    </ul>
  );
}

/** Stacked bars of event counts per bucket by quad class (SVG, no library). */
export function TimelineChart({ points }: { points: readonly TimelinePoint[] }): ReactNode {
  const { t } = useI18n();
  if (points.length === 0) return <div className="muted">{t('noEventsYet')}</div>;
  const max = Math.max(...points.map((p) => p.count));
  const w = Math.max(24, Math.min(60, Math.floor(900 / points.length)));
  const h = 180;
  const width = points.length * w + 40;
  return (
    <div className="chart-wrap" dir="ltr">
      <svg className="timeline-chart" width={width} height={h + 50} role="img" aria-label={t('navTimeline')} data-testid="timeline-chart">
        <line x1={30} y1={h} x2={width} y2={h} stroke="#999" />
        <text x={0} y={12} fontSize={11} fill="#666">{max}</text>
        {points.map((p, i) => {
          let y = h;
          return (
            <g key={p.bucket} transform={`translate(${34 + i * w},0)`}>
              {QUADS.map((q) => {
                const n = p.byQuad[q] ?? 0;
                if (!n) return null;
                const bh = (n / max) * (h - 20);
                y -= bh;
                return <rect key={q} x={0} y={y} width={w - 6} height={bh} fill={QUAD_COLOURS[q]}><title>{`${p.bucket}: ${t(q)} ${n}`}</title></rect>;
              })}
              <text x={(w - 6) / 2} y={h + 14} fontSize={10} textAnchor="end" transform={`rotate(-45 ${(w - 6) / 2} ${h + 14})`} fill="#444">{p.bucket}</text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
