// The sweep report as ONE self-contained HTML file: Chart.js's UMD bundle inlined, the report data
// as JSON in a <script type="application/json">, and a small page script that draws the charts.
// Nothing is fetched when the file is viewed (it works from file:// and offline).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { assert } from '../../core/diagnostics.js';
import { CLIENT_SCRIPT } from './html-client.js';
import { escapeHtml, renderLayerSection, renderSummaryTable } from './html-tables.js';
import { renderPage } from './html-template.js';
import { buildReportView, type ReportView } from './report-view.js';
import type { SweepReport } from './sweep-types.js';

let chartJsCache: string | undefined;

/** Chart.js's UMD bundle from node_modules, resolved at generation time and read once. */
export function chartJsUmdSource(): string {
  if (chartJsCache === undefined) {
    // The package exports only its ESM/CJS entries; the UMD bundle sits next to the CJS one.
    const cjsEntry = createRequire(import.meta.url).resolve('chart.js');
    chartJsCache = readFileSync(join(dirname(cjsEntry), 'chart.umd.js'), 'utf8');
  }
  return chartJsCache;
}

/**
 * Makes JavaScript source safe inside <script>…</script>: "</script" would end the element, so it
 * becomes "<\/script" (the same string in JS strings, templates and regex literals). "<!--" could
 * switch the HTML tokenizer into its escaped script states; the code we inline never has one, and
 * an assert says so rather than rewriting code whose meaning we cannot check.
 */
export function escapeScriptText(code: string): string {
  assert(!code.includes('<!--'), 'inlined script contains "<!--"');
  return code.replace(/<\/(script)/gi, '<\\/$1');
}

/**
 * JSON for a <script type="application/json"> element: every "<" is written as \u003c, so no
 * "</script" or "<!--" can appear, and JSON.parse of the element's text gives the value back.
 * U+2028/U+2029 are escaped too, so the text is also a valid JS literal.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The JSON the page script reads: the report verbatim plus the derived chart view. */
export interface EmbeddedData {
  report: SweepReport;
  view: ReportView;
}

function tradeoffNote(report: SweepReport, view: ReportView): string {
  const { metric, axisTitle, excluded } = view.accuracy;
  if (metric === undefined) {
    return 'No point carries an accuracy or a top-1 agreement figure, so there is no trade-off to plot.';
  }
  const parts = [
    metric === 'accuracyPct'
      ? `Y axis: ${axisTitle}.`
      : `No point has a measured accuracy; the y axis is ${axisTitle.toLowerCase()} instead.`,
  ];
  if (excluded.length > 0) {
    const names = excluded.map((i) => view.labels[i]!).join(', ');
    parts.push(`Left out for lack of this figure (${excluded.length}): ${names}.`);
  }
  for (const f of view.fronts) {
    const prefix = view.models.length > 1 ? `Pareto front of ${f.model}` : 'Pareto front';
    parts.push(`${prefix} (least energy, most accuracy): ${f.points.map((i) => view.labels[i]!).join(' → ')}.`);
  }
  parts.push(`${report.points.length} points; hover a point for its figures; crowded labels are skipped.`);
  return escapeHtml(parts.join(' '));
}

function metaHtml(report: SweepReport): string {
  const failed = report.failed ?? [];
  return [
    `Generated ${escapeHtml(report.generatedAt)} · energy table: ${escapeHtml(report.energyTable)}`,
    `<br>Command: <code>${escapeHtml(report.command)}</code>`,
    // Failed points have no figures to chart; they are named here so that none goes missing without a word.
    ...(failed.length === 0 ? [] : [`<br><strong>${failed.length} point(s) failed and are not in the charts and tables:</strong> ${failed.map((f) => `<code>${escapeHtml(f.label)}</code> (${escapeHtml(f.error)})`).join('; ')}`]),
  ].join('');
}

/** Renders a sweep report as one self-contained HTML page. */
export function renderSweepHtml(report: SweepReport): string {
  const view = buildReportView(report.points);
  const data: EmbeddedData = { report, view };
  return renderPage({
    titleHtml: escapeHtml(report.title),
    metaHtml: metaHtml(report),
    tradeoffNoteHtml: tradeoffNote(report, view),
    layerSectionHtml: renderLayerSection(report.points, view),
    summaryTableHtml: renderSummaryTable(report.points, view),
    hwBaseHtml: escapeHtml(JSON.stringify(report.hwBase, null, 2)),
    chartJsScript: escapeScriptText(chartJsUmdSource()),
    dataJson: jsonForScript(data),
    clientScript: escapeScriptText(CLIENT_SCRIPT),
  });
}
