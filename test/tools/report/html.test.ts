import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InternalError } from '../../../core/diagnostics.js';
import { chartJsUmdSource, escapeScriptText, jsonForScript, renderSweepHtml, type EmbeddedData } from '../../../tools/report/html.js';
import { escapeHtml, formatSig3 } from '../../../tools/report/html-tables.js';
import type { SweepReport } from '../../../tools/report/sweep-types.js';
import { syntheticSweepReport } from '../../../tools/report/synthetic-sweep.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const DATA_OPEN = '<script type="application/json" id="sweep-data">';

function embeddedData(html: string): EmbeddedData {
  const start = html.indexOf(DATA_OPEN) + DATA_OPEN.length;
  return JSON.parse(html.slice(start, html.indexOf('</script>', start))) as EmbeddedData;
}

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

/** A report whose every free-text field tries to break out of its context. */
function hostileReport(): SweepReport {
  const r = syntheticSweepReport();
  const evil = '</script><script>window.__pwned=1</script><!--';
  r.title = `${evil} & "quoted" 'single'`;
  r.command = 'accsim sweep "<b>net</b>.qir"';
  r.energyTable = '<i>table</i>';
  r.hwBase = { note: evil };
  r.points[0]!.preset = '<b>w8a8</b>';
  r.points[0]!.layers[0]!.name = '"><img src=x onerror=alert(1)>';
  r.points[1]!.layers[0]!.shape = '\u2028</SCRIPT >';
  return r;
}

describe('escaping', () => {
  it('escapeHtml covers the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;');
  });

  it('escapeScriptText neutralises </script in any case and refuses <!--', () => {
    expect(escapeScriptText('s = "</script>"; t = "</SCRIPT>"')).toBe('s = "<\\/script>"; t = "<\\/SCRIPT>"');
    expect(() => escapeScriptText('x = "<!--"')).toThrow(InternalError);
  });

  it('jsonForScript never contains "<" or a raw line separator and parses back to the value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, s) => {
        const v = { value, s: `</script>${s}<!--\u2028\u2029` };
        const text = jsonForScript(v);
        expect(text).not.toMatch(/[<\u2028\u2029]/);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(v)));
      }),
      { seed: PROPERTY_SEED, numRuns: propertyRuns(200) },
    );
  });

  it('the inlined Chart.js bundle is the UMD build and needs no rewriting', () => {
    const src = chartJsUmdSource();
    expect(src).toContain('Chart.js v4');
    expect(escapeScriptText(src)).toBe(src);
  });
});

describe('renderSweepHtml', () => {
  const report = syntheticSweepReport();
  const html = renderSweepHtml(report);

  it('is one self-contained page: three scripts, no external resource', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(count(html, /<script\b/gi)).toBe(3);
    expect(count(html, /<\/script>/gi)).toBe(3);
    expect(html).toContain(chartJsUmdSource());
    const ownMarkup = html.replace(chartJsUmdSource(), '');
    expect(ownMarkup).not.toMatch(/<script[^>]*\bsrc=|<link\b|<iframe\b|<img\b|@import|url\(|https?:/i);
  });

  it('embeds the report verbatim with its derived view', () => {
    const data = embeddedData(html);
    expect(data.report).toEqual(report);
    expect(data.view.arrays).toEqual(['8x8', '16x16', '32x32']);
    expect(data.view.series).toHaveLength(8); // 4 presets x 2 dataflows
    expect(data.view.onFront.filter(Boolean)).toHaveLength(4);
  });

  it('has the four chart canvases, the point selector and both tables', () => {
    for (const id of ['chart-tradeoff', 'chart-cycles', 'chart-utilization', 'chart-energy']) {
      expect(html).toContain(`<canvas id="${id}"`);
    }
    expect(count(html, /<option value="\d+">/g)).toBe(24);
    expect(count(html, /<tbody data-point="\d+"/g)).toBe(24);
    expect(count(html, /<tbody data-point="\d+" hidden>/g)).toBe(23);
    const summary = html.slice(html.indexOf('<table id="summary-table"'), html.indexOf('</table>', html.indexOf('summary-table')));
    expect(count(summary, /<tr/g)).toBe(1 + 24);
    expect(count(summary, />★</g)).toBe(4);
    expect(summary).toContain('<td data-sort="w8a8@16x16/ws">w8a8@16x16/ws</td>');
  });

  it('writes table cells with sortable raw values and readable text', () => {
    const p = report.points[0]!;
    expect(html).toContain(`<td class="num" data-sort="${p.cycles}">${p.cycles.toLocaleString('en-US')}</td>`);
    expect(html).toContain(`data-sort="${p.layers[0]!.macs}">112,896</td>`); // conv1: 28*28*16*9
    expect(formatSig3(38)).toBe('38.0');
    expect(formatSig3(0.12)).toBe('0.120');
    expect(formatSig3(12345)).toBe('12,300');
  });

  it('escapes every free-text field of a hostile report', () => {
    const bad = renderSweepHtml(hostileReport());
    expect(count(bad, /<script\b/gi)).toBe(3);
    expect(count(bad, /<\/script/gi)).toBe(3);
    expect(bad).not.toMatch(/<img|<b>|<i>|<!--/i);
    expect(bad).toContain('<title>&#60;/script&#62;&#60;script&#62;window.__pwned=1');
    expect(bad).toContain('<option value="0">&#60;b&#62;w8a8&#60;/b&#62;@8x8/ws</option>');
    const layerName = '&#34;&#62;&#60;img src=x onerror=alert(1)&#62;';
    expect(bad).toContain(`<td data-sort="${layerName}">${layerName}</td>`);
    expect(embeddedData(bad).report).toEqual(hostileReport());
  });

  it('says which accuracy figure it plots and which points it leaves out', () => {
    const r = syntheticSweepReport();
    delete r.points[3]!.accuracyPct;
    expect(renderSweepHtml(r)).toContain('Left out for lack of this figure (1): w8a8@16x16/os.');
    for (const p of r.points) delete p.accuracyPct;
    expect(renderSweepHtml(r)).toContain('No point has a measured accuracy; the y axis is top-1 agreement with float (%) instead.');
    for (const p of r.points) delete p.top1Agreement;
    expect(renderSweepHtml(r)).toContain('there is no trade-off to plot');
  });
});
