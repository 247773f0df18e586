// POST /api/analyze answers exactly what `marsad analyze FILE --published D --format json` prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { testServer, postJson } from './helpers.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TEXT = [
  'استقبل الرئيس عبد الفتاح السيسي في القاهرة يوم الأحد وزير الخارجية الإيراني عباس عراقجي، وبحث الجانبان الأوضاع في لبنان.',
  'وطالبت مصر المجتمع الدولي بوقف التصعيد في المنطقة، فيما رفضت إيران الاتهامات الأميركية الأخيرة.',
].join('\n');

test('the API analysis equals the CLI analysis for the same text and date (and without a date)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-analyze-'));
  const s = await testServer();
  try {
    const file = join(dir, 'article.txt');
    writeFileSync(file, TEXT);
    for (const published of ['2025-02-10', null]) {
      const args = [join(ROOT, 'bin/marsad.mjs'), 'analyze', file, '--format', 'json', ...(published ? ['--published', published] : [])];
      const cli = spawnSync(process.execPath, args, { encoding: 'utf8', cwd: ROOT });
      assert.equal(cli.status, 0, cli.stderr);
      const expected = JSON.parse(cli.stdout) as { mentions: unknown[] };
      const r = await s.json<{ mentions: unknown[] }>('/api/analyze', postJson({ text: TEXT, ...(published ? { published } : {}) }));
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.deepEqual(r.body, expected);
      assert.ok(expected.mentions.length > 0, 'the engine finds mentions in this text');
    }
  } finally {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
