// The event stage: triggers from the lexicon, arguments from the actor occurrences around them
// (VSO and SVO, relative clauses, support verbs, genitives, nationality adjectives, prepositional
// targets, coordination, dropped subjects, reported speech), modality, attribution, date and place,
// then in-document event coreference.
//
// Every lookup of actors goes through the per-sentence occurrence index (no whole-document scans
// inside the per-trigger loop), so the stage is linear in the document for news-sized sentences.
import type { Doc, EventRecord, Modality, PloverType, Timex, Token } from '../model/types.ts';
import type { KnowledgeBase } from '../kb/index.ts';
import type { EventStageInput } from '../pipeline/stages.ts';
import { wordKey } from '../kb/index.ts';
import { candidates } from '../text/clitics.ts';
import { foldChar } from '../text/normalize.ts';
import { loadLexicon, type Lexicon, type LexEntry } from './lexicon.ts';
import { buildOccurrences, type Occurrence, type OccurrenceIndex } from './occurrences.ts';
import * as cues from './cues.ts';

/** The cue sets as plain properties (a module namespace object costs a getter call per access in hot loops). */
const cue = { ...cues };

export interface Trigger {
  readonly index: number; // first token
  readonly end: number; // one past the last token
  readonly entry: LexEntry;
  readonly pos: 'verb' | 'noun';
  readonly imperfect: boolean;
  readonly future: boolean; // سـ prefix
  readonly article: boolean;
  readonly proclitic: string;
  readonly sentence: number;
  readonly suffixed: boolean;
  /** For a multi-word verb split by its subject (أطلقت حماس سراح): the token after its last word. */
  readonly resume?: number;
  /** A verb form that is also a noun of the same entry (طلب، رفض، قصف): read as a noun where a verb governs it. */
  readonly alsoNoun?: boolean;
}

/** Clitic readings of a normalised word, memoised (the same words recur across a corpus). */
const readingCache = new Map<string, ReturnType<typeof candidates>>();
function cachedCandidates(norm: string): ReturnType<typeof candidates> {
  let c = readingCache.get(norm);
  if (!c) {
    if (readingCache.size > 100_000) readingCache.clear();
    c = candidates(norm);
    readingCache.set(norm, c);
  }
  return c;
}

interface Reading {
  readonly proclitic: string;
  readonly key: string;
  readonly article: boolean;
  readonly future: boolean;
}
const triggerReadingCache = new Map<string, readonly Reading[]>();

/** Readings of a token for trigger lookup: [proclitic, key, article, futurePrefix]. */
function readings(t: Token): readonly Reading[] {
  if (t.script !== 'ar') return [];
  const hit = triggerReadingCache.get(t.norm);
  if (hit) return hit;
  const out: Reading[] = [];
  if (triggerReadingCache.size > 100_000) triggerReadingCache.clear();
  triggerReadingCache.set(t.norm, out);
  for (const c of cachedCandidates(t.norm)) {
    out.push({ proclitic: c.proclitic, key: c.article ? c.base : c.bare, article: c.article, future: false });
    // future سـ on an imperfect verb, after optional و/ف
    if (!c.article && c.bare.startsWith('س') && c.bare.length > 3) out.push({ proclitic: c.proclitic + 'س', key: c.bare.slice(1), article: false, future: true });
  }
  return out;
}

/** Pronoun suffixes a multi-word trigger's later words may carry (قطع علاقاتها، سحب سفيرها). */
const REST_SUFFIXES = ['ها', 'هم', 'هما', 'ه'];

/** Whether a token continues a multi-word trigger whose next word is `want` (0 = no, 1 = with a suffix, 2 = exactly). */
function restMatch(t: Token, want: string): 0 | 1 | 2 {
  const k = wordKey(t.norm);
  if (k === want) return 2;
  for (const s of REST_SUFFIXES) {
    if (!k.endsWith(s)) continue;
    const b = k.slice(0, -s.length);
    if (b === want || (want.endsWith('ه') && b === want.slice(0, -1) + 'ت')) return 1;
  }
  return 0;
}

/**
 * Trigger occurrences in the document, longest match first. `nameEnd(i)` gives the end of an actor
 * name starting at token i (or -1), so that a multi-word verb split by its subject in VSO order
 * (أطلقت حماس سراح، قطعت البحرين علاقاتها) is still found.
 */
export function findTriggers(doc: Doc, lex: Lexicon, nameEnd: (i: number) => number = () => -1): Trigger[] {
  const toks = doc.tokens;
  const out: Trigger[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.script !== 'ar') continue;
    const stopped = lex.stopForms.has(t.norm); // a stop form may still open a multi-word trigger (فجر نفسه)
    let best: Trigger | null = null;
    let bestScore = -1;
    const taMarbuta = /ة[\u064B-\u0652]*$/.test(t.text);
    for (const r of readings(t)) {
      const keyStopped = stopped || lex.stopForms.has(r.key);
      const forms = lex.forms.get(r.key);
      if (!forms) continue;
      for (const f of forms) {
        if (keyStopped && !f.rest.length) continue;
        if (r.future && (f.pos !== 'verb' || !f.imperfect)) continue;
        if (f.pos === 'verb' && (r.article || taMarbuta)) continue; // استجابة is a noun, not استجاب + ه
        let exact = 0;
        let ok = true;
        for (let k = 0; k < f.rest.length; k++) {
          const n = toks[i + 1 + k];
          const m = n && n.sentence === t.sentence ? restMatch(n, f.rest[k]!) : 0;
          if (!m) {
            ok = false;
            break;
          }
          exact += m;
        }
        let resume: number | undefined;
        if (!ok && f.pos === 'verb' && f.rest.length) {
          // VERB SUBJECT REST: the rest of the expression right after the subject's name
          const j = nameEnd(i + 1);
          if (j > 0) {
            exact = 0;
            ok = true;
            for (let k = 0; k < f.rest.length; k++) {
              const n = toks[j + k];
              const m = n && n.sentence === t.sentence ? restMatch(n, f.rest[k]!) : 0;
              if (!m) {
                ok = false;
                break;
              }
              exact += m;
            }
            if (ok) resume = j + f.rest.length;
          }
        }
        if (!ok) continue;
        const len = f.rest.length + 1;
        // longest first, then exact over suffixed continuations, then the reading with fewer proclitics
        const score = len * 1000 - (resume ? 500 : 0) + exact * 10 + (9 - r.proclitic.length);
        if (score > bestScore) {
          bestScore = score;
          const alsoNoun = f.pos === 'verb' && !f.rest.length && forms.some((g) => g.pos === 'noun' && !g.rest.length && g.entry.type === f.entry.type);
          best = {
            index: i, end: resume ? i + 1 : i + len, entry: f.entry, pos: f.pos, imperfect: f.imperfect, future: r.future, article: r.article,
            proclitic: r.proclitic, sentence: t.sentence, suffixed: !!f.suffixed, ...(resume ? { resume } : {}), ...(alsoNoun ? { alsoNoun } : {}),
          };
        }
      }
    }
    if (best) {
      out.push(best);
      i = (best.resume ?? best.end) - 1;
    }
  }
  return out;
}

const isComma = (t: Token | undefined): boolean => !!t && (t.text === '،' || t.text === ',' || t.text === '؛' || t.text === ';' || t.text === ':');
const isDash = (t: Token | undefined): boolean => !!t && t.script === 'punct' && /^[-–—]$/.test(t.text);

/** Whether a token, in any clitic reading, is one of the words of a cue set. */
function hasWord(t: Token | undefined, set: ReadonlySet<string>): boolean {
  if (!t || t.script !== 'ar') return false;
  if (set.has(t.norm) || set.has(t.bare)) return true;
  for (const c of cachedCandidates(t.norm)) if (set.has(c.bare)) return true;
  return false;
}

/** The accusation carried by the reason given for a sanction (بسبب دعمها ...). */
const REASON_ENTRY: LexEntry = { id: 'accuse-reason', type: 'ACCUSE', mode: 'allege', object: true, preps: [], verbs: [], nouns: [], literal: [], literalImperfect: [], exclude: [] };

/** Types whose targets may be places (a strike on a town, a siege of a city, a ban on a region). */
const PLACE_TARGET_TYPES = new Set<PloverType>(['ASSAULT', 'THREATEN', 'COERCE', 'SANCTION', 'PROTEST', 'AID', 'RETREAT', 'MOBILIZE']);
/** Types that take the content of a following nominal as their topic rather than as an event. */
const GOVERNING_TYPES = new Set<PloverType>(['REQUEST', 'REJECT', 'THREATEN', 'ACCUSE', 'AGREE', 'SUPPORT']);
/** Whether an event may be reported without a recipient (a resignation, a demonstration). */
const needsTarget = (d: { trigger: Trigger }): boolean => !d.trigger.entry.intransitive;

interface Draft {
  trigger: Trigger;
  type: PloverType;
  mode?: string;
  sources: string[];
  targets: string[];
  sentence: number;
  symmetric: boolean;
  modality: Modality;
  anaphoric: boolean;
  mediators: string[];
  participants: string[];
  date: string | null;
  location: string | null;
  attribution: string[];
  merged?: Trigger[];
  /** The event is the object of a reporting verb (أعلنت استدعاء سفيرها): it takes the report's date. */
  announced?: boolean;
  /** For an accusation carried by a sanction's reason: that sanction. */
  reasonOf?: Draft;
}

/** Event stage entry point (pure). */
export function extractEvents(input: EventStageInput, lex: Lexicon = loadLexicon()): EventRecord[] {
  const { doc, kb, times } = input;
  const toks = doc.tokens;
  const occ = buildOccurrences(doc, input.mentions, input.refs, kb);
  // a trigger never sits inside a name (نصر in نصر الله)
  const inName = new Uint8Array(toks.length);
  for (const m of input.mentions) if (m.type !== 'NORP') for (let k = m.tokenStart; k < m.tokenEnd; k++) inName[k] = 1;
  const nameEnd = (i: number): number => {
    let o = occ.at.get(i) ?? (toks[i] && (toks[i]!.script === 'digit' || cue.QUANTITY.has(toks[i]!.norm) || cue.SUBJECT_HEADS.has(toks[i]!.bare)) ? occ.at.get(i + 1) : undefined);
    if (!o) return -1;
    // a coordinated subject: تبادلت تركيا وأذربيجان المعلومات
    for (let next = occ.at.get(o.tokenEnd); next && next.pre.startsWith('و'); next = occ.at.get(o.tokenEnd)) o = next;
    return o.tokenEnd;
  };
  const triggers = findTriggers(doc, lex, nameEnd).filter((t) => !inName[t.index]);
  const triggerAt = new Map<number, Trigger>();
  for (const t of triggers) for (let k = t.index; k < t.end; k++) triggerAt.set(k, t);
  const isTriggerTok = new Uint8Array(toks.length);
  for (const t of triggers) for (let k = t.index; k < (t.resume ?? t.end); k++) if (!occ.covering[k]) isTriggerTok[k] = 1;

  const sentOcc = (s: number): readonly Occurrence[] => occ.bySentence[s] ?? [];
  const inTime = new Uint8Array(toks.length);
  {
    let k = 0;
    for (const tx of [...times].sort((a, b) => a.start - b.start)) {
      while (k < toks.length && toks[k]!.end <= tx.start) k++;
      for (let q = k; q < toks.length && toks[q]!.start < tx.end; q++) inTime[q] = 1;
    }
  }
  const isActor = (o: Occurrence | undefined): o is Occurrence => !!o && o.kind === 'actor' && !o.genitive;

  /** The preposition governing an occurrence ('' when none). */
  const prepOf = (o: Occurrence): string => {
    const first = toks[o.tokenStart]!;
    if (o.pre.endsWith('ل') && cue.POSSESSIVE_HEADS.has(toks[o.tokenStart - 1]?.bare ?? '')) return ''; // مواقع لحزب الله
    if (/[بل]$/.test(o.pre)) return o.pre.slice(-1);
    let p = o.tokenStart - 1;
    while (p >= 0 && toks[p]!.sentence === first.sentence && ((toks[p]!.script === 'punct' && /["«»“”']/.test(toks[p]!.text)) || ['حركه', 'جماعه', 'تنظيم', 'موقع', 'صحيفه', 'وكاله', 'قناه'].includes(wordKey(toks[p]!.norm)))) p--;
    const prev = toks[p];
    if (!prev || prev.sentence !== first.sentence) return '';
    if (prev.norm === 'من' && (cue.GROUP_OF.has(toks[p - 1]?.bare ?? '') || cue.GROUP_OF.has(toks[p - 1]?.norm ?? ''))) return ''; // وفد من حماس: the delegation is Hamas
    if (cue.PREPS.has(prev.norm)) return prev.norm;
    if (prev.proclitic === '' && cue.PREPS.has(prev.bare)) return prev.bare;
    if (/^و?[بل]$/.test(prev.norm)) return prev.norm.slice(-1);
    if (prev.norm === 'جانب' && toks[p - 1]?.norm === 'الي') return 'مع';
    return '';
  };

  /** Occurrences coordinated with o by و or a comma: "الولايات المتحدة وإيران", "قطريين ومصريين", "كيري، والروسي لافروف". */
  const coordinated = (o: Occurrence, limit: number): Occurrence[] => {
    const list = [o];
    let cur = o;
    for (;;) {
      let k = cur.tokenEnd;
      let joined = false;
      if (isComma(toks[k])) {
        k++;
        joined = true;
      }
      if (toks[k]?.norm === 'و') {
        k++;
        joined = true;
      }
      // a nationality adjective standing for an elided title (والروسي سيرجي لافروف)
      const nis = occ.nisbaAt.get(k);
      const skipNisba = nis && !occ.at.has(k) ? nis.tokenEnd : k;
      const next = occ.at.get(k) ?? occ.at.get(skipNisba);
      if (!next || next.tokenStart >= limit || next.kind !== o.kind || next.genitive) break;
      if (!((next.tokenStart === k ? next.pre : toks[k]!.proclitic).startsWith('و') || joined)) break;
      list.push(next);
      cur = next;
    }
    return list;
  };

  /** Earlier conjuncts of an SVO subject: "الولايات المتحدة وإيران تبحثان". */
  const coordinatedBack = (o: Occurrence): Occurrence[] => {
    const list = [o];
    const inSent = sentOcc(o.sentence);
    let idx = inSent.indexOf(o);
    let cur = o;
    while (idx > 0) {
      const b = inSent[idx - 1]!;
      const gap = cur.tokenStart - b.tokenEnd;
      const sep = toks[b.tokenEnd]!;
      const joined = gap === 0 ? cur.pre.startsWith('و') : gap === 1 && (sep.norm === 'و' || sep.text === '،' || sep.text === ',');
      if (!joined || b.kind !== o.kind || b.genitive) break;
      list.unshift(b);
      cur = b;
      idx--;
    }
    return list;
  };

  // segments between commas, for attaching times and places
  const segOf = new Int32Array(toks.length);
  {
    let seg = 0;
    for (let i = 0; i < toks.length; i++) {
      if (i > 0 && toks[i]!.sentence !== toks[i - 1]!.sentence) seg++;
      segOf[i] = seg;
      if (isComma(toks[i])) seg++;
    }
  }

  // embedded triggers: the topic or content of another (تهدد بإطلاق عملية، للضغط ... من أجل القبول باتفاق)
  const embedded = new Set<number>();
  const governor = new Map<number, number>();
  for (let k = 0; k < triggers.length; k++) {
    const t = triggers[k]!;
    const prev = toks[t.index - 1];
    if (prev && prev.sentence === t.sentence && (cue.TOPIC_PREPS.has(prev.norm) || cue.TOPIC_PREPS.has(toks[t.index]!.norm))) embedded.add(k);
    // a chain "X من Y" keeps Y (جولة من المحادثات)
    const next = triggers[k + 1];
    if (next && next.sentence === t.sentence && next.index - t.end <= 3 && next.entry.type === t.entry.type) {
      let between = false;
      for (let q = t.end; q < next.index; q++) if (toks[q]!.norm === 'من') between = true;
      if (between) embedded.add(k);
    }
    // بالتنسيق مع introduces co-agents
    if (t.entry.type === 'COOPERATE' && cue.COAGENT.has(toks[t.index]!.norm) && toks[t.end]?.norm === 'مع') embedded.add(k);
    if (embedded.has(k)) continue;
    const governs = GOVERNING_TYPES.has(t.entry.type);
    for (let j = k + 1; j < triggers.length; j++) {
      const u = triggers[j]!;
      if (u.sentence !== t.sentence) break;
      const sameSeg = segOf[u.index] === segOf[t.index];
      const near = u.index - t.end <= 2;
      const nominal = u.pos === 'noun' || (!!u.alsoNoun && !u.proclitic.startsWith('و'));
      // قُتل ... برصاص الجيش: the instrument names the agent of the verb before it
      if (u.pos === 'noun' && u.entry.type === t.entry.type && t.pos === 'verb' && u.proclitic === 'ب' && u.index - t.end <= 6) {
        embedded.add(j);
        continue;
      }
      // a noun of the same type right after a multi-word verb split by its subject (أرسلت الإمارات شحنة مساعدات)
      if (t.resume !== undefined && u.pos === 'noun' && u.entry.type === t.entry.type && u.index - t.resume <= 1) {
        embedded.add(j);
        continue;
      }
      if (governs && sameSeg && nominal && !governor.has(j)) governor.set(j, k);
      if ((governs && sameSeg && nominal) || (near && nominal && /^[بل]?$/.test(u.proclitic.replace('و', '')) && t.pos === 'verb' && ['THREATEN', 'REQUEST', 'REJECT'].includes(t.entry.type))) embedded.add(j);
      else if (near && t.entry.type === 'CONSULT' && toks.slice(t.end, u.index).some((x) => x.norm === 'علي' || x.norm === 'حول')) embedded.add(j);
    }
  }

  const live = triggers.filter((_, k) => !embedded.has(k));
  const events: Draft[] = [];
  const lastSourceBySentence = new Map<number, readonly string[]>();

  /** The subject of the reporting verb that introduces the clause ending just before `p` (قال X إنه ...). */
  const reporterBefore = (p: number, sentStart: number): Occurrence | undefined => {
    for (let q = p - 1; q >= Math.max(sentStart, p - 10); q--) {
      const w = toks[q]!;
      if (!hasWord(w, cue.REPORT_VERBS) && !hasWord(w, cue.DENIAL)) continue;
      const inSent = sentOcc(w.sentence);
      const after = inSent.find((o) => o.tokenStart > q && o.tokenEnd <= p && isActor(o));
      if (after) return after;
      return [...inSent].reverse().find((o) => o.tokenEnd <= q && q - o.tokenEnd <= 2 && isActor(o));
    }
    return undefined;
  };

  /** A definite noun phrase right before a verb, opening its clause, that is not an actor (أن هذه الخطة تقترح): an explicit non-actor subject. */
  const nonActorSubject = (t: Trigger, sentStart: number): boolean => {
    let q = t.index - 1;
    let n = 0;
    while (q >= sentStart && !occ.covering[q] && ((toks[q]!.script === 'ar' && (toks[q]!.article || cue.DEMONSTRATIVES.has(toks[q]!.bare) || cue.SUBJECT_HEADS.has(toks[q]!.bare))) || /^[()«»"]$/.test(toks[q]!.text)) && !cue.SUBJECT_GAP.has(toks[q]!.norm)) {
      if (toks[q]!.script === 'ar') n++;
      q--;
    }
    if (!n || n > 5) return false;
    return q < sentStart || cue.COMPLEMENTIZERS.has(toks[q]!.norm) || cue.CLAUSE_OPENERS.has(toks[q]!.norm) || isComma(toks[q]);
  };

  /** Token after an agent phrase (على يد، من قبل، برصاص، بنيران) between from and to, or -1. */
  const agentPhrase = (from: number, to: number): number => {
    for (let q = from; q < to; q++) {
      const w = toks[q]!;
      if ((w.norm === 'يد' || w.norm === 'ايدي') && toks[q - 1]?.norm === 'علي') return q + 1;
      if (w.norm === 'قبل' && toks[q - 1]?.norm === 'من') return q + 1;
      if (w.norm === 'برصاص' || w.norm === 'بنيران' || w.norm === 'بقذايف' || w.norm === 'بغاره' || w.norm === 'بقصف') return q + 1;
    }
    return -1;
  };

  /** The first actor outside a prepositional phrase after the last clause opener before t. */
  const firstFreeActor = (t: Trigger, sentStart: number, inSent: readonly Occurrence[]): Occurrence | undefined => {
    let from = sentStart;
    for (let q = t.index - 1; q > sentStart; q--) {
      if (cue.COMPLEMENTIZERS.has(toks[q]!.norm) || cue.CLAUSE_OPENERS.has(toks[q]!.norm)) {
        from = q;
        break;
      }
    }
    return inSent.find((o) => o.tokenStart >= from && o.tokenEnd <= t.index && isActor(o) && !prepOf(o));
  };

  /** Whether a token stands right after a reporting or intent verb and its subject or addressee (أبلغت إسرائيل رفضها). */
  const afterReportVerb = (i: number, sentStart: number): boolean => {
    let v = i - 1;
    while (v > sentStart && cue.SUBJECT_GAP.has(toks[v]!.norm)) v--;
    const between = occ.covering[v];
    if (between) v = between.tokenStart - 1;
    return v >= sentStart && (hasWord(toks[v], cue.REPORT_VERBS) || hasWord(toks[v], cue.INTENT_VERBS));
  };

  for (let n = 0; n < live.length; n++) {
    const t0 = live[n]!;
    const sent = doc.sentences[t0.sentence]!;
    // a form that is both a verb and a noun (رفضها) is the noun when it is what someone announces
    const t: Trigger = t0.alsoNoun && afterReportVerb(t0.index, sent.tokenStart) ? { ...t0, pos: 'noun' } : t0;
    const prevT = live[n - 1];
    const nextT = live[n + 1];
    const winStart = prevT && prevT.sentence === t.sentence ? prevT.end : sent.tokenStart;
    const winEnd = nextT && nextT.sentence === t.sentence ? nextT.index : sent.tokenEnd;
    const inSent = sentOcc(t.sentence);
    const actorsAfter = inSent.filter((o) => o.tokenStart >= t.end && o.tokenStart < winEnd);
    const before = inSent.filter((o) => o.tokenEnd <= t.index).reverse();

    let sources: Occurrence[] = [];
    let targets: Occurrence[] = [];
    let noCarry = false;
    let pendingDropped = false;
    let announced = false;
    let sourceIds: string[] = []; // sources named by nationality adjectives (no occurrence)
    let nisbaTargets: string[] = [];

    // co-agents: بالتنسيق مع X
    const coagents: Occurrence[] = [];
    for (let s = Math.max(sent.tokenStart, winStart - 12); s < t.index; s++) {
      if (prevT && prevT.sentence === t.sentence && prevT.index > s) continue;
      if (cue.COAGENT.has(toks[s]!.norm) && toks[s + 1]?.norm === 'مع') {
        const o = occ.at.get(s + 2) ?? occ.at.get(s + 3);
        if (o) coagents.push(...coordinated(o, t.index));
      }
    }

    // relative clause: الحركة التي تصر → subject is the antecedent; الاتفاق الذي توصلت إليه القوى → subject after the verb
    let p = t.index - 1;
    while (p >= sent.tokenStart && cue.SUBJECT_GAP.has(toks[p]!.norm)) p--;
    if (p >= sent.tokenStart && cue.RELATIVES.has(toks[p]!.norm) && t.pos === 'verb') {
      const ante = before.find((o) => o.tokenEnd <= p && p - o.tokenEnd <= 1);
      if (isActor(ante)) sources = [ante];
      else noCarry = true;
    }

    if (t.pos === 'verb') {
      if (!sources.length) {
        // SVO: an actor right before the verb (كان X قد التقى؛ إسرائيل تهدد)
        const svo = before.find((o) => o.tokenEnd > winStart - 1 && isActor(o) && (!prepOf(o) || (o.via === 'nisba' && o.tokenEnd === t.index)) && toks.slice(o.tokenEnd, t.index).every((x) => cue.SUBJECT_GAP.has(x.norm) || x.norm === 'فان' || x.norm === 'ان'));
        // VSO: the first actor after the verb without a preposition (or set off by commas after a descriptor)
        // the subject follows the verb directly (time words and particles aside); after another noun an actor is that noun's genitive
        // (head and title words and their genitives may stand before the name: دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش)
        const adjacent = (o: Occurrence): boolean => {
          let head = false;
          for (let q = t.end; q < o.tokenStart; q++) {
            const w = toks[q]!;
            if (cue.SUBJECT_GAP.has(w.norm) || inTime[q] || isComma(w) || w.norm === 'و' || cue.QUANTITY.has(w.norm) || w.script === 'digit') continue;
            if (cue.SUBJECT_HEADS.has(w.bare)) {
              head = true;
              continue;
            }
            const cov = occ.covering[q];
            if (head && (w.article || (cov && cov.pre.endsWith('ل')))) continue; // الأمين العام، للأمم المتحدة
            return false;
          }
          return true;
        };
        const vso = actorsAfter.find((o) => isActor(o) && !prepOf(o) && (adjacent(o) || (o.tokenStart - t.end <= 9 && isComma(toks[o.tokenStart - 1]) && !toks.slice(t.end, o.tokenStart).some((x) => cue.PREPS.has(x.norm) || isTriggerTok[x.index]))));
        // a coordinated verb (…، والتقى) shares the subject of its clause: the first free actor after the clause opener;
        // an actor right after such a verb is then its object
        const clauseSubject = !svo && toks[t.index]!.proclitic.startsWith('و') ? firstFreeActor(t, sent.tokenStart, inSent) : undefined;
        if (svo) sources = coordinatedBack(svo);
        else if (clauseSubject && (!vso || t.entry.object)) sources = [clauseSubject];
        else if (vso && !(vso.tokenStart > t.end && occ.covering[t.end] === undefined && toks[t.end]?.article && toks[t.end]!.script === 'ar' && vso.tokenStart - t.end > 4)) sources = coordinated(vso, winEnd);
        if (!sources.length) {
          // reported speech: قال X إنه/إنها يعتزم ...
          const q = p >= sent.tokenStart ? toks[p]! : undefined;
          if (q && /^(ب|ف)?ان(ه|ها|هم|هما)?$/.test(q.norm)) {
            const rep = reporterBefore(p, sent.tokenStart);
            // أنه/أنها refer to the speaker; a bare أن only when the speaker denies (نفت قطر أن تكون قد فرضت)
            if (rep && (q.norm.length > 2 || hasWord(toks[p - 1], cue.DENIAL) || (p - 2 >= sent.tokenStart && occ.covering[p - 1] === rep && hasWord(toks[rep.tokenStart - 1], cue.DENIAL)))) sources = [rep];
          }
        }
        if (!sources.length) {
          // a passive with its agent named: اعتُقل ثلاثة صحفيين على يد قوات الاحتلال → the agent acts on the patient
          const agentAt = agentPhrase(t.end, Math.min(sent.tokenEnd, t.end + 8));
          if (agentAt >= 0) {
            const agent = inSent.find((o) => o.tokenStart >= agentAt && o.tokenStart - agentAt <= 2 && isActor(o));
            if (agent) {
              sources = [agent];
              const patient = inSent.find((o) => o.tokenStart >= t.end && o.tokenEnd <= agentAt && !o.genitive);
              if (patient) targets = [patient];
            }
          }
        }
        if (!sources.length && !noCarry && nonActorSubject(t, sent.tokenStart)) noCarry = true;

      }
    } else {
      // noun: "بين X و Y"
      let bein = -1;
      for (let q = t.end; q < Math.min(t.end + 3, winEnd); q++) if (toks[q]!.norm === 'بين') bein = q;
      if (bein >= 0) {
        const first = occ.at.get(bein + 1);
        if (isActor(first)) {
          const list = coordinated(first, sent.tokenEnd);
          if (list.length >= 2) {
            sources = [list[0]!];
            targets = list.slice(1);
          }
        }
      }
      // nationality adjectives after the noun: اتفاق أميركي روسي، التنسيق الأميركي – الإسرائيلي، العقوبات الأمريكية
      if (!sources.length) {
        let q = t.end;
        for (let skip = 0; skip < 2 && q < winEnd && !occ.nisbaAt.has(q) && toks[q]!.article && /ي(ه)?$/.test(toks[q]!.key) && !occ.covering[q]; skip++) q++;
        const nis: string[] = [];
        while (q < sent.tokenEnd) {
          const m = occ.nisbaAt.get(q);
          if (!m) break;
          nis.push(m.actor);
          q = m.tokenEnd;
          if (toks[q]?.norm === 'و' || isDash(toks[q])) q++;
        }
        if (nis.length) {
          sources = [];
          const ids = uniq(nis);
          sourceIds = ids.slice(0, 1);
          if (ids.length > 1) nisbaTargets = ids.slice(1);
        }
      }
      const demonstrative = cue.DEMONSTRATIVES.has(toks[t.index - 1]?.norm ?? '');
      if (!sources.length && !sourceIds.length && t.entry.type === 'ASSAULT') {
        // هجوم لتنظيم الدولة: ل after an attack noun names the attacker; the victims named before it are the target
        const w = toks[t.end];
        const viaHead = !!w && w.proclitic.endsWith('ل') && cue.SUBJECT_HEADS.has(w.bare); // لتنظيم الدولة، لحركة حماس
        const agent = occ.at.get(t.end) ?? (viaHead ? occ.at.get(t.end + 1) : undefined);
        if (isActor(agent) && (agent.pre.endsWith('ل') || (viaHead && agent.tokenStart === t.end + 1))) {
          sources = [agent];
          const victim = before.find((o) => !o.genitive && o.actor !== agent.actor);
          if (victim && !actorsAfter.some((o) => o !== agent && (o.kind === 'actor' || o.kind === 'place'))) targets = [victim];
        }
      }
      if (!sources.length && !sourceIds.length && !t.suffixed && !pendingDropped && !t.article && !demonstrative) {
        // genitive (construct state, so never after ال or a demonstrative): زيارة ترامب، لقاء الوزيرين
        const gen = occ.at.get(t.end) ?? (toks[t.end] && /^(ال)?(جديد|ثنائي|ثلاثي|رسمي|مباشر)/.test(toks[t.end]!.key) ? occ.at.get(t.end + 1) : undefined);
        // زيارة ترامب: the visitor; زيارة القاهرة: the place visited
        const visited = !!gen && !!t.entry.placeTarget && (gen.kind === 'place' || kb.get(gen.place ?? '')?.type === 'GPE');
        // the object of a reporting verb takes its subject as agent; its genitive is then the patient (أعلن الحوثيون استهداف سفينة إسرائيلية)
        let reported = false;
        for (let q = t.index - 1; q >= Math.max(sent.tokenStart, t.index - 4); q--) if (hasWord(toks[q], cue.REPORT_VERBS) || hasWord(toks[q], cue.INTENT_VERBS)) reported = true;
        if (isActor(gen) && !prepOf(gen) && !visited && !reported) sources = coordinated(gen, winEnd);
      }
      if (!sources.length && !sourceIds.length) {
        // the parties listed after ضمت/جمعت: جولة مباحثات ضمت X وY وZ
        for (let q = t.end; q < Math.min(t.end + 3, sent.tokenEnd); q++) {
          if (!cue.INCLUDE_VERBS.has(toks[q]!.norm)) continue;
          const first = sentOcc(t.sentence).find((o) => o.tokenStart > q && o.tokenStart - q <= 3 && isActor(o));
          if (first) {
            const list = coordinated(first, sent.tokenEnd);
            sources = [list[0]!];
            if (list.length > 1) targets = list.slice(1);
          }
          break;
        }
      }
      if (!sources.length && !sourceIds.length) {
        // support verb before the noun: عقد X لقاء، أجرى X محادثات، ورد التحالف باستهداف
        for (let s = t.index - 1; s >= Math.max(winStart, t.index - 12); s--) {
          if (!hasWord(toks[s], cue.SUPPORT_VERBS)) continue;
          const subj = inSent.find((o) => o.tokenStart > s && o.tokenEnd <= t.index && isActor(o) && !prepOf(o));
          if (subj) sources = coordinated(subj, t.index);
          else {
            const svo = before.find((o) => o.tokenEnd <= s && isActor(o) && !prepOf(o) && s - o.tokenEnd <= 3);
            if (svo) sources = [svo];
          }
          break;
        }
      }
      if (!sources.length && !sourceIds.length) {
        // relative clause after the noun: الهدنة التي أقرتها قيادة التحالف، الحرب التي يشنها الجيش
        let q = t.end;
        while (q < Math.min(t.end + 3, sent.tokenEnd) && !cue.RELATIVES.has(toks[q]!.norm) && !isComma(toks[q])) q++;
        if (q < sent.tokenEnd && cue.RELATIVES.has(toks[q]!.norm)) {
          const agent = inSent.find((o) => o.tokenStart > q + 1 && o.tokenStart - (q + 1) <= 3 && isActor(o) && !prepOf(o));
          if (agent) sources = [agent];
        }
      }
      if (!sources.length && !sourceIds.length && !t.article) {
        // object of a reporting verb: أعلنت (الحكومة) قطع العلاقات؛ أبلغت السلطة إسرائيل رفضها
        let v = t.index - 1;
        while (v > sent.tokenStart && cue.SUBJECT_GAP.has(toks[v]!.norm)) v--;
        const between = occ.covering[v];
        if (isActor(between) && !prepOf(between)) v = between.tokenStart - 1;
        while (v > sent.tokenStart && cue.SUBJECT_GAP.has(toks[v]!.norm)) v--;
        const vt = toks[v];
        if (vt && vt.sentence === t.sentence && (hasWord(vt, cue.REPORT_VERBS) || hasWord(vt, cue.INTENT_VERBS))) {
          announced = hasWord(vt, cue.REPORT_VERBS);
          // SVO: X أبلغت Y رفضها (Y is the addressee); VSO: أعلنت كذلك X قطع العلاقات (X is the subject)
          const svo = before.find((o) => isActor(o) && !prepOf(o) && v - o.tokenEnd <= 2 && o.tokenEnd <= v);
          if (svo) sources = [svo];
          else if (isActor(between) && !prepOf(between)) sources = [between];
          else if (lastSourceBySentence.get(t.sentence) ?? lastSourceBySentence.get(t.sentence - 1)) pendingDropped = true;
          if (svo && isActor(between) && !prepOf(between) && between !== svo) targets = [between];
        }
      }
      if (!sources.length && !sourceIds.length && t.suffixed) {
        // a possessive suffix names the agent: استقباله، رفضها، زيارته → the actor named last
        // (the suffix refers to the nearest noun: after a definite non-actor noun it is not an actor)
        let owner: Occurrence | undefined;
        for (let q = t.index - 1; q >= sent.tokenStart; q--) {
          const cov = occ.covering[q];
          if (cov) {
            if (isActor(cov)) owner = cov;
            if (cov.kind === 'actor') break;
            q = cov.tokenStart;
            continue;
          }
          if (toks[q]!.article && toks[q]!.script === 'ar') break;
        }
        if (owner) sources = [owner];
        else noCarry = true;
      }
      // (with the article only when a preposition takes its object: للضغط على, not للاتفاق)
      if (!sources.length && !sourceIds.length && /ل$/.test(t.proclitic) && (!t.article || t.end - t.index > 1 && cue.PREPS.has(toks[t.end - 1]!.norm) || cue.PREPS.has(toks[t.end]?.norm ?? ''))) {
        // purpose noun (للضغط): the clause subject earlier in the sentence (not the partners it acts with)
        const subj = before.find((o) => isActor(o) && !prepOf(o) && !coagents.includes(o));
        if (subj) sources = [subj];
      }
    }

    // targets
    if (!targets.length) {
      const preps = lex.prepKeys.get(t.entry.id)!;
      const placeOk = !!t.entry.placeTarget || PLACE_TARGET_TYPES.has(t.entry.type);
      // an actor right after the subject behind ل is part of its title (الأمين العام للأمم المتحدة)
      const ofSource = (o: Occurrence): boolean => sources.some((x) => x.tokenEnd === o.tokenStart && x.via === 'role') && o.pre.endsWith('ل');
      // in VSO order the object follows the subject: what stands between the verb and the subject is part of the subject's title
      const postSubject = sources.filter((o) => o.tokenStart >= t.end).reduce((m, o) => Math.max(m, o.tokenEnd), t.end);
      // an actor right after another event noun is that event's agent (دعا إلى الاستجابة لطلب السلطة)
      // (the agent of a demanded act, انسحاب الجيش, is who is asked: only statement nouns keep their genitive)
      const ofEventNoun = (o: Occurrence): boolean => {
        if (o.tokenStart <= t.end || !isTriggerTok[o.tokenStart - 1] || occ.covering[o.tokenStart - 1] || prepOf(o)) return false;
        // a refusal or a welcome answers whoever made the request: رفض طلب إيران → Iran
        if (t.entry.type !== 'REQUEST') return false;
        const u = triggerAt.get(o.tokenStart - 1);
        return !u || GOVERNING_TYPES.has(u.entry.type);
      };
      const afterSrc = actorsAfter.filter((o) => o.tokenStart >= postSubject && !sources.includes(o) && !coagents.includes(o) && !o.genitive && !ofSource(o) && !ofEventNoun(o));
      const barrier = (o: Occurrence): boolean => {
        for (let q = t.end; q < o.tokenStart; q++) {
          const w = toks[q]!;
          if (occ.covering[q]) continue;
          if (cue.RELATIVES.has(w.norm) || cue.COMPLEMENTIZERS.has(w.norm)) return true;
          if (w.article && /ل$/.test(w.proclitic) && !isTriggerTok[q]) return true; // للتصدي ل...: a purpose clause of its own
        }
        return false;
      };
      if (t.entry.type === 'ACCUSE' || t.entry.type === 'REJECT') {
        // the nationality adjective of the act condemned names who is blamed: أدانت قطر الغارات الإسرائيلية
        const from = sources.reduce((m, o) => Math.max(m, o.tokenEnd), t.end);
        for (let q = from; q < Math.min(winEnd + 3, sent.tokenEnd); q++) {
          if (occ.covering[q] && !occ.nisbaAt.has(q)) break;
          const m = occ.nisbaAt.get(q);
          if (m && isTriggerTok[q - 1]) {
            nisbaTargets = [m.actor];
            break;
          }
        }
      }
      if (t.entry.placeTarget && !sources.length) {
        // زيارة لوزير الخارجية: ل before a person or a body names the visitor, ل before a place the destination
        const visitor = afterSrc.find((o) => o.tokenStart - t.end <= 2 && isActor(o) && prepOf(o) === 'ل' && o.via !== 'nisba' && (kb.get(o.actor)?.type === 'PER' || kb.get(o.actor)?.type === 'ORG'));
        if (visitor) sources = [visitor];
      }
      let tgt = nisbaTargets.length ? undefined : afterSrc.find((o) => {
        const pr = prepOf(o);
        if (sources.includes(o)) return false;
        if (t.entry.id === 'agree-invite' && o.place) return false; // دعاه لزيارة موسكو: Moscow is where, not whom
        if (o.kind === 'place' && !placeOk) return false;
        if (barrier(o)) return false;
        if (pr && preps.has(pr)) return true;
        if (pr === 'في' && o.kind === 'place' && (t.entry.type === 'THREATEN' || t.entry.type === 'ASSAULT')) return true;
        return !pr && t.entry.object === true && (o.kind === 'actor' || placeOk);
      });
      if (!tgt && !nisbaTargets.length) {
        // the entry's preposition heads a phrase whose actor comes a little later: ضد ثلاثة من قادة حزب الله
        for (let q = t.end; q < winEnd && !tgt; q++) {
          if (segOf[q] !== segOf[t.end] || !preps.has(toks[q]!.norm) || toks[q]!.norm.length < 2) continue;
          tgt = afterSrc.find((o) => o.tokenStart > q + 1 && o.tokenStart - q <= 6 && segOf[o.tokenStart] === segOf[q] && (o.kind === 'actor' || placeOk));
          break;
        }
      }
      if (!tgt && !nisbaTargets.length && ['REQUEST', 'THREATEN', 'COOPERATE'].includes(t.entry.type)) {
        tgt = afterSrc.find((o) => o.kind === 'actor' && o.tokenStart - t.end <= 12 && !barrier(o) && !toks.slice(t.end, o.tokenStart).some((x) => cue.CLAUSE_BREAK.has(x.norm)));
      }
      // (له after the verb, also inside an expression like وجه له الدعوة, is the same pronoun)
      let pronounObject = t.suffixed;
      for (let q = t.index + 1; q <= t.end && q < sent.tokenEnd; q++) if (/^(ل|ا?لي)(ه|ها|هم|هما)$/.test(toks[q]!.norm)) pronounObject = true;
      if (!tgt && t.pos === 'verb' && pronounObject && t.entry.object && !nisbaTargets.length) {
        // an object pronoun (ويدعوه) stands for the actor named last that is not the subject
        for (let q = t.index - 1; q >= sent.tokenStart && !tgt; q--) {
          const cov = occ.covering[q];
          if (cov) {
            if (isActor(cov) && !sources.includes(cov) && !srcIdsOf(sources).includes(cov.actor)) tgt = cov;
            q = cov.tokenStart;
            continue;
          }
          if (toks[q]!.article && toks[q]!.script === 'ar' && !inTime[q]) break; // the pronoun stands for that noun (عملية السلام التي ترفضها)
        }
      }
      if (tgt) targets = coordinated(tgt, winEnd);
    }
    if (t.entry.inverse && sources.length && targets.length) [sources, targets] = [targets, sources];

    // dropped subject: the agent of the previous event in this or the previous sentence
    let srcIds = sourceIds.length ? sourceIds : uniq([...sources, ...coagents].map((o) => o.actor));
    if (sourceIds.length) srcIds = uniq([...srcIds, ...coagents.map((o) => o.actor)]);
    if (!srcIds.length && (t.pos === 'verb' || pendingDropped) && !noCarry) {
      srcIds = [...(lastSourceBySentence.get(t.sentence) ?? lastSourceBySentence.get(t.sentence - 1) ?? [])];
    } else if (!srcIds.length && !noCarry && t.pos === 'noun' && !t.article && toks[t.index]!.proclitic.startsWith('و') && events.length) {
      // a coordinated noun (قطع العلاقات ... وإغلاق الحدود) shares the agent of the event before it
      const prevE = events[events.length - 1]!;
      if (prevE.sentence === t.sentence) srcIds = [...prevE.sources];
    }
    let tgtIds = uniq([...nisbaTargets, ...targets.map((o) => (o.kind === 'place' && t.entry.placeTarget ? countryOfPlace(o.actor, kb) ?? o.actor : o.actor))]);
    srcIds = srcIds.filter((x) => !tgtIds.includes(x));
    // symmetric events name both sides as one list: اتفق X وY على ...
    if (t.entry.symmetric && !tgtIds.length && srcIds.length >= 2) {
      tgtIds = srcIds.slice(1);
      srcIds = srcIds.slice(0, 1);
    }
    if (srcIds.length) lastSourceBySentence.set(t.sentence, srcIds);

    // a refusal or an acceptance without a target answers whoever asked the source just before
    if ((t.entry.type === 'REJECT' || t.entry.id === 'agree-accept' || t.entry.id === 'agree-invite') && srcIds.length && !tgtIds.length) {
      const req = [...events].reverse().find((e) => (e.type === 'REQUEST' || e.type === 'AGREE') && e.targets.some((x) => srcIds.includes(x)) && t.sentence - e.sentence <= 3);
      if (req) tgtIds = req.sources.filter((x) => !srcIds.includes(x));
    }

    events.push({
      trigger: t,
      type: t.entry.type,
      ...(t.entry.mode ? { mode: t.entry.mode } : {}),
      sources: srcIds,
      targets: tgtIds,
      sentence: t.sentence,
      symmetric: !!t.entry.symmetric,
      modality: modalityOf(doc, t, winStart),
      anaphoric: !sources.length && !targets.length && !sourceIds.length && (t.article || cue.DEMONSTRATIVES.has(toks[t.index - 1]?.norm ?? '')) && t.pos === 'noun',
      mediators: [],
      participants: [],
      date: null,
      location: null,
      attribution: [],
      ...(announced ? { announced } : {}),
    });
  }

  // the reason given for a sanction blames its target: قطعت X العلاقات مع Y بسبب دعمها للإرهاب → X ACCUSE Y
  for (const e of [...events]) {
    if (e.type !== 'SANCTION' || !e.sources.length || !e.targets.length) continue;
    const sent = doc.sentences[e.sentence]!;
    for (let q = e.trigger.end; q < Math.min(e.trigger.end + 8, sent.tokenEnd - 1); q++) {
      if (!hasWord(toks[q], cue.REASON)) continue;
      let r = q + 1;
      if (toks[r]?.norm === 'ما' || toks[r]?.norm === 'مما') r++;
      const w = toks[r];
      if (!w || w.sentence !== e.sentence || !/(ها|ه|هم)$/.test(w.norm) || w.norm.length < 5 || occ.covering[r]) break;
      // the reason's noun is the accusation, not an event of its own (بسبب دعمها is not a SUPPORT)
      for (let k = events.length - 1; k >= 0; k--) if (events[k]!.trigger.index === r) events.splice(k, 1);
      const trigger: Trigger = { index: r, end: r + 1, entry: REASON_ENTRY, pos: 'noun', imperfect: false, future: false, article: false, proclitic: w.proclitic, sentence: e.sentence, suffixed: true };
      events.push({
        trigger, type: 'ACCUSE', mode: 'allege', sources: [...e.sources], targets: [...e.targets], sentence: e.sentence, symmetric: false,
        modality: e.modality, anaphoric: false, mediators: [], participants: [], date: null, location: null, attribution: [], reasonOf: e,
      });
      break;
    }
  }

  // what someone is accused of is reported as an event too (اتهمت X Y بإطلاق صاروخ على Z)
  for (const [j, k] of governor) {
    const g = triggers[k]!;
    const u = triggers[j]!;
    if (g.entry.type !== 'ACCUSE' || !['ASSAULT', 'COERCE', 'MOBILIZE', 'SANCTION'].includes(u.entry.type)) continue;
    const acc = events.find((e) => e.trigger === g);
    if (!acc || !acc.targets.length) continue;
    const preps = lex.prepKeys.get(u.entry.id)!;
    const tgt = sentOcc(u.sentence).find((o) => o.tokenStart >= u.end && segOf[o.tokenStart] === segOf[u.index] && preps.has(prepOf(o)));
    if (!tgt) continue;
    const tgtId = tgt.kind === 'place' ? countryOfPlace(tgt.actor, kb) ?? tgt.actor : tgt.actor;
    events.push({
      trigger: u, type: u.entry.type, ...(u.entry.mode ? { mode: u.entry.mode } : {}), sources: [...acc.targets], targets: [tgtId], sentence: u.sentence,
      symmetric: false, modality: 'asserted', anaphoric: false, mediators: [], participants: [], date: null,
      location: tgt.place ?? null, attribution: [...acc.sources],
    });
  }
  events.sort((a, b) => a.trigger.index - b.trigger.index);

  attachTimesAndPlaces(doc, events, times, occ, segOf, kb);
  attachParticipantsAndMediators(doc, events, occ, prepOf);
  attachAttribution(doc, events, occ, prepOf);
  for (const e of events) {
    if (!e.location && e.trigger.entry.placeTarget) {
      const placeT = sentOcc(e.sentence).find((o) => o.place && o.tokenStart >= e.trigger.end && (o.kind === 'place' || e.targets.includes(o.actor)));
      if (placeT) e.location = placeT.place!;
      else if (e.targets.length && kb.get(e.targets[0]!)?.type === 'GPE') e.location = e.targets[0]!;
    }
  }
  // demonstrators named by no actor are people of the country where they demonstrate (نظم عمال الموانئ في تونس إضرابا)
  for (const e of events) {
    if (e.type !== 'PROTEST' || e.sources.length) continue;
    let c: string | undefined;
    if (e.location) {
      const a = kb.get(e.location);
      c = a?.country ? kb.countryByCode.get(a.country) : undefined;
    } else {
      // في مدن إيرانية: a nationality phrase after في names where
      const o = sentOcc(e.sentence).find((x) => x.kind === 'actor' && prepOf(x) === 'في' && x.tokenStart > e.trigger.index);
      c = o?.actor;
    }
    if (c) e.sources = [c];
  }
  // a meeting that is the purpose of a trip (وصل إلى الدوحة للقاء ...، يزور قطر لإجراء محادثات) is planned, at the trip's time and place
  for (let k = 1; k < events.length; k++) {
    const e = events[k]!;
    const p = events[k - 1]!;
    if (e.type !== 'CONSULT' || e.mode === 'visit' || p.type !== 'CONSULT' || p.mode !== 'visit' || p.sentence !== e.sentence) continue;
    const purpose = /ل$/.test(e.trigger.proclitic) || [1, 2].some((d) => {
      const w = toks[e.trigger.index - d];
      return !!w && w.sentence === e.sentence && /^و?ل$/.test(w.proclitic) && hasWord(w, cue.SUPPORT_VERBS);
    });
    if (!purpose || !e.sources.some((x) => p.sources.includes(x))) continue;
    if (e.modality === 'asserted') e.modality = 'future';
    e.date ??= p.date;
    e.location ??= p.location;
  }
  for (const e of events) {
    if (e.modality === 'asserted' && e.date && doc.published && startsAfter(e.date, doc.published)) e.modality = 'future';
    // I. a place that is the recipient of a strike, a siege or a withdrawal is also where it happens
    if (!e.location && e.targets.length && PLACE_TARGET_TYPES.has(e.type)) {
      const a = kb.get(e.targets[0]!);
      if (a && (a.type === 'LOC' || a.type === 'FAC' || (a.type === 'GPE' && kb.countryByCode.get(a.country ?? '') !== a.id))) e.location = a.id;
    }
  }
  const { kept, hostOf } = coreference(events, kb);
  // an accusation carried by a sanction's reason is made when the sanction is announced
  for (const e of kept) if (e.reasonOf) e.date ??= (hostOf.get(e.reasonOf.trigger) ?? e.reasonOf).date;
  // what happened during a meeting (خلال الاجتماع اتفق ...) happened at the meeting's time and place
  for (const e of kept) {
    const sent = doc.sentences[e.sentence]!;
    for (let q = sent.tokenStart; q < e.trigger.index; q++) {
      if (!hasWord(toks[q], cue.DURING)) continue;
      const host = [...hostOf].find(([t]) => t.index > q && t.index <= q + 3 && t.entry.type === 'CONSULT')?.[1];
      if (host && host !== e) {
        e.date ??= host.date;
        e.location ??= host.location;
      }
    }
  }
  return finalize(doc, kept);
}

/** Whether a TIMEX3 date value (day, week, month or year) lies wholly after the publication day. */
function startsAfter(value: string, published: string): boolean {
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  if (day) return day[1]! > published;
  const week = /^(\d{4})-W(\d{2})/.exec(value);
  if (week) {
    const jan4 = Date.UTC(Number(week[1]), 0, 4);
    const monday = jan4 - (((new Date(jan4).getUTCDay() + 6) % 7) * 86400000) + (Number(week[2]) - 1) * 7 * 86400000;
    return new Date(monday).toISOString().slice(0, 10) > published;
  }
  const month = /^(\d{4}-\d{2})$/.exec(value);
  if (month) return month[1]! > published.slice(0, 7);
  const year = /^(\d{4})$/.exec(value);
  if (year) return year[1]! > published.slice(0, 4);
  return false;
}

const srcIdsOf = (os: readonly Occurrence[]): string[] => os.map((o) => o.actor);

function uniq<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

function countryOfPlace(id: string, kb: KnowledgeBase): string | null {
  const a = kb.get(id);
  if (!a?.country) return null;
  return kb.countryByCode.get(a.country) ?? null;
}

/** Speech acts: a condition after them is the content's, not theirs (تهدد بعملية إذا لم ...). */
const SPEECH_TYPES = new Set<PloverType>(['REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'SUPPORT', 'AGREE']);

function modalityOf(doc: Doc, t: Trigger, winStart: number): Modality {
  const toks = doc.tokens;
  const sent = doc.sentences[t.sentence]!;
  let denied = false;
  let hypothetical = false;
  let conditional = false;
  let negated = false;
  let future = t.future;
  // after a noun: المقررة، المقبلة
  if (t.pos === 'noun') {
    for (let k = t.end; k < Math.min(t.end + 5, sent.tokenEnd); k++) {
      if (cue.FUTURE_AFTER.has(toks[k]!.norm) || cue.FUTURE_AFTER.has(toks[k]!.bare)) future = true;
      if (toks[k]!.script === 'punct' && toks[k]!.text !== '،') break;
    }
  }
  // cues before the trigger, back to the previous trigger (or further for a clause-initial condition)
  const near = Math.max(sent.tokenStart, Math.min(winStart, t.index - 6));
  for (let k = t.index - 1; k >= sent.tokenStart; k--) {
    const w = toks[k]!;
    const n = w.norm;
    // a cue in another clause does not reach the trigger (إذا جرت ...»، لكنه حذر)
    if (cue.MODAL_BARRIER.has(n) || cue.MODAL_BARRIER.has(w.text) || (isComma(w) && k < t.index - 1 && (toks[k + 1]!.proclitic.startsWith('و') || toks[k + 1]!.norm === 'و'))) break;
    const inClause = k >= near;
    if (inClause && (cue.DENIAL.has(n) || cue.DENIAL.has(w.bare))) denied = true;
    if (cue.HYPOTHETICAL.has(n) && (inClause || k === sent.tokenStart || isComma(toks[k - 1]))) hypothetical = true;
    // a condition opening the sentence reaches its main clause: إذا رفضت حماس ...، ستشن إسرائيل ...
    if ((cue.CONDITIONAL.has(n) || cue.CONDITIONAL.has(w.bare)) && n !== 'ان' && n !== 'حال') conditional = true;
    if (n === 'حال' && toks[k - 1]?.norm === 'في') conditional = true;
    if (n === 'لم' && toks[k - 1]?.norm === 'ما') conditional = true; // ما لم: unless
    if (!inClause) continue;
    if (k >= t.index - 3 && cue.NEGATION.has(n) && !cue.NOT_NEGATION_AFTER.has(toks[k + 1]?.norm ?? '') && !(n === 'لم' && toks[k - 1]?.norm === 'ما')) {
      if (n === 'ما' && k + 1 !== t.index) continue;
      if (toks[k - 1]?.norm === 'نادرا' || toks[k - 1]?.norm === 'قلما') continue;
      negated = true;
    }
    if (cue.FUTURE_BEFORE.has(n) || cue.FUTURE_BEFORE.has(w.bare) || (n.startsWith('س') && n.length > 3 && cue.SUPPORT_VERBS.has(n.slice(1)))) future = true;
  }
  // a condition after an action (ستفرض عقوبات ما لم ...): the action is conditional; after a speech act it is the content's
  if (!SPEECH_TYPES.has(t.entry.type)) {
    for (let k = t.end; k < sent.tokenEnd; k++) {
      const n = toks[k]!.norm;
      if (cue.MODAL_BARRIER.has(n) || cue.MODAL_BARRIER.has(toks[k]!.text)) break;
      if (n === 'اذا' || n === 'مالم' || n === 'شرط' || n === 'شريطه' || (n === 'حال' && toks[k - 1]?.norm === 'في') || (n === 'لم' && toks[k - 1]?.norm === 'ما')) conditional = true;
    }
  }
  if (denied) return 'denied';
  if (hypothetical) return 'hypothetical';
  if (conditional) return 'conditional';
  if (negated) return 'negated';
  return future ? 'future' : 'asserted';
}

/** Words between في and a place name: في العاصمة العمانية مسقط، في مدينة حلب. */
const PLACE_HEADS = new Set(['شوارع', 'شارع', 'ساحه', 'ميدان', 'عاصمه', 'مدينه', 'بلده', 'قريه', 'منطقه', 'محافظه', 'ولايه', 'اقليم', 'مخيم', 'حي', 'قصر', 'مقر', 'ميناء', 'مطار', 'معبر', 'قاعده', 'ضواحي', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'مشارف']);

const CONCRETE = /^\d{4}(-\d{2}(-\d{2})?|-W\d{2}|-[A-Z]{2})?(T.*)?$/;

function attachTimesAndPlaces(doc: Doc, events: Draft[], times: readonly Timex[], occ: OccurrenceIndex, segOf: Int32Array, kb: KnowledgeBase): void {
  const toks = doc.tokens;
  const tokAt = (off: number): number => {
    let lo = 0;
    let hi = toks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (toks[mid]!.start <= off) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const bySentence = new Map<number, Draft[]>();
  for (const e of events) {
    // only events that will be reported (or that corefer with one) claim a date or a place
    if (!e.anaphoric && !(e.sources.length && (e.targets.length || !needsTarget(e))) && !(e.type === 'PROTEST' && !needsTarget(e))) continue;
    const l = bySentence.get(e.sentence) ?? [];
    l.push(e);
    bySentence.set(e.sentence, l);
  }
  /** The event a date or place at tokIndex belongs to; for a place, null when it is in a clause of its own with no event. */
  const pick = (tokIndex: number, place = false): Draft | undefined | null => {
    const inSent = bySentence.get(toks[tokIndex]!.sentence);
    if (!inSent) return undefined;
    const seg = segOf[tokIndex]!;
    let left: Draft | undefined;
    let right: Draft | undefined;
    let anyLeft: Draft | undefined;
    for (const e of inSent) {
      if (e.trigger.index < tokIndex) {
        if (!e.anaphoric) anyLeft = e;
        if (segOf[e.trigger.index] === seg) left = e;
      } else if (!right && segOf[e.trigger.index] === seg) right = e;
    }
    // a segment without a trigger modifies the event before it (المقررة يوم الأحد في مسقط) — but a place
    // in a clause of its own (قبل أن يعقد لقاءات في البيت الأبيض) is not where that event happened
    if (place) {
      let s0 = tokIndex;
      while (s0 > 0 && segOf[s0 - 1] === seg) s0--;
      if (/^و?(قبل|بعد)$/.test(toks[s0]!.norm) && /^ان$/.test(toks[s0 + 1]?.norm ?? '')) return left ?? right ?? null;
    }
    return left ?? right ?? anyLeft;
  };
  /** Dates and places of each sentence, for events of the sentence that got none of their own. */
  const sentDates = new Map<number, string[]>();
  for (const tx of times) {
    if (tx.type !== 'DATE' && tx.type !== 'TIME') continue;
    if (!CONCRETE.test(tx.value)) continue;
    const ti = tokAt(tx.start);
    const e = pick(ti);
    if (e && !e.date) e.date = tx.value;
    else if (!e) {
      const l = sentDates.get(toks[ti]!.sentence) ?? [];
      l.push(tx.value);
      sentDates.set(toks[ti]!.sentence, l);
    }
  }
  const sentPlaces = new Map<number, string[]>();
  for (const o of occ.all) {
    if (!o.place) continue;
    let q = o.tokenStart - 1;
    while (q >= 0 && toks[q]!.sentence === o.sentence && q >= o.tokenStart - 3 && (PLACE_HEADS.has(wordKey(toks[q]!.bare)) || occ.nisbaAt.has(q) || (toks[q]!.article && /ي(ه)?$/.test(toks[q]!.key)))) q--;
    const prev = toks[q];
    // في X (وفي، ففي), داخل X; بX / فX only for towns and regions (بإيران is "with Iran")
    const a = kb.get(o.place);
    const town = !!a && !(a.type === 'GPE' && kb.countryByCode.get(a.country ?? '') === a.id);
    const inPrep = (prev && prev.sentence === o.sentence && /^[وف]?(في|داخل|فى)$/.test(prev.norm)) || (town && q + 1 === o.tokenStart && /[بف]$/.test(o.pre));
    if (!inPrep) continue;
    const e = pick(o.tokenStart, true);
    if (e && !e.location && !e.sources.includes(o.place)) e.location = o.place;
    else if (e === undefined) {
      const l = sentPlaces.get(o.sentence) ?? [];
      l.push(o.place);
      sentPlaces.set(o.sentence, l);
    }
  }
  // a date in a reporting clause (قالت الوزارة أمس إن ...) dates what is announced in the sentence (وأعلنت استدعاء سفيرها)
  for (const tx of times) {
    if ((tx.type !== 'DATE' && tx.type !== 'TIME') || !CONCRETE.test(tx.value)) continue;
    const ti = tokAt(tx.start);
    const s = toks[ti]!.sentence;
    let report = false;
    for (let q = ti - 1; q >= doc.sentences[s]!.tokenStart && q >= ti - 8; q--) if (hasWord(toks[q], cue.REPORT_VERBS)) report = true;
    if (!report) continue;
    for (const e of bySentence.get(s) ?? []) if (e.announced && !e.date) e.date = tx.value;
  }
  // a verb coordinated with the one before (اجتمع ... اليوم ووجه له الدعوة) or a simultaneous clause (فيما أعلنت)
  // shares its date when it has none
  for (const list of bySentence.values()) {
    for (let k = 1; k < list.length; k++) {
      const e = list[k]!;
      const p = list[k - 1]!;
      if (e.date || !p.date) continue;
      const coordinated = e.trigger.pos === 'verb' && e.trigger.proclitic.startsWith('و') && e.sources.some((x) => p.sources.includes(x));
      let simultaneous = false;
      for (let q = p.trigger.end; q < e.trigger.index; q++) if (cue.SIMULTANEOUS.has(toks[q]!.norm)) simultaneous = true;
      if (coordinated || simultaneous) e.date = p.date;
    }
  }
  // an event with no date or place of its own takes those of its sentence no other event claimed
  // (حطّ أمس ... رحاله في مسقط، والتقى ...)
  for (const e of events) {
    // a bare mention (الزيارة) takes its time from the event it refers to; an event without arguments takes nothing
    if (e.anaphoric || !e.sources.length || (!e.targets.length && needsTarget(e))) continue;
    if (!e.date) {
      const d = sentDates.get(e.sentence);
      if (d && uniq(d).length === 1) e.date = d[0]!;
    }
    if (!e.location) {
      const pl = (sentPlaces.get(e.sentence) ?? []).filter((x) => !e.sources.includes(x));
      if (pl.length && uniq(pl).length === 1) e.location = pl[0]!;
    }
  }
}

function attachParticipantsAndMediators(doc: Doc, events: Draft[], occ: OccurrenceIndex, prepOf: (o: Occurrence) => string): void {
  const toks = doc.tokens;
  let lastConsult: Draft | undefined;
  let ei = 0;
  for (let i = 0; i < toks.length; i++) {
    while (ei < events.length && events[ei]!.trigger.index < i) {
      if (events[ei]!.type === 'CONSULT') lastConsult = events[ei]!;
      ei++;
    }
    const t = toks[i]!;
    const inSent = occ.bySentence[t.sentence] ?? [];
    // شارك في الاجتماع ... X، وY
    if (cue.PARTICIPATE.has(t.bare) || cue.PARTICIPATE.has(t.norm)) {
      const target = lastConsult;
      if (!target) continue;
      for (const o of inSent) {
        if (o.tokenStart <= i || o.kind !== 'actor') continue;
        if (!target.participants.includes(o.actor) && !target.sources.includes(o.actor) && !target.targets.includes(o.actor)) target.participants.push(o.actor);
      }
    }
    // بوساطة X (وY)، بوساطة عمانية
    if (cue.MEDIATION.has(t.norm) || cue.MEDIATION.has(t.bare)) {
      const ids: string[] = [];
      let k = i + 1;
      for (;;) {
        if (toks[k]?.norm === 'و' || isComma(toks[k])) k++;
        const o = occ.at.get(k);
        const nis = occ.nisbaAt.get(k);
        if (o && o.sentence === t.sentence && o.kind === 'actor') {
          ids.push(o.actor);
          k = o.tokenEnd;
        } else if (nis && toks[k]!.sentence === t.sentence) {
          ids.push(nis.actor);
          k = nis.tokenEnd;
        } else break;
        if (!(toks[k]?.proclitic.startsWith('و') || toks[k]?.norm === 'و')) break;
      }
      let e: Draft | undefined;
      for (const x of events) if (x.sentence === t.sentence && x.trigger.index < i) e = x;
      e ??= events.find((x) => x.sentence === t.sentence);
      if (e) for (const id of ids) if (!e.mediators.includes(id)) e.mediators.push(id);
    }
    // X يلعب دور الوسيط
    if (cue.MEDIATOR_ROLE.has(t.norm) && toks[i - 1]?.key === 'دور') {
      const o = [...inSent].reverse().find((x) => x.tokenEnd <= i - 1 && !prepOf(x) && x.kind === 'actor');
      // the talks it mediates: the last CONSULT of this sentence or the one before that has parties
      // of its own — the cue's own words (الوسيط بين الطرفين) can read as an empty one
      let e: Draft | undefined;
      for (const x of events) {
        if (x.type !== 'CONSULT' || x.sentence > t.sentence || t.sentence - x.sentence > 1) continue;
        if (!e || x.sources.length + x.targets.length > 0 || e.sources.length + e.targets.length === 0) e = x;
      }
      if (o && e && !e.mediators.includes(o.actor)) e.mediators.push(o.actor);
    }
  }
  for (const e of events) {
    e.sources = e.sources.filter((x) => !e.mediators.includes(x));
    e.targets = e.targets.filter((x) => !e.mediators.includes(x));
    if (e.mediators.length && e.type === 'CONSULT') e.mode = 'third-party';
  }
}

interface Credit {
  readonly at: number; // token of the marker or verb
  readonly verb: boolean; // a reporting verb (covers what follows it) rather than a marker (covers its sentence)
  readonly who: string; // actor id or source description
}

function attachAttribution(doc: Doc, events: Draft[], occ: OccurrenceIndex, prepOf: (o: Occurrence) => string): void {
  const toks = doc.tokens;
  const bySentence = new Map<number, Credit[]>();
  for (const s of doc.sentences) {
    const found: Credit[] = [];
    const inSent = occ.bySentence[s.index] ?? [];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = toks[i]!;
      const marker = cue.ATTR_MARKERS.has(t.norm) || cue.ATTR_MARKERS.has(t.bare);
      const report = !marker && (cue.REPORT_VERBS.has(t.norm) || cue.REPORT_VERBS.has(t.bare));
      if (!marker && !report) continue;
      // the source: an actor within a few words (after a marker, ما and عن allowed; the subject of a reporting verb)
      let stop = Math.min(i + 6, s.tokenEnd);
      for (let k = i + 1; k < stop; k++) if (cue.COMPLEMENTIZERS.has(toks[k]!.norm)) stop = k; // قال X إن ...: X comes before إن
      const official = (o: Occurrence): boolean => {
        if (prepOf(o) !== 'في') return false; // مسؤول في (حركة) حماس
        for (let k = o.tokenStart - 1; k >= Math.max(s.tokenStart + 1, o.tokenStart - 3); k--) if (toks[k]!.norm === 'في') return cue.OFFICIAL.has(toks[k - 1]!.bare);
        return false;
      };
      const after = inSent.find((o) => o.tokenStart > i && o.tokenStart < stop && o.kind === 'actor' && (marker || !prepOf(o) || prepOf(o) === 'عن' || official(o)));
      let beforeO: Occurrence | undefined;
      if (report) for (const o of inSent) if (o.tokenEnd <= i && i - o.tokenEnd <= 1 && o.kind === 'actor' && !prepOf(o)) beforeO = o;
      const src = beforeO ?? after;
      const add = (who: string): void => {
        if (!found.some((c) => c.who === who)) found.push({ at: i, verb: report, who });
      };
      if (src) add(src.actor);
      for (let k = i + 1; k < Math.min(i + 9, s.tokenEnd); k++) {
        if (!cue.SOURCE_NOUNS.has(toks[k]!.key) && !cue.SOURCE_NOUNS.has(toks[k]!.norm)) continue;
        const adj = toks[k + 1];
        const d = adj ? cue.SOURCE_ADJECTIVES.get(adj.bare) ?? cue.SOURCE_ADJECTIVES.get(adj.norm) : undefined;
        if (d) add(d);
        else if (toks[k]!.key === 'شهود') add('eyewitnesses');
        break;
      }
    }
    // a sentence continuing the report (وأضاف ...) keeps the previous sentence's sources
    if (!found.length && s.index > 0 && cue.CONTINUATION.has(toks[s.tokenStart]!.norm)) {
      for (const c of bySentence.get(s.index - 1) ?? []) found.push({ at: s.tokenStart, verb: false, who: c.who });
    }
    bySentence.set(s.index, found);
  }
  for (const e of events) {
    // a marker credits its whole sentence; a reporting verb what is reported after it
    e.attribution = (bySentence.get(e.sentence) ?? []).filter((c) => !c.verb || c.at < e.trigger.index).map((c) => c.who);
  }
}

/** Actor ids with the state each belongs to. */
function expand(ids: readonly string[], kb: KnowledgeBase): Map<string, string | undefined> {
  const m = new Map<string, string | undefined>();
  for (const id of ids) {
    const a = kb.get(id);
    m.set(id, a?.country ? kb.countryByCode.get(a.country) : undefined);
  }
  return m;
}

/** Two argument lists name the same party: a shared id, or a state on one side and one of its people on the other
 * (a minister agrees with his state, but two different officials of one state are not one party). */
const meets = (a: Map<string, string | undefined>, b: Map<string, string | undefined>): boolean => {
  for (const [x, cx] of a) if (b.has(x) || (cx !== undefined && b.has(cx))) return true;
  for (const [, cy] of b) if (cy !== undefined && a.has(cy)) return true;
  return false;
};

function compatibleDates(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  return a.startsWith(b) || b.startsWith(a);
}

/** Merges mentions of one real-world event: anaphoric nominals and same type + actors + dates. */
function coreference(events: Draft[], kb: KnowledgeBase): { kept: Draft[]; hostOf: Map<Trigger, Draft> } {
  const out: Draft[] = [];
  const hostOf = new Map<Trigger, Draft>();
  for (const e of events) {
    let host: Draft | undefined;
    if (e.anaphoric) {
      // the last complete event of the type, else the last mention of it
      // (a mention with its own mode refers to an event of that mode: الغارات is not the rocket fire)
      // (a meeting and a visit mentioned again are one trip, so CONSULT modes do not separate)
      const fits = (x: Draft): boolean => x.type === e.type && (e.type === 'CONSULT' || !e.mode || !x.mode || x.mode === e.mode);
      for (let k = out.length - 1; k >= 0 && !host; k--) if (fits(out[k]!) && out[k]!.sources.length && out[k]!.targets.length) host = out[k];
      for (let k = out.length - 1; k >= 0 && !host; k--) if (fits(out[k]!)) host = out[k];
    } else if (e.sources.length && e.targets.length) {
      const es = expand(e.sources, kb);
      const et = expand(e.targets, kb);
      host = out.find((x) => {
        if (x.type !== e.type || !compatibleDates(x.date, e.date)) return false;
        const xs = expand(x.sources, kb);
        const xt = expand(x.targets, kb);
        const straight = meets(xs, es) && meets(xt, et);
        const crossed = (x.symmetric || e.symmetric) && meets(xs, et) && meets(xt, es);
        return (straight || crossed) && x.modality === e.modality;
      });
    }
    if (!host) {
      out.push(e);
      hostOf.set(e.trigger, e);
      continue;
    }
    hostOf.set(e.trigger, host);
    host.merged = [...(host.merged ?? []), e.trigger];
    host.date ??= e.date;
    host.location ??= e.location;
    for (const k of ['mediators', 'participants', 'attribution'] as const) for (const v of e[k]) if (!host[k].includes(v)) host[k].push(v);
    if (!host.sources.length) host.sources = e.sources;
    if (!host.targets.length) host.targets = e.targets;
  }
  return { kept: out, hostOf };
}

/** Original offset in a token after `proclitic` (normalised letters) has been skipped (diacritics may sit between). */
function afterProclitic(t: Token, proclitic: string): number {
  if (!proclitic) return t.start;
  let seen = 0;
  for (let i = 0; i < t.text.length; i++) {
    if (seen === proclitic.length) return t.start + i;
    if (foldChar(t.text[i]!) !== '') seen++;
  }
  return t.bareStart;
}

function finalize(doc: Doc, drafts: Draft[]): EventRecord[] {
  const toks = doc.tokens;
  const out: EventRecord[] = [];
  for (const d of drafts) {
    if (!d.sources.length) continue;
    if (!d.targets.length && needsTarget(d)) continue;
    if (d.targets.length && d.sources.every((s) => d.targets.includes(s)) && !d.symmetric) continue;
    const first = toks[d.trigger.index]!;
    const last = toks[d.trigger.end - 1]!;
    const start = afterProclitic(first, d.trigger.proclitic);
    const sent = doc.sentences[d.sentence]!;
    const span = (t: Trigger) => {
      const s0 = afterProclitic(toks[t.index]!, t.proclitic);
      return { start: s0, end: toks[t.end - 1]!.end, text: doc.text.slice(s0, toks[t.end - 1]!.end) };
    };
    out.push({
      id: `e${out.length + 1}`,
      type: d.type,
      ...(d.mode ? { mode: d.mode } : {}),
      sources: d.sources,
      targets: d.targets,
      ...(d.participants.length ? { participants: d.participants } : {}),
      ...(d.mediators.length ? { mediators: d.mediators } : {}),
      date: d.date,
      location: d.location,
      modality: d.modality,
      ...(d.attribution.length ? { attribution: d.attribution } : {}),
      ...(d.symmetric ? { symmetric: true } : {}),
      trigger: { start, end: last.end, text: doc.text.slice(start, last.end) },
      evidence: { start: sent.start, end: sent.end },
      ...(d.merged?.length ? { mentions: d.merged.map(span) } : {}),
    });
  }
  return out;
}
