// Clitic segmentation for matching. Works on NORMALISED word forms (see normalize.ts) and returns
// the pieces; callers keep original offsets through the token they came from.
//
// Proclitics: conjunctions و ف, prepositions ب ل ك, future س (on verbs), article ال, and their
// stacks (وال، فال، بال، كال، لل، وبال، وللـ، فبال، وس ...). Enclitics: pronoun suffixes
// (ه ها هم هما هن ك كم كن نا ني ي).

export interface Segmented {
  /** Proclitics before the article, e.g. "وب" in وبالولايات. */
  readonly proclitic: string;
  /** Whether the word carries the article (ال, or ل after ل as in للأمم). */
  readonly article: boolean;
  /** The word after the proclitics, article kept ("الولايات"; للأمم → "لامم" as written). */
  readonly bare: string;
  /** The word after proclitics and article ("ولايات"). */
  readonly base: string;
}

const CONJ = new Set(['و', 'ف']);
const PREP = new Set(['ب', 'ل', 'ك']);

/**
 * Frequent words (normalised) whose first letter is و ف ب ل ك but not a clitic; never peeled by
 * `segment` (gazetteer lookups still try every reading through `candidates`).
 */
const NOT_CLITIC = new Set(
  ('وزير وزيره وزراء وزاره وزارات وفد وفود وقف وطن وطني وطنيه وكاله وكالات ولايه ولايات واشنطن وسط وضع وقت وجود وحده وحدات ' +
    'وثيقه وصول وعد ولي واقع وقع وصف وراء ورقه وزن واجه واصل وافق وقد ولد والد فلسطين فلسطيني فلسطينيه فرنسا فرنسي فرنسيه فريق فتره ' +
    'فصائل فصيل فيلق فوز فكره فرص فرصه فرض فعل بيان بيت بريطانيا بريطاني بغداد بيروت بلد بلاد برلمان بين بعد بنيامين بشار بحث ' +
    'بدا بدء بقاء بناء برنامج بوتين بلينكن بايدن باريس بكين بروكسل لبنان لبناني لبنانيه ليبيا ليبي ليبيه لندن لجنه لجان لقاء لقاءات ' +
    'لافروف لاجيين لاجي كتايب كيري كلمه كبير كبار كامل كان كانت كانوا كل كما كيف لكن لدي لديه لها له لهم لم لن ليس ليست فقط ' +
    'وهو وهي بل كذلك فيه فيها في من الي علي عن مع').split(' '),
);

/** Minimum letters that must remain after peeling, so short words are not over-segmented. */
const MIN_REST = 2;

/**
 * Peels proclitics off a normalised Arabic word. Conservative: only peels when at least MIN_REST
 * letters remain, and a single prefix letter is peeled only when what follows looks like a word
 * (carries the article, or is at least 3 letters). Callers that need certainty (gazetteer lookup)
 * try every candidate returned by `candidates`.
 */
export function segment(word: string): Segmented {
  if (NOT_CLITIC.has(word)) return { proclitic: '', article: false, bare: word, base: word };
  let i = 0;
  let proclitic = '';
  // conjunction
  if (word.length - i > MIN_REST + 1 && CONJ.has(word[i]!)) {
    proclitic += word[i];
    i++;
  }
  // preposition (ب ل ك), or lam before lam-article
  if (word.length - i > MIN_REST + 1 && PREP.has(word[i]!)) {
    const rest = word.slice(i + 1);
    if (word[i] === 'ل' && rest.startsWith('ل') && rest.length > MIN_REST) {
      // لل + noun: ل + (ا)ل article
      return { proclitic: proclitic + 'ل', article: true, bare: rest, base: rest.slice(1) };
    }
    if (rest.startsWith('ال') || rest.length >= 3) {
      proclitic += word[i];
      i++;
    }
  }
  const bare = word.slice(i);
  if (bare.startsWith('ال') && bare.length > MIN_REST + 1) {
    return { proclitic, article: true, bare, base: bare.slice(2) };
  }
  return { proclitic, article: false, bare, base: bare };
}

/**
 * Every plausible (proclitic, bare) reading of a normalised word, most literal first. The
 * gazetteer tries each, so that وزير (a word starting with و) and وإيران (و + إيران) are both found.
 */
export function candidates(word: string): Segmented[] {
  const out: Segmented[] = [];
  const seen = new Set<string>();
  const push = (proclitic: string, bare: string, article: boolean): void => {
    const key = proclitic + '|' + bare + '|' + article;
    if (seen.has(key) || bare.length < MIN_REST) return;
    seen.add(key);
    out.push({ proclitic, article, bare, base: article ? bare.slice(bare.startsWith('ال') ? 2 : 1) : bare });
  };
  const withArticle = (proclitic: string, bare: string): void => {
    if (bare.startsWith('ال') && bare.length > 3) push(proclitic, bare, true);
    push(proclitic, bare, false);
  };
  withArticle('', word);
  const tryPrep = (p: string, rest: string): void => {
    if (rest.length < MIN_REST) return;
    const c = rest[0]!;
    if (PREP.has(c) && rest.length > MIN_REST + 1) {
      const r2 = rest.slice(1);
      if (c === 'ل' && r2.startsWith('ل')) push(p + 'ل', r2, true); // لل → ل + ل(article)
      withArticle(p + c, r2);
    }
  };
  if (CONJ.has(word[0]!) && word.length > MIN_REST + 1) {
    withArticle(word[0]!, word.slice(1));
    tryPrep(word[0]!, word.slice(1));
  }
  tryPrep('', word);
  return out;
}

const SUFFIXES = ['هما', 'كما', 'هم', 'هن', 'كم', 'كن', 'نا', 'ها', 'ني', 'ه', 'ك', 'ي'];

/** Strips one pronoun suffix when a stem of at least 3 letters remains. */
export function stripSuffix(word: string): { stem: string; suffix: string } {
  for (const s of SUFFIXES) {
    if (word.length - s.length >= 3 && word.endsWith(s)) return { stem: word.slice(0, -s.length), suffix: s };
  }
  return { stem: word, suffix: '' };
}

/** A light stem: proclitics, article and one pronoun suffix removed (for lexicon lookups). */
export function lightStem(word: string): string {
  const seg = segment(word);
  return stripSuffix(seg.base).stem;
}
