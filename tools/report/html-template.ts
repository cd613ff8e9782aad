// The page skeleton and stylesheet of the sweep report. Everything passed in is already escaped
// HTML (tables, meta) or script text made safe for a <script> element (see html.ts).

/** Pieces of the report page, each ready to be placed verbatim. */
export interface PageParts {
  titleHtml: string;
  metaHtml: string;
  tradeoffNoteHtml: string;
  layerSectionHtml: string;
  summaryTableHtml: string;
  hwBaseHtml: string;
  chartJsScript: string;
  dataJson: string;
  clientScript: string;
}

const CSS = `
:root { --fg: #1d232b; --muted: #5b6673; --line: #d8dde3; --band: #f5f7f9; --accent: #1f5fa8; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  color: var(--fg); background: #fff; }
main { max-width: 1280px; margin: 0 auto; padding: 24px 28px 64px; }
h1 { font-size: 1.6rem; margin: 0 0 6px; line-height: 1.25; }
h2 { font-size: 1.15rem; margin: 36px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 1rem; margin: 16px 0 4px; }
p.note, .meta { color: var(--muted); font-size: 0.9rem; margin: 4px 0 10px; }
.meta code, pre { font: 0.85rem/1.45 ui-monospace, "DejaVu Sans Mono", Menlo, monospace; }
.meta code { background: var(--band); padding: 1px 5px; border-radius: 3px; word-break: break-all; }
pre { background: var(--band); padding: 12px; border-radius: 4px; overflow-x: auto; }
.chart { position: relative; height: 400px; background: #fff; }
.chart.tall { height: 460px; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; font-size: 0.86rem; font-variant-numeric: tabular-nums; width: 100%; }
th, td { padding: 4px 8px; border-bottom: 1px solid var(--line); white-space: nowrap; text-align: left; }
th.num, td.num { text-align: right; }
thead th { background: var(--band); position: sticky; top: 0; font-weight: 600; }
table.sortable thead th { cursor: pointer; user-select: none; }
table.sortable thead th[aria-sort="ascending"]::after { content: " ▲"; font-size: 0.7em; }
table.sortable thead th[aria-sort="descending"]::after { content: " ▼"; font-size: 0.7em; }
tbody tr:nth-child(even) { background: #fafbfc; }
tr.not-exact td { color: #b00020; }
label { font-weight: 600; margin-right: 6px; }
select { font: inherit; padding: 3px 6px; margin-bottom: 10px; }
`;

/** Assembles the single self-contained HTML file. */
export function renderPage(parts: PageParts): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${parts.titleHtml}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${parts.titleHtml}</h1>
<div class="meta">${parts.metaHtml}</div>

<section id="tradeoff">
<h2>Energy vs accuracy</h2>
<p class="note" id="tradeoff-note">${parts.tradeoffNoteHtml}</p>
<div class="chart tall"><canvas id="chart-tradeoff" role="img" aria-label="Energy per inference against accuracy, with the Pareto front"></canvas></div>
</section>

<section id="cycles">
<h2>Cycles vs array size</h2>
<p class="note">Cycles per inference (log scale); solid lines weight-stationary, dashed output-stationary.</p>
<div class="chart"><canvas id="chart-cycles" role="img" aria-label="Cycles per inference against array size"></canvas></div>
</section>

<section id="utilization">
<h2>Utilization vs array size</h2>
<p class="note">Share of peak MACs used over the whole inference.</p>
<div class="chart"><canvas id="chart-utilization" role="img" aria-label="Utilization against array size"></canvas></div>
</section>

<section id="energy">
<h2>Energy by component</h2>
<p class="note">Energy of one inference per design point, stacked by hardware component.</p>
<div class="chart tall"><canvas id="chart-energy" role="img" aria-label="Energy per inference by component"></canvas></div>
</section>

<section id="layers">
<h2>Per-layer results</h2>
<p class="note">Click a column heading to sort.</p>
${parts.layerSectionHtml}
</section>

<section id="points">
<h2>All design points</h2>
<p class="note">★ marks the Pareto-optimal points. Agree: top-1 agreement with the float model. Click a column heading to sort.</p>
<div class="table-wrap">${parts.summaryTableHtml}</div>
</section>

<section id="hw">
<h2>Base hardware configuration</h2>
<pre>${parts.hwBaseHtml}</pre>
</section>
</main>
<script>${parts.chartJsScript}</script>
<script type="application/json" id="sweep-data">${parts.dataJson}</script>
<script>${parts.clientScript}</script>
</body>
</html>
`;
}
