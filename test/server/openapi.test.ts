// The OpenAPI document stays in sync with the routes: every /api route is documented and every
// documented path is served; query parameters come from the zod schemas the routes validate with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/server/app.ts';
import { openApiDocument, ROUTES } from '../../src/server/openapi.ts';
import type { Store } from '../../src/store/types.ts';
import { testServer } from './helpers.ts';

const toDoc = (p: string): string => p.replace(/:([A-Za-z_]+)/g, '{$1}');

test('every API route of the app is in the OpenAPI document, and nothing else is', () => {
  const app = createApp({ store: {} as Store, engine: () => { throw new Error('unused'); }, analyzer: () => { throw new Error('unused'); }, uiDir: null });
  const served = new Set(
    app.routes
      .filter((r) => r.path.startsWith('/api/') && r.path !== '/api/*' && r.method !== 'ALL')
      .map((r) => `${r.method.toLowerCase()} ${toDoc(r.path)}`),
  );
  const doc = openApiDocument() as { paths: Record<string, Record<string, unknown>> };
  const documented = new Set(Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`)));
  assert.deepEqual([...served].sort(), [...documented].sort());
  assert.ok(served.size >= 14);
});

test('the document is OpenAPI 3.1 with parameters from the schemas, bodies and security for writes', () => {
  const doc = openApiDocument() as {
    openapi: string;
    paths: Record<string, Record<string, { parameters?: { name: string; in: string; schema: { enum?: string[] } }[]; requestBody?: unknown; security?: unknown; responses: Record<string, unknown> }>>;
  };
  assert.equal(doc.openapi, '3.1.0');
  const events = doc.paths['/api/events']!.get!;
  const names = events.parameters!.map((p) => p.name);
  for (const n of ['actor', 'pair', 'type', 'modality', 'from', 'to', 'outlet', 'limit', 'offset']) assert.ok(names.includes(n), n);
  assert.deepEqual(events.parameters!.find((p) => p.name === 'order')!.schema.enum, ['date', 'reports']);
  assert.ok(doc.paths['/api/network']!.get!.parameters!.some((p) => p.name === 'topN'));
  assert.ok(doc.paths['/api/actors/{id}']!.get!.parameters!.some((p) => p.name === 'id' && p.in === 'path'));
  assert.ok(doc.paths['/api/analyze']!.post!.requestBody);
  assert.ok(doc.paths['/api/articles']!.post!.security);
  assert.ok(doc.paths['/api/ingest']!.post!.responses['401']);
  assert.equal(doc.paths['/api/analyze']!.post!.security, undefined);
  assert.equal(ROUTES.filter((r) => r.write).length, 2);
});

test('GET /api/openapi.json serves the document', async () => {
  const s = await testServer();
  try {
    const { status, body } = await s.json<{ openapi: string; paths: Record<string, unknown> }>('/api/openapi.json');
    assert.equal(status, 200);
    assert.equal(body.openapi, '3.1.0');
    assert.ok('/api/analyze' in body.paths);
  } finally {
    await s.close();
  }
});
