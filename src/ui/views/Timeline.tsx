// The Timeline view: events of one actor, or of a pair, over time (stacked by quad class), with the
// events themselves listed below (paginated).
import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n.ts';
import { get, type TimelinePoint } from '../api.ts';
import { ActorPicker, ErrorBox, EventTable, QuadLegend, TimelineChart, useLoad } from '../components.tsx';

function Chart({ params }: { params: Record<string, string> }): ReactNode {
  const { data, error } = useLoad((s) => get<{ points: TimelinePoint[] }>('/api/timeline', params, s), [JSON.stringify(params)]);
  return <>{error ? <ErrorBox error={error} /> : data ? <TimelineChart points={data.points} /> : null}</>;
}

export function TimelineView({ actor: initial }: { actor?: string | null }): ReactNode {
  const { t } = useI18n();
  const [actor, setActor] = useState<string | null>(initial ?? null);
  const [other, setOther] = useState<string | null>(null);
  const [bucket, setBucket] = useState<'month' | 'day'>('month');
  const sel: Record<string, string> | null = actor ? (other ? { pair: `${actor},${other}` } : { actor }) : null;
  return (
    <div className="view timeline">
      <div className="filters">
        <ActorPicker label={t('actor')} value={actor} onChange={setActor} testId="timeline-actor" />
        <ActorPicker label={t('pair')} value={other} onChange={setOther} testId="timeline-pair" />
        <label><span className="field-label">{t('bucket')}</span>
          <select value={bucket} onChange={(e) => setBucket(e.target.value as 'month' | 'day')}>
            <option value="month">{t('month')}</option>
            <option value="day">{t('day')}</option>
          </select>
        </label>
        <QuadLegend />
      </div>
      {!sel ? <p className="muted">{t('chooseActorFirst')}</p> : (
        <>
          <Chart params={{ ...sel, bucket }} />
          <EventTable filters={sel} pageSize={15} />
        </>
      )}
    </div>
  );
}
