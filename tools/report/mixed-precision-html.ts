// Self-contained HTML pages of the mixed-precision tools: the sensitivity chart (accuracy drop of each
// layer quantized alone at each width, and the gain of keeping it float) and the search's energy–accuracy
// front. Chart.js is inlined, the data travels as JSON in the page (html.ts's escaping rules), nothing is
// fetched when the file is opened.
import { chartJsUmdSource, escapeScriptText, jsonForScript } from './html.js';
import { escapeHtml } from './html-tables.js';
import type { SensitivityReport } from '../search/sensitivity-run.js';
import { dropOf, sensitivityRows } from '../search/sensitivity-run.js';
import type { SearchReport } from '../search/search-types.js';

const CSS = `body { margin: 0; font: 15px/1.5 system-ui, sans-serif; color: #1d232b; }
main { max-width: 1200px; margin: 0 auto; padding: 24px 28px 64px; }
h1 { font-size: 1.5rem; margin: 0 0 6px; } h2 { font-size: 1.1rem; margin: 30px 0 8px; border-bottom: 1px solid #d8dde3; }
p.note { color: #5b6673; font-size: 0.9rem; } .chart { position: relative; height: 440px; }
table { border-collapse: collapse; font-size: 0.85rem; font-variant-numeric: tabular-nums; }
th, td { padding: 3px 8px; border-bottom: 1px solid #d8dde3; text-align: left; white-space: nowrap; } thead th { background: #f5f7f9; }
tr.front td { font-weight: 600; } tr.chosen td { background: #fff4d6; } td.bad { color: #b00020; }`;

function page(title: string, body: string, data: unknown, script: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${CSS}</style></head>
<body><main><h1>${escapeHtml(title)}</h1>
${body}
</main>
<script>${escapeScriptText(chartJsUmdSource())}</script>
<script type="application/json" id="page-data">${jsonForScript(data)}</script>
<script>${escapeScriptText(script)}</script>
</body></html>
`;
}

function table(head: string[], rows: string[][], rowClass: (i: number) => string = () => ''): string {
  const th = head.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const tr = rows.map((r, i) => `<tr class="${rowClass(i)}">${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>${tr}</tbody></table>`;
}

const PALETTE = ['#1f5fa8', '#e07b00', '#2a9d3f', '#c0392b', '#7b4fb0', '#8c6d1f', '#d6338a'];

const SENSITIVITY_SCRIPT = `
const d = JSON.parse(document.getElementById('page-data').textContent);
new Chart(document.getElementById('chart-sensitivity'), { type: 'bar', data: { labels: d.labels, datasets: d.datasets },
  options: { animation: false, responsive: true, maintainAspectRatio: false,
    scales: { y: { title: { display: true, text: d.axis } } }, plugins: { legend: { position: 'bottom' } } } });
document.documentElement.dataset.ready = 'true';
`;

/** The sensitivity page: one bar group per layer (a bar per width, and the kept-float gain), then the table. */
export function renderSensitivityHtml(r: SensitivityReport): string {
  const pp = r.float.accuracyPct !== undefined;
  const value = (s: string): number | null => (s === '-' ? null : Number(s));
  const datasets = [
    ...r.widths.map((w, i) => ({ label: `${w} alone`, backgroundColor: PALETTE[i % PALETTE.length], data: r.layers.map((l) => value(dropOf(l.alone[w], r.float))) })),
    { label: 'kept float (gain)', backgroundColor: '#7f8c8d', data: r.layers.map((l) => value(dropOf(r.quantized, l.keptFloat))) },
  ];
  const { head, rows } = sensitivityRows(r);
  const body = `<p class="note">${escapeHtml(`${r.model}: ${r.choiceData}. Held-out ${r.lossKind}; float ${r.float.loss.toFixed(4)}${pp ? ` (${r.float.accuracyPct!.toFixed(2)} %)` : ''}, all quantized ${r.quantized.loss.toFixed(4)}${pp ? ` (${r.quantized.accuracyPct!.toFixed(2)} %)` : ''}.`)}</p>
<h2>Sensitivity per layer</h2>
<p class="note">${pp ? 'Accuracy drop in points' : 'Loss increase'} when only the layer is quantized at the width (the rest float); grey: what keeping the layer float wins back when all the others are quantized.</p>
<div class="chart"><canvas id="chart-sensitivity" role="img" aria-label="Per-layer sensitivity by width"></canvas></div>
<h2>Table</h2>${table(head, rows)}`;
  return page(`accsim sensitivity: ${r.model}`, body, { labels: r.layers.map((l) => l.name), datasets, axis: pp ? 'accuracy drop (pp)' : 'loss increase' }, SENSITIVITY_SCRIPT);
}

const FRONT_SCRIPT = `
const d = JSON.parse(document.getElementById('page-data').textContent);
new Chart(document.getElementById('chart-front'), { type: 'scatter', data: { datasets: d.datasets },
  options: { animation: false, responsive: true, maintainAspectRatio: false,
    scales: { x: { title: { display: true, text: d.xAxis } }, y: { title: { display: true, text: d.yAxis } } },
    plugins: { legend: { position: 'bottom' }, tooltip: { callbacks: { label: (c) => c.raw.label } } } } });
document.documentElement.dataset.ready = 'true';
`;

/** The objective of a point in the unit the chart shows. */
function objectiveOf(r: SearchReport, p: SearchReport['points'][number]): number {
  const e = p.verified?.energyPj ?? p.estimate.energyPj;
  const c = p.verified?.cycles ?? p.estimate.cycles;
  return r.objective === 'energy' ? e / 1e6 : r.objective === 'cycles' ? c : (e / 1e6) * c;
}

/** The search page: every scored point, the front joined by a line, the uniform presets and the chosen point marked; the front's table. */
export function renderFrontHtml(r: SearchReport): string {
  const acc = (p: SearchReport['points'][number]): number => p.score.accuracyPct ?? -p.score.loss;
  const pt = (p: SearchReport['points'][number]) => ({ x: objectiveOf(r, p), y: acc(p), label: `#${p.id} ${p.origin}: ${Object.values(p.layers).join(' ')}` });
  const front = r.points.filter((p) => p.onFront).sort((a, b) => objectiveOf(r, a) - objectiveOf(r, b));
  const datasets = [
    { label: 'scored', backgroundColor: '#b0b8c1', data: r.points.filter((p) => !p.onFront).map(pt) },
    { label: 'front (verified on the machine)', borderColor: '#1f5fa8', backgroundColor: '#1f5fa8', showLine: true, data: front.map(pt) },
    { label: 'uniform presets', backgroundColor: '#e07b00', pointStyle: 'rectRot', pointRadius: 6, data: r.points.filter((p) => p.origin.startsWith('uniform')).map(pt) },
    ...(r.chosen === null ? [] : [{ label: 'chosen', backgroundColor: '#c0392b', pointStyle: 'star', pointRadius: 10, data: [pt(r.points[r.chosen]!)] }]),
  ];
  const unit = r.objective === 'energy' ? 'energy per inference (µJ)' : r.objective === 'cycles' ? 'cycles per inference' : 'energy × cycles (µJ·cycles)';
  // The chosen point is listed with the front even when it is not on it (it is the cheapest within the budget).
  const listed = r.chosen === null || r.points[r.chosen]!.onFront ? front : [...front, r.points[r.chosen]!].sort((a, b) => objectiveOf(r, a) - objectiveOf(r, b));
  const rows = listed.map((p) => [
    `#${p.id}`, p.origin, (p.estimate.energyPj / 1e6).toFixed(3), p.verified ? (p.verified.energyPj / 1e6).toFixed(3) : '-', p.verified ? String(p.verified.cycles) : '-',
    p.score.accuracyPct !== undefined ? p.score.accuracyPct.toFixed(2) : p.score.loss.toFixed(4), p.dropBound.toFixed(2),
    p.verified ? `${p.verified.bitExact ? 'yes' : 'NO'} (${p.verified.samples})` : 'not verified',
    Object.entries(p.layers).map(([l, o]) => `${l}:${o}`).join(' '),
  ]);
  const chosenRow = r.chosen === null ? -1 : listed.indexOf(r.points[r.chosen]!);
  const f = r.float;
  const body = `<p class="note">${escapeHtml(`${r.model} on a ${r.array} array; objective ${r.objective}; max drop ${r.maxDrop} pp. ${r.choiceData}. Float held-out ${f.accuracyPct !== undefined ? `${f.accuracyPct.toFixed(2)} %` : `loss ${f.loss.toFixed(4)}`}. Command: ${r.command}`)}</p>
<h2>Front</h2>
<p class="note">Every configuration the search scored on held-out calibration data; the front is verified end to end (quantized, compiled, simulated bit-exactly against the integer reference).</p>
<div class="chart"><canvas id="chart-front" role="img" aria-label="Objective against held-out accuracy with the front"></canvas></div>
<h2>Front points</h2>
${table(['point', 'origin', 'energy µJ (cache)', 'energy µJ (simulated)', 'cycles (simulated)', f.accuracyPct !== undefined ? 'held-out top-1 %' : 'held-out loss', 'drop + 1 SE', 'bit-exact (samples)', 'per-layer options'], rows, (i) => `front${i === chosenRow ? ' chosen' : ''}`)}
<p class="note">${escapeHtml(`Cost cache: ${r.cache.entries} layer entries, ${r.cache.hits} hits, ${r.cache.misses} misses, ${r.cache.simulations} whole-network simulations; ${r.seconds.toFixed(0)} s on ${r.threads} thread(s).`)}</p>`;
  return page(`accsim search: ${r.model}`, body, { datasets, xAxis: unit, yAxis: f.accuracyPct !== undefined ? 'held-out top-1 (%)' : '−loss' }, FRONT_SCRIPT);
}
