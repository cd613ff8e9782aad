// Screenshots each chart/table section of a sweep report (a real one, or the synthetic one) into
// docs/images/report-<section>.png.
// Run: npm run build && node dist/tools/report/screenshot-report.js [outDir] [report.html] [--sections id=file.png,…]
// (--sections: only those sections, under those names; e.g. tradeoff=formats-tradeoff.png)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderSweepHtml } from './html.js';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from './launch-chromium.js';
import { syntheticSweepReport } from './synthetic-sweep.js';

/** Page section id → screenshot name. */
export const REPORT_SECTIONS: Record<string, string> = {
  tradeoff: 'report-tradeoff.png',
  cycles: 'report-cycles.png',
  utilization: 'report-utilization.png',
  energy: 'report-energy.png',
  layers: 'report-layers.png',
  roofline: 'report-roofline.png',
  points: 'report-summary.png',
};

/**
 * Writes one PNG per report section (`sections`: id → file name, default REPORT_SECTIONS) into outDir, of
 * `reportHtml`, else the synthetic report; returns the written paths.
 */
export async function screenshotReport(outDir: string, reportHtml?: string, sections: Record<string, string> = REPORT_SECTIONS): Promise<string[]> {
  if (!chromiumAvailable()) throw new Error(`Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium)`);
  const work = mkdtempSync(join(tmpdir(), 'accsim-report-'));
  const htmlPath = reportHtml ?? join(work, 'report.html');
  if (reportHtml === undefined) writeFileSync(htmlPath, renderSweepHtml(syntheticSweepReport()));
  mkdirSync(outDir, { recursive: true });
  const session = await launchChromium({ width: 1320, height: 900 }, 1.5);
  try {
    const page = await session.context.newPage();
    await page.goto(pathToFileURL(htmlPath).href);
    await page.waitForSelector('html[data-ready="true"]');
    const written: string[] = [];
    for (const [id, file] of Object.entries(sections)) {
      const path = join(outDir, file);
      await page.locator(`section#${id}`).screenshot({ path });
      written.push(path);
    }
    return written;
  } finally {
    await session.close();
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // node dist/tools/report/screenshot-report.js [outDir] [report.html] [--sections id=file,…]  (no report: the synthetic one)
  const at = process.argv.indexOf('--sections');
  const args = at < 0 ? process.argv.slice(2) : [...process.argv.slice(2, at), ...process.argv.slice(at + 2)];
  const sections = at < 0 ? undefined : Object.fromEntries(process.argv[at + 1]!.split(',').map((kv) => kv.split('=') as [string, string]));
  const unknown = Object.keys(sections ?? {}).filter((id) => !Object.hasOwn(REPORT_SECTIONS, id));
  if (unknown.length > 0) {
    process.stderr.write(`--sections: unknown section ${unknown.join(', ')}; expected ${Object.keys(REPORT_SECTIONS).join(', ')}\n`);
    process.exit(2);
  }
  const outDir = resolve(args[0] ?? 'docs/images');
  const html = args[1] === undefined ? undefined : resolve(args[1]);
  for (const path of await screenshotReport(outDir, html, sections)) console.log(`wrote ${path}`);
}
