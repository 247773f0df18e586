import test from 'node:test';
import assert from 'node:assert/strict';
import { normalize, normalizeWithMap, asciiDigits, foldChar } from '../../src/text/normalize.ts';

test('hamza and alef forms fold to bare alef', () => {
  assert.equal(normalize('أحمد'), 'احمد');
  assert.equal(normalize('إيران'), 'ايران');
  assert.equal(normalize('آمال'), 'امال');
  assert.equal(normalize('ٱلله'), 'الله');
});

test('hamza on waw and ya fold to the carrier', () => {
  assert.equal(normalize('مؤتمر'), 'موتمر');
  assert.equal(normalize('رئيس'), 'رييس');
});

test('ta marbuta and alef maqsura', () => {
  assert.equal(normalize('حركة'), 'حركه');
  assert.equal(normalize('مستشفى'), 'مستشفي');
  assert.equal(normalize('على'), 'علي');
});

test('diacritics, shadda, tanwin and tatweel are removed', () => {
  assert.equal(normalize('كَتَبَ'), 'كتب');
  assert.equal(normalize('كثّفت'), 'كثفت');
  assert.equal(normalize('لقاءً'), 'لقاء');
  assert.equal(normalize('رسميًا'), 'رسميا');
  assert.equal(normalize('العـــربية'), 'العربيه');
  assert.equal(normalize('العُمانية'), 'العمانيه');
});

test('Arabic-Indic and Persian digits become ASCII', () => {
  assert.equal(normalize('٢٠١٥'), '2015');
  assert.equal(normalize('۱۴۰۲'), '1402');
  assert.equal(asciiDigits('في ٥/٨/٢٠١٥ صباحاً'), 'في 5/8/2015 صباحاً');
});

test('Persian letter forms fold to Arabic ones', () => {
  assert.equal(normalize('کیهان'), 'كيهان');
  assert.equal(normalize('پوتين'), 'بوتين');
});

test('Latin is lower-cased, other characters kept', () => {
  assert.equal(normalize('Axios'), 'axios');
  assert.equal(normalize('«حماس»'), '«حماس»');
});

test('normalizeWithMap maps every normalised unit back to its original index', () => {
  const s = 'وَزِيرُ الخارجيّة';
  const { text, map } = normalizeWithMap(s);
  assert.equal(text, 'وزير الخارجيه');
  assert.equal(map.length, text.length + 1);
  assert.equal(map[text.length], s.length);
  for (let i = 0; i < text.length; i++) {
    assert.equal(foldChar(s[map[i]!]!), text[i]);
  }
});

test('normalisation is idempotent', () => {
  for (const w of ['الأميركيين', 'إسرائيلية', 'مُؤتمَر', 'ذو الحجة', '١٤٤٦هـ']) {
    assert.equal(normalize(normalize(w)), normalize(w));
  }
});
