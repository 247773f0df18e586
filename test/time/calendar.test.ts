import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays, addMonths, daysInMonth, fmtWeek, isLeapYear, isoWeek, parseISODate, weekday } from '../../src/time/calendar.ts';
import { resolveSeason, resolveWeekday, yearForMonth } from '../../src/time/resolve.ts';
import { extractTimes } from '../../src/time/index.ts';

test('calendar: leap years and month lengths', () => {
  assert.equal(isLeapYear(2024), true);
  assert.equal(isLeapYear(2100), false);
  assert.equal(isLeapYear(2000), true);
  assert.equal(daysInMonth(2024, 2), 29);
  assert.equal(daysInMonth(2025, 2), 28);
  assert.deepEqual(addMonths({ y: 2024, m: 1, d: 31 }, 1), { y: 2024, m: 2, d: 29 });
  assert.deepEqual(addDays({ y: 2024, m: 12, d: 31 }, 1), { y: 2025, m: 1, d: 1 });
  assert.equal(parseISODate('2023-02-29'), null);
  assert.deepEqual(parseISODate('2025-05-09T10:00:00Z'), { y: 2025, m: 5, d: 9 });
});

test('calendar: weekdays and ISO weeks', () => {
  assert.equal(weekday({ y: 2025, m: 5, d: 9 }), 5); // Friday
  assert.deepEqual(isoWeek({ y: 2025, m: 5, d: 9 }), { year: 2025, week: 19 });
  assert.equal(fmtWeek({ y: 2024, m: 12, d: 30 }), '2025-W01');
  assert.equal(fmtWeek({ y: 2021, m: 1, d: 3 }), '2020-W53');
});

test('resolve: weekday directions around the publication day', () => {
  const fri = { y: 2025, m: 5, d: 9 };
  assert.deepEqual(resolveWeekday(fri, 5, undefined, 'past'), fri);
  assert.deepEqual(resolveWeekday(fri, 5, undefined, 'none'), fri);
  assert.deepEqual(resolveWeekday(fri, 5, undefined, 'future'), fri);
  assert.deepEqual(resolveWeekday(fri, 5, -1, 'none'), { y: 2025, m: 5, d: 2 });
  assert.deepEqual(resolveWeekday(fri, 5, 1, 'none'), { y: 2025, m: 5, d: 16 });
  assert.deepEqual(resolveWeekday(fri, 4, undefined, 'future'), { y: 2025, m: 5, d: 15 });
});

test('resolve: month years and seasons', () => {
  assert.equal(yearForMonth({ y: 2025, m: 1, d: 10 }, 12, undefined, -1, 'none'), 2024);
  assert.equal(yearForMonth({ y: 2024, m: 12, d: 20 }, 1, undefined, 1, 'none'), 2025);
  assert.equal(yearForMonth({ y: 2025, m: 5, d: 9 }, 5, undefined, 1, 'none'), 2026);
  assert.equal(resolveSeason({ y: 2015, m: 8, d: 3 }, 'SU', -1), '2014-SU');
  assert.equal(resolveSeason({ y: 2015, m: 8, d: 3 }, 'SU', 1), '2016-SU');
  assert.equal(resolveSeason({ y: 2015, m: 8, d: 3 }, 'WI', 1), '2015-WI');
});

test('stage: no text, no times; output sorted and non-overlapping on a longer text', () => {
  assert.deepEqual(extractTimes('', '2025-05-09'), []);
  const text = 'قال الوزير أمس إن المحادثات ستستأنف الأحد المقبل، بعد أن توقفت منذ مطلع نيسان، وإن الاتفاق قد يوقع في 20 يونيو 2025 أو خلال العام المقبل.';
  const times = extractTimes(text, '2025-05-09');
  assert.deepEqual(times.map((t) => t.value), ['2025-05-08', '2025-05-11', '2025-04', '2025-06-20', '2026']);
  for (let i = 1; i < times.length; i++) assert.ok(times[i - 1]!.end <= times[i]!.start);
  for (const t of times) assert.equal(text.slice(t.start, t.end), t.text);
});

test('stage: deterministic', () => {
  const text = 'وصل الوفد فجر الثلاثاء، وسيغادر بعد يومين، على أن يعود الشهر المقبل.';
  assert.deepEqual(extractTimes(text, '2025-05-09'), extractTimes(text, '2025-05-09'));
});

test('stage: without a publication date, explicit dates still resolve', () => {
  const times = extractTimes('أعلن الجيش في 15 مايو 2024 وفي 20 مايو عن عمليات.', null);
  assert.deepEqual(times.map((t) => t.value), ['2024-05-15', 'XXXX-05-20']);
});
