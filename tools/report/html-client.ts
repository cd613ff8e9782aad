// The page script of the sweep report, as text inlined into the HTML by html.ts. It runs in the
// browser (plain ES2017, no modules, no network), reads the embedded JSON, draws four Chart.js
// charts and the selected point's roofline (roofline-client.ts), switches the per-layer table and
// sorts tables. All derived figures (labels, Pareto fronts, series, rooflines) come precomputed from
// report-view.ts; strings reach the page only through Chart.js's canvas text, textContent or
// server-escaped HTML, never innerHTML. Checked by test/browser/report.browser.test.ts in a real Chromium.
import { ROOFLINE_CLIENT_SCRIPT } from './roofline-client.js';

/** The browser script (plain JavaScript; the one substitution splices in the roofline's functions). */
export const CLIENT_SCRIPT = String.raw`
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('sweep-data').textContent);
  var view = data.view;
  var points = data.report.points;
  var PRESET_COLORS = ['#1f5fa8', '#c0392b', '#1e8449', '#8e44ad', '#d68910', '#148f96', '#7b4f2c', '#c2185b'];
  var COMPONENT_COLORS = {
    mac: '#1f5fa8', accumulator: '#5dade2', register: '#aed6f1', inputSram: '#1e8449', weightSram: '#58d68d',
    outputSram: '#a3e4d7', paramSram: '#f4d03f', vector: '#d68910', dram: '#c0392b'
  };
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };
  function presetColor(preset) {
    var i = Math.max(0, view.presets.indexOf(preset));
    return PRESET_COLORS[i % PRESET_COLORS.length];
  }
  function dataflowStyle(dataflow) { return dataflow === 'os' ? 'triangle' : 'circle'; }
  function sig3(n) { return n.toLocaleString('en-US', { maximumSignificantDigits: 3 }); }
  function axisTitle(text) { return { display: true, text: text, font: { weight: '600' } }; }

  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.font.size = 13;
  Chart.defaults.color = '#1d232b';

  // Labels beside scatter points; Pareto points are placed first and a label that would overlap
  // one already drawn is skipped (the tooltip still names every point).
  var pointLabels = {
    id: 'pointLabels',
    afterDatasetsDraw: function (chart) {
      var items = [];
      chart.data.datasets.forEach(function (ds, di) {
        var meta = chart.getDatasetMeta(di);
        if (!ds.labelPoints || !chart.isDatasetVisible(di)) return;
        meta.data.forEach(function (el, k) {
          var raw = ds.data[k];
          if (ds.labelText) items.push({ x: el.x, y: el.y, text: ds.labelText(raw), front: false });
          else items.push({ x: el.x, y: el.y, text: view.labels[raw.i], front: view.onFront[raw.i] });
        });
      });
      items.sort(function (a, b) { return (b.front ? 1 : 0) - (a.front ? 1 : 0); });
      var ctx = chart.ctx;
      var area = chart.chartArea;
      var placed = [];
      ctx.save();
      ctx.textBaseline = 'middle';
      items.forEach(function (it) {
        ctx.font = (it.front ? '600 ' : '') + '11px ' + Chart.defaults.font.family;
        var h = 13;
        var w = ctx.measureText(it.text).width;
        var box = { x: it.x + 7, y: it.y - 5 - h, w: w, h: h };
        if (box.x + w > area.right) box.x = it.x - 7 - w;
        if (box.y < area.top) box.y = it.y + 5;
        var clash = placed.some(function (b) {
          return box.x < b.x + b.w && b.x < box.x + box.w && box.y < b.y + b.h && b.y < box.y + box.h;
        });
        if (clash) return;
        placed.push(box);
        ctx.fillStyle = it.front ? '#1d232b' : '#5b6673';
        ctx.fillText(it.text, box.x, box.y + h / 2);
      });
      ctx.restore();
    }
  };

  function tradeoffChart() {
    var canvas = document.getElementById('chart-tradeoff');
    var metric = view.accuracy.metric;
    if (!metric) { canvas.parentNode.hidden = true; return; }
    var excluded = {};
    view.accuracy.excluded.forEach(function (i) { excluded[i] = true; });
    var xy = function (i) { return { x: points[i].energyPj / 1e6, y: points[i][metric], i: i }; };
    var datasets = view.presets.map(function (preset) {
      var data = [];
      points.forEach(function (p, i) { if (p.preset === preset && !excluded[i]) data.push(xy(i)); });
      var color = presetColor(preset);
      return {
        label: preset, data: data, labelPoints: true, backgroundColor: color, borderColor: color,
        pointRadius: 5, pointHoverRadius: 7,
        pointStyle: function (c) { return c.raw ? dataflowStyle(points[c.raw.i].dataflow) : 'circle'; }
      };
    }).filter(function (ds) { return ds.data.length > 0; });
    view.fronts.forEach(function (f) {
      datasets.push({
        type: 'line', label: view.models.length > 1 ? 'Pareto front (' + f.model + ')' : 'Pareto front',
        data: f.points.map(xy), stepped: 'before', borderColor: '#1d232b', backgroundColor: 'rgba(0, 0, 0, 0)',
        borderWidth: 1.5, borderDash: [6, 4], pointRadius: 0, pointHoverRadius: 0, fill: false
      });
    });
    var energies = points.map(function (p) { return p.energyPj; }).filter(function (e) { return e > 0; });
    var spread = Math.max.apply(null, energies) / Math.min.apply(null, energies);
    new Chart(canvas, {
      type: 'scatter',
      data: { datasets: datasets },
      plugins: [pointLabels],
      options: {
        layout: { padding: { right: 12, top: 8 } },
        scales: {
          x: { type: spread > 30 ? 'logarithmic' : 'linear', title: axisTitle('Energy per inference (µJ)') },
          y: { title: axisTitle(view.accuracy.axisTitle) }
        },
        plugins: {
          tooltip: {
            filter: function (item) { return item.dataset.type !== 'line'; },
            callbacks: {
              label: function (c) {
                var p = points[c.raw.i];
                return view.labels[c.raw.i] + ': ' + sig3(c.raw.x) + ' µJ, ' + c.raw.y.toFixed(1) + '%, ' +
                  p.cycles.toLocaleString('en-US') + ' cycles';
              }
            }
          }
        }
      }
    });
  }

  function arrayChart(id, valueOf, yScale) {
    var datasets = view.series.map(function (s) {
      var color = presetColor(s.preset);
      return {
        label: s.label, borderColor: color, backgroundColor: color, borderWidth: 2, tension: 0, spanGaps: true,
        borderDash: s.dataflow === 'os' ? [6, 4] : [], pointStyle: dataflowStyle(s.dataflow), pointRadius: 4,
        data: s.points.map(function (i) { return i === null ? null : valueOf(points[i]); })
      };
    });
    new Chart(document.getElementById(id), {
      type: 'line',
      data: { labels: view.arrays, datasets: datasets },
      options: {
        interaction: { mode: 'index', intersect: false },
        scales: { x: { title: axisTitle('Array size (rows × cols)') }, y: yScale },
        plugins: { legend: { labels: { usePointStyle: true } } }
      }
    });
  }

  function energyChart() {
    var datasets = view.components.map(function (c) {
      return {
        label: c.label, backgroundColor: COMPONENT_COLORS[c.key] || '#888',
        data: points.map(function (p) { return (p.energy[c.key] || 0) / 1e6; })
      };
    });
    new Chart(document.getElementById('chart-energy'), {
      type: 'bar',
      data: { labels: view.labels, datasets: datasets },
      options: {
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: { stacked: true, ticks: { autoSkip: false, maxRotation: 70, minRotation: 50, font: { size: 11 } } },
          y: { stacked: true, title: axisTitle('Energy per inference (µJ)') }
        },
        plugins: {
          tooltip: {
            callbacks: {
              label: function (c) { return c.dataset.label + ': ' + sig3(c.parsed.y) + ' µJ'; },
              footer: function (items) { return 'Total: ' + sig3(points[items[0].dataIndex].energyPj / 1e6) + ' µJ'; }
            }
          }
        }
      }
    });
  }

${ROOFLINE_CLIENT_SCRIPT}
  function wireLayerSelect() {
    var select = document.getElementById('layer-point');
    select.addEventListener('change', function () {
      each(document.querySelectorAll('#layer-table tbody'), function (tb) {
        tb.hidden = tb.getAttribute('data-point') !== select.value;
      });
      drawRoofline(Number(select.value));
    });
  }

  // Sorting by the cells' data-sort values; cells without one (missing figures) stay last.
  function sortValue(td) {
    var v = td.getAttribute('data-sort');
    if (v === null) return null;
    var n = Number(v);
    return v !== '' && isFinite(n) ? n : v;
  }
  function sortTable(table, col, dir) {
    each(table.tBodies, function (tb) {
      var rows = Array.prototype.slice.call(tb.rows);
      rows.sort(function (a, b) {
        var x = sortValue(a.cells[col]);
        var y = sortValue(b.cells[col]);
        if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
        if (typeof x === 'number' && typeof y === 'number') return dir * (x - y);
        return dir * String(x).localeCompare(String(y));
      });
      rows.forEach(function (r) { tb.appendChild(r); });
    });
  }
  function wireSorting() {
    each(document.querySelectorAll('table.sortable'), function (table) {
      var ths = table.tHead.rows[0].cells;
      each(ths, function (th, col) {
        th.tabIndex = 0;
        var activate = function () {
          var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
          each(ths, function (o) { o.removeAttribute('aria-sort'); });
          th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
          sortTable(table, col, dir);
        };
        th.addEventListener('click', activate);
        th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); activate(); } });
      });
    });
  }

  tradeoffChart();
  arrayChart('chart-cycles', function (p) { return p.cycles; },
    { type: 'logarithmic', title: axisTitle('Cycles per inference (log)') });
  arrayChart('chart-utilization', function (p) { return p.utilization * 100; },
    { min: 0, max: 100, title: axisTitle('Utilization (%)') });
  energyChart();
  if (points.length > 0) drawRoofline(0);
  wireLayerSelect();
  wireSorting();
  document.documentElement.setAttribute('data-ready', 'true');
})();
`;
