// The readable report of one analysis: actors grouped by type with counts and roles on the date,
// time expressions with their values, and events as lines with their Arabic evidence.
import type { Analysis, AnalysisActor } from '../model/types.ts';

const TYPE_TITLES: Record<string, string> = {
  PER: 'People',
  ORG: 'Organisations',
  GPE: 'Countries and cities',
  LOC: 'Regions and territories',
  FAC: 'Places and buildings',
};

export function renderText(a: Analysis, text: string): string {
  const lines: string[] = [];
  const byId = new Map(a.actors.map((x) => [x.id, x]));
  const counts = new Map<string, number>();
  for (const m of a.mentions) if (m.actor) counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
  const name = (id: string): string => byId.get(id)?.name ?? id;

  lines.push(`Published: ${a.document.published ?? '(not given)'}   Language: ${a.document.lang}`);
  lines.push(`${a.mentions.length} mentions of ${counts.size} actors, ${a.times.length} time expressions, ${a.events.length} events`);
  for (const type of ['PER', 'ORG', 'GPE', 'LOC', 'FAC']) {
    const group = a.actors.filter((x) => x.type === type && (counts.get(x.id) ?? 0) > 0);
    if (!group.length) continue;
    group.sort((x, y) => (counts.get(y.id) ?? 0) - (counts.get(x.id) ?? 0) || x.name.localeCompare(y.name));
    lines.push('', `${TYPE_TITLES[type]} (${group.length})`);
    for (const x of group) lines.push(`  ${actorLine(x, counts.get(x.id) ?? 0)}`);
  }
  const norp = new Map<string, number>();
  for (const m of a.mentions) if (m.type === 'NORP' && m.actor) norp.set(m.actor, (norp.get(m.actor) ?? 0) + 1);
  if (norp.size) {
    lines.push('', 'Nationality adjectives');
    for (const [id, n] of [...norp].sort((x, y) => y[1] - x[1])) lines.push(`  ${name(id)} ×${n}`);
  }
  if (a.times.length) {
    lines.push('', 'Times');
    for (const t of a.times) lines.push(`  ${t.text} → ${t.value}${t.mod ? ` (${t.mod})` : ''}`);
  }
  if (a.events.length) {
    lines.push('', 'Events');
    for (const e of a.events) {
      const who = e.sources.map(name).join(', ') || '?';
      const whom = e.targets.map(name).join(', ') || '?';
      const extras = [
        e.date ? `on ${e.date}` : '',
        e.location ? `in ${name(e.location)}` : '',
        e.modality !== 'asserted' ? `[${e.modality}]` : '',
        e.mediators?.length ? `mediated by ${e.mediators.map(name).join(', ')}` : '',
        e.participants?.length ? `with ${e.participants.map(name).join(', ')}` : '',
        e.attribution?.length ? `according to ${e.attribution.map((x) => (byId.has(x) ? name(x) : x)).join(', ')}` : '',
      ].filter(Boolean);
      lines.push(`  ${e.type}${e.mode ? `/${e.mode}` : ''}: ${who} → ${whom} ${extras.join(' ')}`.trimEnd());
      const ev = e.evidence ?? e.trigger;
      if (ev) lines.push(`      «${text.slice(ev.start, ev.end).replace(/\s+/g, ' ').trim()}»`);
    }
  }
  return lines.join('\n') + '\n';
}

function actorLine(x: AnalysisActor, n: number): string {
  const ar = x.names.ar ? ` (${x.names.ar})` : '';
  const roles = x.roles?.length ? ` — ${x.roles.join('; ')}` : '';
  const prov = x.provisional ? ' [not in the knowledge base]' : '';
  return `${x.name}${ar} ×${n}${roles}${prov}`;
}
