// Reading article bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, windows-1256
// detected or refused, binary refused. Never returns mojibake.
import iconv from 'iconv-lite';

export class DecodeError extends Error {}

export interface Decoded {
  readonly text: string;
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';
}

function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) ctrl++;
  }
  return n > 0 && ctrl / n > 0.02;
}

/** Share of Arabic letters among the letters of a decoded sample. */
function arabicShare(s: string): number {
  let ar = 0;
  let letters = 0;
  for (const ch of s.slice(0, 20000)) {
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (/[\u0600-\u06ff]/.test(ch)) ar++;
    }
  }
  return letters ? ar / letters : 0;
}

export function decode(buf: Uint8Array, what = 'input'): Decoded {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(Buffer.from(buf.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(Buffer.from(buf.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  const start = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  const body = buf.subarray(start);
  if (looksBinary(body)) throw new DecodeError(`${what} looks like a binary file, not text`);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    return { text, encoding: 'utf-8' };
  } catch {
    // not UTF-8: an 8-bit Arabic code page is the usual suspect
    const text = iconv.decode(Buffer.from(body), 'windows-1256');
    if (arabicShare(text) >= 0.3) return { text, encoding: 'windows-1256' };
    throw new DecodeError(`${what} is neither UTF-8 nor UTF-16 nor windows-1256 Arabic text; convert it to UTF-8 first`);
  }
}
