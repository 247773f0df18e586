// Modality: asserted, future, conditional, hypothetical, negated, denied.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { one, args } from './helpers.ts';

test('asserted: reported as done', () => {
  assert.equal(one('التقى وزير الخارجية الأميركي ماركو روبيو نظيره الإيراني عباس عراقجي في مسقط.', 'CONSULT').modality, 'asserted');
  assert.equal(one('فرضت الولايات المتحدة عقوبات جديدة على إيران.', 'SANCTION').modality, 'asserted');
});

test('future: سـ, من المقرر, يعتزم, من المتوقع, المقبلة, a date after publication', () => {
  const s = one('سيلتقي الرئيس الأميركي دونالد ترامب بالرئيس الروسي فلاديمير بوتين في ألاسكا.', 'CONSULT');
  assert.equal(s.modality, 'future');
  args(s, ['donald-trump'], ['vladimir-putin']);
  const m = one('من المقرر أن يزور ولي العهد السعودي محمد بن سلمان واشنطن الشهر المقبل.', 'CONSULT');
  assert.equal(m.modality, 'future');
  assert.equal(m.date, '2025-06');
  args(m, ['mohammed-bin-salman'], ['usa']);
  const i = one('يعتزم وزير الخارجية الأميركي ماركو روبيو زيارة القاهرة الأسبوع المقبل.', 'CONSULT');
  assert.equal(i.modality, 'future');
  args(i, ['marco-rubio'], ['egy']);
  assert.equal(one('من المتوقع أن يلتقي ماكرون بالرئيس اللبناني جوزيف عون في باريس.', 'CONSULT').modality, 'future');
  const q = one('القمة المقبلة بين الرئيس المصري عبد الفتاح السيسي والعاهل الأردني عبد الله الثاني ستعقد في القاهرة.', 'CONSULT');
  assert.equal(q.modality, 'future');
  assert.equal(q.location, 'cairo');
  // a present-tense visit dated next week is planned
  assert.equal(one('يزور الرئيس التركي رجب طيب أردوغان الدوحة الأسبوع المقبل.', 'CONSULT').modality, 'future');
});

test('conditional: إذا, في حال, ما لم (before or after the action)', () => {
  const a = one('إذا رفضت حماس المقترح، ستشن إسرائيل هجوما على رفح.', 'ASSAULT');
  assert.equal(a.modality, 'conditional');
  args(a, ['isr'], ['rafah']);
  assert.equal(one('في حال وافقت إيران، سيلتقي ويتكوف عراقجي في مسقط.', 'CONSULT').modality, 'conditional');
  const s = one('ستفرض الولايات المتحدة عقوبات على إيران ما لم توقف تخصيب اليورانيوم.', 'SANCTION');
  assert.equal(s.modality, 'conditional');
  args(s, ['usa'], ['irn']);
});

test('a threat is asserted even when its content is conditional', () => {
  const t = one('تهدد إسرائيل بشن هجوم على غزة إذا لم تفرج حماس عن الرهائن.', 'THREATEN');
  assert.equal(t.modality, 'asserted');
  args(t, ['isr'], ['gaza-strip']);
});

test('hypothetical: لو', () => {
  const h = one('لو التقى ترامب بوتين لانتهت الحرب.', 'CONSULT');
  assert.equal(h.modality, 'hypothetical');
  args(h, ['donald-trump'], ['vladimir-putin']);
});

test('negated: لم, لن, لا, ما', () => {
  const l = one('لم يلتق الرئيس الأميركي بنظيره الروسي.', 'CONSULT');
  assert.equal(l.modality, 'negated');
  args(l, ['usa'], ['rus']);
  assert.equal(one('لن يلتقي الرئيس الفرنسي إيمانويل ماكرون بنظيره الإيراني مسعود بزشكيان.', 'CONSULT').modality, 'negated');
  assert.equal(one('لن تفرض فرنسا عقوبات على إسرائيل.', 'SANCTION').modality, 'negated');
  assert.equal(one('لا تفاوض حماس إسرائيل مباشرة.', 'CONSULT').modality, 'negated');
  const m = one('ما التقى وزير الخارجية الأردني أيمن الصفدي بأي مسؤول إسرائيلي.', 'CONSULT');
  assert.equal(m.modality, 'negated');
  args(m, ['ayman-safadi'], ['isr']);
  // لا يزال is not a negation
  assert.equal(one('لا تزال قطر تتوسط بين إسرائيل وحماس.', 'CONSULT').modality, 'asserted');
});

test('denied: نفى أن ...', () => {
  const d = one('نفت قطر أن تكون قد فرضت عقوبات على مصر.', 'SANCTION');
  assert.equal(d.modality, 'denied');
  args(d, ['qat'], ['egy']);
  const e = one('نفى الجيش الإسرائيلي أنه قصف مستشفى في غزة.', 'ASSAULT');
  assert.equal(e.modality, 'denied');
  args(e, ['idf'], ['gaza-strip']);
  assert.equal(one('نفى المتحدث باسم الخارجية الإيرانية أن تكون طهران قد التقت مسؤولين أميركيين.', 'CONSULT').modality, 'denied');
});
