// Vague references: PAST_REF (مؤخراً، في الآونة الأخيرة), PRESENT_REF (حالياً، الآن، حتى الآن),
// FUTURE_REF (قريباً، لاحقاً، في القريب العاجل). "في وقت سابق" is kind 'lead': absorbed into a
// date right after it (في وقت سابق هذا الشهر → the month).

import { nk } from '../lexicon.ts';
import {
  S, art, firstWord, nextWord, prevWord, rx,
} from '../patterns.ts';
import type { Cand, Construction } from '../types.ts';

const PHRASES: Readonly<Record<string, string>> = nk({
  'مؤخرا': 'PAST_REF', 'الاونه الاخيره': 'PAST_REF', 'الفتره الاخيره': 'PAST_REF', 'الفتره الماضيه': 'PAST_REF',
  'الاونه': 'PAST_REF', 'وقت سابق': 'PAST_REF', 'وقت متاخر': 'PAST_REF', 'الماضي القريب': 'PAST_REF',
  'حاليا': 'PRESENT_REF', 'الان': 'PRESENT_REF', 'حتي الان': 'PRESENT_REF', 'حتي اللحظه': 'PRESENT_REF',
  'الوقت الحالي': 'PRESENT_REF', 'الوقت الراهن': 'PRESENT_REF', 'الوقت الحاضر': 'PRESENT_REF', 'راهنا': 'PRESENT_REF',
  'حتي الساعه': 'PRESENT_REF', 'الي الان': 'PRESENT_REF', 'لحد الان': 'PRESENT_REF',
  'قريبا': 'FUTURE_REF', 'لاحقا': 'FUTURE_REF', 'مستقبلا': 'FUTURE_REF', 'القريب العاجل': 'FUTURE_REF',
  'المستقبل القريب': 'FUTURE_REF', 'وقت لاحق': 'FUTURE_REF', 'الفتره المقبله': 'FUTURE_REF', 'الفتره القادمه': 'FUTURE_REF',
  'اقرب وقت': 'FUTURE_REF', 'المستقبل': 'FUTURE_REF', 'الماضي': 'PAST_REF',
});
const alts = Object.keys(PHRASES).sort((a, b) => b.length - a.length).map((k) => art(k.replace(/ /g, S))).join('|');
const VAGUE_RE = rx(`(?<p>${alts})`);

export const vague: Construction = {
  name: 'vague',
  first: Object.keys(PHRASES).map(firstWord),
  re: VAGUE_RE,
  resolve(m, ctx): Omit<Cand, 'rank'> | null {
    const p = m[0].replace(/\s+/g, ' ').replace(/^ل(?!ا)/, 'ا');
    const value = PHRASES[p];
    if (!value) return null;
    const end = m.index + m[0].length;
    const pw = prevWord(ctx.norm, m.index);
    const nw = nextWord(ctx.norm, end);
    if (p === 'قريبا' && nw === 'من') return null; // قريباً من الحدود: "near"
    if (p === 'الاونه' && nw !== 'الاخيره') return null;
    if ((p === 'المستقبل' || p === 'الماضي') && pw !== 'في') return null; // تيار المستقبل، العام الماضي …
    if (p === 'الان' && pw === 'حتي') return null; // covered by حتى الآن
    if (p === 'الان' && /[آأ]/.test(ctx.origAt(m.index))) return null; // آلان / ألان: the name Alain
    if (p === 'حتي الساعه' && /^(?:\d|ال)/.test(nw)) return null; // حتى الساعة الخامسة: a clock time
    if (p === 'وقت سابق' || p === 'وقت لاحق' || p === 'وقت متاخر') {
      // "في وقت متأخر" (late) only qualifies a following day; alone it is dropped (value '')
      return { start: m.index, end, type: 'DATE', value: p === 'وقت متاخر' ? '' : value, kind: 'lead' };
    }
    return { start: m.index, end, type: 'DATE', value, kind: 'other' };
  },
};
