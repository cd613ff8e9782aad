// The simulator's cost of each layer, cached so the search does not simulate the whole network for every
// candidate. Key: the hardware configuration and the layer's lowered instruction stream with what cannot
// change the cost taken out: value fields (zero points, clamp bounds, multipliers, shifts, fill bytes) and
// the DRAM base address (kept modulo the burst size: the allocator aligns every region to a burst, so
// the bursts a transfer touches are the same), plus, for a layer that does not open with its own CONFIG,
// the CONFIG it inherits (the lowering drops a CONFIG equal to the one in force; its actBits and
// weightBits price the MACs). The layer's width, its input and output storage and its shapes are all in
// that stream, so one entry serves every candidate in which the layer lowers alike.
//
// Exact for energy: the energy model charges each layer's own counters (simulator/energy), a sum over
// the layer's instructions of costs fixed by their non-value fields, and the total is the sum of the
// layers. Cycles are an ESTIMATE: a layer's span overlaps its neighbours' and waits on them, so the sum
// of cached spans is not the run's cycles. Every point the search reports is simulated whole anyway.
import type { Graph } from '../../compiler/ir/graph.js';
import type { Tensor } from '../../compiler/ir/tensor.js';
import { lowerGraph } from '../../compiler/lower/lower-graph.js';
import type { HwConfig } from '../../isa/hw-config.js';
import { hwConfigToJson } from '../../isa/hw-config-json.js';
import { ISA, type Opcode } from '../../isa/spec.js';
import type { Instruction } from '../../isa/instruction.js';
import type { Program } from '../../isa/program-file.js';
import type { EnergyTable } from '../../simulator/energy/energy-table.js';
import { simulateProgram } from '../../simulator/simulate-program.js';
import { programEnds, programInput } from '../pipeline/host-io.js';
import type { CostCacheStats } from './search-types.js';

/** The cost of one layer of one inference. */
export interface LayerCost {
  readonly energyPj: number;
  readonly cycles: number;
}

/** The cost of a network: the sum over its layers, and each layer's. */
type NetworkCost = { energyPj: number; cycles: number; layers: { name: string; cost: LayerCost }[] };

/** Field names of each opcode that cannot change a cost (values) and the DRAM address fields (kept mod burst). */
const IGNORED = new Map<string, Set<string>>();
for (const op of Object.keys(ISA.opcodes) as Opcode[]) {
  const fields = ISA.opcodes[op].fields as readonly { name: string; unit: string }[];
  IGNORED.set(op, new Set(fields.filter((f) => f.unit === 'value' || f.unit === 'shift').map((f) => f.name)));
}

/** The cost-relevant text of one instruction. */
function instructionKey(i: Instruction, burst: number): string {
  const ignored = IGNORED.get(i.op)!;
  const parts: string[] = [i.op];
  for (const [k, v] of Object.entries(i)) {
    if (k === 'op' || ignored.has(k)) continue;
    parts.push(`${k}=${k === 'dramAddr' ? (v as number) % burst : v}`);
  }
  return parts.join(',');
}

/** The key of the last CONFIG before instruction `at` ('none' when there is none). */
function configInForce(instructions: readonly Instruction[], at: number, burst: number): string {
  for (let j = at - 1; j >= 0; j--) if (instructions[j]!.op === 'CONFIG') return instructionKey(instructions[j]!, burst);
  return 'none';
}

/** Per-layer costs by signature for one machine. */
export class LayerCostCache {
  private readonly entries = new Map<string, LayerCost>();
  private readonly hwKey: string;
  private hits = 0;
  private misses = 0;
  private simulations = 0;

  constructor(private readonly hw: HwConfig, private readonly energyTable?: EnergyTable) {
    this.hwKey = JSON.stringify(hwConfigToJson(hw));
  }

  /** The signature of every layer of a lowered program, in program order. */
  signatures(program: Program): string[] {
    const burst = this.hw.dram.burstBytes;
    return program.layers.map((l) => {
      const own = program.instructions.slice(l.firstInstruction, l.firstInstruction + l.instructionCount);
      const body = own.map((i) => instructionKey(i, burst)).join(';');
      // The lowering emits a CONFIG only when it differs from the one in force (compiler/lower/emit.ts), so a
      // layer that does not open with its own CONFIG computes under an earlier layer's: its actBits and
      // weightBits pick the MAC energy (config-state.ts). That inherited CONFIG is part of the layer's cost.
      const inherited = own[0]?.op === 'CONFIG' ? '' : configInForce(program.instructions, l.firstInstruction, burst);
      return `${this.hwKey}|${inherited}|${body}`;
    });
  }

  /**
   * The cost of `quantGraph` on the machine: every layer from the cache; on a miss the program is simulated
   * once on `sample` (one input [1, ...]) and every layer's cost is stored. With `simulate` false a miss
   * returns undefined and changes nothing (an estimate ahead of need, descent.ts): a layer's cached cycles
   * come from the configuration simulated first (its energy does not), so only the search's own order of
   * estimates fills the cache and the cycles stay those of a search without look-ahead.
   */
  estimate(quantGraph: Graph, sample: Tensor): NetworkCost;
  estimate(quantGraph: Graph, sample: Tensor, simulate: boolean): NetworkCost | undefined;
  estimate(quantGraph: Graph, sample: Tensor, simulate = true): NetworkCost | undefined {
    const program = lowerGraph(quantGraph, this.hw);
    const sigs = this.signatures(program);
    const missing = sigs.filter((s) => !this.entries.has(s)).length;
    if (missing > 0 && !simulate) return undefined;
    if (missing > 0) {
      this.misses += missing;
      this.hits += sigs.length - missing;
      this.simulations++;
      const { input } = programEnds(program);
      const run = simulateProgram(program, new Map([[input.name, programInput(quantGraph, program, sample)]]), this.energyTable ? { energyTable: this.energyTable } : {});
      sigs.forEach((s, k) => this.entries.set(s, { energyPj: run.energy.layers[k]!.energy.totalPj, cycles: run.stats.layers[k]!.cycles }));
    } else {
      this.hits += sigs.length;
    }
    const layers = program.layers.map((l, k) => ({ name: l.name, cost: this.entries.get(sigs[k]!)! }));
    return { energyPj: layers.reduce((a, l) => a + l.cost.energyPj, 0), cycles: layers.reduce((a, l) => a + l.cost.cycles, 0), layers };
  }

  stats(): CostCacheStats {
    return { entries: this.entries.size, hits: this.hits, misses: this.misses, simulations: this.simulations };
  }
}
