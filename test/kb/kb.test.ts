// The whole bundled knowledge base: schema-valid, ids unique, roles dated and pointing at known
// actors, shared Arabic names disambiguated, and big enough to be useful.
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readKbDirs, checkKb, BUNDLED_KB_DIR, KbError } from '../../src/kb/load.ts';

const kb = readKbDirs([BUNDLED_KB_DIR]);

test('the bundled knowledge base passes every cross-record check', () => {
  assert.deepEqual(checkKb(kb), []);
});

test('at least 1,500 actors of every type, people with dated roles', () => {
  assert.ok(kb.actors.length >= 1500, `${kb.actors.length} actors`);
  for (const type of ['PER', 'ORG', 'GPE', 'LOC', 'FAC']) assert.ok(kb.actors.some((a) => a.type === type), type);
  const people = kb.actors.filter((a) => a.type === 'PER');
  assert.ok(people.length >= 900, `${people.length} people`);
  for (const p of people) for (const r of p.roles ?? []) assert.match(r.from, /^\d{4}/, `${p.id} ${r.role}`);
});

test('ids are unique across all files', () => {
  const ids = kb.actors.map((a) => a.id);
  assert.equal(new Set(ids).size, ids.length);
});

test('a name shared without a disambiguation rule is reported', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-kbx-'));
  writeFileSync(join(dir, 'a.json'), JSON.stringify({ source: 't', actors: [
    { id: 'a-one', name: 'A One', type: 'PER', ar: ['زيد عمرو'] },
    { id: 'a-two', name: 'A Two', type: 'PER', ar: ['زَيد عمرو'] },
  ] }));
  const problems = checkKb(readKbDirs([dir]));
  assert.equal(problems.length, 2);
  assert.match(problems[0]!.message, /shared with/);
});

test('undated roles, unknown role targets and bad fields are refused with the file and actor named', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-kby-'));
  writeFileSync(join(dir, 'b.json'), JSON.stringify({ source: 't', actors: [{ id: 'b-one', name: 'B', type: 'PER', ar: ['ب'], roles: [{ role: 'President', of: 'usa' }] }] }));
  assert.throws(() => readKbDirs([dir]), (e: Error) => e instanceof KbError && /b\.json: actor "b-one" roles\.0\.from/.test(e.message));
  const dir2 = mkdtempSync(join(tmpdir(), 'marsad-kbz-'));
  writeFileSync(join(dir2, 'c.json'), JSON.stringify({ source: 't', actors: [{ id: 'c-one', name: 'C', type: 'PER', ar: ['ج'], roles: [{ role: 'President', of: 'nowhere', from: '2020' }] }] }));
  assert.match(checkKb(readKbDirs([dir2]))[0]!.message, /unknown actor "nowhere"/);
});

test('a user folder overrides bundled actors by id and adds new ones', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-kbu-'));
  writeFileSync(join(dir, 'mine.json'), JSON.stringify({ source: 'user', actors: [
    { id: 'usa', name: 'United States', type: 'GPE', ar: ['الولايات المتحدة', 'بلاد العم سام'] },
    { id: 'my-new-actor', name: 'New Actor', type: 'ORG', ar: ['هيئة جديدة'] },
  ] }));
  const merged = readKbDirs([BUNDLED_KB_DIR, dir]);
  const usa = merged.actors.find((a) => a.id === 'usa')!;
  assert.ok(usa.ar.includes('بلاد العم سام'));
  assert.ok(usa.nisba && usa.nisba.length > 0, 'fields not given by the user are kept');
  assert.ok(merged.actors.some((a) => a.id === 'my-new-actor'));
});
