// The static hazard checker. On top of the bounds checker (bounds.ts: every access inside its buffer, token
// flags legal and balanced) it proves that the token protocol orders every cross-queue conflict:
//  1. every pop is matched (FIFO order) by a push EARLIER in the instruction stream (CHK002), so the
//     in-order fetch can never block on a token that has not been issued;
//     (with 1, no cycle of waits exists, so the queues cannot deadlock with unbounded token FIFOs);
//  2. vector clocks over the stream give happens-before; for every SRAM row and DRAM byte, each access
//     must happen after every earlier (stream order) conflicting access of another queue — a write after
//     a read or write, a read after a write (CHK001 names both instructions and the row).
import type { Diagnostic } from '../../core/diagnostics.js';
import type { ChkCode } from '../../core/error-codes/hazards.js';
import { queueOf, type Instruction, type InstructionOf } from '../instruction.js';
import { checkInstructions } from './bounds.js';
import type { Program } from '../program-file.js';
import { BUFFERS, type ArrayMode, type BufferName } from '../spec.js';
import { deriveHw, type DerivedHw } from '../hw-config.js';
import { accessesOf, transferDramEnd } from './footprint.js';

const QUEUES = ['load', 'compute', 'store'] as const;
const Q = { load: 0, compute: 1, store: 2 } as const;
/** Channels as [from queue, to queue]; index 0 load→compute, 1 compute→load, 2 compute→store, 3 store→compute. */
const CHANNELS = [[0, 1], [1, 0], [1, 2], [2, 1]] as const;

function pushesOn(i: Instruction, q: number): number[] {
  const out: number[] = [];
  if (q === 0 && i.pushNext) out.push(0);
  if (q === 1 && i.pushPrev) out.push(1);
  if (q === 1 && i.pushNext) out.push(2);
  if (q === 2 && i.pushPrev) out.push(3);
  return out;
}
function popsOn(i: Instruction, q: number): number[] {
  const out: number[] = [];
  if (q === 1 && i.popPrev) out.push(0);
  if (q === 0 && i.popNext) out.push(1);
  if (q === 2 && i.popPrev) out.push(2);
  if (q === 1 && i.popNext) out.push(3);
  return out;
}

/** All problems of `program` on the machine it was compiled for (empty when it is safe). */
export function checkProgram(program: Program): Diagnostic[] {
  const instrs = program.instructions;
  const out: Diagnostic[] = checkInstructions(instrs, program.hwConfig);
  if (out.length > 0) return out;
  const report = (code: ChkCode, message: string) => {
    if (out.length < 20) out.push({ code, message });
  };
  const queueOfIdx = instrs.map((i) => Q[queueOf(i.op)]);
  const seq = new Int32Array(instrs.length);
  const byQueue: number[][] = [[], [], []];
  instrs.forEach((_, k) => {
    byQueue[queueOfIdx[k]!]!.push(k);
    seq[k] = byQueue[queueOfIdx[k]!]!.length;
  });
  // 1. FIFO matching in stream order.
  const pushers: number[][] = [[], [], [], []];
  instrs.forEach((i, k) => pushesOn(i, queueOfIdx[k]!).forEach((c) => pushers[c]!.push(k)));
  const popCount = [0, 0, 0, 0];
  const matched: number[][] = instrs.map(() => []);
  instrs.forEach((i, k) => {
    for (const c of popsOn(i, queueOfIdx[k]!)) {
      const p = pushers[c]![popCount[c]!++];
      if (p === undefined || p > k) report('CHK002', `instruction ${k} (${i.op}) pops a ${QUEUES[CHANNELS[c]![0]]}→${QUEUES[CHANNELS[c]![1]]} token whose push ${p === undefined ? 'never comes' : `comes later, at instruction ${p}`}`);
      else matched[k]!.push(p);
    }
  });
  if (out.length > 0) return out;
  // 2. Vector clocks in stream order are valid because every pop's push precedes it.
  const vc = new Int32Array(instrs.length * 3);
  const last = [-1, -1, -1];
  instrs.forEach((_, k) => {
    const q = queueOfIdx[k]!;
    const prev = last[q]!;
    for (let x = 0; x < 3; x++) vc[k * 3 + x] = prev < 0 ? 0 : vc[prev * 3 + x]!;
    for (const p of matched[k]!) for (let x = 0; x < 3; x++) vc[k * 3 + x] = Math.max(vc[k * 3 + x]!, vc[p * 3 + x]!);
    vc[k * 3 + q] = seq[k]!;
    last[q] = k;
  });
  checkHazards(program, deriveHw(program.hwConfig), queueOfIdx, seq, vc, report);
  return out;
}

function checkHazards(program: Program, d: DerivedHw, queueOfIdx: number[], seq: Int32Array, vc: Int32Array, report: (c: ChkCode, m: string) => void): void {
  const instrs = program.instructions;
  // Per buffer row and queue: seq of the last write and of the last read (0 = none), and the instruction index.
  const state = new Map<BufferName, { w: Int32Array[]; r: Int32Array[]; wi: Int32Array[]; ri: Int32Array[] }>();
  for (const b of BUFFERS) {
    const n = d.bufferRows[b];
    const make = () => [0, 1, 2].map(() => new Int32Array(n));
    state.set(b, { w: make(), r: make(), wi: make(), ri: make() });
  }
  let dramEnd = program.dramImage.length;
  for (const i of instrs) if (i.op === 'LOAD' || i.op === 'STORE') dramEnd = Math.max(dramEnd, transferDramEnd(i));
  const dramW = new Int32Array(dramEnd); // seq of the last STORE writing the byte
  const dramR = new Int32Array(dramEnd); // seq of the last LOAD reading it
  const dramWi = new Int32Array(dramEnd);
  const dramRi = new Int32Array(dramEnd);
  let mode: ArrayMode = 'int8';
  let window: InstructionOf<'WINDOW'> | undefined;
  instrs.forEach((i, k) => {
    if (i.op === 'CONFIG') mode = i.mode;
    if (i.op === 'WINDOW') window = i;
    const q = queueOfIdx[k]!;
    const after = (other: number, s: number) => s === 0 || vc[k * 3 + other]! >= s;
    const { rows, dram } = accessesOf(i, mode, program.hwConfig, d, window);
    for (const a of rows) {
      const st = state.get(a.buffer)!;
      for (let row = a.first; row < a.first + a.count; row++) {
        for (let o = 0; o < 3; o++) {
          if (o === q) continue;
          if (!after(o, st.w[o]![row]!)) report('CHK001', `instruction ${k} (${i.op}) ${a.write ? 'writes' : 'reads'} ${a.buffer} row ${row} while the write by instruction ${st.wi[o]![row]} (${instrs[st.wi[o]![row]!]!.op}, ${QUEUES[o]} queue) may be in flight`);
          if (a.write && !after(o, st.r[o]![row]!)) report('CHK001', `instruction ${k} (${i.op}) writes ${a.buffer} row ${row} that instruction ${st.ri[o]![row]} (${instrs[st.ri[o]![row]!]!.op}, ${QUEUES[o]} queue) may still be reading`);
        }
        if (a.write) { st.w[q]![row] = seq[k]!; st.wi[q]![row] = k; } else { st.r[q]![row] = seq[k]!; st.ri[q]![row] = k; }
      }
    }
    for (const a of dram) {
      for (let b = a.addr; b < a.addr + a.bytes; b++) {
        if (a.write) {
          if (!after(Q.load, dramR[b]!)) report('CHK001', `instruction ${k} (STORE) writes DRAM byte ${b} that LOAD ${dramRi[b]} may still be reading`);
          dramW[b] = seq[k]!; dramWi[b] = k;
        } else {
          if (!after(Q.store, dramW[b]!)) report('CHK001', `instruction ${k} (LOAD) reads DRAM byte ${b} before the STORE ${dramWi[b]} writing it is known to be done`);
          dramR[b] = seq[k]!; dramRi[b] = k;
        }
      }
    }
  });
}
