// Narrative direction around a time expression, from explicit cues in the same sentence: future
// markers (سوف، سـ + imperfect، لن، من المقرر، المرتقب، يُنتظر، من المتوقع، يعتزم …) and past markers
// (كان، قد/لقد + perfect، common perfect verbs of news reports, أمس). The nearest cue wins
// (distance in words); none → 'none'. Callers decide what 'none' means (weekdays: past).

import type { Tense } from './types.ts';

const FUTURE_WORDS = new Set([
  'سوف', 'لن', 'المقرر', 'مقرر', 'المقرره', 'مقرره', 'المنتظر', 'منتظر', 'المرتقب', 'المرتقبه', 'مرتقب', 'مرتقبه',
  'ينتظر', 'تنتظر', 'المتوقع', 'المتوقعه', 'متوقع', 'يتوقع', 'تتوقع', 'يعتزم', 'تعتزم', 'يعتزمون', 'يزمع', 'تزمع',
  'المزمع', 'المزمعه', 'يرتقب', 'سيتم', 'ستتم', 'سيكون', 'ستكون',
]);
// Imperfects of scheduling verbs: "يعقد المجلس اجتماعا الأحد" announces what is to come — unless
// subordinate (قبل أن يعقد، بعد أن يصل), where the imperfect carries no tense of its own.
const SCHEDULE_WORDS = new Set([
  'يعقد', 'تعقد', 'يبدا', 'تبدا', 'ينطلق', 'تنطلق', 'يزور', 'تزور', 'يلتقي', 'تلتقي', 'يجتمع', 'تجتمع', 'يتوجه',
  'تتوجه', 'يستضيف', 'تستضيف', 'تستانف', 'يستانف', 'تختتم', 'يختتم', 'يفتتح', 'تفتتح', 'يغادر', 'تغادر', 'يلقي',
]);
const PAST_WORDS = new Set(['كان', 'كانت', 'كانوا', 'لقد', 'امس', 'سابق']);
const SUBORDINATORS = new Set(['ان', 'لان', 'كي', 'لكي', 'حتي', 'قبل', 'بعد', 'لن']);

// Perfect verbs frequent in news narration (stems; ت/وا/ا/تا suffixes and و/ف prefixes allowed).
const PAST_STEMS = [
  'قال', 'اعلن', 'اكد', 'عقد', 'التقي', 'التق', 'وصل', 'اجري', 'اجر', 'بحث', 'شارك', 'زار', 'اجتمع', 'افاد', 'ذكر',
  'اضاف', 'اوضح', 'صرح', 'دعا', 'دع', 'نفذ', 'شن', 'قتل', 'اصيب', 'جري', 'جر', 'تم', 'وقع', 'اتفق', 'اصدر', 'تلقي',
  'تلق', 'استقبل', 'غادر', 'بدا', 'انطلق', 'قصف', 'هاجم', 'اعتقل', 'اطلق', 'شهد', 'اشار', 'نقل', 'كشف', 'ابلغ',
  'اعرب', 'طالب', 'رفض', 'وافق', 'اتهم', 'ادان', 'توصل', 'حضر', 'ناقش', 'تناول', 'استهدف', 'سقط', 'انفجر', 'اندلع',
  'اعتبر', 'قرر', 'ارسل', 'سلم', 'انتهي', 'انته', 'اختتم', 'افتتح', 'تراس', 'استضاف', 'حذر', 'تحدث', 'اتصل', 'نشر',
  'اوقف', 'اغلق', 'عاد', 'توجه', 'وجه', 'قام', 'ابدي', 'نفي', 'ناشد', 'قدم', 'اقر', 'صادق', 'صوت', 'انسحب', 'دخل',
  'خرج', 'فاز', 'خسر', 'انتخب', 'اعلنت', 'جاء', 'جاءت', 'اسفر', 'اودي', 'لقي', 'تعرض', 'تمكن', 'نجح', 'فشل',
];
const PAST_RE = new RegExp(`^[وف]?(?:${PAST_STEMS.sort((a, b) => b.length - a.length).join('|')})(?:ت|وا|ا|تا|ن)?$`);
// س + imperfect prefix; the stop-list removes common nouns that start the same way.
const FUT_VERB_RE = /^[وف]?س[يتن][\u0621-\u064a]{2,}$/;
const FUT_STOP_RE = /^[وف]?س(?:ياس|يار|يطر|يد|ينا|يول|ير|يف|يل|تار|ته|تين|تون|نه|نو|ني|نت|نغ|توك|ترا|ياد|يبير|يدن|نه|نين|يرك|تراتيج|تالين|يئ|يي)/;

function cueOf(w: string, next: string, prev: string): Tense {
  const bare = w.length > 3 && (w[0] === 'و' || w[0] === 'ف') ? w.slice(1) : w;
  if (FUTURE_WORDS.has(w) || FUTURE_WORDS.has(bare)) return 'future';
  if (SCHEDULE_WORDS.has(w) || SCHEDULE_WORDS.has(bare)) return SUBORDINATORS.has(prev) ? 'none' : 'future';
  if (PAST_WORDS.has(w) || PAST_WORDS.has(bare)) return 'past';
  if (bare === 'قد') return /^[يتن]/.test(next) ? 'none' : 'past'; // قد + imperfect = "may"
  if (FUT_VERB_RE.test(w) && !FUT_STOP_RE.test(w)) return 'future';
  if (PAST_RE.test(w)) return 'past';
  return 'none';
}

const BOUNDARY = /[.!?؟؛\n]/;

/** The tense of the sentence around [start, end) of `norm`. */
export function tenseAt(norm: string, start: number, end: number): Tense {
  let lo = start;
  while (lo > 0 && start - lo < 120 && !BOUNDARY.test(norm[lo - 1]!)) lo--;
  let hi = end;
  while (hi < norm.length && hi - end < 80 && !BOUNDARY.test(norm[hi]!)) hi++;
  const before = norm.slice(lo, start).match(/[\p{L}]+/gu) ?? [];
  const prev = before[before.length - 1];
  if (prev === 'منذ' || prev === 'ومنذ') return 'past'; // "since X": X is past
  const after = norm.slice(end, hi).match(/[\p{L}]+/gu) ?? [];
  let best: Tense = 'none';
  let bestDist = Infinity;
  for (let i = before.length - 1; i >= 0; i--) {
    const d = before.length - i;
    if (d >= bestDist) break;
    const c = cueOf(before[i]!, before[i + 1] ?? after[0] ?? '', before[i - 1] ?? '');
    if (c !== 'none') { best = c; bestDist = d; break; }
  }
  for (let i = 0; i < after.length; i++) {
    const d = i + 1;
    if (d >= bestDist) break; // ties go to the left-hand cue
    const c = cueOf(after[i]!, after[i + 1] ?? '', after[i - 1] ?? before[before.length - 1] ?? '');
    if (c !== 'none') { best = c; bestDist = d; break; }
  }
  return best;
}
