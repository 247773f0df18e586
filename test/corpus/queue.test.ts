// Scale-out on PostgreSQL: `ingest --queue` enqueues, workers (pg-boss) store; retries end in a
// dead-letter record; SIGTERM stops a worker gracefully; --concurrency runs several processes.
// Skipped with a message when no PostgreSQL is reachable, unless MARSAD_REQUIRE_PG=1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/store/open.ts';
import { enqueue, pending, startBoss, startWorker } from '../../src/ingest/queue.ts';
import { pgSchema, pgSkipMessage, pgUnreachable, tempDir } from './helpers.ts';
import { generateArticles, toJsonl } from './generate.ts';

const BIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../bin/marsad.mjs');
const why = await pgUnreachable();
const skip = why !== null && process.env.MARSAD_REQUIRE_PG !== '1' ? pgSkipMessage(why) : false;

test('a failing article is retried with backoff, then dead-lettered; good ones are stored', { skip }, async () => {
  const pg = (await pgSchema())!;
  const store = await openStore(pg.url);
  const boss = await startBoss(pg.url);
  try {
    const good = generateArticles(5, 3).map((a) => ({ ...a, origin: a.id }));
    await enqueue(boss, [...good, { id: 'blank', text: '   ', origin: 'blank.txt' }], { retryLimit: 1, retryDelaySeconds: 1 });
    assert.equal(await pending(boss), 6);
    const w = await startWorker({ store, boss, analyzer: null, batchSize: 4, exitWhenIdleMs: 300 });
    const s = await w.done;
    assert.equal(s.ingested, 5);
    assert.equal(s.failed.length, 1);
    assert.match(s.failed[0]!.reason, /empty/);
    const dead = await store.listDeadLetters();
    assert.equal(dead.length, 1);
    assert.equal(dead[0]!.key, 'id:blank');
    assert.equal(dead[0]!.attempts, 2, 'first try + one retry');
    assert.equal((await store.stats()).articles, 5);
  } finally {
    await store.close();
    await pg.drop();
  }
});

test('marsad ingest --queue + marsad worker: SIGTERM stops gracefully, --concurrency 2 finishes the queue', { skip, timeout: 240_000 }, async () => {
  const pg = (await pgSchema())!;
  const t = tempDir('marsad-queue-');
  try {
    const d = join(t.dir, 'in');
    mkdirSync(d);
    writeFileSync(join(d, 'batch.jsonl'), toJsonl(generateArticles(300, 11)) + '{"id": "broken"\n');
    const enq = spawnSync(process.execPath, [BIN, 'ingest', d, '--queue', '--db', pg.url, '--json'], { encoding: 'utf8' });
    assert.equal(enq.status, 0, enq.stderr);
    assert.equal(JSON.parse(enq.stdout).enqueued, 300);
    assert.match(enq.stderr, /batch\.jsonl:301: invalid JSON/);

    const w = spawn(process.execPath, [BIN, 'worker', '--db', pg.url, '--batch-size', '5'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    w.stderr.on('data', (b: Buffer) => (err += b.toString()));
    const exited = new Promise<number | null>((r) => w.once('exit', (code) => r(code)));
    const store = await openStore(pg.url);
    let n = 0;
    for (let i = 0; i < 600 && n < 20; i++) {
      await new Promise((r) => setTimeout(r, 100));
      n = (await store.stats()).articles;
    }
    w.kill('SIGTERM');
    const code = await exited;
    assert.equal(code, 0, err);
    assert.match(err, /stopping after the jobs in hand/);
    const afterStop = await store.stats();
    assert.ok(afterStop.articles >= 20, `stored ${afterStop.articles}`);
    // nothing half-done: every stored article carries its analysis
    assert.equal(afterStop.analysed, afterStop.articles);

    const two = spawnSync(process.execPath, [BIN, 'worker', '--db', pg.url, '--concurrency', '2', '--exit-when-idle'], { encoding: 'utf8' });
    assert.equal(two.status, 0, two.stderr);
    const final = await store.stats();
    assert.equal(final.articles, 300);
    assert.equal(final.analysed, 300);
    assert.equal(final.deadLetters, 0);
    await store.close();
  } finally {
    t.cleanup();
    await pg.drop();
  }
});
