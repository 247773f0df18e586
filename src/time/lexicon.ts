// Word lists of the time stage, in NORMALISED form (see text/normalize.ts: أإآ→ا, ة→ه, ى→ي, ؤ→و,
// ئ→ي, no diacritics/tatweel, ASCII digits). Each table maps a surface form to what it means; keys
// are passed through `normalize` at load, so a key written with hamza (مؤخراً) still matches.

import { normalize } from '../text/normalize.ts';

/** A table with its keys normalised. */
export function nk<V>(o: Record<string, V>): Readonly<Record<string, V>> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [normalize(k), v]));
}

/** Gregorian month names of the three traditions (Egyptian/Gulf, Levantine/Iraqi, Maghrebi) and Moroccan forms. */
export const MONTHS: Readonly<Record<string, number>> = nk({
  // Egyptian / Gulf (from the Latin names)
  'يناير': 1, 'ينايير': 1, 'فبراير': 2, 'فبرير': 2, 'مارس': 3, 'ابريل': 4, 'مايو': 5,
  'يونيو': 6, 'يونيه': 6, 'يوليو': 7, 'يوليه': 7, 'اغسطس': 8, 'اغسطوس': 8, 'سبتمبر': 9, 'سيبتمبر': 9,
  'اكتوبر': 10, 'اوكتوبر': 10, 'نوفمبر': 11, 'ديسمبر': 12, 'ديسيمبر': 12,
  // Levantine / Iraqi (Syriac names)
  'كانون الثاني': 1, 'شباط': 2, 'اذار': 3, 'نيسان': 4, 'ايار': 5, 'حزيران': 6, 'تموز': 7, 'اب': 8,
  'ايلول': 9, 'تشرين الاول': 10, 'تشرين الثاني': 11, 'كانون الاول': 12,
  // Maghrebi (from the French names)
  'جانفي': 1, 'جانفييه': 1, 'فيفري': 2, 'افريل': 4, 'ماي': 5, 'جوان': 6, 'جويليه': 7, 'جويلي': 7, 'اوت': 8,
  // Moroccan
  'يوليوز': 7, 'غشت': 8, 'شتنبر': 9, 'نونبر': 11, 'دجنبر': 12,
});

/** Month names that are also ordinary words or names (مارس "practised", أب "father", ماي, نيسان the car maker): need date context. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['مارس', 'اب', 'ماي', 'جوان', 'نيسان']);

/** Hijri months (1 = Muharram). Several spellings of each. */
export const HIJRI_MONTHS: Readonly<Record<string, number>> = nk({
  'محرم': 1, 'صفر': 2, 'ربيع الاول': 3, 'ربيع الاخر': 4, 'ربيع الثاني': 4,
  'جمادي الاولي': 5, 'جمادي الاول': 5, 'جمادي الاخره': 6, 'جمادي الثانيه': 6, 'جمادي الاخر': 6, 'جمادي الثاني': 6,
  'رجب': 7, 'شعبان': 8, 'رمضان': 9, 'شوال': 10,
  'ذو القعده': 11, 'ذي القعده': 11, 'ذو الحجه': 12, 'ذي الحجه': 12,
});
/** Hijri month names that are also personal names or words (رجب طيب أردوغان، صفر "zero"). */
export const AMBIGUOUS_HIJRI: ReadonlySet<string> = new Set(['محرم', 'صفر', 'رجب', 'شعبان', 'رمضان', 'شوال']);

/** Weekdays, 0 = Sunday … 6 = Saturday, with the article. */
export const WEEKDAYS: Readonly<Record<string, number>> = nk({
  'الاحد': 0, 'الاثنين': 1, 'الثلاثاء': 2, 'الثلاثا': 2, 'الاربعاء': 3, 'الاربعا': 3,
  'الخميس': 4, 'الجمعه': 5, 'السبت': 6,
});

/** Cardinal number words (masculine and feminine, all cases) → value. */
export const ONES: Readonly<Record<string, number>> = nk({
  'واحد': 1, 'واحده': 1, 'احد': 1, 'احدي': 1,
  'اثنان': 2, 'اثنين': 2, 'اثنتان': 2, 'اثنتين': 2, 'اثنا': 2, 'اثني': 2, 'اثنتا': 2, 'اثنتي': 2,
  'ثلاث': 3, 'ثلاثه': 3, 'اربع': 4, 'اربعه': 4, 'خمس': 5, 'خمسه': 5, 'ست': 6, 'سته': 6,
  'سبع': 7, 'سبعه': 7, 'ثمان': 8, 'ثماني': 8, 'ثمانيه': 8, 'تسع': 9, 'تسعه': 9,
});
export const TENS: Readonly<Record<string, number>> = nk({
  'عشر': 10, 'عشره': 10,
  'عشرون': 20, 'عشرين': 20, 'ثلاثون': 30, 'ثلاثين': 30, 'اربعون': 40, 'اربعين': 40,
  'خمسون': 50, 'خمسين': 50, 'ستون': 60, 'ستين': 60, 'سبعون': 70, 'سبعين': 70,
  'ثمانون': 80, 'ثمانين': 80, 'تسعون': 90, 'تسعين': 90,
});
export const HUNDREDS: Readonly<Record<string, number>> = nk({
  'مئة': 100, 'مائة': 100, 'مئتي': 200, 'مائتي': 200, 'مئتين': 200, 'مائتين': 200, 'مئتان': 200, 'مائتان': 200,
});

/** Ordinal day numbers (الخامس من يونيو, الحادي والعشرين من مايو). */
export const ORDINALS: Readonly<Record<string, number>> = nk({
  'الاول': 1, 'الثاني': 2, 'الثالث': 3, 'الرابع': 4, 'الخامس': 5, 'السادس': 6, 'السابع': 7,
  'الثامن': 8, 'التاسع': 9, 'العاشر': 10, 'الحادي': 1,
});
export const ORDINAL_TENS: Readonly<Record<string, number>> = nk({ 'عشر': 10, 'العشرين': 20, 'الثلاثين': 30 });

export type Unit = 'S' | 'MIN' | 'H' | 'D' | 'W' | 'M' | 'Y' | 'DE' | 'CE';

/** Time-unit nouns → unit and the count a dual form carries (2) or a bare singular (1). */
export const UNITS: Readonly<Record<string, { unit: Unit; n: number; plural?: boolean }>> = nk({
  'ثانيه': { unit: 'S', n: 1 }, 'ثانيتين': { unit: 'S', n: 2 }, 'ثانيتان': { unit: 'S', n: 2 }, 'ثوان': { unit: 'S', n: 0, plural: true }, 'ثواني': { unit: 'S', n: 0, plural: true },
  'دقيقه': { unit: 'MIN', n: 1 }, 'دقيقتين': { unit: 'MIN', n: 2 }, 'دقيقتان': { unit: 'MIN', n: 2 }, 'دقايق': { unit: 'MIN', n: 0, plural: true },
  'ساعه': { unit: 'H', n: 1 }, 'ساعتين': { unit: 'H', n: 2 }, 'ساعتان': { unit: 'H', n: 2 }, 'ساعات': { unit: 'H', n: 0, plural: true },
  'يوم': { unit: 'D', n: 1 }, 'يوما': { unit: 'D', n: 1 }, 'يومين': { unit: 'D', n: 2 }, 'يومان': { unit: 'D', n: 2 }, 'ايام': { unit: 'D', n: 0, plural: true },
  'اسبوع': { unit: 'W', n: 1 }, 'اسبوعا': { unit: 'W', n: 1 }, 'اسبوعين': { unit: 'W', n: 2 }, 'اسبوعان': { unit: 'W', n: 2 }, 'اسابيع': { unit: 'W', n: 0, plural: true },
  'شهر': { unit: 'M', n: 1 }, 'شهرا': { unit: 'M', n: 1 }, 'شهرين': { unit: 'M', n: 2 }, 'شهران': { unit: 'M', n: 2 }, 'اشهر': { unit: 'M', n: 0, plural: true }, 'شهور': { unit: 'M', n: 0, plural: true },
  'عام': { unit: 'Y', n: 1 }, 'عاما': { unit: 'Y', n: 1 }, 'عامين': { unit: 'Y', n: 2 }, 'عامان': { unit: 'Y', n: 2 }, 'اعوام': { unit: 'Y', n: 0, plural: true },
  'سنه': { unit: 'Y', n: 1 }, 'سنتين': { unit: 'Y', n: 2 }, 'سنتان': { unit: 'Y', n: 2 }, 'سنوات': { unit: 'Y', n: 0, plural: true }, 'سنين': { unit: 'Y', n: 0, plural: true },
  'عقد': { unit: 'DE', n: 1 }, 'عقدا': { unit: 'DE', n: 1 }, 'عقدين': { unit: 'DE', n: 2 }, 'عقدان': { unit: 'DE', n: 2 }, 'عقود': { unit: 'DE', n: 0, plural: true },
  'قرن': { unit: 'CE', n: 1 }, 'قرنا': { unit: 'CE', n: 1 }, 'قرنين': { unit: 'CE', n: 2 }, 'قرنان': { unit: 'CE', n: 2 }, 'قرون': { unit: 'CE', n: 0, plural: true },
});

/** Relative qualifiers of a period/weekday/month: direction −1 past, +1 future, 0 current. */
export const QUALIFIERS: Readonly<Record<string, -1 | 0 | 1>> = nk({
  'الماضي': -1, 'الماضيه': -1, 'المنصرم': -1, 'المنصرمه': -1, 'الفايت': -1, 'الفايته': -1,
  'السابق': -1, 'السابقه': -1, 'المنقضي': -1, 'المنقضيه': -1,
  'المقبل': 1, 'المقبله': 1, 'القادم': 1, 'القادمه': 1, 'التالي': 1,
  'الجاري': 0, 'الجاريه': 0, 'الحالي': 0, 'الحاليه': 0,
  'الماضيين': -1, 'المنصرمين': -1, 'المقبلين': 1, 'القادمين': 1,
});

/** Words placing a date at a part of a period: مطلع نيسان → START. */
export const PART_MODS: Readonly<Record<string, 'START' | 'MID' | 'END'>> = nk({
  'مطلع': 'START', 'مستهل': 'START', 'اوايل': 'START', 'بدايه': 'START', 'بدايات': 'START', 'مطالع': 'START', 'بدء': 'START',
  'منتصف': 'MID', 'اواسط': 'MID', 'وسط': 'MID',
  'اواخر': 'END', 'نهايه': 'END', 'نهايات': 'END', 'اخر': 'END', 'ختام': 'END', 'خواتيم': 'END',
});

/** Parts of the day → TIMEX3 time suffix (applied to the day they qualify). */
export const DAYPARTS: Readonly<Record<string, string>> = nk({
  'صباح': 'TMO', 'صبيحه': 'TMO', 'فجر': 'TMO', 'ضحي': 'TMO',
  'ظهر': 'T12:00', 'ظهيره': 'T12:00', 'بعد ظهر': 'TAF', 'عصر': 'TAF',
  'مساء': 'TEV', 'ليل': 'TNI', 'ليله': 'TNI', 'منتصف ليل': 'T24:00', 'منتصف ليله': 'T24:00',
});
/** Adverbial day parts written after the day (أمس مساءً). */
export const DAYPART_ADVERBS: Readonly<Record<string, string>> = nk({
  'صباحا': 'TMO', 'فجرا': 'TMO', 'ظهرا': 'T12:00', 'عصرا': 'TAF', 'مساء': 'TEV', 'ليلا': 'TNI',
});

/** Hour words after الساعة (feminine ordinals). */
export const HOUR_WORDS: Readonly<Record<string, number>> = nk({
  'الواحده': 1, 'الثانيه': 2, 'الثالثه': 3, 'الرابعه': 4, 'الخامسه': 5, 'السادسه': 6, 'السابعه': 7,
  'الثامنه': 8, 'التاسعه': 9, 'العاشره': 10, 'الحاديه عشره': 11, 'الحاديه عشر': 11, 'الثانيه عشره': 12, 'الثانيه عشر': 12,
});

export const DECADES: Readonly<Record<string, number>> = nk({
  'عشرينيات': 2, 'عشرينات': 2, 'ثلاثينيات': 3, 'ثلاثينات': 3, 'اربعينيات': 4, 'اربعينات': 4,
  'خمسينيات': 5, 'خمسينات': 5, 'ستينيات': 6, 'ستينات': 6, 'سبعينيات': 7, 'سبعينات': 7,
  'ثمانينيات': 8, 'ثمانينات': 8, 'تسعينيات': 9, 'تسعينات': 9,
});

export const SEASONS: Readonly<Record<string, 'SP' | 'SU' | 'FA' | 'WI'>> = nk({
  'صيف': 'SU', 'شتاء': 'WI', 'ربيع': 'SP', 'خريف': 'FA',
});

/** Escapes a literal for a RegExp source. */
export const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Alternation of the keys, longest first (so تشرين الثاني beats تشرين …), spaces matching any run of blanks. */
export function alt(keys: Iterable<string>): string {
  return [...keys]
    .sort((a, b) => b.length - a.length)
    .map((k) => esc(k).replace(/ /g, '[^\\S\\n]+'))
    .join('|');
}
