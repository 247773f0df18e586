// A readable (not scholarly) Arabic → Latin transliteration for provisional actor names.
import { normalize } from '../text/normalize.ts';

const MAP: Record<string, string> = {
  'ا': 'a', 'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z',
  'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'ع': '', 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k',
  'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'و': 'w', 'ي': 'y', 'ء': '', 'ة': 'a',
};

function word(w: string): string {
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    const prev = i > 0 ? w[i - 1]! : '';
    const last = i === w.length - 1;
    if (c === 'و' && i > 0) out += prev === 'ا' ? 'w' : 'u';
    else if (c === 'ي' && i > 0) out += last && prev !== 'ا' ? 'i' : prev === 'ا' ? 'y' : 'i';
    else if (c === 'ه' && last && i > 0) out += 'a';
    else out += MAP[c] ?? (/[a-z0-9]/i.test(c) ? c : '');
  }
  out = out.replace(/^al(?=[a-z]{2})/, 'al-').replace(/aa+/g, 'a').replace(/ii+/g, 'i').replace(/uu+/g, 'u');
  return out ? out[0]!.toUpperCase() + out.slice(1) : '';
}

/** "رون ديرمر" → "Run Dirmr"-like readable Latin; stable for the same input. */
export function transliterate(arabic: string): string {
  return normalize(arabic)
    .split(/\s+/)
    .map(word)
    .filter(Boolean)
    .join(' ');
}
