// The cost model's instruction fetch (compiler/lower/cost-model.ts FetchModel): the machine fetches one
// instruction per cycle in program order and an instruction whose queue is full waits for the one `depth`
// places ahead of it to start (CYCLE-MODEL.md §1), holding up everything behind it. The lowering once
// priced a run of weight LOADs longer than the load queue as free for the COMPUTEs behind it (ResNet-18's
// layer4 at 16x16 ws: predicted 467 k cycles, simulated 581 k).
import { describe, expect, it } from 'vitest';
import { ComputeQueueModel, costMachine, FetchModel, UnitPipeline } from '../../../compiler/lower/cost-model.js';
import { defaultHwConfig } from '../../../isa/hw-config.js';

describe('cost model fetch', () => {
  const m = costMachine(defaultHwConfig());
  // 32 bursts of one tile's weights; every LOAD waits for nothing but the queue.
  const load = (pipe: UnitPipeline) => pipe.loadOp(0, 32, 128, m.banks.weight);

  it('a COMPUTE behind more LOADs than the load queue holds issues only once the excess LOADs have started', () => {
    const fetch = new FetchModel();
    const pipe = new UnitPipeline(m, fetch);
    const q = new ComputeQueueModel(m, fetch);
    const ends: number[] = [];
    for (let i = 0; i < 2 * m.loadDepth; i++) ends.push(load(pipe));
    const latched = q.loadWeights(0, 16);
    // The last LOAD (index 2·depth − 1) enters the queue when LOAD depth − 1 starts, i.e. when LOAD depth − 2 ends.
    expect(latched).toBe(ends[m.loadDepth - 2]! + 1 + 16);
    expect(latched).toBeGreaterThan(ends[0]!);
  });

  it('without the excess, the same instruction issues at once', () => {
    const fetch = new FetchModel();
    const pipe = new UnitPipeline(m, fetch);
    const q = new ComputeQueueModel(m, fetch);
    for (let i = 0; i < m.loadDepth; i++) load(pipe);
    expect(q.loadWeights(0, 16)).toBe(16);
  });

  it('a full compute queue holds up the LOAD behind it', () => {
    const fetch = new FetchModel();
    const pipe = new UnitPipeline(m, fetch);
    const q = new ComputeQueueModel(m, fetch);
    // COMPUTEs that stream 100 cycles each, back to back on the array.
    const starts: number[] = [];
    for (let i = 0; i < m.computeDepth + 4; i++) {
      q.wsCompute(0, 100);
      starts.push(q.starts[q.starts.length - 1]!);
    }
    const loadEnd = load(pipe);
    const bare = new UnitPipeline(m).loadOp(0, 32, 128, m.banks.weight);
    // The last COMPUTE (index depth + 3) is fetched when COMPUTE 3 starts; the LOAD the cycle after.
    expect(loadEnd - bare).toBe(starts[3]! + 1);
    expect(starts[3]).toBe(300);
  });
});
