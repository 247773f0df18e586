// The analyze command end to end: contract JSON, text report, batch mode and bad input.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import Ajv2020 from 'ajv/dist/2020.js';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/marsad.mjs');
const example = join(root, 'data/examples/article-ar.txt');
const schemaPath = resolve(root, '../shared/contract/analysis.schema.json');

function marsad(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input, cwd: root });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'marsad-cli-'));

test('analyze prints JSON valid against the contract schema, offsets inside the text', () => {
  assert.ok(existsSync(schemaPath), `contract schema expected at ${schemaPath}`);
  const r = marsad(['analyze', example, '--published', '2025-06-11', '--format', 'json']);
  assert.equal(r.code, 0, r.err);
  const a = JSON.parse(r.out);
  // ajv is CommonJS: under ESM its class is the default export's `default`
  const Ajv = ((Ajv2020 as unknown as { default?: typeof Ajv2020 }).default ?? Ajv2020) as unknown as new (o: object) => { compile: (s: unknown) => ((d: unknown) => boolean) & { errors?: unknown } };
  const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  assert.ok(validate(a), JSON.stringify(validate.errors));
  const text = readFileSync(example, 'utf8');
  assert.ok(a.mentions.length > 5);
  for (const m of a.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  const ids = new Set(a.actors.map((x: { id: string }) => x.id));
  for (const m of a.mentions) if (m.actor) assert.ok(ids.has(m.actor), `actor ${m.actor} listed`);
  assert.equal(a.document.published, '2025-06-11');
});

test('the text report lists actors with English names and counts', () => {
  const r = marsad(['analyze', example, '--published', '2025-06-11', '--format', 'text']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /Countries and cities/);
  assert.match(r.out, /Turkey .*×\d/);
});

test('batch mode: one analysis per line in input order, errors per line, the run goes on', () => {
  const lines = [
    JSON.stringify({ id: 'a1', text: 'زار وزير الخارجية المصري بيروت.', published: '2024-02-01' }),
    '{"id": "broken", "text": ',
    JSON.stringify({ id: 'a3', text: 'التقى الوفد القطري مسؤولين في طهران.', published: 'yesterday' }),
    JSON.stringify({ id: 7, text: 'اجتمع الرئيس الفرنسي بنظيره الأميركي.', published: '2023-10-10' }),
  ].join('\n');
  const r = marsad(['analyze', '--jsonl', '-'], lines + '\n');
  assert.equal(r.code, 0, r.err);
  const out = r.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(out.length, 4);
  assert.equal(out[0].document.id, 'a1');
  assert.match(out[1].error, /line 2: not valid JSON/);
  assert.equal(out[2].id, 'a3');
  assert.match(out[2].error, /published/);
  assert.equal(out[3].document.id, '7');
  assert.ok(out[3].mentions.some((m: { type: string }) => m.type === 'NORP'));
});

test('bad input: one clear line and a non-zero exit, no stack trace', () => {
  const cases: [string[], RegExp][] = [
    [['analyze', join(dir, 'missing.txt'), '--published', '2025-01-01'], /file not found/],
    [['analyze', example, '--published', '2025-02-30'], /not a real calendar date/],
    [['analyze', example, '--published', '09/05/2025'], /YYYY-MM-DD/],
    [['analyze', example, '--format', 'xml'], /expected json, text or plover/],
  ];
  writeFileSync(join(dir, 'empty.txt'), '');
  cases.push([['analyze', join(dir, 'empty.txt'), '--published', '2025-01-01'], /is empty/]);
  writeFileSync(join(dir, 'bin.dat'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3]));
  cases.push([['analyze', join(dir, 'bin.dat'), '--published', '2025-01-01'], /binary/]);
  for (const [args, re] of cases) {
    const r = marsad(args);
    assert.notEqual(r.code, 0, args.join(' '));
    assert.match(r.err, re);
    assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
    assert.equal(r.err.trim().split('\n').length, 1, r.err);
  }
});

test('windows-1256 Arabic is detected and decoded, never printed as mojibake', () => {
  const text = 'وصل الوفد الأردني اليوم إلى العاصمة.';
  writeFileSync(join(dir, 'cp1256.txt'), iconv.encode(text, 'windows-1256'));
  const r = marsad(['analyze', join(dir, 'cp1256.txt'), '--published', '2025-01-01']);
  assert.equal(r.code, 0, r.err);
  const a = JSON.parse(r.out);
  const m = a.mentions.find((x: { type: string }) => x.type === 'NORP');
  assert.equal(m?.text, 'الأردني');
});

test('UTF-16 with a byte-order mark is decoded', () => {
  const text = 'وصل الوفد المصري إلى عمّان.';
  writeFileSync(join(dir, 'u16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  const r = marsad(['analyze', join(dir, 'u16.txt'), '--published', '2025-01-01']);
  assert.equal(r.code, 0, r.err);
  assert.ok(JSON.parse(r.out).mentions.some((m: { text: string }) => m.text === 'المصري'));
});

test('without --published the analysis says what it assumed', () => {
  const r = marsad(['analyze', example]);
  assert.equal(r.code, 0, r.err);
  const a = JSON.parse(r.out);
  assert.equal(a.document.published, null);
  assert.match(a.document.assumed, /no publication date/);
});
