// END-TO-END through the real engine (src/pipeline/engine.ts), not hand-built analyses:
// two articles of our own reporting one meeting in different words become one corpus event.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/store/open.ts';
import { createAnalyzer } from '../../src/ingest/analyzer.ts';
import { ingest } from '../../src/ingest/pipeline.ts';
import type { ReadItem } from '../../src/ingest/read.ts';
import type { ArticleInput } from '../../src/store/types.ts';
import { pgSchema, pgSkipMessage, pgUnreachable, tempDir } from './helpers.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const BIN = resolve(HERE, '../../bin/marsad.mjs');
const SHARED = resolve(HERE, '../../../shared/articles');
const t = tempDir('marsad-e2e-');
after(() => t.cleanup());

// Our own sentences: the same meeting, different words, two outlets, a day apart ("أمس").
const REPORT_1 = 'التقى وزير الخارجية المصري بدر عبد العاطي نظيره الإيراني عباس عراقجي في القاهرة يوم الأحد، وبحث الجانبان العلاقات الثنائية والأوضاع في المنطقة.';
const REPORT_2 = 'بحث وزير الخارجية الإيراني عباس عراقجي مع نظيره المصري بدر عبد العاطي أمس في القاهرة الملف النووي وأمن الملاحة في البحر الأحمر.';

async function* items(arts: ArticleInput[]): AsyncGenerator<ReadItem> {
  for (const a of arts) yield { ok: true, article: a };
}

test('END-TO-END (real engine): two reports of one meeting become one event with two reports', async () => {
  const analyzer = createAnalyzer();
  // both reports must name the same two ministers, each on one side of a CONSULT
  const both = (e: { type: string; sources: readonly string[]; targets: readonly string[] }): boolean =>
    e.type === 'CONSULT' && ['abbas-araghchi', 'badr-abdelatty'].every((id) => [...e.sources, ...e.targets].includes(id));
  const found = [REPORT_1, REPORT_2].map((text) => analyzer.analyze({ text, published: '2025-06-02' }).events);
  assert.ok(found.every((evs) => evs.some(both)), JSON.stringify(found.map((evs) => evs.map((e) => [e.type, ...e.sources, '>', ...e.targets]))));
  const store = await openStore(join(t.dir, 'e2e.db'));
  try {
    const s = await ingest(items([
      { id: 'r1', text: REPORT_1, published: '2025-06-01', outlet: 'صحيفة الأهرام التجريبية' },
      { id: 'r2', text: REPORT_2, published: '2025-06-02', outlet: 'وكالة تجريبية' },
    ]), { store, analyzer });
    assert.equal(s.ingested, 2);
    const ev = await store.queryEvents({ type: 'CONSULT', pair: ['abbas-araghchi', 'badr-abdelatty'] }, { withReports: true });
    assert.equal(ev.total, 1, JSON.stringify(ev.rows.map((r) => [r.date, r.sources, r.targets])));
    const e = ev.rows[0]!;
    assert.equal(e.numReports, 2);
    assert.equal(e.numSources, 2);
    assert.deepEqual(e.reports!.map((r) => r.articleId), ['r1', 'r2']);
    assert.equal(e.date, '2025-06-01');
  } finally {
    await store.close();
  }
});

// Ingesting the real articles of ../shared twice is checked by `npm run eval`
// (scripts/check-corpus-shared.ts): real articles stay out of `npm test`.
