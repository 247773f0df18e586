import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hijriMonthLength, hijriToGregorian, toHijri } from '../../src/time/hijri.ts';
import { runCases, runNegatives } from './helpers.ts';

const P = '2025-05-09'; // 11 Dhu al-Qadah 1446

runCases('hijri dates', [
  [P, 'بدأ الصيام في 1 رمضان 1446 هـ.', '1 رمضان 1446 هـ', '2025-03-01'],
  [P, 'بدأ الصيام في ١ رمضان ١٤٤٦هـ.', '١ رمضان ١٤٤٦هـ', '2025-03-01'],
  [P, 'صادف 30 رمضان 1445 هـ يوم الثلاثاء.', '30 رمضان 1445 هـ يوم الثلاثاء', '2024-04-09'],
  [P, 'احتفل المسلمون بالعيد في 1 شوال 1446.', '1 شوال 1446', '2025-03-30'],
  [P, 'يصادف عيد الأضحى 10 ذو الحجة 1446 هـ.', '10 ذو الحجة 1446 هـ', '2025-06-06'],
  [P, 'يصادف عيد الأضحى 10 ذي الحجة 1446.', '10 ذي الحجة 1446', '2025-06-06'],
  [P, 'تبدأ السنة الهجرية في 1 محرم 1447 هـ.', '1 محرم 1447 هـ', '2025-06-26'],
  [P, 'صدر الأمر الملكي في 15 شعبان 1446هـ.', '15 شعبان 1446هـ', '2025-02-14'],
  [P, 'يوافق 12 ربيع الأول 1447 ذكرى المولد.', '12 ربيع الأول 1447', '2025-09-04'],
  [P, 'صدر النظام في جمادى الأولى 1446 هـ.', 'جمادى الأولى 1446 هـ', '2024-11'],
  [P, 'عقد الاجتماع في شهر ذو القعدة 1446.', 'شهر ذو القعدة 1446', '2025-04'],
  [P, 'تستعد الأسواق لشهر رمضان المقبل.', 'شهر رمضان المقبل', '2026-02'],
  [P, 'ارتفعت الأسعار في رمضان الماضي.', 'رمضان الماضي', '2025-03'],
  [P, 'يبدأ التسجيل في الخامس من رجب 1447 هـ.', 'الخامس من رجب 1447 هـ', '2025-12-25'],
  [P, 'صدر القرار في 30 رمضان 1446 حسب الرواية.', 'رمضان 1446', '2025-03'],
]);

runNegatives('not hijri', [
  [P, 'استقبل الرئيس رجب طيب أردوغان في أنقرة.', 'رجب'],
  [P, 'سجلت الوزارة صفر إصابات جديدة.', 'صفر'],
  [P, 'قال المفكر طارق رمضان إن الحوار ضروري.', 'رمضان'],
]);

test('hijri: Umm al-Qura month lengths are 29 or 30 days', () => {
  assert.equal(hijriMonthLength(1446, 9), 29); // Ramadan 1446: 1 Mar – 29 Mar 2025
  assert.equal(hijriMonthLength(1445, 9), 30); // Ramadan 1445: 11 Mar – 9 Apr 2024
  assert.equal(hijriToGregorian(1446, 9, 30), null);
  for (let y = 1440; y <= 1450; y++) {
    for (let m = 1; m <= 12; m++) {
      const len = hijriMonthLength(y, m);
      assert.ok(len === 29 || len === 30, `${y}/${m}`);
      const first = hijriToGregorian(y, m, 1)!;
      const next = m === 12 ? hijriToGregorian(y + 1, 1, 1)! : hijriToGregorian(y, m + 1, 1)!;
      const days = (Date.UTC(next.y, next.m - 1, next.d) - Date.UTC(first.y, first.m - 1, first.d)) / 86_400_000;
      assert.equal(days, len, `${y}/${m} length matches the next month's start`);
    }
  }
});

test('hijri: round trip Gregorian → Hijri → Gregorian', () => {
  for (const g of [{ y: 2015, m: 8, d: 3 }, { y: 2024, m: 2, d: 29 }, { y: 2025, m: 5, d: 9 }, { y: 1990, m: 1, d: 1 }]) {
    const h = toHijri(g);
    assert.deepEqual(hijriToGregorian(h.y, h.m, h.d), g);
  }
  assert.deepEqual(toHijri({ y: 2025, m: 5, d: 9 }), { y: 1446, m: 11, d: 11 });
});
