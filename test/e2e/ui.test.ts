// Browser end-to-end tests: Debian's chromium (never a downloaded browser) driven by playwright-core
// against a real `marsad serve` app over a temp SQLite store. Screenshots of each view go to
// artifacts/screenshots/. Skipped when /usr/bin/chromium is missing, unless MARSAD_REQUIRE_E2E=1.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { testServer, seed, XSS_IMG, XSS_SCRIPT, type TestServer } from '../server/helpers.ts';
import { DEFAULT_UI_DIR } from '../../src/server/server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CHROMIUM = process.env.MARSAD_CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = join(ROOT, 'artifacts/screenshots');
const missing = !existsSync(CHROMIUM);
if (missing && process.env.MARSAD_REQUIRE_E2E === '1') {
  throw new Error(`MARSAD_REQUIRE_E2E=1 but ${CHROMIUM} is missing: run "npm run e2e:deps" (apt-get install chromium fonts-noto-core)`);
}
const skip = missing ? `${CHROMIUM} not found: browser tests skipped (run "npm run e2e:deps"; set MARSAD_REQUIRE_E2E=1 to fail instead)` : false;

// Our own article for the Analyse view (names the engine's knowledge base knows).
const ARTICLE = [
  'التقى وزير الخارجية المصري بدر عبد العاطي في القاهرة أمس نظيره الأردني أيمن الصفدي، وبحث الجانبان سبل التهدئة في المنطقة.',
  'وطالب الوزيران إسرائيل بوقف عملياتها العسكرية، فيما أعلنت الأردن إرسال مساعدات إنسانية جديدة إلى قطاع غزة يوم الخميس المقبل.',
].join('\n');

describe('web UI in chromium', { skip }, () => {
  let s: TestServer;
  let ctx: BrowserContext;
  let page: Page;
  let profile: string;
  const dialogs: string[] = [];
  const errors: string[] = [];

  before(async () => {
    const b = spawnSync(process.execPath, [join(ROOT, 'scripts/build-ui.mjs'), '--if-needed'], { cwd: ROOT, encoding: 'utf8' });
    assert.ok(existsSync(join(DEFAULT_UI_DIR, 'index.html')), `the UI is not built: ${b.stderr}`);
    mkdirSync(SHOTS, { recursive: true });
    s = await testServer({ seedWith: seed, uiDir: DEFAULT_UI_DIR });
    profile = mkdtempSync(join(tmpdir(), 'marsad-chromium-'));
    ctx = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 900 },
      locale: 'en-US',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
    page = ctx.pages()[0] ?? (await ctx.newPage());
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    page.on('pageerror', (e) => errors.push(e.message));
  }, { timeout: 120_000 });

  after(async () => {
    await ctx?.close();
    await s?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const go = async (hash: string): Promise<void> => {
    await page.goto(`${s.url}${hash}`);
  };
  const shot = (name: string): Promise<Buffer> => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
  const noInjection = async (): Promise<void> => {
    assert.deepEqual(dialogs, [], 'no dialog fired');
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined, 'no injected script ran');
    assert.equal(await page.locator('img[src="x"]').count(), 0, 'no injected <img>');
    const scripts = await page.evaluate(() => Array.from(document.querySelectorAll('script')).map((x) => x.textContent ?? '').filter((t) => t.includes('__pwned')).length);
    assert.equal(scripts, 0, 'no injected <script>');
  };

  test('Analyse: mentions and times highlighted, hover shows the actor, event cards highlight their evidence', { timeout: 60_000 }, async () => {
    await go('#/analyse');
    await page.locator('#article-text').fill(ARTICLE);
    await page.getByTestId('published').fill('2025-03-10');
    await page.getByRole('button', { name: 'Analyse', exact: true }).click();
    const text = page.getByTestId('annotated-text');
    await text.waitFor();
    assert.equal(await text.getAttribute('dir'), 'rtl');
    const ff = await text.evaluate((el) => getComputedStyle(el).fontFamily);
    assert.match(ff, /Noto Naskh Arabic/);
    assert.ok(((await text.textContent()) ?? '').includes('وبحث الجانبان سبل التهدئة في المنطقة'), 'the article text is shown');
    const mentions = page.getByTestId('mention');
    assert.ok((await mentions.count()) >= 3, 'several mentions highlighted');
    const linked = page.locator('[data-testid="mention"][data-actor="badr-abdelatty"]').first();
    await linked.hover();
    const tip = linked.locator('.tip');
    await tip.waitFor({ state: 'visible' });
    assert.match((await tip.textContent()) ?? '', /Badr Abdelatty/);
    assert.match((await tip.textContent()) ?? '', /Minister of Foreign Affairs/);
    assert.ok((await page.getByTestId('time').count()) >= 1, 'a time expression highlighted');
    const cards = page.getByTestId('event-card');
    const n = await cards.count();
    if (n > 0) {
      assert.equal(await page.locator('.annotated .evidence').count(), 0);
      await cards.first().click();
      await page.locator('.annotated .evidence').first().waitFor();
      assert.ok((await page.locator('.annotated .trigger').count()) >= 1, 'the trigger is marked');
      assert.match((await cards.first().getAttribute('class')) ?? '', /selected/);
    } else {
      await page.getByTestId('no-events').waitFor();
    }
    await page.mouse.move(0, 0);
    await shot('analyse');
  });

  test('Analyse: script and img payloads in pasted text stay text', { timeout: 60_000 }, async () => {
    const hostile = `قال الوزير ${XSS_SCRIPT} إن مصر ${XSS_IMG} تدعم الحوار.`;
    await go('#/analyse');
    await page.locator('#article-text').fill(hostile);
    await page.getByRole('button', { name: 'Analyse', exact: true }).click();
    const text = page.getByTestId('annotated-text');
    await text.waitFor();
    // the previous article's text may still be on screen until the new analysis arrives
    let shown = '';
    for (let i = 0; i < 100; i++) {
      shown = (await text.textContent()) ?? '';
      if (shown.includes('تدعم الحوار')) break;
      await page.waitForTimeout(100);
    }
    assert.ok(shown.includes(XSS_SCRIPT) && shown.includes(XSS_IMG), 'the payloads are shown as text');
    await noInjection();
  });

  test('Events: server-side paginated table, filters, export links', { timeout: 60_000 }, async () => {
    await go('#/events');
    await page.getByTestId('event-row').first().waitFor();
    assert.equal(await page.getByTestId('total').first().textContent(), '5');
    assert.equal(await page.getByTestId('event-row').count(), 5);
    await page.getByTestId('filter-type').selectOption('REQUEST');
    await page.waitForFunction(() => document.querySelector('[data-testid="total"]')?.textContent === '2');
    assert.equal(await page.getByTestId('event-row').count(), 2);
    assert.match((await page.getByTestId('export-csv').getAttribute('href')) ?? '', /^\/api\/export\?type=REQUEST&format=csv$/);
    // open a row: its reports with evidence
    await page.getByTestId('event-row').first().click();
    await page.locator('tr.details blockquote').first().waitFor();
    await page.getByTestId('filter-type').selectOption('');
    await page.waitForFunction(() => document.querySelector('[data-testid="total"]')?.textContent === '5');
    await shot('events');
  });

  test('stored article with hostile title, outlet and text renders as text', { timeout: 60_000 }, async () => {
    await go('#/article/hostile');
    const title = page.getByTestId('article-title');
    await title.waitFor();
    assert.equal(await title.textContent(), XSS_SCRIPT);
    assert.ok(((await page.locator('.article-head').textContent()) ?? '').includes(XSS_IMG));
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0, 'a javascript: URL is not linked');
    await noInjection();
  });

  test('Timeline of an actor', { timeout: 60_000 }, async () => {
    await go('#/timeline/irn');
    await page.getByTestId('timeline-chart').waitFor();
    assert.ok((await page.locator('[data-testid="timeline-chart"] rect').count()) >= 2);
    await page.getByTestId('event-row').first().waitFor();
    await shot('timeline');
  });

  test('Network: nodes and weighted edges; clicking a node opens the actor page', { timeout: 60_000 }, async () => {
    await go('#/network');
    const net = page.getByTestId('network');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="network"]')?.getAttribute('data-nodes')) > 0);
    assert.ok(Number(await net.getAttribute('data-edges')) > 0);
    await page.waitForFunction(() => !!(window as unknown as { __marsadCy?: unknown }).__marsadCy);
    await page.waitForTimeout(300);
    await shot('network');
    const pos = await page.evaluate(() => {
      const cy = (window as unknown as { __marsadCy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } } }).__marsadCy;
      return cy.getElementById('irn').renderedPosition();
    });
    const box = (await net.boundingBox())!;
    await page.mouse.click(box.x + pos.x, box.y + pos.y);
    await page.waitForURL(/#\/actor\/irn$/);
    await page.getByTestId('actor-name').waitFor();
  });

  test('Actor page: names in both scripts, counterparts, events; the language switch turns the interface Arabic', { timeout: 60_000 }, async () => {
    await go('#/actor/irn');
    const h = page.getByTestId('actor-name');
    await h.waitFor();
    assert.match((await h.textContent()) ?? '', /Iran/);
    assert.equal(await page.getByTestId('actor-name-ar').textContent(), 'إيران');
    assert.equal(await page.getByTestId('actor-name-ar').getAttribute('dir'), 'rtl');
    assert.ok((await page.locator('[data-testid="counterparts"] tr').count()) >= 2);
    assert.ok((await page.locator('[data-testid="actor-events"] tr').count()) >= 4);
    await shot('actor');
    await page.getByTestId('lang-switch').click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
    assert.equal(await page.locator('[data-nav="events"]').textContent(), 'الأحداث');
    assert.equal(await page.getByTestId('lang-switch').textContent(), 'English');
    await shot('actor-ar');
    await go('#/events');
    await page.getByTestId('event-row').first().waitFor();
    await shot('events-ar');
    await page.getByTestId('lang-switch').click();
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    assert.equal(await page.locator('[data-nav="events"]').textContent(), 'Events');
    await noInjection();
    assert.deepEqual(errors, [], 'no uncaught page errors');
  });
});
