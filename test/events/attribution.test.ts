// Attribution: who a report is credited to, and how far it reaches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { one, args, events } from './helpers.ts';

test('بحسب ما نقلت وكالة X عن مصادر مطلعة', () => {
  const e = one('بحسب ما نقلت وكالة رويترز عن مصادر مطلعة، التقى ويتكوف بمسؤولين قطريين في الدوحة.', 'CONSULT');
  args(e, ['steve-witkoff'], ['qat']);
  assert.deepEqual(e.attribution, ['reuters', 'informed sources']);
});

test('قال X إن ...: the speaker, and the subject before إن only', () => {
  const e = one('قال وزير الخارجية المصري بدر عبد العاطي إن بلاده ستواصل الوساطة بين إسرائيل وحماس.', 'CONSULT');
  assert.deepEqual(e.attribution, ['badr-abdelatty']);
  assert.equal(e.modality, 'future');
  args(e, ['isr'], ['hamas']);
  // a reporting verb after the event does not credit it
  const f = one('التقى وزير الخارجية الأميركي نظيره السعودي، وأكد الوزير دعم بلاده للمملكة.', 'CONSULT');
  assert.equal(f.attribution, undefined);
});

test('أفادت مصادر دبلوماسية', () => {
  const e = one('أفادت مصادر دبلوماسية بأن السعودية وإيران اتفقتا على استئناف العلاقات.', 'AGREE');
  assert.deepEqual(e.attribution, ['diplomatic sources']);
  args(e, ['sau'], ['irn']);
});

test('وفق ما أعلنت X (a marker credits its whole sentence)', () => {
  const e = one('اجتمع رئيس الوزراء القطري بوفد من حماس في الدوحة، وفق ما أعلنت وزارة الخارجية القطرية.', 'CONSULT');
  assert.deepEqual(e.attribution, ['qat-foreign-ministry']);
  args(e, ['mohammed-bin-abdulrahman-al-thani'], ['hamas']);
});

test('نقلا عن', () => {
  const e = one('نقلا عن وكالة الأنباء السعودية، استقبل ولي العهد السعودي الرئيس الفرنسي في الرياض.', 'CONSULT');
  assert.deepEqual(e.attribution, ['spa']);
  assert.equal(e.location, 'riyadh');
});

test('carried into a following وأضاف sentence, not into an unrelated one', () => {
  const all = events('قال مسؤول في حركة حماس إن وفد حماس التقى رئيس المخابرات المصرية في القاهرة. وأضاف أن الوفد سيلتقي أمير قطر في الدوحة. وفرضت الولايات المتحدة عقوبات على إيران.');
  const later = all.find((e) => e.type === 'CONSULT' && e.location === 'doha')!;
  assert.ok(later, JSON.stringify(all.map((e) => [e.type, e.sources, e.targets, e.location])));
  assert.deepEqual(later.attribution, ['hamas']);
  assert.equal(later.modality, 'future');
  const other = all.find((e) => e.type === 'SANCTION')!;
  assert.equal(other.attribution, undefined);
});

test('eyewitnesses', () => {
  const e = one('قال شهود عيان إن قوات الأمن السورية اعتقلت ناشطين لبنانيين في درعا.', 'COERCE');
  assert.deepEqual(e.attribution, ['eyewitnesses']);
});
