// Reading and writing .qir files with their .safetensors sidecar: parse, attach weights, verify, locate errors.
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Graph } from '../ir/graph.js';
import { type Tensor, type TensorType, formatType, sameShape, sameType } from '../ir/tensor.js';
import { DTYPES, type DType } from '../ir/dtype.js';
import { inferTypes } from '../ir/verify.js';
import { UserError, type Diagnostic } from '../../core/diagnostics.js';
import { writeFilesAtomic } from '../io/atomic-write.js';
import { readSafetensors, writeSafetensors } from './safetensors.js';
import type { QirCode } from '../../core/error-codes/qir.js';
import { QirSource, throwIfAny } from './diagnostics.js';
import { parseCst } from './parser.js';
import { type ParsedQir, cstToGraph } from './to-graph.js';
import { constantPrintOrder, printQir } from './printer.js';

/** Supplies the sidecar tensors on demand (only graphs with sidecar constants need them). */
type SidecarSource = (parsed: ParsedQir) => ReadonlyMap<string, Tensor>;

/** "(used by conv2d %c1)" for the first node reading constant `name`. */
function usedBy(graph: Graph, name: string): string {
  const user = graph.nodes.find((n) => n.operands.some((o) => o.ref === 'const' && o.name === name));
  return user ? `used by ${user.op} %${user.name}` : 'not used by any node';
}

/** The byte container a sub-byte dtype is stored in (safetensors has no 4-, 2- or 1-bit types). */
const CONTAINER: Partial<Record<DType, DType>> = { i4: 'i8', i2: 'i8', b1: 'i8', u4: 'u8' };

/**
 * The sidecar tensor as the declared type, or a message why it is not: same dtype and shape, or a sub-byte
 * type read back from its byte container with every element inside the declared range.
 */
function asDeclared(t: Tensor, want: TensorType, weights: string): Tensor | string {
  const mismatch = `is declared ${formatType(want)}, the ${weights} holds ${formatType(t.type)}`;
  if (!sameShape(t.type.shape, want.shape)) return mismatch;
  if (t.type.dtype === want.dtype) return t;
  if (CONTAINER[want.dtype] !== t.type.dtype) return mismatch;
  const { min, max } = DTYPES[want.dtype];
  const bad = (t.data as Int8Array | Uint8Array).findIndex((v) => v < min! || v > max!);
  if (bad >= 0) return `is declared ${formatType(want)}, but element ${bad} in the ${weights} is ${t.data[bad]}, outside [${min}, ${max}]`;
  return { type: want, data: t.data };
}

/** Puts the sidecar tensors into the graph in declaration order, checking each declared name, dtype and shape. */
function attachSidecar(parsed: ParsedQir, src: QirSource, sidecar: ReadonlyMap<string, Tensor>): void {
  const { graph } = parsed;
  const weights = graph.weightsFile !== undefined ? `weights file "${graph.weightsFile}"` : 'supplied weights';
  const diags: Diagnostic[] = [];
  const found = new Map<string, Tensor>();
  for (const decl of parsed.sidecarDecls) {
    const t = sidecar.get(decl.name);
    const at = (code: QirCode, msg: string) => diags.push(src.at(code, msg, decl.loc.line, decl.loc.col));
    if (t === undefined) at('QIR008', `constant @${decl.name} (${usedBy(graph, decl.name)}) is not in the ${weights}`);
    else {
      const typed = asDeclared(t, decl.type, weights);
      if (typeof typed === 'string') at('QIR009', `constant @${decl.name} ${typed}`);
      else found.set(decl.name, typed);
    }
  }
  throwIfAny(diags);
  const inline = graph.constants;
  graph.constants = new Map(parsed.constOrder.map((name) => [name, inline.get(name) ?? found.get(name)!]));
}

/**
 * The most precise place for a verifier diagnostic: the attribute it names if written in the text,
 * else its node (shape errors carry only the node name), else where the verifier put it.
 */
function betterLocation(parsed: ParsedQir, d: Diagnostic): Diagnostic {
  if (d.node === undefined) return d;
  const attr = /attribute '([^']+)'/.exec(d.message)?.[1];
  const loc = (attr !== undefined ? parsed.attrLocs.get(d.node)?.get(attr) : undefined)
    ?? (d.line === undefined ? parsed.graph.nodes.find((n) => n.name === d.node)?.loc : undefined);
  return loc ? { ...d, line: loc.line, col: loc.col } : d;
}

/** Runs type inference, giving verifier diagnostics the file, line and source line of their node. */
function verifyLocated(parsed: ParsedQir, src: QirSource): void {
  const { graph } = parsed;
  try {
    inferTypes(graph);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    throw new UserError(e.diagnostics.map((d) => src.locate(betterLocation(parsed, d))), e.exitCode);
  }
  const diags: Diagnostic[] = [];
  for (const [name, { type, loc }] of parsed.declaredTypes) {
    const inferred = graph.values.get(name)!.type;
    if (!sameType(type, inferred)) diags.push(src.at('QIR012', `%${name} is declared ${formatType(type)} but its op produces ${formatType(inferred)}`, loc.line, loc.col, name));
  }
  throwIfAny(diags);
}

function buildGraph(src: QirSource, sidecar: SidecarSource): Graph {
  const parsed = cstToGraph(parseCst(src), src);
  if (parsed.sidecarDecls.length > 0) attachSidecar(parsed, src, sidecar(parsed));
  verifyLocated(parsed, src);
  return parsed.graph;
}

/**
 * Parses QIR text into a verified graph (types inferred). Constants declared without a literal are taken
 * from `sidecar`; `file` only names the text in diagnostics. Throws a UserError with located diagnostics.
 */
export function parseQir(text: string, file?: string, sidecar?: ReadonlyMap<string, Tensor>): Graph {
  const src = new QirSource(text, file);
  return buildGraph(src, (parsed) => {
    if (sidecar) return sidecar;
    const first = parsed.sidecarDecls[0]!;
    return throwIfAny([src.at('QIR010', `constant @${first.name} has no inline value and no weights were supplied`, first.loc.line, first.loc.col)]) as never;
  });
}

/** Reads a file, turning a missing or unreadable file into a user error. */
function readOrFail(path: string, what: string, where: Partial<Diagnostic> = {}): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new UserError({ ...where, code: what === 'QIR file' ? 'QIR013' : 'QIR010', message: `cannot read ${what} ${path} (${reason})` });
  }
}

/**
 * Loads a .qir file and its sidecar (the graph's `weights` file, relative to the .qir file), checks that every
 * declared sidecar constant is there with the declared dtype and shape, and verifies the graph.
 */
export function loadQir(path: string): Graph {
  const src = new QirSource(readOrFail(path, 'QIR file').toString('utf8'), path);
  return buildGraph(src, (parsed) => {
    const first = parsed.sidecarDecls[0]!;
    const weights = parsed.graph.weightsFile;
    if (weights === undefined) {
      throwIfAny([src.at('QIR010', `constant @${first.name} has no inline value and graph ${parsed.graph.name} names no weights file; add (weights "${basename(path, extname(path))}.safetensors") after the graph name`, first.loc.line, first.loc.col)]);
    }
    const wpath = resolve(dirname(path), weights!);
    const loc = parsed.weightsLoc!;
    const bytes = readOrFail(wpath, 'weights file', src.at('QIR010', '', loc.line, loc.col));
    return readSafetensors(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), wpath).tensors;
  });
}

/**
 * Writes the canonical text to `qirPath` and, when the graph has non-inline constants, the sidecar beside it
 * (named by graph.weightsFile, else `<basename>.safetensors`, which the written text then names). Both files
 * are written atomically and together: neither is replaced unless both were written.
 */
export function saveQir(graph: Graph, qirPath: string): void {
  const sidecarNames = constantPrintOrder(graph).filter((n) => !graph.inlineConstants.has(n));
  if (sidecarNames.length === 0) {
    writeFilesAtomic([{ path: qirPath, data: printQir(graph) }]);
    return;
  }
  const weightsFile = graph.weightsFile ?? `${basename(qirPath, extname(qirPath))}.safetensors`;
  const tensors = new Map(sidecarNames.map((n) => [n, graph.constants.get(n)!]));
  writeFilesAtomic([
    { path: join(dirname(qirPath), weightsFile), data: writeSafetensors(tensors) },
    { path: qirPath, data: printQir({ ...graph, weightsFile }) },
  ]);
}
