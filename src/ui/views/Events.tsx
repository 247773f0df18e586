// The Events view: filters (actor, pair, type, modality, dates, outlet), a server-side paginated
// table, and CSV / PLOVER export links for the same filters.
import { useState, type ReactNode } from 'react';
import { useI18n, type Key } from '../i18n.ts';
import { MODALITIES, PLOVER, qs, type Params } from '../api.ts';
import { ActorPicker, EventTable, QuadLegend } from '../components.tsx';

interface Filters {
  actor: string | null;
  pair: string | null;
  type: string;
  modality: string;
  from: string;
  to: string;
  outlet: string;
}

const EMPTY: Filters = { actor: null, pair: null, type: '', modality: '', from: '', to: '', outlet: '' };

export function toParams(f: Filters): Params {
  return {
    ...(f.actor && f.pair ? { pair: `${f.actor},${f.pair}` } : f.actor ? { actor: f.actor } : {}),
    type: f.type || undefined,
    modality: f.modality || undefined,
    from: f.from || undefined,
    to: f.to || undefined,
    outlet: f.outlet.trim() || undefined,
  };
}

export function EventsView({ initialActor }: { initialActor?: string | null }): ReactNode {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Filters>({ ...EMPTY, actor: initialActor ?? null });
  const [applied, setApplied] = useState<Filters>(draft);
  const [pageSize, setPageSize] = useState(25);
  const set = <K extends keyof Filters>(k: K, v: Filters[K]): void => {
    const next = { ...draft, [k]: v };
    setDraft(next);
    // pickers and selects apply at once; typed fields on "Apply"
    if (k === 'actor' || k === 'pair' || k === 'type' || k === 'modality') setApplied(next);
  };
  const params = toParams(applied);
  return (
    <div className="view events">
      <form className="filters" onSubmit={(e) => { e.preventDefault(); setApplied(draft); }}>
        <ActorPicker label={t('actor')} value={draft.actor} onChange={(id) => set('actor', id)} testId="filter-actor" />
        <ActorPicker label={t('pair')} value={draft.pair} onChange={(id) => set('pair', id)} testId="filter-pair" />
        <label><span className="field-label">{t('type')}</span>
          <select value={draft.type} onChange={(e) => set('type', e.target.value)} data-testid="filter-type">
            <option value="">{t('any')}</option>
            {PLOVER.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </label>
        <label><span className="field-label">{t('modality')}</span>
          <select value={draft.modality} onChange={(e) => set('modality', e.target.value)}>
            <option value="">{t('any')}</option>
            {MODALITIES.map((m) => <option key={m} value={m}>{t(`mod_${m}` as Key)}</option>)}
          </select>
        </label>
        <label><span className="field-label">{t('from')}</span><input type="date" value={draft.from} onChange={(e) => set('from', e.target.value)} /></label>
        <label><span className="field-label">{t('to')}</span><input type="date" value={draft.to} onChange={(e) => set('to', e.target.value)} /></label>
        <label><span className="field-label">{t('outlet')}</span><input type="text" dir="auto" value={draft.outlet} onChange={(e) => set('outlet', e.target.value)} /></label>
        <div className="filter-actions">
          <button type="submit" className="primary">{t('apply')}</button>
          <button type="button" onClick={() => { setDraft(EMPTY); setApplied(EMPTY); }}>{t('reset')}</button>
          <label className="small">{t('perPage')} <select value={pageSize} onChange={(e) => setPageSize(Number(e.target.value))}>{[10, 25, 50, 100].map((n) => <option key={n}>{n}</option>)}</select></label>
        </div>
      </form>
      <div className="exports">
        <a href={`/api/export${qs({ ...params, format: 'csv' })}`} download data-testid="export-csv">{t('exportCsv')}</a>
        <a href={`/api/export${qs({ ...params, format: 'plover' })}`} download data-testid="export-plover">{t('exportPlover')}</a>
        <QuadLegend />
      </div>
      <EventTable filters={params} pageSize={pageSize} />
    </div>
  );
}
