// `marsad analyze --format plover`: PLOVER JSONL through the shared mapping (src/export/plover.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ploverRecords } from '../../src/report/plover.ts';
import { engine } from './helpers.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TEXT = [
  'التقى وزير الخارجية الأميركي ماركو روبيو نظيره الإيراني عباس عراقجي في مسقط يوم الخميس.',
  'من المقرر أن يلتقي ترامب ونتنياهو في البيت الأبيض يوم الاثنين المقبل.',
  'نفت قطر أن تكون قد فرضت عقوبات على مصر.',
  'لو التقى ترامب بوتين لانتهت الحرب.',
  'أعلنت إسرائيل أنها ستنسحب من رفح.',
].join('\n');

test('records: entity objects, event, mode, date, location, text, modality mapped deterministically', () => {
  const a = engine.analyze({ text: TEXT, published: '2025-05-10', id: 'doc1' });
  const recs = ploverRecords(a, TEXT);
  const byText = new Map(recs.map((r) => [r.event_text, r]));

  const meet = byText.get('التقى')!;
  assert.equal(meet.id, 'doc1:e1');
  assert.deepEqual(meet.event, ['CONSULT']);
  assert.deepEqual(meet.mode, ['meet']);
  assert.equal(meet.date, '2025-05-08');
  assert.equal(meet.quad_code, 1);
  assert.deepEqual(meet.actor.map((x) => [x.marsad_id, x.code, x.sector, x.identifier_id]), [['marco-rubio', 'USA', 'GOV', 'Q324546']]);
  assert.equal(meet.recipient[0]!.marsad_id, 'abbas-araghchi');
  assert.equal(meet.recipient[0]!.code, 'IRN');
  assert.equal(meet.event_loc?.resolved_place, 'Muscat');
  assert.equal(meet.event_loc?.country_code, 'OMN');
  assert.equal(meet.text, TEXT.split('\n')[0]);

  // a planned meeting is PLOVER AGREE; the marsad block keeps what the text says
  const planned = byText.get('يلتقي')!;
  assert.deepEqual(planned.event, ['AGREE']);
  assert.equal(planned.marsad.type, 'CONSULT');
  assert.equal(planned.marsad.modality, 'future');

  // a denial is kept with the negation flag
  const denied = recs.find((r) => r.marsad.modality === 'denied')!;
  assert.deepEqual(denied.event, ['SANCTION']);
  assert.equal(denied.negated, true);

  // a declared, not yet implemented withdrawal is CONCEDE
  const retreat = recs.find((r) => r.marsad.type === 'RETREAT')!;
  assert.deepEqual(retreat.event, ['CONCEDE']);

  // a hypothetical meeting is not a PLOVER event
  assert.ok(!recs.some((r) => r.marsad.modality === 'hypothetical'));
  assert.ok(a.events.some((e) => e.modality === 'hypothetical'));
});

test('the CLI prints one JSON record per line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-plover-'));
  const file = join(dir, 'a.txt');
  writeFileSync(file, TEXT);
  const r = spawnSync(process.execPath, [join(root, 'bin/marsad.mjs'), 'analyze', file, '--published', '2025-05-10', '--format', 'plover', '--no-ner'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 4);
  for (const l of lines) {
    const rec = JSON.parse(l) as { has_event: boolean; date: string; actor: unknown[]; event: string[] };
    assert.equal(rec.has_event, true);
    assert.match(rec.date, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(rec.actor.length >= 1 && rec.event.length === 1);
  }
});
