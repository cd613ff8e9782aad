// Runs a reader on mutated inputs and classifies every case: a value, a user error (UserError with a
// code and one-line messages), or a failure: an escaping exception, a case slower than the time limit,
// or a typed array / ArrayBuffer allocation larger than the format's budget (the reader sized something
// by a number in the file). Allocations are seen by wrapping the global typed-array constructors while
// a case runs; Node's own internal buffers (zlib, TextDecoder) are not counted.
import { UserError } from '../../core/diagnostics.js';
import { mulberry32 } from '../../core/seeded-random.js';
import { type FuzzFormat, mutateCase } from './formats.js';
import { oneOf } from './mutate.js';

/** What one case did. */
export type CaseOutcome =
  | { readonly kind: 'value'; readonly ms: number }
  | { readonly kind: 'user-error'; readonly code: string; readonly ms: number }
  | { readonly kind: 'escape' | 'slow' | 'oversize'; readonly detail: string; readonly ms: number };

/** The figures of a run over one format. */
export interface FuzzStats {
  readonly format: string;
  readonly cases: number;
  readonly values: number;
  readonly userErrors: number;
  /** User-error codes seen, with counts. */
  readonly codes: Record<string, number>;
  readonly maxMs: number;
  /** Largest single allocation seen, in bytes. */
  readonly maxAllocation: number;
  /** The failing cases: case index, outcome and the input (to save as a fixture). */
  readonly failures: { readonly index: number; readonly outcome: CaseOutcome; readonly input: Uint8Array }[];
}

const TYPED_ARRAYS = [
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
  'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'ArrayBuffer',
] as const;

let largestAllocation = 0;

/** Bytes a constructor call will allocate: a length, an ArrayBuffer size, or an array-like's length. */
function requestedBytes(name: string, args: unknown[]): number {
  const elementBytes = name === 'ArrayBuffer' ? 1 : (globalThis as unknown as Record<string, { BYTES_PER_ELEMENT: number }>)[name]!.BYTES_PER_ELEMENT;
  const a = args[0];
  if (typeof a === 'number') return a * elementBytes;
  if (a !== null && typeof a === 'object' && !(a instanceof ArrayBuffer) && 'length' in a && typeof a.length === 'number') return a.length * elementBytes;
  return 0;
}

/** Runs `f` with the global typed-array constructors wrapped, returning its result and the largest allocation. */
function trackingAllocations<T>(f: () => T): { result: T; largest: number } {
  const originals = TYPED_ARRAYS.map((name) => [name, (globalThis as Record<string, unknown>)[name]] as const);
  largestAllocation = 0;
  for (const [name, ctor] of originals) {
    (globalThis as Record<string, unknown>)[name] = new Proxy(ctor as object, {
      construct(target, args, newTarget) {
        largestAllocation = Math.max(largestAllocation, requestedBytes(name, args));
        return Reflect.construct(target as new (...a: unknown[]) => object, args, newTarget === undefined ? target as never : newTarget);
      },
    });
  }
  try {
    return { result: f(), largest: largestAllocation };
  } finally {
    for (const [name, ctor] of originals) (globalThis as Record<string, unknown>)[name] = ctor;
  }
}

/**
 * The time a case may take: `baseMs` plus 2 s per MB of input (the mutations build inputs of a few MB, which
 * a linear reader reads in about a second on a loaded machine; a hang or a quadratic blow-up still trips it).
 */
export function timeLimitMs(baseMs: number, inputBytes: number): number {
  return baseMs + (2000 * inputBytes) / 1e6;
}

/** CPU milliseconds this process has used: unlike wall time, not stretched when the machine is shared. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Runs the reader on one input and classifies what happened (`slowMs`: the CPU-time limit of a small
 * input; durations are CPU time of this process, so a loaded machine does not turn into a "hang").
 */
export function runCase(format: FuzzFormat, input: Uint8Array, slowMs: number): CaseOutcome & { allocation: number } {
  const started = cpuMs();
  let outcome: CaseOutcome;
  let allocation = 0;
  try {
    allocation = trackingAllocations(() => format.read(input)).largest;
    outcome = { kind: 'value', ms: cpuMs() - started };
  } catch (e) {
    allocation = largestAllocation;
    const ms = cpuMs() - started;
    if (e instanceof UserError && e.diagnostics.length > 0) {
      const bad = e.diagnostics.find((d) => !/^[A-Z]+\d+$/.test(d.code) || d.message.includes('\n') || d.message === '');
      outcome = bad === undefined
        ? { kind: 'user-error', code: e.diagnostics[0]!.code, ms }
        : { kind: 'escape', detail: `UserError without a code or with a multi-line message: ${JSON.stringify(bad).slice(0, 300)}`, ms };
    } else {
      const err = e as Error;
      outcome = { kind: 'escape', detail: `${err?.constructor?.name ?? typeof e}: ${String(err?.message ?? e).slice(0, 300)}\n${(err?.stack ?? '').split('\n').slice(1, 6).join('\n')}`, ms };
    }
  }
  if (outcome.kind === 'value' || outcome.kind === 'user-error') {
    const limit = timeLimitMs(slowMs, input.length);
    if (outcome.ms > limit) outcome = { kind: 'slow', detail: `${outcome.ms.toFixed(0)} ms of CPU for ${input.length} bytes (limit ${limit.toFixed(0)} ms)`, ms: outcome.ms };
    else if (allocation > format.allocationBudget(input.length)) outcome = { kind: 'oversize', detail: `allocated ${allocation} bytes for a ${input.length}-byte input (budget ${format.allocationBudget(input.length)})`, ms: outcome.ms };
  }
  return { ...outcome, allocation };
}

/** `cases` mutated inputs of `format` from the PRNG seeded with `seed` (case k is reproducible alone). */
export function fuzzFormat(format: FuzzFormat, cases: number, seed: number, slowMs = 5000): FuzzStats {
  const seeds = format.seeds();
  const codes: Record<string, number> = {};
  const failures: FuzzStats['failures'][number][] = [];
  let values = 0;
  let userErrors = 0;
  let maxMs = 0;
  let maxAllocation = 0;
  for (let k = 0; k < cases; k++) {
    const input = caseInput(format, seeds, seed, k);
    const o = runCase(format, input, slowMs);
    maxMs = Math.max(maxMs, o.ms);
    maxAllocation = Math.max(maxAllocation, o.allocation);
    if (o.kind === 'value') values++;
    else if (o.kind === 'user-error') {
      userErrors++;
      codes[o.code] = (codes[o.code] ?? 0) + 1;
    } else failures.push({ index: k, outcome: o, input });
  }
  return { format: format.name, cases, values, userErrors, codes, maxMs, maxAllocation, failures };
}

/** The input of case `k`: a seed file with 1..4 stacked mutations, from a PRNG seeded by (seed, k). */
export function caseInput(format: FuzzFormat, seeds: readonly Uint8Array[], seed: number, k: number): Uint8Array {
  const r = mulberry32((seed ^ Math.imul(k + 1, 0x9e3779b1)) >>> 0);
  return mutateCase(format, oneOf(r, seeds), r);
}
