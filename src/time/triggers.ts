// Where constructions may start. Instead of scanning the text with every pattern, the stage lists
// word starts (after optional proclitics و ف ب ل ك) whose word is a trigger — a word some
// construction can begin with — and digit runs, and tries the sticky patterns only there. This
// keeps the stage well under a millisecond per article. A construction whose first word is not
// listed here is never tried: add its first words when adding a construction.

import {
  DAYPARTS, DECADES, HIJRI_MONTHS, HOUR_WORDS, HUNDREDS, MONTHS, ONES, ORDINALS, PART_MODS, TENS, UNITS, WEEKDAYS,
} from './lexicon.ts';

const first = (k: string): string => k.split(' ')[0]!;
const words = new Set<string>([
  ...Object.keys(MONTHS).map(first), ...Object.keys(HIJRI_MONTHS).map(first), ...Object.keys(WEEKDAYS),
  ...Object.keys(PART_MODS), ...Object.keys(DAYPARTS).map(first), ...Object.keys(UNITS), ...Object.keys(ONES),
  ...Object.keys(TENS), ...Object.keys(HUNDREDS), ...Object.keys(ORDINALS), ...Object.keys(HOUR_WORDS).map(first),
  ...Object.keys(DECADES), ...Object.keys(DECADES).map((d) => 'ال' + d),
  // relative days, periods, offsets, ranges, seasons
  'يوم', 'يومي', 'ايام', 'اليوم', 'الليله', 'امس', 'البارحه', 'اول', 'غدا', 'غد', 'الغد', 'بعد', 'قبل', 'منذ',
  'شهر', 'الشهر', 'الاسبوع', 'العام', 'السنه', 'عام', 'سنه', 'عامي', 'العامين', 'سنتي', 'الاعوام', 'الموافق',
  'من', 'بين', 'هذا', 'هذه', 'فصل', 'الفصل', 'صيف', 'شتاء', 'ربيع', 'خريف', 'الصيف', 'الشتاء', 'الربيع', 'الخريف',
  'عقد', 'حقبه', 'القرن', 'العشرين', 'الثلاثين', 'نصف', 'احد', 'احدي',
  'الايام', 'الاسابيع', 'الاشهر', 'الشهور', 'السنوات', 'الاعوام', 'الساعات', 'العقود', 'السنين',
  // quantity modifiers, sets, clock
  'اكثر', 'ما', 'اقل', 'نحو', 'حوالي', 'قرابه', 'زهاء', 'ازيد', 'كل', 'يوميا', 'اسبوعيا', 'شهريا', 'سنويا',
  'تمام', 'الساعه', 'منتصف', 'الظهر',
  // vague
  'موخرا', 'الاونه', 'الفتره', 'وقت', 'الماضي', 'حاليا', 'الان', 'حتي', 'الوقت', 'راهنا', 'الي', 'لحد', 'قريبا',
  'لاحقا', 'مستقبلا', 'القريب', 'المستقبل', 'اقرب',
]);

const isProclitic = (c: string | undefined): boolean => c === 'و' || c === 'ف' || c === 'ب' || c === 'ل' || c === 'ك';
const isTrigger = (w: string): boolean => words.has(w) || (w[0] === 'ل' && w[1] !== 'ا' && words.has('ا' + w));

const MAX_TRIGGER = Math.max(...[...words].map((w) => w.length)) + 2;

const isLetter = (c: number): boolean =>
  (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Normalised offsets where a construction may start, ascending. */
export function triggerPositions(norm: string): number[] {
  const out: number[] = [];
  const n = norm.length;
  let i = 0;
  while (i < n) {
    const c = norm.charCodeAt(i);
    if (isDigit(c)) {
      out.push(i);
      while (i < n && isDigit(norm.charCodeAt(i))) i++;
      continue;
    }
    if (!isLetter(c)) { i++; continue; }
    const s = i;
    while (i < n && isLetter(norm.charCodeAt(i))) i++;
    if (i - s > MAX_TRIGGER) continue;
    const w = norm.slice(s, i);
    if (isTrigger(w)) out.push(s);
    // proclitics: و/ف then ب/ل/ك (e.g. وبعد، لعام، وللأسبوع)
    let k = 0;
    if ((w[0] === 'و' || w[0] === 'ف') && w.length > 2) {
      k = 1;
      if (isTrigger(w.slice(1))) out.push(s + 1);
    }
    if (isProclitic(w[k]) && w[k] !== 'و' && w[k] !== 'ف' && w.length > k + 2 && isTrigger(w.slice(k + 1))) out.push(s + k + 1);
  }
  return out;
}
