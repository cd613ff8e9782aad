// The roofline part of the report's page script (text spliced into html-client.ts's function scope,
// where `view`, `points`, `pointLabels`, `sig3` and `axisTitle` are defined). It draws the roofline of
// the point chosen in the per-layer <select> from view.rooflines (roofline-view.ts computes it).

/** Browser script text (plain ES2017). */
export const ROOFLINE_CLIENT_SCRIPT = String.raw`
  var ROOF_COLORS = ['#c0392b', '#8e44ad', '#d68910', '#148f96'];
  var rooflineChart = null;
  // Log axes labelled at powers of ten only (Chart.js also labels 2, 3, 5, ... which crowd the axis).
  var decades = { callback: function (v) { var l = Math.log10(v); return Math.abs(l - Math.round(l)) < 1e-9 ? sig3(v) : ''; } };
  function drawRoofline(i) {
    var canvas = document.getElementById('chart-roofline');
    var note = document.getElementById('roofline-note');
    var r = view.rooflines[i];
    if (rooflineChart) { rooflineChart.destroy(); rooflineChart = null; }
    canvas.parentNode.hidden = !r;
    if (!r) { note.textContent = 'No roofline for this point: it records no DRAM bandwidth, or no layer did MACs.'; return; }
    var layers = points[i].layers;
    var roofs = r.peaks.length > 0 ? r.peaks : [null];
    var datasets = roofs.map(function (peak, k) {
      var bw = function (x) { return peak === null ? r.bandwidth * x : Math.min(peak, r.bandwidth * x); };
      var line = [{ x: r.x.min, y: bw(r.x.min) }];
      if (peak !== null) line.push({ x: peak / r.bandwidth, y: peak });
      line.push({ x: r.x.max, y: bw(r.x.max) });
      return {
        type: 'line', label: (peak === null ? '' : 'peak ' + sig3(peak) + ' MACs/cycle, ') + 'DRAM ' + sig3(r.bandwidth) + ' B/cycle',
        data: line, borderColor: ROOF_COLORS[k % ROOF_COLORS.length], backgroundColor: ROOF_COLORS[k % ROOF_COLORS.length],
        borderWidth: 2, pointRadius: 0, pointHoverRadius: 0, fill: false, tension: 0
      };
    });
    datasets.push({
      label: 'layers', labelPoints: true, backgroundColor: '#1f5fa8', borderColor: '#1f5fa8', pointRadius: 5, pointHoverRadius: 7,
      labelText: function (d) { return layers[d.layer].name; },
      pointStyle: function (c) { return c.raw && c.raw.onChip ? 'rectRot' : 'circle'; },
      data: r.dots.map(function (d) { return { x: d.x, y: d.y, layer: d.layer, onChip: d.onChip }; })
    });
    var ridges = r.peaks.map(function (pk) { return sig3(pk / r.bandwidth); }).join(', ');
    note.textContent = view.labels[i] + ': each layer with MACs at its arithmetic intensity (MACs per DRAM byte, whole bursts) and its achieved MACs per cycle' +
      (ridges ? '; ridge point at ' + ridges + ' MACs/byte' : '') +
      (r.dots.some(function (d) { return d.onChip; }) ? '; ◆ = a layer that moved no DRAM byte (drawn at the right edge)' : '') + '.';
    rooflineChart = new Chart(canvas, {
      type: 'scatter',
      data: { datasets: datasets },
      plugins: [pointLabels],
      options: {
        layout: { padding: { right: 12, top: 8 } },
        scales: {
          x: { type: 'logarithmic', min: r.x.min, max: r.x.max, ticks: decades, title: axisTitle('Arithmetic intensity (MACs per DRAM byte)') },
          y: { type: 'logarithmic', min: r.y.min, max: r.y.max, ticks: decades, title: axisTitle('Achieved MACs per cycle') }
        },
        plugins: {
          tooltip: {
            filter: function (item) { return item.dataset.type !== 'line'; },
            callbacks: {
              label: function (c) {
                var l = layers[c.raw.layer];
                return l.name + ': ' + (c.raw.onChip ? 'no DRAM traffic' : sig3(c.raw.x) + ' MACs/byte') + ', ' + sig3(c.raw.y) + ' MACs/cycle';
              }
            }
          }
        }
      }
    });
  }
`;
