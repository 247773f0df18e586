// Clock times: الساعة الخامسة مساءً → T17:00, في الساعة 10:30 صباحاً, منتصف الليل → T24:00,
// 10:30 صباحاً. A clock time is kind 'clock' and joins the day next to it (أمس، مساء الأحد);
// alone it is placed on the publication date.

import { fmtClock, fmtDate } from '../calendar.ts';
import { HOUR_WORDS } from '../lexicon.ts';
import { HOURW, S, S0, art, g, key, rx } from '../patterns.ts';
import type { Cand, Construction } from '../types.ts';

const AMPM = 'صباحا|صباح|مساء|ظهرا|عصرا|ليلا|فجرا|بعد الظهر|بعد الظهيره|ص|م';
const CLOCK_RE = rx(
  `(?:(?:تمام|حوالي|نحو)${S})?${art('الساعه')}${S}(?:(?<hw>${HOURW})|(?<hn>\\d{1,2})(?:[:.](?<mn>\\d{2}))?)` +
  `(?:${S}(?<frac>والنصف|ونصف|والربع|وربع|والثلث|الا${S}ربعا|الا${S}الربع|الا${S}ثلثا|الا${S}الثلث|و${S0}(?<mins>\\d{1,2})${S}دقيقه))?` +
  `(?:${S}(?<ap>${AMPM.replace(/ /g, S)}))?` +
  `|(?<hn2>\\d{1,2})[:](?<mn2>\\d{2})(?:${S}(?<ap2>${AMPM.replace(/ /g, S)}))?` +
  `|(?<mid>منتصف${S}الليل|${art('الظهر')}(?=${S}(?:يوم|اليوم|امس|غد)))`,
);

function to24(h: number, ap: string | undefined): number {
  const a = ap ? key(ap) : '';
  if (/^(?:صباح|صباحا|ص|فجرا)$/.test(a)) return h === 12 ? 0 : h;
  if (/^(?:مساء|عصرا|م|بعد الظهر|بعد الظهيره)$/.test(a)) return h < 12 ? h + 12 : h;
  if (a === 'ظهرا') return h <= 6 ? h + 12 : h;
  if (a === 'ليلا') return h >= 6 && h < 12 ? h + 12 : h === 12 ? 0 : h;
  return h;
}

export const clock: Construction = {
  name: 'clock',
  first: ['#', 'تمام', 'حوالي', 'نحو', 'الساعه', 'منتصف', 'الظهر'],
  re: CLOCK_RE,
  resolve(m, ctx): Omit<Cand, 'rank'> | null {
    let suffix: string;
    if (g(m, 'mid') !== undefined) {
      suffix = key(g(m, 'mid')!).endsWith('الليل') ? 'T24:00' : 'T12:00';
    } else {
      const hs = g(m, 'hw') !== undefined ? HOUR_WORDS[key(g(m, 'hw')!)] : Number(g(m, 'hn') ?? g(m, 'hn2'));
      if (hs === undefined || hs > 24) return null;
      let min = Number(g(m, 'mn') ?? g(m, 'mn2') ?? 0);
      let h = hs;
      const frac = g(m, 'frac') !== undefined ? key(g(m, 'frac')!) : '';
      if (/نصف/.test(frac)) min = 30;
      else if (/ربع/.test(frac)) min = /^الا/.test(frac) ? -15 : 15;
      else if (/ثلث/.test(frac)) min = /^الا/.test(frac) ? -20 : 20;
      else if (g(m, 'mins') !== undefined) min = Number(g(m, 'mins'));
      if (min < 0) { h = h === 1 ? 12 : h - 1; min += 60; }
      if (min > 59) return null;
      const ap = g(m, 'ap') ?? g(m, 'ap2');
      if (g(m, 'hn2') !== undefined && ap === undefined && h > 24) return null;
      h = to24(h, ap);
      if (h > 24) return null;
      suffix = fmtClock(h, min);
    }
    const day = ctx.anchor ? fmtDate(ctx.anchor) : 'XXXX-XX-XX';
    return { start: m.index, end: m.index + m[0].length, type: 'TIME', value: day + suffix, kind: 'clock', clock: suffix };
  },
};
