// The event stage: triggers from the lexicon, arguments from the actor occurrences around them
// (VSO and SVO, relative clauses, support verbs, genitives, prepositional targets, coordination,
// dropped subjects), modality, attribution, date and place, then in-document event coreference.
import type { Doc, EventRecord, Modality, Timex, Token } from '../model/types.ts';
import type { KnowledgeBase } from '../kb/index.ts';
import type { EventStageInput } from '../pipeline/stages.ts';
import { wordKey } from '../kb/index.ts';
import { candidates } from '../text/clitics.ts';
import { loadLexicon, type Lexicon, type LexEntry } from './lexicon.ts';
import { buildOccurrences, type Occurrence } from './occurrences.ts';
import * as cue from './cues.ts';

interface Trigger {
  readonly index: number; // first token
  readonly end: number; // one past the last token
  readonly entry: LexEntry;
  readonly pos: 'verb' | 'noun';
  readonly imperfect: boolean;
  readonly future: boolean; // سـ prefix
  readonly article: boolean;
  readonly proclitic: string;
  readonly sentence: number;
}

/** Readings of a token for trigger lookup: [proclitic, key, article, futurePrefix]. */
function readings(t: Token): { proclitic: string; key: string; article: boolean; future: boolean }[] {
  if (t.script !== 'ar') return [];
  const out: { proclitic: string; key: string; article: boolean; future: boolean }[] = [];
  for (const c of candidates(t.norm)) {
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

export function findTriggers(doc: Doc, lex: Lexicon): Trigger[] {
  const toks = doc.tokens;
  const out: Trigger[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.script !== 'ar' || lex.stopForms.has(t.norm)) continue;
    let best: Trigger | null = null;
    let bestScore = -1;
    for (const r of readings(t)) {
      if (lex.stopForms.has(r.key)) continue;
      const forms = lex.forms.get(r.key);
      if (!forms) continue;
      for (const f of forms) {
        if (r.future && (f.pos !== 'verb' || !f.imperfect)) continue;
        if (f.pos === 'verb' && r.article) continue;
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
        if (!ok) continue;
        const len = f.rest.length + 1;
        // longest first, then exact over suffixed continuations, then the reading with fewer proclitics
        const score = len * 1000 + exact * 10 + (9 - r.proclitic.length);
        if (score > bestScore) {
          bestScore = score;
          best = { index: i, end: i + len, entry: f.entry, pos: f.pos, imperfect: f.imperfect, future: r.future, article: r.article, proclitic: r.proclitic, sentence: t.sentence };
        }
      }
    }
    if (best) {
      out.push(best);
      i = best.end - 1;
    }
  }
  return out;
}

const isComma = (t: Token | undefined) => !!t && (t.text === '،' || t.text === ',' || t.text === '؛' || t.text === ';' || t.text === ':');

/** Event stage entry point (pure). */
export function extractEvents(input: EventStageInput, lex: Lexicon = loadLexicon()): EventRecord[] {
  const { doc, kb, times } = input;
  const toks = doc.tokens;
  const occ = buildOccurrences(doc, input.mentions, input.refs, kb);
  // a trigger never sits inside a name (نصر in نصر الله)
  const inName = new Uint8Array(toks.length);
  for (const m of input.mentions) if (m.type !== 'NORP') for (let k = m.tokenStart; k < m.tokenEnd; k++) inName[k] = 1;
  const triggers = findTriggers(doc, lex).filter((t) => !inName[t.index]);

  const occAt = new Map<number, Occurrence>();
  for (const o of occ) occAt.set(o.tokenStart, o);

  /** The preposition governing an occurrence ('' when none). */
  const prepOf = (o: Occurrence): string => {
    const first = toks[o.tokenStart]!;
    if (/[بل]$/.test(first.proclitic)) return first.proclitic.slice(-1);
    let p = o.tokenStart - 1;
    while (p >= 0 && toks[p]!.sentence === first.sentence && (toks[p]!.script === 'punct' && /["«»“”']/.test(toks[p]!.text) || ['حركه', 'جماعه', 'تنظيم', 'موقع', 'صحيفه', 'وكاله', 'قناه'].includes(wordKey(toks[p]!.norm)))) p--;
    const prev = toks[p];
    if (!prev || prev.sentence !== first.sentence) return '';
    if (cue.PREPS.has(prev.norm)) return prev.norm;
    if (prev.proclitic === '' && cue.PREPS.has(prev.bare)) return prev.bare;
    if (/^و?[بل]$/.test(prev.norm)) return prev.norm.slice(-1);
    if (prev.norm === 'جانب' && toks[p - 1]?.norm === 'الي') return 'مع';
    return '';
  };

  /** Occurrences coordinated with o by و or a comma: "الولايات المتحدة وإيران", "قطريين ومصريين". */
  const coordinated = (o: Occurrence, limit: number): Occurrence[] => {
    const list = [o];
    let cur = o;
    for (;;) {
      const gap = toks[cur.tokenEnd];
      let next = occAt.get(cur.tokenEnd);
      if (!next && gap && (gap.norm === 'و' || isComma(gap))) next = occAt.get(cur.tokenEnd + 1);
      if (!next && gap && isComma(gap) && toks[cur.tokenEnd + 1]?.norm === 'و') next = occAt.get(cur.tokenEnd + 2);
      if (!next || next.tokenStart >= limit || next.kind !== o.kind) break;
      const nt = toks[next.tokenStart]!;
      if (!(nt.proclitic.startsWith('و') || (gap && (gap.norm === 'و' || isComma(gap))))) break;
      list.push(next);
      cur = next;
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
    if (next && next.sentence === t.sentence && next.index - t.end <= 3 && toks.slice(t.end, next.index).some((x) => x.norm === 'من') && next.entry.type === t.entry.type) embedded.add(k);
    // بالتنسيق مع introduces co-agents
    if (t.entry.type === 'COOPERATE' && cue.COAGENT.has(toks[t.index]!.norm) && toks[t.end]?.norm === 'مع') embedded.add(k);
    if (embedded.has(k)) continue;
    const governs = ['REQUEST', 'REJECT', 'THREATEN', 'ACCUSE', 'AGREE', 'SUPPORT'].includes(t.entry.type);
    for (let j = k + 1; j < triggers.length; j++) {
      const u = triggers[j]!;
      if (u.sentence !== t.sentence) break;
      const sameSeg = segOf[u.index] === segOf[t.index];
      const near = u.index - t.end <= 2;
      if (governs && sameSeg && u.pos === 'noun' && !governor.has(j)) governor.set(j, k);
      if ((governs && sameSeg && u.pos === 'noun') || (near && u.pos === 'noun' && /^[بل]?$/.test(u.proclitic.replace('و', '')) && u.index > t.index && t.pos === 'verb' && ['THREATEN', 'REQUEST', 'REJECT'].includes(t.entry.type))) embedded.add(j);
      else if (near && t.entry.type === 'CONSULT' && toks.slice(t.end, u.index).some((x) => x.norm === 'علي' || x.norm === 'حول')) embedded.add(j);
    }
  }

  const live = triggers.map((t, k) => ({ t, k })).filter(({ k }) => !embedded.has(k));
  const events: Draft[] = [];
  let lastSourceBySentence = new Map<number, readonly string[]>();

  for (let n = 0; n < live.length; n++) {
    const { t } = live[n]!;
    const sent = doc.sentences[t.sentence]!;
    const prevT = live[n - 1]?.t;
    const nextT = live[n + 1]?.t;
    const winStart = prevT && prevT.sentence === t.sentence ? prevT.end : sent.tokenStart;
    const winEnd = nextT && nextT.sentence === t.sentence ? nextT.index : sent.tokenEnd;
    const inSent = occ.filter((o) => o.sentence === t.sentence);
    const actorsAfter = inSent.filter((o) => o.tokenStart >= t.end && o.tokenStart < winEnd);
    const before = inSent.filter((o) => o.tokenEnd <= t.index).reverse();

    let sources: Occurrence[] = [];
    let targets: Occurrence[] = [];
    let subjectFromRelative = false;
    let pendingDropped = false;

    // relative clause: الحركة التي تصر → subject is the antecedent
    let p = t.index - 1;
    while (p >= sent.tokenStart && cue.SUBJECT_GAP.has(toks[p]!.norm)) p--;
    if (p >= sent.tokenStart && cue.RELATIVES.has(toks[p]!.norm) && t.pos === 'verb') {
      const ante = before.find((o) => o.tokenEnd <= p && p - o.tokenEnd <= 1);
      if (ante) {
        sources = [ante];
        subjectFromRelative = true;
      }
    }

    if (t.pos === 'verb') {
      if (!sources.length) {
        // SVO: an actor right before the verb (كان X قد التقى؛ إسرائيل تهدد)
        const svo = before.find((o) => o.tokenEnd > winStart - 1 && o.kind === 'actor' && !prepOf(o) && toks.slice(o.tokenEnd, t.index).every((x) => cue.SUBJECT_GAP.has(x.norm) || x.norm === 'فان' || x.norm === 'ان'));
        // VSO: the first actor after the verb without a preposition
        const vso = actorsAfter.find((o) => o.kind === 'actor' && !prepOf(o) && o.tokenStart - t.end <= 4);
        if (svo) sources = coordinatedBack(svo, before);
        else if (vso) sources = coordinated(vso, winEnd);
      }
    } else {
      // noun: "بين X و Y"
      const bein = toks[t.end]?.norm === 'بين' ? t.end : toks.slice(t.end, t.end + 3).findIndex((x) => x.norm === 'بين') >= 0 ? t.end + toks.slice(t.end, t.end + 3).findIndex((x) => x.norm === 'بين') : -1;
      if (bein >= 0) {
        const first = occAt.get(bein + 1);
        if (first && first.kind === 'actor') {
          const list = coordinated(first, winEnd);
          if (list.length >= 2) {
            sources = [list[0]!];
            targets = list.slice(1);
          }
        }
      }
      if (!sources.length) {
        // genitive: زيارة ترامب، لقاء الوزيرين
        const gen = occAt.get(t.end) ?? (toks[t.end] && /^(ال)?(جديد|ثنائي|ثلاثي|رسمي|مباشر)/.test(toks[t.end]!.key) ? occAt.get(t.end + 1) : undefined);
        if (gen && gen.kind === 'actor' && !prepOf(gen)) sources = coordinated(gen, winEnd);
      }
      if (!sources.length) {
        // support verb before the noun: عقد X لقاء، أجرى X محادثات
        for (let s = t.index - 1; s >= Math.max(winStart, t.index - 12); s--) {
          if (!cue.SUPPORT_VERBS.has(toks[s]!.bare) && !cue.SUPPORT_VERBS.has(toks[s]!.norm)) continue;
          const subj = occ.find((o) => o.tokenStart > s && o.tokenEnd <= t.index && o.kind === 'actor' && !prepOf(o));
          if (subj) sources = coordinated(subj, t.index);
          else {
            const svo = before.find((o) => o.tokenEnd <= s && o.kind === 'actor' && !prepOf(o) && s - o.tokenEnd <= 3);
            if (svo) sources = [svo];
          }
          break;
        }
      }
      if (!sources.length && !t.article) {
        // object of a reporting or support verb: أعلنت (الحكومة) قطع العلاقات
        const v = toks[t.index - 1];
        if (v && v.sentence === t.sentence && (cue.REPORT_VERBS.has(v.bare) || cue.REPORT_VERBS.has(v.norm))) {
          const svo = before.find((o) => o.kind === 'actor' && !prepOf(o) && v.index - o.tokenEnd <= 2 && o.tokenEnd <= v.index);
          if (svo) sources = [svo];
          else if (lastSourceBySentence.get(t.sentence) ?? lastSourceBySentence.get(t.sentence - 1)) pendingDropped = true;
        }
      }
      if (!sources.length && !t.article) {
        // purpose noun (للضغط): the clause subject earlier in the sentence
        const subj = before.find((o) => o.kind === 'actor' && !prepOf(o) && o.tokenStart >= sent.tokenStart);
        if (subj && /ل$/.test(t.proclitic)) sources = [subj];
      }
    }

    // co-agents: بالتنسيق مع X
    const coagents: Occurrence[] = [];
    for (let s = Math.max(sent.tokenStart, winStart - 12); s < t.index; s++) {
      if (prevT && prevT.sentence === t.sentence && prevT.index > s) continue;
      if (cue.COAGENT.has(toks[s]!.norm) && toks[s + 1]?.norm === 'مع') {
        const o = occ.find((x) => x.tokenStart === s + 2 || x.tokenStart === s + 3);
        if (o) coagents.push(...coordinated(o, t.index));
      }
    }

    // targets
    if (!targets.length) {
      const preps = lex.prepKeys.get(t.entry.id)!;
      const afterSrc = actorsAfter.filter((o) => !sources.includes(o) && !coagents.includes(o));
      let tgt = afterSrc.find((o) => {
        const pr = prepOf(o);
        if (o.kind === 'place' && !t.entry.placeTarget && !['THREATEN', 'ASSAULT'].includes(t.entry.type)) return false;
        if (pr && preps.has(pr)) return true;
        if (pr === 'في' && o.kind === 'place' && ['THREATEN', 'ASSAULT'].includes(t.entry.type)) return true;
        return !pr && t.entry.object === true && o.kind === 'actor';
      });
      if (!tgt && ['REQUEST', 'THREATEN', 'COOPERATE'].includes(t.entry.type)) tgt = afterSrc.find((o) => o.kind === 'actor' && o.tokenStart - t.end <= 12);
      if (tgt) targets = coordinated(tgt, winEnd);
    }
    if (t.entry.inverse && sources.length && targets.length) [sources, targets] = [targets, sources];

    // dropped subject: the agent of the previous event in this or the previous sentence
    let srcIds = uniq([...sources, ...coagents].map((o) => o.actor));
    if (!srcIds.length && (t.pos === 'verb' || pendingDropped) && !subjectFromRelative) {
      srcIds = [...(lastSourceBySentence.get(t.sentence) ?? lastSourceBySentence.get(t.sentence - 1) ?? [])];
    } else if (!srcIds.length && t.pos === 'noun' && !t.article && events.length) {
      const prevE = events[events.length - 1]!;
      if (prevE.sentence === t.sentence) srcIds = [...prevE.sources];
    }
    let tgtIds = uniq(targets.map((o) => (o.kind === 'place' && t.entry.placeTarget ? countryOfPlace(o.actor, kb) ?? o.actor : o.actor)));
    srcIds = srcIds.filter((x) => !tgtIds.includes(x));
    if (srcIds.length) lastSourceBySentence.set(t.sentence, srcIds);

    // REJECT without a target: whoever asked the source for something just before
    if (t.entry.type === 'REJECT' && srcIds.length && !tgtIds.length) {
      const req = [...events].reverse().find((e) => e.type === 'REQUEST' && e.targets.some((x) => srcIds.includes(x)) && t.sentence - e.sentence <= 2);
      if (req) tgtIds = [...req.sources];
    }

    events.push({
      trigger: t,
      type: t.entry.type,
      mode: t.entry.mode,
      sources: srcIds,
      targets: tgtIds,
      sentence: t.sentence,
      symmetric: !!t.entry.symmetric,
      modality: modalityOf(doc, t, winStart),
      anaphoric: !sources.length && !targets.length && (t.article || cue.DEMONSTRATIVES.has(toks[t.index - 1]?.norm ?? '')) && t.pos === 'noun',
      mediators: [],
      participants: [],
      date: null,
      location: null,
      attribution: [],
    });
  }

  // what someone is accused of is reported as an event too (اتهمت X Y بإطلاق صاروخ على Z)
  for (const [j, k] of governor) {
    const g = triggers[k]!;
    const u = triggers[j]!;
    if (g.entry.type !== 'ACCUSE' || !['ASSAULT', 'COERCE', 'MOBILIZE', 'SANCTION'].includes(u.entry.type)) continue;
    const acc = events.find((e) => e.trigger === g);
    if (!acc || !acc.targets.length) continue;
    const preps = lex.prepKeys.get(u.entry.id)!;
    const tgt = occ.find((o) => o.sentence === u.sentence && o.tokenStart >= u.end && segOf[o.tokenStart] === segOf[u.index] && preps.has(prepOf(o)));
    if (!tgt) continue;
    const tgtId = tgt.kind === 'place' ? countryOfPlace(tgt.actor, kb) ?? tgt.actor : tgt.actor;
    events.push({
      trigger: u, type: u.entry.type, mode: u.entry.mode, sources: [...acc.targets], targets: [tgtId], sentence: u.sentence,
      symmetric: false, modality: 'asserted', anaphoric: false, mediators: [], participants: [], date: null,
      location: tgt.kind === 'place' ? tgt.actor : null, attribution: [...acc.sources],
    });
  }
  events.sort((a, b) => a.trigger.index - b.trigger.index);

  attachTimesAndPlaces(doc, events, times, occ, segOf);
  attachParticipantsAndMediators(doc, events, occ, prepOf);
  attachAttribution(doc, events, occ);
  for (const e of events) {
    if (!e.location && e.trigger.entry.placeTarget) {
      const placeT = occ.find((o) => o.kind === 'place' && o.sentence === e.sentence && o.tokenStart >= e.trigger.end);
      if (placeT) e.location = placeT.actor;
      else if (e.targets.length && kb.get(e.targets[0]!)?.type === 'GPE') e.location = e.targets[0]!;
    }
  }
  for (const e of events) {
    if (e.modality === 'asserted' && e.date && doc.published && /^\d{4}-\d{2}-\d{2}/.test(e.date) && e.date.slice(0, 10) > doc.published) e.modality = 'future';
  }
  return finalize(doc, coreference(events, kb));
}

interface Draft {
  trigger: Trigger;
  type: EventRecord['type'];
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
}

function uniq<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

function coordinatedBack(o: Occurrence, before: readonly Occurrence[]): Occurrence[] {
  // "الولايات المتحدة وإيران تبحثان": include earlier conjuncts
  const list = [o];
  let cur = o;
  for (const b of before) {
    if (b.tokenEnd === cur.tokenStart - 0 || b.tokenEnd === cur.tokenStart - 1) {
      if (b.kind !== o.kind) break;
      list.unshift(b);
      cur = b;
    }
  }
  return list;
}

function countryOfPlace(id: string, kb: KnowledgeBase): string | null {
  const a = kb.get(id);
  if (!a?.country) return null;
  return kb.countryByCode.get(a.country) ?? null;
}

function modalityOf(doc: Doc, t: Trigger, winStart: number): Modality {
  const toks = doc.tokens;
  const sent = doc.sentences[t.sentence]!;
  if (t.future) return 'future';
  // after a noun: المقررة، المقبلة
  if (t.pos === 'noun') {
    for (let k = t.end; k < Math.min(t.end + 5, sent.tokenEnd); k++) {
      if (cue.FUTURE_AFTER.has(toks[k]!.norm) || cue.FUTURE_AFTER.has(toks[k]!.bare)) return 'future';
      if (toks[k]!.script === 'punct' && toks[k]!.text !== '،') break;
    }
  }
  let mod: Modality = 'asserted';
  const from = Math.max(sent.tokenStart, Math.min(winStart, t.index - 6));
  for (let k = t.index - 1; k >= from; k--) {
    const w = toks[k]!;
    const n = w.norm;
    if (cue.DENIAL.has(n) || cue.DENIAL.has(w.bare)) return 'denied';
    if (cue.HYPOTHETICAL.has(n)) return 'hypothetical';
    if ((cue.CONDITIONAL.has(n) || cue.CONDITIONAL.has(w.bare)) && !(n === 'ان' && k > sent.tokenStart && cue.REPORT_VERBS.has(toks[k - 1]!.bare))) {
      if (n !== 'ان' && n !== 'حال') return 'conditional';
      if (n === 'حال' && toks[k - 1]?.norm === 'في') return 'conditional';
    }
    if (k >= t.index - 3 && cue.NEGATION.has(n) && !cue.NOT_NEGATION_AFTER.has(toks[k + 1]?.norm ?? '')) {
      if (n === 'ما' && k + 1 !== t.index) continue;
      if (toks[k - 1]?.norm === 'نادرا' || toks[k - 1]?.norm === 'قلما') continue;
      mod = 'negated';
    }
    if (cue.FUTURE_BEFORE.has(n) || cue.FUTURE_BEFORE.has(w.bare) || (n.startsWith('س') && n.length > 3 && cue.SUPPORT_VERBS.has(n.slice(1)))) {
      if (mod === 'asserted') mod = 'future';
    }
  }
  return mod;
}

/** Words between في and a place name: في العاصمة العمانية مسقط، في مدينة حلب. */
const PLACE_HEADS = new Set(['عاصمه', 'مدينه', 'بلده', 'قريه', 'منطقه', 'محافظه', 'ولايه', 'اقليم', 'مخيم', 'حي', 'قصر', 'مقر', 'ميناء', 'مطار', 'معبر']);

const CONCRETE = /^\d{4}(-\d{2}(-\d{2})?|-W\d{2}|-[A-Z]{2})?(T.*)?$/;

function attachTimesAndPlaces(doc: Doc, events: Draft[], times: readonly Timex[], occ: readonly Occurrence[], segOf: Int32Array): void {
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
  const pick = (tokIndex: number): Draft | undefined => {
    const sentence = toks[tokIndex]!.sentence;
    const seg = segOf[tokIndex]!;
    const inSent = events.filter((e) => e.sentence === sentence);
    if (!inSent.length) return undefined;
    const sameSeg = inSent.filter((e) => segOf[e.trigger.index] === seg);
    const left = sameSeg.filter((e) => e.trigger.index < tokIndex).pop();
    if (left) return left;
    const right = sameSeg.find((e) => e.trigger.index > tokIndex);
    if (right) return right;
    // a segment without a trigger modifies the event before it (المقررة يوم الأحد في مسقط)
    return inSent.filter((e) => e.trigger.index < tokIndex).pop();
  };
  for (const tx of times) {
    if (tx.type !== 'DATE' && tx.type !== 'TIME') continue;
    if (!CONCRETE.test(tx.value)) continue;
    const e = pick(tokAt(tx.start));
    if (e && !e.date) e.date = tx.value;
  }
  for (const o of occ) {
    if (o.kind !== 'place') continue;
    let q = o.tokenStart - 1;
    while (q >= 0 && toks[q]!.sentence === o.sentence && q >= o.tokenStart - 3 && (PLACE_HEADS.has(wordKey(toks[q]!.bare)) || occ.some((x) => x.via === 'nisba' && x.tokenStart <= q && x.tokenEnd > q) || toks[q]!.article && /ي(ه)?$/.test(toks[q]!.key))) q--;
    const prev = toks[q];
    const inPrep = (prev && prev.sentence === o.sentence && (prev.norm === 'في' || prev.norm === 'داخل' || prev.norm === 'الي')) || /[بف]$/.test(toks[q + 1]!.proclitic);
    if (!inPrep) continue;
    const e = pick(o.tokenStart);
    if (e && !e.location && !e.targets.includes(o.actor)) e.location = o.actor;
  }
}

function attachParticipantsAndMediators(doc: Doc, events: Draft[], occ: readonly Occurrence[], prepOf: (o: Occurrence) => string): void {
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // شارك في الاجتماع ... X، وY
    if (cue.PARTICIPATE.has(t.bare) || cue.PARTICIPATE.has(t.norm)) {
      const target = [...events].reverse().find((e) => e.type === 'CONSULT' && e.trigger.index < i);
      if (!target) continue;
      const sent = doc.sentences[t.sentence]!;
      const people = occ.filter((o) => o.tokenStart > i && o.tokenStart < sent.tokenEnd && o.kind === 'actor');
      for (const o of people) if (!target.participants.includes(o.actor) && !target.sources.includes(o.actor) && !target.targets.includes(o.actor)) target.participants.push(o.actor);
      // the sentence's own triggers (الاجتماع) are this event again
      for (const e of events) if (e !== target && e.sentence === t.sentence && e.anaphoric && e.type === 'CONSULT') e.anaphoric = true;
    }
    // بوساطة X
    if (cue.MEDIATION.has(t.norm) || cue.MEDIATION.has(t.bare)) {
      const o = occ.find((x) => x.tokenStart === i + 1 || x.tokenStart === i + 2);
      const e = [...events].reverse().find((x) => x.sentence === t.sentence && x.trigger.index < i) ?? events.find((x) => x.sentence === t.sentence);
      if (o && e && !e.mediators.includes(o.actor)) e.mediators.push(o.actor);
    }
    // X دور الوسيط
    if (cue.MEDIATOR_ROLE.has(t.norm) && toks[i - 1]?.key === 'دور') {
      const o = [...occ].reverse().find((x) => x.tokenEnd <= i - 1 && x.sentence === t.sentence && !prepOf(x));
      const e = [...events].reverse().find((x) => x.type === 'CONSULT' && x.sentence <= t.sentence && t.sentence - x.sentence <= 1);
      if (o && e && !e.mediators.includes(o.actor)) e.mediators.push(o.actor);
    }
  }
  for (const e of events) {
    e.sources = e.sources.filter((x) => !e.mediators.includes(x));
    e.targets = e.targets.filter((x) => !e.mediators.includes(x));
    if (e.mediators.length && e.type === 'CONSULT') e.mode = 'third-party';
  }
}

function attachAttribution(doc: Doc, events: Draft[], occ: readonly Occurrence[]): void {
  const toks = doc.tokens;
  const bySentence = new Map<number, string[]>();
  for (const s of doc.sentences) {
    const found: string[] = [];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = toks[i]!;
      const marker = cue.ATTR_MARKERS.has(t.norm) || cue.ATTR_MARKERS.has(t.bare);
      const report = cue.REPORT_VERBS.has(t.norm) || cue.REPORT_VERBS.has(t.bare);
      if (!marker && !report) continue;
      // the source: an actor within a few words (after a marker; either side of a reporting verb)
      const after = occ.find((o) => o.sentence === s.index && o.tokenStart > i && o.tokenStart - i <= 5 && o.kind === 'actor');
      const beforeO = report ? [...occ].reverse().find((o) => o.sentence === s.index && o.tokenEnd <= i && i - o.tokenEnd <= 1 && o.kind === 'actor') : undefined;
      const src = after ?? beforeO;
      if (src && !found.includes(src.actor)) found.push(src.actor);
      for (let k = i + 1; k < Math.min(i + 9, s.tokenEnd); k++) {
        if (!cue.SOURCE_NOUNS.has(toks[k]!.key) && !cue.SOURCE_NOUNS.has(toks[k]!.norm)) continue;
        const adj = toks[k + 1];
        const d = adj ? cue.SOURCE_ADJECTIVES.get(adj.bare) ?? cue.SOURCE_ADJECTIVES.get(adj.norm) : undefined;
        if (d && !found.includes(d)) found.push(d);
        else if (toks[k]!.key === 'شهود') found.push('eyewitnesses');
        break;
      }
    }
    if (!found.length && s.index > 0) {
      const prevS = doc.sentences[s.index - 1]!;
      const opener = toks[s.tokenStart]!;
      if (prevS.paragraph === s.paragraph || cue.CONTINUATION.has(opener.norm)) {
        if (cue.CONTINUATION.has(opener.norm)) found.push(...(bySentence.get(s.index - 1) ?? []));
      }
    }
    bySentence.set(s.index, found);
  }
  for (const e of events) {
    const a = bySentence.get(e.sentence) ?? [];
    e.attribution = a.filter((x) => !e.sources.includes(x) || a.length === 1 ? true : true);
  }
}

/** Expands actor ids with their country, so a minister and his state agree. */
function expand(ids: readonly string[], kb: KnowledgeBase): Set<string> {
  const s = new Set(ids);
  for (const id of ids) {
    const a = kb.get(id);
    if (a?.country) {
      const c = kb.countryByCode.get(a.country);
      if (c) s.add(c);
    }
  }
  return s;
}

const meets = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

function compatibleDates(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  return a.startsWith(b) || b.startsWith(a);
}

/** Merges mentions of one real-world event: anaphoric nominals and same type + actors + dates. */
function coreference(events: Draft[], kb: KnowledgeBase): Draft[] {
  const out: Draft[] = [];
  for (const e of events) {
    let host: Draft | undefined;
    if (e.anaphoric) host = [...out].reverse().find((x) => x.type === e.type);
    else if (e.sources.length || e.targets.length) {
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
      continue;
    }
    host.merged = [...(host.merged ?? []), e.trigger];
    host.date ??= e.date;
    host.location ??= e.location;
    for (const k of ['mediators', 'participants', 'attribution'] as const) for (const v of e[k]) if (!host[k].includes(v)) host[k].push(v);
    if (!host.sources.length) host.sources = e.sources;
    if (!host.targets.length) host.targets = e.targets;
  }
  return out;
}

function finalize(doc: Doc, drafts: Draft[]): EventRecord[] {
  const toks = doc.tokens;
  const out: EventRecord[] = [];
  for (const d of drafts) {
    if (!d.sources.length || !d.targets.length) continue;
    if (d.sources.every((s) => d.targets.includes(s)) && !d.symmetric) continue;
    const first = toks[d.trigger.index]!;
    const last = toks[d.trigger.end - 1]!;
    const start = first.bareStart;
    const sent = doc.sentences[d.sentence]!;
    const span = (t: Trigger) => ({ start: toks[t.index]!.bareStart, end: toks[t.end - 1]!.end, text: doc.text.slice(toks[t.index]!.bareStart, toks[t.end - 1]!.end) });
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
