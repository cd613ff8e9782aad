// The dependency-token FIFOs hold `queues.tokenDepth` tokens: a push waits for room (push n no earlier
// than pop n − depth) and the pushing unit waits with it. The default depth (8) never binds in the other
// tests; here a hand-timed program makes depth 1 and depth 2 bind, and the start cycle of every
// instruction is checked against the timeline worked out below.
import { describe, expect, it } from 'vitest';
import { simulateProgram } from '../../simulator/simulate-program.js';
import { programFrom, smallHw } from './helpers.js';

const load = (row: number) => `LOAD buffer=input sramRow=${row} sramByte=0 bytesPerRow=2 rows=2 sramRowStride=1 dramAddr=0 dramRowStride=2 repeat=1 sramOuterStride=0 dramOuterStride=0 fill=0 fillByte=0 pushNext=1`;
const CONFIG = 'CONFIG mode=int8 dataflow=ws accBits=32 overflow=wrap requantMode=m0shift actBits=8 actSigned=1 weightBits=8 popPrev=1';
const REQUANT = 'REQUANT accRow=0 outRow=0 outByte=0 rows=30 n=1 paramRow=0 addBias=0 outZero=0 qmin=-128 qmax=127 outBits=8 outSigned=1';

// Six LOADs, each pushing a token to compute; compute pops one per CONFIG, with a 30-cycle REQUANT
// between pops: the loads produce a token every 14 cycles, compute consumes one every 31, so the FIFO fills.
const TEXT = [0, 2, 4, 6, 8, 10].map(load).join('\n') + '\n'
  + [CONFIG, REQUANT, CONFIG, REQUANT, CONFIG, REQUANT, CONFIG, REQUANT, CONFIG, REQUANT, CONFIG, 'HALT'].join('\n') + '\n';

function starts(tokenDepth: number): { loads: number[]; configs: number[]; cycles: number } {
  const hw = smallHw(2, 2, (c) => {
    c.dram.latencyCycles = 10;
    c.queues.tokenDepth = tokenDepth;
  });
  const program = programFrom(hw, TEXT, new Uint8Array(64), [], Array.from({ length: 18 }, (_, i) => ({ name: `i${i}`, firstInstruction: i, instructionCount: 1 })));
  const r = simulateProgram(program, new Map());
  const first = r.stats.layers.map((l) => l.firstCycle);
  return { loads: first.slice(0, 6), configs: [6, 8, 10, 12, 14, 16].map((i) => first[i]!), cycles: r.stats.cycles };
}

// Timeline. A LOAD of 4 bytes takes 14 cycles (latency 10 + one 64-byte burst at 16 B/cycle); the load
// queue starts its next LOAD once the previous one has ended AND its push has happened. CONFIG k pops token
// k − 1 and waits for the vector unit: CONFIG k = max(CONFIG k−1 + 1 + 30, push k−1), REQUANT = CONFIG + 1.
// Deep FIFO: pushes at 14, 28, 42, 56, 70, 84; pops (CONFIGs) at 14, 45, 76, 107, 138, 169; HALT at 170.
describe('token FIFO depth binds', () => {
  it('deep FIFO (8): LOADs back to back every 14 cycles; compute-bound pops', () => {
    const r = starts(8);
    expect(r.loads).toEqual([0, 14, 28, 42, 56, 70]);
    expect(r.configs).toEqual([14, 45, 76, 107, 138, 169]);
    expect(r.cycles).toBe(170);
  });

  it('depth 1: push n waits for pop n − 1, and the load unit waits with it', () => {
    // push0 = 14, push1 = max(28, pop0 14) = 28, push2 = max(42, pop1 45) = 45 → LOAD 4 starts at 45;
    // push3 = max(59, pop2 76) = 76 → LOAD 5 at 76; push4 = max(90, pop3 107) = 107 → LOAD 6 at 107.
    const r = starts(1);
    expect(r.loads).toEqual([0, 14, 28, 45, 76, 107]);
    expect(r.configs).toEqual([14, 45, 76, 107, 138, 169]);
    expect(r.cycles).toBe(170);
  });

  it('depth 2: push n waits for pop n − 2', () => {
    // push2 = max(42, pop0 14) = 42, push3 = max(56, pop1 45) = 56, push4 = max(70, pop2 76) = 76 → LOAD 6 at 76.
    const r = starts(2);
    expect(r.loads).toEqual([0, 14, 28, 42, 56, 76]);
    expect(r.configs).toEqual([14, 45, 76, 107, 138, 169]);
  });

  it('depth 3: no push waits here (three tokens in flight are enough), the same timeline as 8', () => {
    // push3 = max(56, pop0 14), push4 = max(70, pop1 45), push5 = max(84, pop2 76): none binds.
    expect(starts(3).loads).toEqual([0, 14, 28, 42, 56, 70]);
  });
});
