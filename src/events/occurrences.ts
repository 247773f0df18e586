// Actor occurrences for event arguments: names, titles resolved to people, nationality adjectives
// standing for a country's side (الوفد الإيراني، وسطاء قطريين), capitals standing for their state
// (واشنطن ترفض), and definite descriptors that refer back to a named actor (الحركة → the
// movement named before; السلطات → the state named before).
import type { Doc, Mention } from '../model/types.ts';
import type { KnowledgeBase } from '../kb/index.ts';
import type { ActorRef } from '../link/link.ts';
import { wordKey } from '../kb/index.ts';
import { normalize } from '../text/normalize.ts';

/** Normalised proclitics between a token's start and the name starting inside it. */
function preOf(doc: Doc, token: number, start: number): string {
  const t = doc.tokens[token]!;
  return start > t.start ? normalize(doc.text.slice(t.start, start)) : '';
}

export type OccKind = 'actor' | 'place';

export interface Occurrence {
  readonly tokenStart: number; // including an attached title
  readonly tokenEnd: number;
  /** Actor id as an event argument (a capital stands for its state). */
  readonly actor: string;
  readonly kind: OccKind;
  readonly sentence: number;
  readonly via: 'name' | 'nisba' | 'role' | 'descriptor';
  /** Place id when the occurrence can also be an event location (places, countries, capitals). */
  readonly place?: string;
  /** The occurrence is the genitive of a relation noun (ممثل الرئيس، مساعدة وزير الخارجية): not itself an argument. */
  readonly genitive?: boolean;
  /** Proclitics attached to its first word (normalised): وب in وبالولايات; '' for بيلاروسيا. */
  readonly pre: string;
}

/** Occurrences of one document, indexed for the event stage. */
export interface OccurrenceIndex {
  readonly all: readonly Occurrence[];
  /** Occurrences of each sentence, in text order. */
  readonly bySentence: readonly (readonly Occurrence[])[];
  /** The occurrence starting at a token. */
  readonly at: ReadonlyMap<number, Occurrence>;
  /** The occurrence covering a token. */
  readonly covering: readonly (Occurrence | undefined)[];
  /** Nationality adjectives (NORP mentions) by first token: the actor they stand for and their end. */
  readonly nisbaAt: ReadonlyMap<number, { readonly actor: string; readonly tokenEnd: number }>;
}

const keys = (ws: string): ReadonlySet<string> => new Set(ws.split(/\s+/).filter(Boolean).map((w) => normalize(w)));

/** Nouns that make a following nationality adjective an actor: the Iranian delegation, Qatari mediators, a US proposal. */
const AGENT_HEADS = keys(
  'وفد حكومه اداره جانب طرف قوات جيش سلطات خارجيه دبلوماسيه مسوول مسوولين مسوولون وسطاء وسيط رياسه برلمان امن وزاره نظام قياده ' +
    'مفاوض مفاوضين مفاوضون بحريه طيران طاترات طايرات طائرات طائره سفاره سفير قنصليه مخابرات شرطه اجهزه ميليشيات فصايل فصائل مقاتلين مقاتلون ' +
    'جنود عسكريين دوله سلطه حرس بعثه اقتراح مقترح مشروع مبادره خطه بيان تحالف مدفعيه دبابات زوارق بوارج سلاح وزير وزراء قاده قادة ' +
    'متظاهرين متظاهرون محتجين محتجون طلاب عمال ناشطين ناشطون معارضه معارضين احتلال رييس امير ملك زعيم قايد مبعوث اراضي اراض ممتلكات منازل نظير نظيره نظيرها نظيرته نظيريه نظرايه نظراءه ' +
    // groups a number or a quantity word makes people of a country: patients of events as well as agents
    'اسير اسرى معتقل معتقلين معتقلون رهاين رهينه سجناء سجين مواطن مواطنين مواطنون مدنيين مدنيون صيادين صيادون لاجيين لاجيون نازحين ' +
    'عناصر شبان شبانا اطفال نساء مسيره مسيرات دبابه جيشان جيشين مدن سفن سفينه ناقله ناقلات قاعده قواعد مواقع منشات مصالح اهداف مستوطنين مستوطنون الاف الف مئات عشرات ملايين',
);
/** Words before a singular nationality adjective that make it people of that country: عشرين فلسطينيا. */
const NUMBER_WORDS = keys('عشرين عشرون ثلاثين ثلاثون اربعين خمسين مئه مئتي الف الفي الاف مئات عشرات ثلاثه اربعه خمسه سته سبعه ثمانيه تسعه عشره اثنين ثلاث اربع خمس ست سبع ثماني تسع عشر احد');

/** Definite descriptors that refer back to a named organisation of one of these sectors. */
const DESCRIPTOR_HEADS: Record<string, readonly string[]> = {
  حركه: ['REB', 'PTY'],
  جماعه: ['REB', 'PTY'],
  تنظيم: ['REB', 'ISM'],
  حزب: ['PTY', 'REB'],
  منظمه: ['IGO', 'NGO', 'UNO'],
  ميليشيا: ['REB'],
  ميليشيات: ['REB'],
  تحالف: ['MIL', 'IGO'],
};

/** Heads of nationality phrases that later stand alone for the same body: الجيش، الحكومة، الشرطة. */
const STANDING_HEADS = keys('جيش حكومه شرطه قوات وزاره رياسه سلطات وفد');
/** Group nouns that make a following name one phrase: وفد حماس. */
const GROUP_HEADS = keys('وفد');

/** Definite descriptors that refer back to the state named last: السلطات، الحكومة. */
const STATE_DESCRIPTORS = keys('سلطات حكومه دوله');

/** Relation nouns whose genitive is not the person meant: ممثل الرئيس، مساعدة وزير الخارجية، نجل الرئيس. */
const RELATION_HEADS = keys('ممثل مبعوث مستشار مستشاره نائب مساعد مساعده مساعدو زوجه زوج نجل ابن ابنه شقيق شقيقه');

const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);

export function buildOccurrences(doc: Doc, mentions: readonly Mention[], refs: readonly ActorRef[], kb: KnowledgeBase): OccurrenceIndex {
  const toks = doc.tokens;
  const out: Occurrence[] = [];
  const inTitle = new Uint8Array(toks.length);
  for (const m of mentions) if (m.type === 'PER' && m.titleTokenStart !== undefined) for (let k = m.titleTokenStart; k < m.tokenEnd; k++) inTitle[k] = 1;
  const nisbaAt = new Map<number, { actor: string; tokenEnd: number }>();
  let lastNisbaEnd = -1;

  for (const m of [...mentions].sort((x, y) => x.tokenStart - y.tokenStart)) {
    if (!m.actor) continue;
    const sentence = toks[m.tokenStart]!.sentence;
    if (m.type === 'NORP') {
      if (inTitle[m.tokenStart]) continue;
      nisbaAt.set(m.tokenStart, { actor: m.actor, tokenEnd: m.tokenEnd });
      const prev = toks[m.tokenStart - 1];
      const self = toks[m.tokenStart]!;
      const plural = /(يين|يون|ين|ون)$/.test(self.key) && !self.article;
      const head = !prev || prev.sentence !== sentence ? '' : AGENT_HEADS.has(prev.key) ? prev.key : AGENT_HEADS.has(prev.norm) ? prev.norm : wordKey(prev.bare);
      const counted = !!prev && prev.sentence === sentence && (prev.script === 'digit' || NUMBER_WORDS.has(prev.key));
      // a second adjective of the same head: القوات الأميركية والعراقية
      const conj = self.proclitic.startsWith('و') && !!prev && lastNisbaEnd === m.tokenStart;
      if (AGENT_HEADS.has(head) || plural || counted || conj) {
        const first = prev && AGENT_HEADS.has(head) ? prev : self;
        out.push({ tokenStart: first.index, tokenEnd: m.tokenEnd, actor: m.actor, kind: 'actor', sentence, via: 'nisba', pre: first === self ? preOf(doc, self.index, m.start) : first.proclitic });
        lastNisbaEnd = m.tokenEnd;
      }
      continue;
    }
    const a = kb.get(m.actor);
    const isCountry = !!a && a.type === 'GPE' && !!a.country && kb.countryByCode.get(a.country) === a.id;
    const capitalOf = kb.capitalOf.get(m.actor);
    const start = m.titleTokenStart ?? m.tokenStart;
    const pre = m.titleTokenStart !== undefined ? toks[start]!.proclitic : preOf(doc, m.tokenStart, m.start);
    if (capitalOf && m.type !== 'FAC') {
      out.push({ tokenStart: start, tokenEnd: m.tokenEnd, actor: capitalOf, kind: 'actor', sentence, via: 'name', place: m.actor, pre });
      continue;
    }
    const isPlace = m.type === 'FAC' || (PLACE_TYPES.has(m.type) && !isCountry);
    // a body named with a nationality adjective may take a second one: القوات الأميركية والعراقية
    if (m.type === 'ORG' && /ي(ه)?$/.test(toks[m.tokenEnd - 1]!.key)) lastNisbaEnd = m.tokenEnd;
    out.push({
      tokenStart: start, tokenEnd: m.tokenEnd, actor: m.actor, kind: isPlace ? 'place' : 'actor', sentence, via: 'name', pre,
      ...(isPlace || isCountry ? { place: m.actor } : {}),
    });
  }
  // a group noun before a name is part of it: وفد حماس، قوات حزب الله (so that الوفد later refers back to it)
  for (let k = 0; k < out.length; k++) {
    const o = out[k]!;
    const prev = toks[o.tokenStart - 1];
    if (o.via !== 'name' || !prev || prev.sentence !== o.sentence || prev.article || !GROUP_HEADS.has(prev.bare)) continue;
    out[k] = { ...o, tokenStart: prev.index, pre: prev.proclitic };
  }
  // العاصمة الماليزية: the capital of the country the adjective names
  const capitalByCountry = new Map<string, string>();
  for (const [city, country] of kb.capitalOf) if (!capitalByCountry.has(country)) capitalByCountry.set(country, city);
  for (const [start, nis] of nisbaAt) {
    const head = toks[start - 1];
    if (!head || !head.article || head.key !== 'عاصمه' || head.sentence !== toks[start]!.sentence) continue;
    const city = capitalByCountry.get(nis.actor);
    if (city) out.push({ tokenStart: head.index, tokenEnd: nis.tokenEnd, actor: nis.actor, kind: 'actor', sentence: head.sentence, via: 'name', place: city, pre: head.proclitic });
  }
  for (const r of refs) out.push({ tokenStart: r.tokenStart, tokenEnd: r.tokenEnd, actor: r.actor, kind: 'actor', sentence: toks[r.tokenStart]!.sentence, via: 'role', pre: preOf(doc, r.tokenStart, r.start) });
  out.sort((x, y) => x.tokenStart - y.tokenStart || y.tokenEnd - x.tokenEnd);

  // definite descriptors after a named actor of a fitting kind (الحركة، السلطات), in one pass
  const taken = new Uint8Array(toks.length);
  for (const o of out) for (let k = o.tokenStart; k < o.tokenEnd; k++) taken[k] = 1;
  const lastBySector = new Map<string, { actor: string; at: number }>();
  const lastByHead = new Map<string, { actor: string; at: number }>();
  let lastState: { actor: string; sentence: number } | null = null;
  const heads = new Map<string, { actor: string; kind: OccKind; place?: string }>();
  // descriptors are whole words with their own clitics
  const descriptors: Occurrence[] = [];
  let oi = 0;
  for (const t of toks) {
    while (oi < out.length && out[oi]!.tokenEnd <= t.index) {
      const o = out[oi]!;
      const a = kb.get(o.actor);
      if (a && a.type === 'ORG') {
        if (a.sector) lastBySector.set(a.sector, { actor: o.actor, at: o.tokenStart });
        for (const n of a.ar) lastByHead.set(wordKey(normalize(n).split(' ')[0]!), { actor: o.actor, at: o.tokenStart });
      }
      if (a && a.type === 'GPE' && kb.countryByCode.get(a.country ?? '') === a.id) lastState = { actor: a.id, sentence: o.sentence };
      // the head noun of a multi-word name standing alone later: القطاع ← قطاع غزة، الجيش ← الجيش الإسرائيلي
      if ((o.via === 'name' || (o.via === 'nisba' && toks[o.tokenStart]!.article && STANDING_HEADS.has(toks[o.tokenStart]!.key))) && o.tokenEnd - o.tokenStart >= 2) {
        const first = toks[o.tokenStart]!;
        const k = wordKey(first.bare);
        if (!kb.index.has(k) || kb.index.get(k)!.every((e) => e.kind !== 'title')) heads.set(k, { actor: o.actor, kind: o.kind, ...(o.place ? { place: o.place } : {}) });
      }
      oi++;
    }
    if (!t.article || taken[t.index] || t.script !== 'ar') continue;
    const next = toks[t.index + 1];
    if (next && taken[next.index]) continue; // حركة حماس is a name
    const sectors = DESCRIPTOR_HEADS[t.key];
    if (sectors) {
      let best: { actor: string; at: number } | undefined = lastByHead.get(t.key);
      for (const s of sectors) {
        const c = lastBySector.get(s);
        if (c && (!best || c.at > best.at)) best = c;
      }
      if (best) {
        descriptors.push({ tokenStart: t.index, tokenEnd: t.index + 1, actor: best.actor, kind: 'actor', sentence: t.sentence, via: 'descriptor', pre: t.proclitic });
        taken[t.index] = 1;
        continue;
      }
    }
    if (STATE_DESCRIPTORS.has(t.key) && lastState && t.sentence - lastState.sentence <= 2) {
      // السلطات البحرينية is a nisba phrase, handled above
      if (next && next.sentence === t.sentence && next.article && /ي(ه)?$/.test(next.key)) continue;
      descriptors.push({ tokenStart: t.index, tokenEnd: t.index + 1, actor: lastState.actor, kind: 'actor', sentence: t.sentence, via: 'descriptor', pre: t.proclitic });
      taken[t.index] = 1;
      continue;
    }
    const h = heads.get(t.key);
    if (!h) continue;
    if (next && next.sentence === t.sentence && next.article && !/^[،,.]/.test(next.text) && /ي(ه)?$/.test(next.key)) continue; // القطاع الخاص
    descriptors.push({ tokenStart: t.index, tokenEnd: t.index + 1, actor: h.actor, kind: h.kind, sentence: t.sentence, via: 'descriptor', pre: t.proclitic, ...(h.place ? { place: h.place } : {}) });
    taken[t.index] = 1;
  }
  // on the same words a name or a resolved title wins over a nationality phrase (الرئيس الفرنسي → Macron, not France)
  const rank = { name: 0, role: 1, nisba: 2, descriptor: 3 } as const;
  const merged = [...out, ...descriptors].sort((x, y) => x.tokenStart - y.tokenStart || y.tokenEnd - x.tokenEnd || rank[x.via] - rank[y.via]);
  // drop occurrences nested in an earlier one (a NORP inside an ORG name, etc.); mark genitives of relation nouns
  const res: Occurrence[] = [];
  let end = -1;
  for (let n = 0; n < merged.length; n++) {
    let o = merged[n]!;
    if (o.tokenStart < end) continue;
    // a title resolved to its holder covers its nationality adjective too: الرئيس الفرنسي → Macron
    if (o.via === 'nisba') {
      const role = merged.slice(n + 1, n + 4).find((x) => x.tokenStart === o.tokenStart && x.via === 'role');
      if (role) o = { ...role, tokenEnd: Math.max(role.tokenEnd, o.tokenEnd) };
    }
    // a nationality phrase in apposition before a name is that person's title: نظيره الإيراني عباس عراقجي
    const next = merged[n + 1];
    if (o.via === 'nisba' && next && next.tokenStart === o.tokenEnd && next.via === 'name' && kb.get(next.actor)?.type === 'PER') {
      o = { ...next, tokenStart: o.tokenStart, pre: o.pre };
      n++;
    }
    // the relation noun may stand before a title word: مساعدة وزير الخارجية الأمريكي
    const rel = (k: number): boolean => {
      const w = toks[k];
      return !!w && w.sentence === o.sentence && !w.article && (w.proclitic === '' || w.proclitic === 'و') && RELATION_HEADS.has(w.bare);
    };
    const genitive = rel(o.tokenStart - 1) || (rel(o.tokenStart - 2) && !toks[o.tokenStart - 1]!.article && toks[o.tokenStart - 1]!.script === 'ar');
    res.push(genitive ? { ...o, genitive: true } : o);
    end = o.tokenEnd;
  }
  const bySentence: Occurrence[][] = doc.sentences.map(() => []);
  const at = new Map<number, Occurrence>();
  const covering: (Occurrence | undefined)[] = new Array(toks.length);
  for (const o of res) {
    bySentence[o.sentence]!.push(o);
    at.set(o.tokenStart, o);
    for (let k = o.tokenStart; k < o.tokenEnd; k++) covering[k] = o;
  }
  return { all: res, bySentence, at, covering, nisbaAt };
}
