// Screenshots each chart/table section of a sweep report (a real one, or the synthetic one) into
// docs/images/report-<section>.png.
// Run: npm run build && node dist/tools/report/screenshot-report.js [outDir] [report.html]
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

/** Writes one PNG per report section into outDir (of `reportHtml`, else the synthetic report); returns the written paths. */
export async function screenshotReport(outDir: string, reportHtml?: string): Promise<string[]> {
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
    for (const [id, file] of Object.entries(REPORT_SECTIONS)) {
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
  // node dist/tools/report/screenshot-report.js [outDir] [report.html]  (no report: the synthetic one)
  const outDir = resolve(process.argv[2] ?? 'docs/images');
  const html = process.argv[3] === undefined ? undefined : resolve(process.argv[3]);
  for (const path of await screenshotReport(outDir, html)) console.log(`wrote ${path}`);
}
