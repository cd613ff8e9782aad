// The sweep CSV: one row per design point, a fixed column order (docs/SWEEP.md lists it with units),
// RFC 4180 quoting, and the exact inverse (parse a row back into a point) that --resume relies on.
// A point whose evaluation failed is a row too (status "failed", its one-line error, no figures), so
// the CSV says which points of the grid have no result and why.
// Per-layer details are not columns; they live in the `<csv>.points.jsonl` sidecar (points-store.ts).
import type { Dataflow, EnergyByComponent, SweepPoint } from '../report/sweep-types.js';

/** A finished point as stored: the evaluated point plus the run settings that are part of its identity. */
export interface SweepRow {
  point: SweepPoint;
  data?: string;
  limit?: number;
  seed: number;
}

/** A point whose evaluation failed: what identifies it, and the one-line error. */
export interface FailedRow {
  failed: { model: string; preset: string; array: string; rows: number; cols: number; dataflow: Dataflow };
  error: string;
  data?: string;
  limit?: number;
  seed: number;
}

/** A row of the CSV: a finished point or a failed one. */
export type CsvRow = SweepRow | FailedRow;

/** True for the row of a failed point. */
export function isFailedRow(r: CsvRow): r is FailedRow {
  return 'failed' in r;
}

type Kind = 'string' | 'optString' | 'int' | 'optInt' | 'number' | 'optNumber' | 'bool' | 'dataflow' | 'status';

interface Column {
  readonly name: string;
  readonly kind: Kind;
  /** Part of a failed row too (the point's identity); the other columns are empty there. */
  readonly identity?: boolean;
  get(r: CsvRow): string | number | boolean | undefined;
  set(r: MutableRow, v: string | number | boolean | undefined): void;
}

/** A row under construction while parsing (every field assigned by its column). */
type MutableRow = { point: Record<string, unknown> & { energy: Record<string, unknown> }; data?: string; limit?: number; seed: number; error?: string };

function pointField(name: string, kind: Kind, key: keyof SweepPoint): Column {
  return {
    name, kind,
    get: (r) => (isFailedRow(r) ? (r.failed as Partial<Record<keyof SweepPoint, string | number>>)[key] : (r.point[key] as string | number | boolean | undefined)),
    set: (r, v) => void (v !== undefined && ((r.point as Record<string, unknown>)[key] = v)),
  };
}

function identityField(name: string, kind: Kind, key: keyof FailedRow['failed']): Column {
  return { ...pointField(name, kind, key), identity: true };
}

function energyField(name: string, key: keyof EnergyByComponent, optional = false): Column {
  return {
    name, kind: optional ? 'optNumber' : 'number',
    get: (r) => (isFailedRow(r) ? undefined : r.point.energy[key]),
    set: (r, v) => void (v !== undefined && (r.point.energy[key] = v)),
  };
}

/** The columns, in file order. Changing this list changes the header, and --resume then refuses old files. */
export const COLUMNS: readonly Column[] = [
  identityField('model', 'string', 'model'),
  identityField('preset', 'string', 'preset'),
  identityField('array', 'string', 'array'),
  identityField('rows', 'int', 'rows'),
  identityField('cols', 'int', 'cols'),
  identityField('dataflow', 'dataflow', 'dataflow'),
  { name: 'data', kind: 'optString', identity: true, get: (r) => r.data, set: (r, v) => void (v !== undefined && (r.data = v as string)) },
  { name: 'limit', kind: 'optInt', identity: true, get: (r) => r.limit, set: (r, v) => void (v !== undefined && (r.limit = v as number)) },
  { name: 'seed', kind: 'int', identity: true, get: (r) => r.seed, set: (r, v) => void (r.seed = v as number) },
  pointField('cycles', 'int', 'cycles'),
  pointField('latency_us', 'number', 'latencyUs'),
  pointField('utilization', 'number', 'utilization'),
  pointField('energy_pj', 'number', 'energyPj'),
  energyField('energy_mac_pj', 'mac'),
  energyField('energy_accumulator_pj', 'accumulator'),
  energyField('energy_input_sram_pj', 'inputSram'),
  energyField('energy_weight_sram_pj', 'weightSram'),
  energyField('energy_output_sram_pj', 'outputSram'),
  energyField('energy_param_sram_pj', 'paramSram'),
  energyField('energy_dram_pj', 'dram'),
  energyField('energy_vector_pj', 'vector'),
  energyField('energy_register_pj', 'register', true),
  pointField('pj_per_mac', 'number', 'pjPerMac'),
  pointField('tops_per_w', 'number', 'topsPerW'),
  pointField('macs', 'int', 'macs'),
  pointField('accuracy_pct', 'optNumber', 'accuracyPct'),
  pointField('float_accuracy_pct', 'optNumber', 'floatAccuracyPct'),
  pointField('top1_agreement_pct', 'optNumber', 'top1Agreement'),
  pointField('sqnr_db', 'optNumber', 'sqnrDb'),
  pointField('bit_exact', 'bool', 'bitExact'),
  // Read first when parsing: it decides which of the other columns must be filled.
  { name: 'status', kind: 'status', identity: true, get: (r) => (isFailedRow(r) ? 'failed' : 'ok'), set: () => {} },
  { name: 'error', kind: 'optString', identity: true, get: (r) => (isFailedRow(r) ? r.error : undefined), set: (r, v) => void (v !== undefined && (r.error = v as string)) },
];

/** Quotes a field when RFC 4180 requires it (comma, double quote, CR or LF), doubling inner quotes. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header line, with its newline. */
export const CSV_HEADER = `${COLUMNS.map((c) => c.name).join(',')}\n`;

/**
 * One row with its newline. Numbers are written in JavaScript's shortest round-trip form (so parsing
 * gives the identical double back), absent optional values as empty fields, booleans as true/false.
 */
export function formatCsvRow(row: CsvRow): string {
  return `${COLUMNS.map((c) => {
    const v = c.get(row);
    return v === undefined ? '' : csvField(String(v));
  }).join(',')}\n`;
}

/** One parsed record: its fields and the 1-based line where it starts. */
export interface CsvRecord {
  fields: string[];
  line: number;
}

/** The result of splitting a CSV text into records. */
export interface CsvParse {
  records: CsvRecord[];
  /**
   * Character offset (in the decoded text) where an incomplete last record starts: no final newline, or
   * an open quote at the end, i.e. an append cut short by a crash. Undefined when the text ends cleanly.
   */
  tornAt?: number;
  /** A syntax error (quote in the middle of an unquoted field, text after a closing quote). */
  error?: { line: number; message: string };
}

/** Splits RFC 4180 text into records (LF or CRLF line ends; quoted fields may contain both). */
export function parseCsv(text: string): CsvParse {
  const records: CsvRecord[] = [];
  let i = 0;
  let line = 1;
  while (i < text.length) {
    const start = i;
    const startLine = line;
    const fields: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) return { records, tornAt: start };
          const ch = text[i]!;
          if (ch === '"') {
            if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
            i++;
            break;
          }
          if (ch === '\n') line++;
          field += ch;
          i++;
        }
        if (i < text.length && !/[,\r\n]/.test(text[i]!)) return { records, error: { line, message: 'text after a closing quote' } };
      } else {
        while (i < text.length && !/[,\r\n]/.test(text[i]!)) {
          if (text[i] === '"') return { records, error: { line, message: 'a double quote inside an unquoted field' } };
          field += text[i]!;
          i++;
        }
      }
      fields.push(field);
      if (text[i] === ',') { i++; continue; }
      break;
    }
    if (i >= text.length) return { records, tornAt: start };
    if (text[i] === '\r') i++;
    if (text[i] !== '\n') return { records, error: { line, message: 'a carriage return without a line feed' } };
    i++;
    line++;
    records.push({ fields, line: startLine });
  }
  return { records };
}

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$|^-?Infinity$|^NaN$/;

function parseValue(kind: Kind, text: string): string | number | boolean | undefined | Error {
  const optional = kind === 'optString' || kind === 'optInt' || kind === 'optNumber';
  if (text === '' && optional) return undefined;
  switch (kind) {
    case 'string':
    case 'optString':
      return text;
    case 'dataflow':
      return text === 'ws' || text === 'os' ? text : new Error(`must be ws or os, got "${text}"`);
    case 'bool':
      return text === 'true' ? true : text === 'false' ? false : new Error(`must be true or false, got "${text}"`);
    case 'status':
      return text === 'ok' || text === 'failed' ? text : new Error(`must be ok or failed, got "${text}"`);
    case 'int':
    case 'optInt':
      return /^-?\d+$/.test(text) ? Number(text) : new Error(`must be an integer, got "${text}"`);
    case 'number':
    case 'optNumber':
      return NUMBER.test(text) ? Number(text) : new Error(`must be a number, got "${text}"`);
  }
}

const STATUS = COLUMNS.findIndex((c) => c.name === 'status');

/** A record back into a row (layers empty: they are in the sidecar), or an error message naming the column. */
export function rowFromRecord(fields: readonly string[]): CsvRow | string {
  if (fields.length !== COLUMNS.length) return `has ${fields.length} fields, the header has ${COLUMNS.length}`;
  const status = parseValue('status', fields[STATUS]!);
  if (status instanceof Error) return `column status ${status.message}`;
  const failed = status === 'failed';
  const row: MutableRow = { point: { energy: {}, layers: [] }, seed: 0 };
  for (let c = 0; c < COLUMNS.length; c++) {
    const column = COLUMNS[c]!;
    // A failed row has its identity and its error; a finished one has its figures and no error.
    if (failed && column.identity !== true) {
      if (fields[c] !== '') return `column ${column.name} must be empty in a failed row, got "${fields[c]}"`;
      continue;
    }
    if (!failed && column.name === 'error' && fields[c] !== '') return `column error must be empty in a row with status ok, got "${fields[c]}"`;
    const value = parseValue(column.kind, fields[c]!);
    if (value instanceof Error) return `column ${column.name} ${value.message}`;
    column.set(row, value);
  }
  if (!failed) return row as unknown as SweepRow;
  const { point, error, ...rest } = row;
  const { model, preset, array, rows, cols, dataflow } = point as unknown as FailedRow['failed'];
  return { failed: { model, preset, array, rows, cols, dataflow }, error: error ?? '', ...rest };
}
