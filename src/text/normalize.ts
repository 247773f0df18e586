// Arabic normalisation for matching. Never used for what is printed or stored.
//
// Folds: hamza/alef forms (أ إ آ ٱ → ا; ؤ → و; ئ → ي), ta marbuta (ة → ه), alef maqsura (ى → ي),
// tatweel, diacritics (harakat, tanwin, shadda, sukun, superscript alef), Arabic-Indic and Persian
// digits (→ ASCII), Persian/Urdu letter forms (ک → ك, ی → ي), Latin case.

const FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ؤ': 'و', 'ئ': 'ي', 'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ك': 'ك', 'ک': 'ك', 'ڪ': 'ك',
  'ة': 'ه', 'ۀ': 'ه', 'ە': 'ه', 'ھ': 'ه', 'گ': 'ك', 'ڤ': 'ف', 'پ': 'ب', 'چ': 'ج', 'ژ': 'ز',
};

/** True for code units removed by normalisation: diacritics, tatweel, Quranic marks, bidi/zero-width. */
export function isIgnorable(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (
    (c >= 0x064b && c <= 0x065f) || // harakat, tanwin, shadda, sukun, ...
    c === 0x0670 || // superscript alef
    c === 0x0640 || // tatweel
    (c >= 0x06d6 && c <= 0x06ed) || // Quranic annotation marks
    (c >= 0x0610 && c <= 0x061a) ||
    c === 0x200c || c === 0x200d || c === 0x200e || c === 0x200f || c === 0x061c || c === 0xfeff
  );
}

/** Maps one original code unit to its normalised form ('' when it is dropped). */
export function foldChar(ch: string): string {
  if (isIgnorable(ch)) return '';
  const c = ch.charCodeAt(0);
  if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(c - 0x0660 + 48); // Arabic-Indic
  if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(c - 0x06f0 + 48); // Persian
  const f = FOLD[ch];
  if (f !== undefined) return f;
  if (c < 0x80) return ch.toLowerCase();
  if (c >= 0xfb50) return ch.normalize('NFKC'); // presentation forms
  return ch;
}

const cache = new Map<string, string>();

/** Normalised matching form of a string. Pure; memoised for short strings. */
export function normalize(s: string): string {
  if (s.length <= 24) {
    const hit = cache.get(s);
    if (hit !== undefined) return hit;
  }
  let out = '';
  for (let i = 0; i < s.length; i++) out += foldChar(s[i]!);
  if (out.length !== s.length || out !== s) {
    // presentation forms may expand; collapse whitespace runs for phrase keys
    out = out.replace(/\s+/g, ' ');
  }
  if (s.length <= 24) {
    if (cache.size > 200_000) cache.clear();
    cache.set(s, out);
  }
  return out;
}

/**
 * Normalised form with a map back to the original: `map[i]` is the original index of normalised
 * code unit i, and `map[out.length]` is the original length. Lets a match found in normalised text
 * be reported with original offsets.
 */
export function normalizeWithMap(s: string): { text: string; map: number[] } {
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const f = foldChar(s[i]!);
    for (let k = 0; k < f.length; k++) {
      out += f[k];
      map.push(i);
    }
  }
  map.push(s.length);
  return { text: out, map };
}

/** Arabic letter (after normalisation) test. */
export function isArabicLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff);
}

/** Converts Arabic-Indic/Persian digits to ASCII, leaving everything else as is. */
export function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => {
    const c = d.charCodeAt(0);
    return String.fromCharCode((c >= 0x06f0 ? c - 0x06f0 : c - 0x0660) + 48);
  });
}
