// SQLite group commit (Driver.bulk): transactions inside a bulk run are savepoints of one outer
// transaction committed every GROUP_COMMIT.maxTx transactions or GROUP_COMMIT.maxMs ms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteDriver } from '../../src/store/sqlite-driver.ts';
import { GROUP_COMMIT } from '../../src/store/driver.ts';
import { openStore } from '../../src/store/open.ts';
import { tempDir } from './helpers.ts';

const t = tempDir('marsad-group-');
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function countFrom(file: string): number {
  const ro = new Database(file, { readonly: true });
  try {
    return (ro.prepare('SELECT COUNT(*) AS n FROM t').get() as { n: number }).n;
  } finally {
    ro.close();
  }
}

test('a failed transaction in a group rolls back alone; the others commit when the run ends', async () => {
  const file = join(t.dir, 'g1.db');
  const d = new SqliteDriver(file);
  await d.run('CREATE TABLE t (x INTEGER PRIMARY KEY)');
  await d.bulk(async () => {
    await d.tx((q) => q.run('INSERT INTO t (x) VALUES (1)'));
    await assert.rejects(
      d.tx(async (q) => {
        await q.run('INSERT INTO t (x) VALUES (2)');
        throw new Error('fails after writing');
      }),
      /fails after writing/,
    );
    await d.tx((q) => q.run('INSERT INTO t (x) VALUES (3)'));
    assert.equal(countFrom(file), 0, 'nothing is visible to other connections before the group commits');
  });
  assert.deepEqual((await d.all<{ x: number }>('SELECT x FROM t ORDER BY x')).map((r) => r.x), [1, 3]);
  assert.equal(countFrom(file), 2);
  await d.close();
});

test('a group commits after maxTx transactions and after maxMs, without waiting for the run to end', async () => {
  const file = join(t.dir, 'g2.db');
  const d = new SqliteDriver(file);
  await d.run('CREATE TABLE t (x INTEGER PRIMARY KEY)');
  await d.bulk(async () => {
    for (let i = 0; i < GROUP_COMMIT.maxTx; i++) await d.tx((q) => q.run('INSERT INTO t (x) VALUES (?)', [i]));
    assert.equal(countFrom(file), GROUP_COMMIT.maxTx, 'a full group is committed at once');
    await d.tx((q) => q.run('INSERT INTO t (x) VALUES (?)', [GROUP_COMMIT.maxTx]));
    assert.equal(countFrom(file), GROUP_COMMIT.maxTx);
    await sleep(GROUP_COMMIT.maxMs + 150);
    assert.equal(countFrom(file), GROUP_COMMIT.maxTx + 1, 'the timer commits a group that waits for more');
  });
  await d.close();
});

test('closing the store inside a bulk run commits what was stored', async () => {
  const file = join(t.dir, 'g3.db');
  const store = await openStore(file);
  await store.bulk(async () => {
    for (let i = 0; i < 5; i++) await store.putArticle({ id: `a${i}`, text: `نص تجريبي رقم ${i} عن اجتماع وزاري في العاصمة.`, published: '2025-05-01' }, null);
    await store.close();
  });
  const again = await openStore(file);
  assert.equal((await again.stats()).articles, 5);
  await again.close();
});
