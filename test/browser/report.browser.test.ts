// The sweep report in a real headless Chromium: no console or page errors, no network requests,
// every chart canvas drawn with its data colours, the layer table follows the <select>, tables
// sort, and hostile text stays text. Run with `npx vitest run -c vitest.browser.config.ts`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSweepHtml } from '../../tools/report/html.js';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium, type ChromiumSession } from '../../tools/report/launch-chromium.js';
import type { SweepReport } from '../../tools/report/sweep-types.js';
import { syntheticSweepReport } from '../../tools/report/synthetic-sweep.js';

const inCi = process.env['CI'] !== undefined;
const skip = !chromiumAvailable() && !inCi;
if (skip) {
  console.warn(`SKIPPED report browser test: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium); in CI this fails instead.`);
}

interface LoadedPage {
  page: Page;
  errors: string[];
  requests: string[];
}

/** Pixel statistics of a canvas: size, painted pixels, and distinct hues among saturated pixels. */
interface CanvasStats {
  width: number;
  height: number;
  painted: number;
  hueBuckets: number;
}

// The project compiles without the DOM library (Node code must not see browser globals), so the
// functions run inside the page describe the few browser objects they touch themselves.
interface PageCanvas {
  width: number;
  height: number;
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
}
type PageGlobals = { document: { getElementById(id: string): unknown }; __pwned?: number };

function canvasStats(page: Page, id: string): Promise<CanvasStats> {
  return page.evaluate((canvasId) => {
    const canvas = (globalThis as unknown as PageGlobals).document.getElementById(canvasId) as PageCanvas;
    const { width, height } = canvas;
    const px = canvas.getContext('2d').getImageData(0, 0, width, height).data;
    let painted = 0;
    const hues = new Set<number>();
    for (let i = 0; i < px.length; i += 4) {
      if (px[i + 3]! < 200) continue;
      painted++;
      const [r, g, b] = [px[i]!, px[i + 1]!, px[i + 2]!];
      const max = Math.max(r, g, b);
      const chroma = max - Math.min(r, g, b);
      if (chroma < 80) continue; // greys: axes, grid, text
      const h = max === r ? ((g - b) / chroma + 6) % 6 : max === g ? (b - r) / chroma + 2 : (r - g) / chroma + 4;
      hues.add(Math.floor(h * 2)); // 30-degree buckets
    }
    return { width, height, painted, hueBuckets: hues.size };
  }, id);
}

/** The Cycles column (index 4) of the layer table's visible body, as numbers. */
function visibleLayerCycles(page: Page): Promise<number[]> {
  return page.$$eval('#layer-table tbody:not([hidden]) tr', (rows) =>
    rows.map((r) => Number((r as unknown as { cells: { textContent: string }[] }).cells[4]!.textContent.replace(/,/g, ''))));
}

describe.skipIf(skip)('sweep report in Chromium', () => {
  let session: ChromiumSession;
  let work: string;
  const report = syntheticSweepReport();

  async function open(r: SweepReport, name: string): Promise<LoadedPage> {
    const path = join(work, `${name}.html`);
    writeFileSync(path, renderSweepHtml(r));
    const page = await session.context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(`console.${m.type()}: ${m.text()}`); });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('request', (req) => { if (!req.url().startsWith('file:')) requests.push(req.url()); });
    await page.goto(pathToFileURL(path).href);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 15_000 });
    return { page, errors, requests };
  }

  beforeAll(async () => {
    if (!chromiumAvailable()) {
      throw new Error(`CI is set but Chromium is missing at ${CHROMIUM_PATH}: install it (apt-get install -y chromium).`);
    }
    work = mkdtempSync(join(tmpdir(), 'accsim-report-browser-'));
    session = await launchChromium();
  });

  afterAll(async () => {
    await session?.close();
    if (work !== undefined) rmSync(work, { recursive: true, force: true });
  });

  it('loads without errors or network requests and draws every chart', async () => {
    const { page, errors, requests } = await open(report, 'synthetic');
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    // Minimum distinct hues: 4 presets on the three preset charts, >= 5 energy components, the roofline's roof and dots.
    const minHues: Record<string, number> = { 'chart-tradeoff': 4, 'chart-cycles': 4, 'chart-utilization': 4, 'chart-energy': 5, 'chart-roofline': 2 };
    for (const [id, hues] of Object.entries(minHues)) {
      const s = await canvasStats(page, id);
      expect(s.width, id).toBeGreaterThan(300);
      expect(s.height, id).toBeGreaterThan(200);
      expect(s.painted, id).toBeGreaterThan(2000);
      expect(s.hueBuckets, id).toBeGreaterThanOrEqual(hues);
    }
    await page.close();
  });

  it('shows the selected point in the layer table', async () => {
    const { page, errors } = await open(report, 'select');
    const cycles = (i: number): number[] => report.points[i]!.layers.map((l) => l.cycles);
    expect(await visibleLayerCycles(page)).toEqual(cycles(0));
    await page.selectOption('#layer-point', '21');
    expect(await page.$$eval('#layer-table tbody:not([hidden])', (b) => b.map((x) => x.getAttribute('data-point')))).toEqual(['21']);
    expect(await visibleLayerCycles(page)).toEqual(cycles(21));
    expect(cycles(21)).not.toEqual(cycles(0));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws the roofline of the selected point, and explains a point without one', async () => {
    const r = syntheticSweepReport();
    delete r.points[3]!.dramBytesPerCycle;
    const { page, errors } = await open(r, 'roofline');
    const pixels = (): Promise<string> => page.evaluate(() => {
      const c = (globalThis as unknown as PageGlobals).document.getElementById('chart-roofline') as PageCanvas;
      const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let h = 0;
      for (let i = 0; i < px.length; i++) h = (Math.imul(h, 31) + px[i]!) | 0;
      return String(h);
    });
    const note = () => page.locator('#roofline-note').textContent();
    expect(await note()).toMatch(/^w8a8@8x8\/ws: .*ridge point at 4 MACs\/byte/);
    const first = await pixels();
    // 32x32 ws of binary: another peak (65,536 MACs/cycle) and other dots.
    await page.selectOption('#layer-point', '22');
    expect(await note()).toMatch(/^binary@32x32\/ws: /);
    expect((await canvasStats(page, 'chart-roofline')).painted).toBeGreaterThan(2000);
    expect(await pixels()).not.toBe(first);
    await page.selectOption('#layer-point', '3');
    expect(await page.locator('#chart-roofline').isVisible()).toBe(false);
    expect(await note()).toMatch(/No roofline for this point/);
    await page.selectOption('#layer-point', '0');
    expect(await pixels()).toBe(first);
    // The test's own repeated getImageData makes Chromium suggest willReadFrequently; the page never reads pixels.
    expect(errors.filter((e) => !e.includes('Multiple readback operations using getImageData'))).toEqual([]);
    await page.close();
  });

  it('sorts a table by the clicked column, ascending then descending', async () => {
    const { page, errors } = await open(report, 'sort');
    const header = page.locator('#layer-table thead th', { hasText: 'Cycles' }).first();
    const expected = report.points[0]!.layers.map((l) => l.cycles);
    await header.click();
    expect(await visibleLayerCycles(page)).toEqual([...expected].sort((a, b) => a - b));
    await header.click();
    expect(await visibleLayerCycles(page)).toEqual([...expected].sort((a, b) => b - a));
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('copes with an empty sweep and with a sweep without accuracy figures', async () => {
    const empty = { ...syntheticSweepReport(), points: [] };
    const noAccuracy = syntheticSweepReport();
    for (const p of noAccuracy.points) {
      delete p.accuracyPct;
      delete p.top1Agreement;
    }
    for (const [name, r] of [['empty', empty], ['no-accuracy', noAccuracy]] as const) {
      const { page, errors } = await open(r, name);
      expect(errors, name).toEqual([]);
      // Without an accuracy figure the trade-off chart is hidden, not drawn empty.
      expect(await page.locator('#chart-tradeoff').isVisible(), name).toBe(false);
      await page.close();
    }
  });

  it('keeps hostile strings as text', async () => {
    const r = syntheticSweepReport();
    r.title = '</script><script>window.__pwned = 1</script>';
    r.points[0]!.layers[0]!.name = '<img src=x onerror="window.__pwned = 2">';
    r.points[0]!.preset = '<b>bold</b>';
    const { page, errors, requests } = await open(r, 'hostile');
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).__pwned)).toBeUndefined();
    expect(await page.title()).toBe(r.title);
    expect(await page.locator('#layer-table tbody:not([hidden]) td').first().textContent()).toBe(r.points[0]!.layers[0]!.name);
    expect(await page.locator('#layer-point option').first().textContent()).toBe('<b>bold</b>@8x8/ws');
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });
});
