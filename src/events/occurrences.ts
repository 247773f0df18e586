// Actor occurrences for event arguments: names, titles resolved to people, nationality adjectives
// standing for a country's side (الوفد الإيراني، وسطاء قطريين), and definite descriptors that refer
// back to a named organisation (الحركة → the movement named before).
import type { Doc, Mention } from '../model/types.ts';
import type { KnowledgeBase } from '../kb/index.ts';
import type { ActorRef } from '../link/link.ts';
import { wordKey } from '../kb/index.ts';
import { normalize } from '../text/normalize.ts';

export type OccKind = 'actor' | 'place';

export interface Occurrence {
  readonly tokenStart: number; // including an attached title
  readonly tokenEnd: number;
  readonly actor: string;
  readonly kind: OccKind;
  readonly sentence: number;
  readonly via: 'name' | 'nisba' | 'role' | 'descriptor';
}

/** Nouns that make a following nationality adjective an actor: the Iranian delegation, Qatari mediators. */
const AGENT_HEADS = new Set(
  ['وفد', 'حكومه', 'اداره', 'جانب', 'طرف', 'قوات', 'جيش', 'سلطات', 'خارجيه', 'دبلوماسيه', 'مسوول', 'مسوولين', 'مسوولون', 'وسطاء', 'وسيط',
    'رياسه', 'برلمان', 'امن', 'وزاره', 'نظام', 'قياده', 'مفاوض', 'مفاوضين', 'مفاوضون', 'بحريه', 'طيران', 'طاترات', 'طايرات', 'سفاره',
    'سفير', 'قنصليه', 'مخابرات', 'شرطه', 'اجهزه', 'ميليشيات', 'فصايل', 'مقاتلين', 'مقاتلون', 'جنود', 'عسكريين', 'دوله', 'سلطه', 'حرس', 'بعثه']
    .map((w) => normalize(w)),
);

/** Definite descriptors that refer back to a named actor, with the Arabic head its names start with. */
const DESCRIPTOR_HEADS: Record<string, readonly string[]> = {
  'حركه': ['REB', 'PTY'],
  'جماعه': ['REB', 'PTY'],
  'تنظيم': ['REB', 'ISM'],
  'حزب': ['PTY', 'REB'],
  'منظمه': ['IGO', 'NGO', 'UNO'],
  'ميليشيا': ['REB'],
};

const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);

export function buildOccurrences(doc: Doc, mentions: readonly Mention[], refs: readonly ActorRef[], kb: KnowledgeBase): Occurrence[] {
  const toks = doc.tokens;
  const out: Occurrence[] = [];
  const titled: [number, number][] = [];
  for (const m of mentions) if (m.type === 'PER' && m.titleTokenStart !== undefined) titled.push([m.titleTokenStart, m.tokenEnd]);
  const insideTitle = (t: number) => titled.some(([a, b]) => t >= a && t < b);

  for (const m of mentions) {
    if (!m.actor) continue;
    const sentence = toks[m.tokenStart]!.sentence;
    if (m.type === 'NORP') {
      if (insideTitle(m.tokenStart)) continue;
      const prev = toks[m.tokenStart - 1];
      const self = toks[m.tokenStart]!;
      const plural = /(يين|يون|ين|ون)$/.test(self.key) && !self.article;
      const head = prev && prev.sentence === sentence ? wordKey(prev.bare) : '';
      if (AGENT_HEADS.has(head) || AGENT_HEADS.has(prev ? normalize(prev.text) : '') || plural) {
        out.push({ tokenStart: prev && AGENT_HEADS.has(head) ? prev.index : m.tokenStart, tokenEnd: m.tokenEnd, actor: m.actor, kind: 'actor', sentence, via: 'nisba' });
      }
      continue;
    }
    const a = kb.get(m.actor);
    const isCountry = !!a && a.type === 'GPE' && !!a.country && kb.countryByCode.get(a.country) === a.id;
    const kind: OccKind = PLACE_TYPES.has(m.type) && !isCountry && m.actor === (a?.id ?? m.actor) && !(a && kb.capitalOf.get(a.id) === m.actor) ? 'place' : 'actor';
    out.push({ tokenStart: m.titleTokenStart ?? m.tokenStart, tokenEnd: m.tokenEnd, actor: m.actor, kind: m.type === 'FAC' ? 'place' : kind, sentence, via: 'name' });
  }
  for (const r of refs) out.push({ tokenStart: r.tokenStart, tokenEnd: r.tokenEnd, actor: r.actor, kind: 'actor', sentence: toks[r.tokenStart]!.sentence, via: 'role' });

  // definite descriptors (الحركة) after a named actor of a fitting kind
  const taken = new Set<number>();
  for (const o of out) for (let k = o.tokenStart; k < o.tokenEnd; k++) taken.add(k);
  for (const t of toks) {
    if (!t.article || taken.has(t.index)) continue;
    const sectors = DESCRIPTOR_HEADS[t.key];
    if (!sectors) continue;
    // not a descriptor in front of a name (حركة حماس is a name)
    const next = toks[t.index + 1];
    if (next && taken.has(next.index)) continue;
    let found: string | null = null;
    const before = out.filter((o) => o.tokenStart < t.index).sort((x, y) => y.tokenStart - x.tokenStart);
    for (const o of before) {
      const a = kb.get(o.actor);
      if (a && a.type === 'ORG' && ((a.sector && sectors.includes(a.sector)) || a.ar.some((n) => wordKey(normalize(n).split(' ')[0]!) === t.key))) {
        found = o.actor;
        break;
      }
    }
    if (found) out.push({ tokenStart: t.index, tokenEnd: t.index + 1, actor: found, kind: 'actor', sentence: t.sentence, via: 'descriptor' });
  }
  // the head noun of an earlier multi-word name standing alone: القطاع ← قطاع غزة، المملكة ← المملكة العربية السعودية
  const heads = new Map<string, { actor: string; kind: OccKind; at: number }>();
  const headMentions = mentions.filter((m) => m.actor && m.type !== 'PER' && m.type !== 'NORP' && m.tokenEnd - m.tokenStart >= 2);
  let hm = 0;
  for (const t of toks) {
    while (hm < headMentions.length && headMentions[hm]!.tokenEnd <= t.index) {
      const m = headMentions[hm]!;
      const first = toks[m.tokenStart]!;
      const k = wordKey(first.bare);
      if (!kb.index.has(k) || kb.index.get(k)!.every((e) => e.kind !== 'title')) heads.set(k, { actor: m.actor!, kind: PLACE_TYPES.has(m.type) ? 'place' : 'actor', at: m.tokenStart });
      hm++;
    }
    if (!t.article || taken.has(t.index) || t.script !== 'ar') continue;
    const h = heads.get(t.key);
    if (!h) continue;
    const next = toks[t.index + 1];
    if (next && next.sentence === t.sentence && next.article && !next.text.match(/^[،,.]/) && /ي(ه)?$/.test(next.key)) continue; // القطاع الخاص
    out.push({ tokenStart: t.index, tokenEnd: t.index + 1, actor: h.actor, kind: h.kind, sentence: t.sentence, via: 'descriptor' });
    taken.add(t.index);
  }
  out.sort((x, y) => x.tokenStart - y.tokenStart || y.tokenEnd - x.tokenEnd);
  // drop occurrences nested in an earlier one (a NORP inside an ORG name, etc.)
  const res: Occurrence[] = [];
  let end = -1;
  for (const o of out) {
    if (o.tokenStart < end) continue;
    res.push(o);
    end = o.tokenEnd;
  }
  return res;
}
