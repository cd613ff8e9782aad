// The HTML tables of the sweep report, rendered on the server side so every string from the data
// passes through escapeHtml in one place; the page script only toggles and sorts them.
import { dramEfficiency } from './dram-traffic.js';
import type { ReportView } from './report-view.js';
import type { LayerResult, SweepPoint } from './sweep-types.js';

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A table cell: shown text, the value its column sorts by (number or text), and alignment. */
interface Cell {
  text: string;
  sort: number | string | undefined;
  numeric: boolean;
}

const MISSING = '—';

function num(value: number | undefined, format: (n: number) => string): Cell {
  const ok = value !== undefined && Number.isFinite(value);
  return { text: ok ? format(value) : MISSING, sort: ok ? value : undefined, numeric: true };
}

function text(value: string): Cell {
  return { text: value, sort: value, numeric: false };
}

/** 12,345,678 */
export function formatInt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** Three significant digits with thousands separators (0.0120, 4.50, 1,230). */
export function formatSig3(n: number): string {
  return n.toLocaleString('en-US', { minimumSignificantDigits: 3, maximumSignificantDigits: 3 });
}

/** A 0..1 fraction as a percentage with one decimal (0.4567 → "45.7"). */
export function formatFractionPct(f: number): string {
  return (f * 100).toFixed(1);
}

const fixed1 = (n: number): string => n.toFixed(1);

function renderCell(c: Cell): string {
  // Missing values sort last in either direction: the page script treats an absent data-sort so.
  const sort = c.sort === undefined ? '' : ` data-sort="${escapeHtml(String(c.sort))}"`;
  return `<td${c.numeric ? ' class="num"' : ''}${sort}>${escapeHtml(c.text)}</td>`;
}

function renderHead(cols: readonly { title: string; numeric: boolean }[]): string {
  const ths = cols.map((c) => `<th scope="col"${c.numeric ? ' class="num"' : ''}>${escapeHtml(c.title)}</th>`);
  return `<thead><tr>${ths.join('')}</tr></thead>`;
}

interface Column<T> {
  title: string;
  numeric: boolean;
  cell: (row: T) => Cell;
}

const SUMMARY_COLUMNS: Column<{ p: SweepPoint; label: string; front: boolean }>[] = [
  { title: 'Point', numeric: false, cell: (r) => text(r.label) },
  { title: 'Pareto', numeric: false, cell: (r) => text(r.front ? '★' : '') },
  { title: 'Cycles', numeric: true, cell: (r) => num(r.p.cycles, formatInt) },
  { title: 'Latency µs', numeric: true, cell: (r) => num(r.p.latencyUs, formatSig3) },
  { title: 'Util. %', numeric: true, cell: (r) => num(r.p.utilization, formatFractionPct) },
  { title: 'Energy µJ', numeric: true, cell: (r) => num(r.p.energyPj / 1e6, formatSig3) },
  { title: 'pJ/MAC', numeric: true, cell: (r) => num(r.p.pjPerMac, formatSig3) },
  { title: 'TOPS/W', numeric: true, cell: (r) => num(r.p.topsPerW, formatSig3) },
  { title: 'Acc. %', numeric: true, cell: (r) => num(r.p.accuracyPct, fixed1) },
  { title: 'Float acc. %', numeric: true, cell: (r) => num(r.p.floatAccuracyPct, fixed1) },
  { title: 'Agree %', numeric: true, cell: (r) => num(r.p.top1Agreement, fixed1) },
  { title: 'SQNR dB', numeric: true, cell: (r) => num(r.p.sqnrDb, fixed1) },
  { title: 'Bit-exact', numeric: false, cell: (r) => text(r.p.bitExact ? 'yes' : 'NO') },
];

/** The table of all design points, one row per point in sweep order. */
export function renderSummaryTable(points: readonly SweepPoint[], view: ReportView): string {
  const rows = points.map((p, i) => {
    const r = { p, label: view.labels[i]!, front: view.onFront[i]! };
    const cls = p.bitExact ? '' : ' class="not-exact"';
    return `<tr${cls}>${SUMMARY_COLUMNS.map((c) => renderCell(c.cell(r))).join('')}</tr>`;
  });
  return `<table id="summary-table" class="sortable">${renderHead(SUMMARY_COLUMNS)}<tbody>${rows.join('\n')}</tbody></table>`;
}

const LAYER_COLUMNS: Column<LayerResult>[] = [
  { title: 'Layer', numeric: false, cell: (l) => text(l.name) },
  { title: 'Op', numeric: false, cell: (l) => text(l.op) },
  { title: 'Shape', numeric: false, cell: (l) => text(l.shape) },
  { title: 'MACs', numeric: true, cell: (l) => num(l.macs, formatInt) },
  { title: 'Cycles', numeric: true, cell: (l) => num(l.cycles, formatInt) },
  { title: 'Util. (%)', numeric: true, cell: (l) => num(l.utilization, formatFractionPct) },
  { title: 'Stall cycles', numeric: true, cell: (l) => num(l.stallCycles, formatInt) },
  { title: 'DRAM bytes', numeric: true, cell: (l) => num(l.dramBytes, formatInt) },
  { title: 'Compulsory B', numeric: true, cell: (l) => num(l.dram?.compulsory, formatInt) },
  { title: 'DRAM eff. (%)', numeric: true, cell: (l) => num(l.dram === undefined ? undefined : dramEfficiency(l.dram), formatFractionPct) },
  { title: 'Energy (nJ)', numeric: true, cell: (l) => num(l.energyPj / 1e3, formatSig3) },
];

/** The roofline of the selected point (drawn by roofline-client.ts). */
const ROOFLINE_HTML = `<section id="roofline">
<h3>Roofline</h3>
<p class="note" id="roofline-note"></p>
<div class="chart"><canvas id="chart-roofline" role="img" aria-label="Roofline: achieved MACs per cycle against arithmetic intensity, per layer"></canvas></div>
</section>`;

/**
 * The per-layer table: a point selector, the selected point's roofline and one <tbody> per point, all but the first hidden
 * (the page script shows the selected one). Rendering every point keeps all text escaped here.
 */
export function renderLayerSection(points: readonly SweepPoint[], view: ReportView): string {
  const options = points.map((_, i) => `<option value="${i}">${escapeHtml(view.labels[i]!)}</option>`);
  const bodies = points.map((p, i) => {
    const rows = p.layers.map((l) => `<tr>${LAYER_COLUMNS.map((c) => renderCell(c.cell(l))).join('')}</tr>`);
    return `<tbody data-point="${i}"${i === 0 ? '' : ' hidden'}>${rows.join('\n')}</tbody>`;
  });
  return [
    `<label for="layer-point">Design point</label> <select id="layer-point">${options.join('')}</select>`,
    ROOFLINE_HTML,
    `<div class="table-wrap"><table id="layer-table" class="sortable">${renderHead(LAYER_COLUMNS)}${bodies.join('\n')}</table></div>`,
  ].join('\n');
}
