// Actor linking and in-document coreference over gazetteer matches (and statistical spans):
// chooses the actor of each name, records titles and roles as of the publication date, resolves
// bare titles (الرئيس الأميركي) to the role's holder, links short forms after their full name,
// reads capitals as their governments where they act (metonymy), and keeps unknown names as
// provisional actors instead of dropping them.
import type { Actor, ActorType, Doc, Mention, MentionType, Token } from '../model/types.ts';
import type { KnowledgeBase } from '../kb/index.ts';
import type { Match } from '../mentions/gazetteer.ts';
import { KnowledgeBase as KB, phraseKeys, wordKey } from '../kb/index.ts';
import { transliterate } from './translit.ts';
import { stripSuffix } from '../text/clitics.ts';

/** A reference to an actor that is not a name mention: a bare title resolved by role and date. */
export interface ActorRef {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly actor: string;
  readonly via: 'role' | 'title';
  readonly role: string;
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

export interface Linked {
  readonly mentions: readonly Mention[];
  readonly refs: readonly ActorRef[];
  /** Provisional actors made from the text (not in the KB). */
  readonly provisional: ReadonlyMap<string, Actor>;
}

/** A name span proposed by a statistical tagger (offsets exclude attached proclitics). */
export interface NameSpan {
  readonly start: number;
  readonly end: number;
  readonly type: 'PER' | 'ORG' | 'LOC' | 'MISC';
}

/** A finite verb by its shape: 3fs perfect (…ت, رفضته) or imperfect (ت…/ي…), no article, not a plural noun. */
function looksLikeVerb(t: Token): boolean {
  if (t.script !== 'ar' || t.article || t.bare.length < 4) return false;
  const w = stripSuffix(t.bare).stem.length >= 3 ? stripSuffix(t.bare).stem : t.bare;
  if (/ات$/.test(w) || /ه$/.test(t.bare) && !/ته$/.test(t.bare)) return false;
  return /ت$/.test(w) || (/^[تي]/.test(t.bare) && t.bare.length >= 4 && !/[هي]$/.test(t.bare.slice(-1)) ) || VERBS_OF_SAYING.has(t.bare);
}
const VERBS_OF_SAYING = new Set(['قال', 'يقول', 'اكد', 'يوكد', 'اعلن', 'يعلن', 'دعا', 'يدعو', 'رفض', 'يرفض', 'دفع', 'طالب', 'يطالب', 'حذر', 'يحذر', 'هدد', 'يهدد', 'اتهم', 'يتهم']);

/** Head nouns that with a nationality adjective name a state's government: الإدارة الأميركية. */
const GOVERNMENT_HEADS = new Set(['اداره', 'حكومه', 'سلطات']);

/** Locative words after which a capital city is a place, not its government. */
const LOCATIVE = new Set(['في', 'الي', 'من', 'الى', 'نحو', 'داخل', 'خارج', 'قرب', 'عاصمه', 'مدينه', 'زار', 'يزور', 'وصل', 'غادر', 'بين', 'حتي']);
const LOCATIVE_PROCLITICS = /[بل]$/;

/** Type preference when an Arabic name is shared: countries first, then other places, orgs, people. */
function typeRank(a: Actor): number {
  if (a.type === 'GPE' && a.id.length === 3) return 5;
  return { LOC: 4, ORG: 3, PER: 2, GPE: 2, FAC: 1 }[a.type];
}

function chooseActor(ids: readonly string[], kb: KnowledgeBase, date: string | null, seen: ReadonlySet<string>, prevKey: string | null): string {
  if (ids.length === 1) return ids[0]!;
  const scored = ids.map((id) => {
    const a = kb.get(id)!;
    let s = typeRank(a);
    if (date && kb.rolesOn(id, date).length) s += 10;
    if (seen.has(id)) s += 20;
    if (prevKey === 'مدينه' && a.type === 'GPE' && a.id.length > 3) s += 30;
    if (prevKey === 'محافظه' || prevKey === 'ولايه' || prevKey === 'اقليم') s += a.type === 'LOC' ? 30 : 0;
    return { id, s };
  });
  scored.sort((x, y) => y.s - x.s || (x.id < y.id ? -1 : 1));
  return scored[0]!.id;
}

function mentionTypeOf(a: Actor): MentionType {
  return a.type;
}

/** Function words that never start or continue a person's name. */
const NOT_NAME = new Set(
  ('في من الي الى علي على عن مع ان أن إن قد لقد كان كانت الذي التي الذين هذا هذه ذلك تلك هو هي هم بعد قبل خلال حول بين ' +
    'امس اليوم غدا يوم عام منذ حيث كما لكن او أو ثم قال قالت اكد أكد اعلن أعلن اضاف أضاف ان بان بأن ايضا أيضا لا لم لن ما').split(' '),
);

function isNameLike(t: Token | undefined): boolean {
  return !!t && t.script === 'ar' && t.norm.length >= 2 && !NOT_NAME.has(t.norm) && !t.article;
}

/**
 * Links matches to actors. `published` anchors roles; `names` are extra spans (statistical tagger)
 * used where the knowledge base has nothing.
 */
export function link(doc: Doc, matches: readonly Match[], kb: KnowledgeBase, names: readonly NameSpan[] = [], blocked: readonly { start: number; end: number }[] = []): Linked {
  // a statistical name inside a time expression (مطلع نيسان) is the month, not a name
  if (blocked.length) names = names.filter((n) => !blocked.some((b) => n.start < b.end && b.start < n.end));
  // a lower-case Latin word (alert, window) inside Arabic text is not a name
  names = names.filter((n) => !/^[a-z]/.test(doc.text.slice(n.start, n.end)));
  const date = doc.published;
  const toks = doc.tokens;
  const mentions: Mention[] = [];
  const refs: ActorRef[] = [];
  const provisional = new Map<string, Actor>();
  const seen = new Set<string>();

  // pass 1: full names decide which actors the document is about
  for (const m of matches) {
    if (m.entry.kind !== 'name' && m.entry.kind !== 'english') continue;
    if (m.entry.actors.length === 1) seen.add(m.entry.actors[0]!);
  }

  const covered = new Array<boolean>(toks.length).fill(false);
  const byTokenStart = new Map<number, Match>();
  for (const m of matches) byTokenStart.set(m.matchStart, m);

  const prevKeyOf = (tokIndex: number): string | null => {
    const p = toks[tokIndex - 1];
    return p && p.sentence === toks[tokIndex]!.sentence ? wordKey(p.bare) : null;
  };

  const addMention = (m: Match, actorId: string | null, type: MentionType, via: Mention['via'], role?: string): void => {
    mentions.push({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end), type, actor: actorId, via, role, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd });
    for (let k = m.tokenStart; k < m.tokenEnd; k++) covered[k] = true;
    if (actorId) seen.add(actorId);
  };

  for (let mi = 0; mi < matches.length; mi++) {
    const m = matches[mi]!;
    const e = m.entry;
    if (e.kind === 'name' || e.kind === 'english') {
      const id = chooseActor(e.actors, kb, date, seen, prevKeyOf(m.matchStart));
      const a = kb.get(id)!;
      let type = mentionTypeOf(a);
      let actor = id;
      // a country's name used as an adjective after a definite noun (القوات السعودية) is a nisba
      const first = toks[m.tokenStart]!;
      if (a.type === 'GPE' && m.tokenEnd - m.tokenStart === 1 && first.article && first.proclitic === '' && a.nisba?.some((n) => wordKey(phraseKeys(n)[0] ?? '') === wordKey(first.bare))) {
        const prev = toks[m.tokenStart - 1];
        if (prev && prev.sentence === first.sentence && prev.script === 'ar' && prev.article && !covered[prev.index]) type = 'NORP';
      }
      // metonymy: a capital acting as its government (واشنطن ترفض) links to the country
      const country = kb.capitalOf.get(id);
      if (country && type !== 'NORP') {
        const prev = toks[m.matchStart - 1];
        const prevSame = prev && prev.sentence === first.sentence;
        const next = toks[m.tokenEnd];
        const nextSame = next && next.sentence === first.sentence;
        const locative = (prevSame && LOCATIVE.has(wordKey(prev.norm))) || LOCATIVE_PROCLITICS.test(m.proclitic) || (prevSame && LOCATIVE.has(prev.norm));
        // the city acts (أعلنت طهران، واشنطن ترفض): a verb right before or after it
        if (!locative && ((prevSame && looksLikeVerb(prev)) || (nextSame && looksLikeVerb(next)))) actor = country;
      }
      // a state's government stands for the state (الحكومة السورية → Syria), as the metonymy rule
      if (/^Government of /.test(a.name) && a.country && kb.countryByCode.has(a.country) && !/National|Unity|Accord|Stability/.test(a.name)) actor = kb.countryByCode.get(a.country)!;
      addMention(m, actor, type, 'kb');
    } else if (e.kind === 'nisba') {
      const id = chooseActor(e.actors, kb, date, seen, null);
      // الإدارة الأميركية، الحكومة العراقية: the head noun and the adjective name the state's government
      const prev = toks[m.tokenStart - 1];
      const country = kb.get(id);
      if (prev && prev.sentence === toks[m.tokenStart]!.sentence && prev.article && GOVERNMENT_HEADS.has(prev.key) && !covered[prev.index] && !m.proclitic && country && kb.countryByCode.get(country.country ?? '') === id) {
        const start = prev.bareStart;
        mentions.push({ start, end: m.end, text: doc.text.slice(start, m.end), type: 'ORG', actor: id, via: 'nisba', tokenStart: prev.index, tokenEnd: m.tokenEnd });
        for (let k = prev.index; k < m.tokenEnd; k++) covered[k] = true;
        seen.add(id);
        continue;
      }
      addMention(m, id, 'NORP', 'nisba');
    }
  }

  // pass 2a: a given name before a short form (إسماعيل ولد الشيخ) names the one person whose full
  // name starts with it — a shortened full name, not a bare short form
  for (const m of matches) {
    if (m.entry.kind !== 'short' || covered[m.tokenStart] || m.matchStart !== m.tokenStart) continue;
    const g = toks[m.tokenStart - 1];
    if (!g || g.script !== 'ar' || covered[m.tokenStart - 1] || g.sentence !== toks[m.tokenStart]!.sentence) continue;
    const startsWith = (id: string, w: string): boolean => kb.get(id)!.type === 'PER' && kb.get(id)!.ar.some((n) => phraseKeys(n)[0] === w);
    const literal = m.entry.actors.filter((id) => startsWith(id, g.norm));
    const ids = literal.length ? literal : m.entry.actors.filter((id) => startsWith(id, g.key));
    if (ids.length !== 1) continue;
    const from = literal.length ? g.start : g.bareStart;
    mentions.push({ start: from, end: m.end, text: doc.text.slice(from, m.end), type: 'PER', actor: ids[0]!, via: 'kb', tokenStart: m.tokenStart - 1, tokenEnd: m.tokenEnd });
    for (let k = m.tokenStart - 1; k < m.tokenEnd; k++) covered[k] = true;
    seen.add(ids[0]!);
  }

  // pass 2: short forms after their full name; titles
  for (let mi = 0; mi < matches.length; mi++) {
    const m = matches[mi]!;
    const e = m.entry;
    if (e.kind === 'short' && !covered[m.tokenStart]) {
      const known = e.actors.filter((id) => seen.has(id));
      if (known.length) {
        const id = chooseActor(known, kb, date, seen, null);
        addMention(m, id, mentionTypeOf(kb.get(id)!), 'coref');
      }
    }
  }

  // titles: attach to the following person, or resolve the role's holder on the date
  const mentionAtToken = new Map<number, number>();
  mentions.forEach((mm, k) => mentionAtToken.set(mm.tokenStart, k));
  for (const m of matches) {
    if (m.entry.kind !== 'title') continue;
    let j = m.tokenEnd;
    let of: string | null = null;
    // title + nisba (الرئيس الأميركي), or title + ل/في + country (وزير خارجية إيران is covered by nisba or name)
    const k1 = mentionAtToken.get(j);
    if (k1 !== undefined && mentions[k1]!.type === 'NORP') {
      of = mentions[k1]!.actor;
      j = mentions[k1]!.tokenEnd;
    } else if (k1 !== undefined && mentions[k1]!.type === 'GPE' && kb.get(mentions[k1]!.actor ?? '')?.id.length === 3) {
      // وزير خارجية إيران
      of = mentions[k1]!.actor;
      j = mentions[k1]!.tokenEnd;
    }
    // skip a comma between title and name (وزير الخارجية، ماركو روبيو)
    if (toks[j] && toks[j]!.text === '،' || toks[j]?.text === ',') j++;
    const k2 = mentionAtToken.get(j);
    const titleText = doc.text.slice(toks[m.matchStart]!.start, m.end);
    if (k2 !== undefined && mentions[k2]!.type === 'PER') {
      const pm = mentions[k2]!;
      mentions[k2] = { ...pm, role: titleText, titleTokenStart: m.matchStart };
      continue;
    }
    // an unknown name after a title: take name-like tokens (a known given name first, or two tokens)
    const t0 = toks[j];
    // a title followed by the first name of whoever held it then (وزير الخارجية الأمريكي جون) is that person
    if (t0 && date && of && !covered[j] && t0.sentence === toks[m.matchStart]!.sentence && t0.script === 'ar') {
      const firstOf = (id: string, w: string) => kb.get(id)!.ar.some((n) => phraseKeys(n)[0] === w);
      const literal = kb.holdersOf(m.entry.role!, of, date).filter((id) => firstOf(id, t0.norm));
      const holders = literal.length ? literal : kb.holdersOf(m.entry.role!, of, date).filter((id) => firstOf(id, t0.key));
      const from = literal.length ? t0.start : t0.bareStart;
      // only a lone first name: كمال منصوري is somebody else
      const after = toks[j + 1];
      const alone = !after || after.sentence !== t0.sentence || !isNameLike(after) || kb.index.has(after.key) && !kb.givenNames.has(after.key);
      if (holders.length === 1 && alone) {
        mentions.push({ start: from, end: t0.end, text: doc.text.slice(from, t0.end), type: 'PER', actor: holders[0]!, via: 'role', role: titleText, titleTokenStart: m.matchStart, tokenStart: j, tokenEnd: j + 1 });
        covered[j] = true;
        seen.add(holders[0]!);
        continue;
      }
    }
    if (t0 && t0.sentence === toks[m.matchStart]!.sentence && !covered[j] && isNameLike(t0) && (kb.givenNames.has(t0.key) || kb.givenNames.has(t0.norm) || names.some((s) => s.type === 'PER' && s.start <= t0.start && s.end > t0.start))) {
      let end = j + 1;
      while (end < toks.length && end - j < 3 && toks[end]!.sentence === t0.sentence && !covered[end] && isNameLike(toks[end]) && names.length === 0) end++;
      // with a tagger available, trust its span instead
      const span = names.find((s) => s.start <= t0.start && s.end > t0.start && s.type === 'PER');
      if (names.length && !span) {
        // the tagger saw no person here: record only the role reference
      } else {
        const startOff = span ? span.start : t0.start;
        const endOff = span ? span.end : toks[end - 1]!.end;
        const text = doc.text.slice(startOff, endOff);
        const id = provisionalActor(provisional, 'PER', text);
        const tokEnd = span ? tokenIndexAt(toks, endOff - 1) + 1 : end;
        mentions.push({ start: startOff, end: endOff, text, type: 'PER', actor: id, via: 'title', role: titleText, titleTokenStart: m.matchStart, tokenStart: j, tokenEnd: tokEnd });
        for (let k = j; k < tokEnd; k++) covered[k] = true;
        continue;
      }
    }
    // a bare title: who held the role of that country on the publication date
    if (date) {
      const holders = of ? kb.holdersOf(m.entry.role!, of, date) : [];
      if (holders.length === 1) {
        refs.push({ start: toks[m.matchStart]!.start, end: m.end, text: titleText, actor: holders[0]!, via: 'role', role: m.entry.role!, tokenStart: m.matchStart, tokenEnd: m.tokenEnd });
      }
    }
  }

  // statistical spans where the KB has nothing
  for (const s of names) {
    const ti = tokenIndexAt(toks, s.start);
    const te = tokenIndexAt(toks, s.end - 1) + 1;
    let free = true;
    for (let k = ti; k < te; k++) if (covered[k]) free = false;
    if (!free || s.type === 'MISC') continue;
    // one word right before a KB name is the head of a construct naming that actor (ميليشيات
    // الحوثي، قوات فاغنر): the KB mention stands for it, the head noun is no actor of its own
    if (te - ti === 1 && covered[te] && toks[te]!.sentence === toks[ti]!.sentence) continue;
    const text = doc.text.slice(s.start, s.end);
    const type: ActorType = s.type === 'LOC' ? 'GPE' : s.type;
    // a later surname of a provisional person: link to that person
    const id = corefKnown(kb, seen, text, type) ?? corefProvisional(provisional, text, type) ?? provisionalActor(provisional, type, text);
    mentions.push({ start: s.start, end: s.end, text, type, actor: id, via: 'ner', tokenStart: ti, tokenEnd: te });
    for (let k = ti; k < te; k++) covered[k] = true;
  }

  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { mentions, refs, provisional };
}

function tokenIndexAt(toks: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = toks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (toks[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A lone surname (صالح) of a person the document already named in full. */
function corefKnown(kb: KnowledgeBase, seen: ReadonlySet<string>, text: string, type: ActorType): string | null {
  if (type !== 'PER') return null;
  const k = phraseKeys(text);
  if (k.length !== 1) return null;
  const hits = [...seen].filter((id) => {
    const a = kb.get(id);
    return a?.type === 'PER' && a.ar.some((n) => {
      const ks = phraseKeys(n);
      return ks.length > 1 && ks[ks.length - 1] === k[0];
    });
  });
  return hits.length === 1 ? hits[0]! : null;
}

function corefProvisional(prov: Map<string, Actor>, text: string, type: ActorType): string | null {
  if (type !== 'PER') return null;
  const k = phraseKeys(text);
  if (k.length !== 1) return null;
  for (const a of prov.values()) {
    if (a.type !== 'PER') continue;
    const ks = phraseKeys(a.ar[0]!);
    if (ks.length > 1 && ks[ks.length - 1] === k[0]) return a.id;
  }
  return null;
}

function provisionalActor(prov: Map<string, Actor>, type: ActorType, arabic: string): string {
  for (const a of prov.values()) if (a.type === type && phraseKeys(a.ar[0]!).join(' ') === phraseKeys(arabic).join(' ')) return a.id;
  const name = transliterate(arabic) || arabic;
  let id = KB.provisionalId(type, name);
  let n = 2;
  while (prov.has(id) && prov.get(id)!.ar[0] !== arabic) id = `${KB.provisionalId(type, name)}-${n++}`;
  prov.set(id, { id, name, type, ar: [arabic], provisional: true });
  return id;
}
