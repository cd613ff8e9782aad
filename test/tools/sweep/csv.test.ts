// The sweep CSV: column order (the documented contract), RFC 4180 quoting, exact round trip, torn tails.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLUMNS, CSV_HEADER, csvField, formatCsvRow, parseCsv, rowFromRecord, type FailedRow, type SweepRow } from '../../../tools/sweep/csv.js';
import { fakePoint } from './fake-evaluator.js';
import { PROPERTY_SEED, propertyRuns } from '../../property-runs.js';

const spec = { model: 'models/net.qir', preset: 'w8a8', array: '16x16', dataflow: 'ws' as const, seed: 7 };

/** A row without layers (the CSV does not carry them). */
function row(overrides: Partial<SweepRow['point']> = {}, extra: Partial<SweepRow> = {}): SweepRow {
  return { point: { ...fakePoint(spec), layers: [], ...overrides }, seed: 7, ...extra };
}

describe('sweep CSV', () => {
  it('has the documented columns in the documented order', () => {
    expect(CSV_HEADER).toBe(
      'model,preset,array,rows,cols,dataflow,data,limit,seed,cycles,latency_us,utilization,energy_pj,' +
        'energy_mac_pj,energy_accumulator_pj,energy_input_sram_pj,energy_weight_sram_pj,energy_output_sram_pj,' +
        'energy_param_sram_pj,energy_dram_pj,energy_vector_pj,energy_register_pj,pj_per_mac,tops_per_w,macs,' +
        'accuracy_pct,float_accuracy_pct,top1_agreement_pct,sqnr_db,bit_exact,status,error\n',
    );
  });

  it('writes a hand-checked row: fields in column order, optional ones empty', () => {
    const r: SweepRow = {
      point: {
        model: 'a,b.qir', preset: 'w4a8', array: '8x8', rows: 8, cols: 8, dataflow: 'os', cycles: 1200, latencyUs: 1.2, utilization: 0.5,
        energyPj: 36, energy: { mac: 1, accumulator: 2, inputSram: 3, weightSram: 4, outputSram: 5, paramSram: 6, dram: 7, vector: 8 },
        pjPerMac: 0.25, topsPerW: 8, macs: 144, top1Agreement: 99.5, sqnrDb: Infinity, bitExact: false, layers: [],
      },
      data: 'dir "x"', limit: 100, seed: 0,
    };
    expect(formatCsvRow(r)).toBe('"a,b.qir",w4a8,8x8,8,8,os,"dir ""x""",100,0,1200,1.2,0.5,36,1,2,3,4,5,6,7,8,,0.25,8,144,,,99.5,Infinity,false,ok,\n');
    expect(rowFromRecord(parseCsv(formatCsvRow(r)).records[0]!.fields)).toEqual(r);
  });

  it('writes a failed point as its identity, status failed and the one-line error, and reads it back', () => {
    const f: FailedRow = { failed: { model: 'n.qir', preset: 'w4a4', array: '8x16', rows: 8, cols: 16, dataflow: 'ws' }, error: 'MAP001: layer "fc", 2 does not fit', seed: 3 };
    const line = formatCsvRow(f);
    expect(line).toBe(`n.qir,w4a4,8x16,8,16,ws,,,3${','.repeat(21)},failed,"MAP001: layer ""fc"", 2 does not fit"\n`);
    expect(rowFromRecord(parseCsv(line).records[0]!.fields)).toEqual(f);
    const fields = parseCsv(line).records[0]!.fields;
    fields[COLUMNS.findIndex((c) => c.name === 'cycles')] = '12';
    expect(rowFromRecord(fields)).toBe('column cycles must be empty in a failed row, got "12"');
    const ok = parseCsv(formatCsvRow(row())).records[0]!.fields;
    ok[COLUMNS.length - 1] = 'stray';
    expect(rowFromRecord(ok)).toBe('column error must be empty in a row with status ok, got "stray"');
    ok[COLUMNS.length - 2] = 'maybe';
    expect(rowFromRecord(ok)).toBe('column status must be ok or failed, got "maybe"');
  });

  it('quotes exactly the fields RFC 4180 requires', () => {
    expect(csvField('plain text; ok')).toBe('plain text; ok');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(parseCsv('"a,b","say ""hi""","two\nlines"\r\nx,,y\n')).toEqual({
      records: [{ fields: ['a,b', 'say "hi"', 'two\nlines'], line: 1 }, { fields: ['x', '', 'y'], line: 3 }],
    });
  });

  it('round-trips any row exactly (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', 'é', '0') });
    // -0 is written as "0" (String(-0)); no figure of a point is meaningfully negative zero.
    const num = fc.double({ noNaN: true }).map((d) => (d === 0 ? 0 : d));
    // An empty --data is not a data directory (the command refuses it), so data is never "".
    const data = text.filter((s) => s !== '');
    fc.assert(
      fc.property(text, data, fc.nat(), num, fc.option(num, { nil: undefined }), fc.boolean(), fc.option(fc.nat(), { nil: undefined }), (model, data, cycles, util, acc, exact, limit) => {
        const r = row({ model, cycles, utilization: util, accuracyPct: acc, bitExact: exact }, { data, limit });
        if (acc === undefined) delete r.point.accuracyPct;
        if (limit === undefined) delete r.limit;
        const parsed = parseCsv(CSV_HEADER + formatCsvRow(r));
        expect(parsed.tornAt).toBeUndefined();
        expect(parsed.records).toHaveLength(2);
        expect(rowFromRecord(parsed.records[1]!.fields)).toEqual(r);
      }),
      { seed: PROPERTY_SEED, numRuns: propertyRuns(200) },
    );
  });

  it('reports where a torn last record starts, and syntax errors with their line', () => {
    const good = CSV_HEADER + formatCsvRow(row());
    const torn = `${good}"w8a8,pa`;
    expect(parseCsv(torn).tornAt).toBe(good.length);
    expect(parseCsv(`${good}m,w8a8`).tornAt).toBe(good.length);
    expect(parseCsv(`${good}ab"c,d\n`).error).toEqual({ line: 3, message: 'a double quote inside an unquoted field' });
    expect(parseCsv('"a"b\n').error?.message).toBe('text after a closing quote');
  });

  it('rejects rows with the wrong field count or unparsable values, naming the column', () => {
    const fields = parseCsv(formatCsvRow(row())).records[0]!.fields;
    expect(rowFromRecord(fields.slice(1))).toBe(`has ${COLUMNS.length - 1} fields, the header has ${COLUMNS.length}`);
    const bad = [...fields];
    bad[COLUMNS.findIndex((c) => c.name === 'cycles')] = '12k';
    expect(rowFromRecord(bad)).toBe('column cycles must be an integer, got "12k"');
    bad[COLUMNS.findIndex((c) => c.name === 'cycles')] = '12';
    bad[COLUMNS.findIndex((c) => c.name === 'dataflow')] = 'is';
    expect(rowFromRecord(bad)).toBe('column dataflow must be ws or os, got "is"');
  });
});
