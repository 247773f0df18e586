// Test helpers for the HTTP API: a real server on a random loopback port over a temp SQLite store,
// and hand-built analyses so tests do not depend on what the engine extracts today.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/types.ts';
import { startServer, type ServeOptions } from '../../src/server/server.ts';
import type { Analysis, AnalysisActor, Modality, PloverType } from '../../src/model/types.ts';
import { buildAnalysis } from '../corpus/helpers.ts';

export const ACTORS: Record<string, AnalysisActor> = {
  egy: { id: 'egy', name: 'Egypt', type: 'GPE', names: { en: 'Egypt', ar: 'مصر' }, country: 'EGY', sector: 'GOV' },
  irn: { id: 'irn', name: 'Iran', type: 'GPE', names: { en: 'Iran', ar: 'إيران' }, country: 'IRN', sector: 'GOV' },
  usa: { id: 'usa', name: 'United States', type: 'GPE', names: { en: 'United States', ar: 'الولايات المتحدة' }, country: 'USA', sector: 'GOV' },
  omn: { id: 'omn', name: 'Oman', type: 'GPE', names: { en: 'Oman', ar: 'سلطنة عمان' }, country: 'OMN', sector: 'GOV' },
  abdelatty: { id: 'badr-abdelatty', name: 'Badr Abdelatty', type: 'PER', names: { en: 'Badr Abdelatty', ar: 'بدر عبد العاطي' }, country: 'EGY', sector: 'GOV', roles: ['Minister of Foreign Affairs, Egypt'] },
  araghchi: { id: 'abbas-araghchi', name: 'Abbas Araghchi', type: 'PER', names: { en: 'Abbas Araghchi', ar: 'عباس عراقجي' }, country: 'IRN', sector: 'GOV', roles: ['Minister of Foreign Affairs, Iran'] },
};

export interface Ev {
  readonly type: PloverType;
  readonly sources: readonly string[];
  readonly targets: readonly string[];
  readonly trigger: string;
  readonly date?: string | null;
  readonly modality?: Modality;
  readonly mediators?: readonly string[];
}

/** An analysis of `text` naming the given actors (first occurrence of their Arabic name) and events. */
export function analysis(text: string, published: string | null, keys: readonly string[], events: readonly Ev[], times: Analysis['times'] = []): Analysis {
  return buildAnalysis(text, published, keys.map((k) => ACTORS[k]!), events, times);
}

export const XSS_SCRIPT = '<script>window.__pwned = 1; alert("x")</script>';
export const XSS_IMG = '<img src=x onerror="window.__pwned = 2; alert(2)">';

// Three articles: two outlets report the same Cairo meeting in different words; one reports a demand
// and a threat. A fourth carries script/img payloads in its text, title and outlet.
export const MEET_1 = 'استقبل وزير الخارجية بدر عبد العاطي في القاهرة نظيره عباس عراقجي، وبحث الجانبان العلاقات بين مصر وإيران.';
export const MEET_2 = 'أجرى عباس عراقجي محادثات مع بدر عبد العاطي في العاصمة المصرية تناولت الملف النووي.';
export const DEMAND = 'طالبت الولايات المتحدة إيران بوقف التخصيب، وهددت بفرض عقوبات جديدة. ورحبت سلطنة عمان بأي حوار.';
export const HOSTILE = `خبر فيه ${XSS_SCRIPT} ونص آخر ${XSS_IMG} عن مصر وإيران. طالبت مصر إيران بالتهدئة.`;

export async function seed(store: Store): Promise<void> {
  await store.putArticle({ id: 'meet-1', text: MEET_1, published: '2025-02-04', outlet: 'صحيفة الأفق', title: 'لقاء في القاهرة', url: 'https://a.example/1' },
    analysis(MEET_1, '2025-02-04', ['abdelatty', 'araghchi', 'egy', 'irn'], [{ type: 'CONSULT', sources: ['abbas-araghchi'], targets: ['badr-abdelatty'], trigger: 'استقبل', date: '2025-02-04' }]));
  await store.putArticle({ id: 'meet-2', text: MEET_2, published: '2025-02-05', outlet: 'وكالة المشرق', title: 'مباحثات مصرية إيرانية' },
    analysis(MEET_2, '2025-02-05', ['abdelatty', 'araghchi'], [{ type: 'CONSULT', sources: ['badr-abdelatty'], targets: ['abbas-araghchi'], trigger: 'محادثات', date: '2025-02-04' }]));
  await store.putArticle({ id: 'demand', text: DEMAND, published: '2025-03-18', outlet: 'صحيفة الأفق', title: 'مطالب أميركية' },
    analysis(DEMAND, '2025-03-18', ['usa', 'irn', 'omn'], [
      { type: 'REQUEST', sources: ['usa'], targets: ['irn'], trigger: 'طالبت', date: '2025-03-18' },
      { type: 'THREATEN', sources: ['usa'], targets: ['irn'], trigger: 'وهددت', date: '2025-03-18', modality: 'future' },
      { type: 'SUPPORT', sources: ['omn'], targets: ['usa', 'irn'], trigger: 'ورحبت', date: '2025-03-18' },
    ]));
  await store.putArticle({ id: 'hostile', text: HOSTILE, published: '2025-04-01', outlet: XSS_IMG, title: XSS_SCRIPT, url: 'javascript:alert(3)' },
    analysis(HOSTILE, '2025-04-01', ['egy', 'irn'], [{ type: 'REQUEST', sources: ['egy'], targets: ['irn'], trigger: 'طالبت', date: '2025-04-01' }]));
}

export interface TestServer {
  readonly url: string;
  readonly store: Store;
  readonly dir: string;
  get(path: string, init?: RequestInit): Promise<Response>;
  json<T = unknown>(path: string, init?: RequestInit): Promise<{ status: number; body: T; res: Response }>;
  close(): Promise<void>;
}

/** A real server on 127.0.0.1:<random port> over a fresh SQLite file. */
export async function testServer(opts: Partial<ServeOptions> & { seedWith?: (s: Store) => Promise<void> } = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-server-'));
  const store = await openStore(join(dir, 'test.db'));
  if (opts.seedWith) await opts.seedWith(store);
  const { seedWith: _s, ...rest } = opts;
  const srv = await startServer({ uiDir: null, ...rest, store, host: opts.host ?? '127.0.0.1', port: 0 });
  const base = srv.url.replace(/\/$/, '');
  const get = (path: string, init?: RequestInit): Promise<Response> => fetch(base + path, init);
  return {
    url: srv.url,
    store,
    dir,
    get,
    json: async <T>(path: string, init?: RequestInit) => {
      const res = await get(path, init);
      return { status: res.status, body: (await res.json()) as T, res };
    },
    close: async () => {
      await srv.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function postJson(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) };
}
