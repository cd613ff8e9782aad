// The plan search of a conv/dense layer: every band height, channel-group size, k-group size and loop
// order that fits the buffers is replayed through the slab caches (conv-plan.ts walkPlan) and the unit
// pipeline (cost-model.ts); the plan with the least predicted cycles plus a DRAM-energy term wins.
// The traffic of each loop order is therefore counted, not estimated (docs/LOWERING.md gives the
// closed forms the replay reproduces).
import type { HwConfig } from '../../isa/hw-config.js';
import type { DerivedHw } from '../../isa/hw-config.js';
import { tileWeightVectors } from '../../isa/spec.js';
import { MAX_BLOCK_ROWS, MAX_COMPUTE_K } from './field-limits.js';
import { chunkRange, type ConvGeometry } from './conv-geometry.js';
import { bandInputRows, bandSlab, bandsOf, inputGroupsOf, vectorBandHeight, originSlabRows, paramsAfterFirstTile, slabInputRows, RequantSlots, requantsCarry, visitGroupsReady, walkPlan, type Block, type ConvPlan, type ConvSource, type Visit } from './conv-plan.js';
import { burstsOf, ComputeQueueModel, costMachine, FetchModel, NO_RUN_AHEAD, requantCycles, UnitPipeline, vectorReadCycles, type CostMachine, type RunAhead } from './cost-model.js';
import { imgByte } from './onchip-layout.js';
import { WindowCosts } from './window-cost.js';
import { mapFail } from './mapping-errors.js';

/** Where the results go: DRAM (pixBytes per pixel), a resident OUT copy, a consumer's IMG (MOVE). */
export interface ConvSink {
  readonly dram: boolean;
  readonly outResident: boolean;
  readonly img: boolean;
  readonly pixBytes: number;
  readonly outBits: number;
  /**
   * Only pools/adds read the result, in place, and they take this many vector cycles: they run in pieces
   * beside the layer (interleave-vector.ts), and row bands let them start on the first bands (VECTOR_BANDS).
   */
  readonly vectorBeside?: number;
}

/**
 * The work of the pools/adds beside the producer (`vector` cycles) that a plan leaves after its own end: the
 * share that reads its last visit's rows (the last band's pixels times the last channel group's channels),
 * or what the vector unit cannot fit beside the plan's own REQUANTs, whichever is more. The plan search adds
 * it to the score, so a banded plan is chosen where the pool/add it lets run beside it pays for its bands.
 */
export function besideTail(p: ConvPlan, vector: number, requantBusy: number, cycles: number): number {
  if (vector <= 0) return 0;
  const [oy0, oy1] = p.bands[p.bands.length - 1]!;
  const channels = (from: number) => p.geo.tiles.slice(from).reduce((a, t) => a + t.n, 0);
  const share = ((oy1 - oy0) / p.geo.s.oh) * (channels((p.nGroups - 1) * p.npg) / channels(0));
  return Math.max(vector * share, requantBusy + vector - cycles);
}

/** Working rows the layer may use (the resident tensors sit above them). */
export interface ConvSpace {
  readonly inputRows: number;
  readonly outputRows: number;
}

/** DRAM bytes a plan moves, by kind (whole bursts). */
export interface ConvTraffic {
  readonly input: number;
  readonly weights: number;
  readonly params: number;
  readonly output: number;
}

/** The chosen plan with its predicted cycles and traffic. */
export interface ScoredPlan {
  readonly plan: ConvPlan;
  readonly cycles: number;
  readonly traffic: ConvTraffic;
  /** Instructions the plan emits (about: loads, array and vector instructions, stores). */
  readonly instructions: number;
  /** How long before its end the plan leaves the load queue and the weight and parameter rows idle. */
  readonly exit: RunAhead;
  /** Vector-unit cycles of its REQUANTs. */
  readonly requantBusy: number;
}

/** Score of a DRAM byte, in bus-times (160 pJ per byte dwarfs everything on chip: docs/ENERGY.md). */
const DRAM_BYTE_COST = 4;
/** Score of one instruction, in cycles (it is fetched and issued, and the simulator walks it). */
const INSTRUCTION_COST = 8;

/** Candidate values: small powers of two, the limit and a few fractions of it. */
function candidates(limit: number, extra: number[] = []): number[] {
  const out = new Set<number>([limit, ...extra.filter((v) => v >= 1 && v <= limit)]);
  for (let v = 1; v < limit; v *= 2) out.add(v);
  for (const f of [2, 3, 4]) out.add(Math.max(1, Math.floor(limit / f)));
  return [...out].filter((v) => v >= 1 && v <= limit).sort((a, b) => a - b);
}

/** Searches the plans of one layer; MAP001 when none fits. */
export function searchConvPlan(layer: string, geo: ConvGeometry, source: ConvSource, sink: ConvSink, space: ConvSpace, hw: HwConfig, d: DerivedHw, lead: RunAhead = NO_RUN_AHEAD): ScoredPlan {
  const m = costMachine(hw);
  const os = hw.array.dataflow === 'os';
  const nTiles = geo.tiles.length;
  const staging = (sink.dram || sink.img) && !sink.outResident;
  const wRows = d.bufferRows.weight;
  const accRowsTotal = d.bufferRows.accumulator;
  const pixBytesIn = source.kind === 'dram' ? source.pixBytes : 0;
  let best: (ScoredPlan & { score: number }) | undefined;
  const windows: WindowCostCache = new Map();
  const fitsBand = (bh: number) => bandSlab(geo, bandInputRows(geo, bh), pixBytesIn, d.rowBytes.input).rows <= space.inputRows;
  // The input is brought on chip once: the whole tensor when it fits (bands would re-read their halo
  // rows from DRAM), else bands.
  const whole = source.kind === 'img' || fitsBand(geo.s.oh);
  const vb = vectorBandHeight(geo.s.oh, geo.s.ow, hw.array.rows);
  const beside = sink.vectorBeside ?? 0;
  // The banded plan (vb) competes by its score with the pool/add work it leaves after its end (besideTail).
  const bhs = whole && beside > 0 && vb !== undefined ? [geo.s.oh, vb] : whole ? [geo.s.oh] : candidates(geo.s.oh, [1]).filter(fitsBand);
  for (const bh of bhs) {
    // Row bands of a DRAM input that fits whole compute inside one slab of the whole map, loaded once.
    const inputOnce = source.kind === 'dram' && whole && bh < geo.s.oh;
    const band = source.kind === 'dram' ? bandSlab(geo, bandInputRows(geo, inputOnce ? geo.s.oh : bh), pixBytesIn, d.rowBytes.input) : undefined;
    const bands = bandsOf(geo.s.oh, bh);
    const inSlots = band === undefined ? 0 : inputOnce ? 1 : Math.max(1, Math.min(bands.length, Math.floor(space.inputRows / band.rows)));
    const maxNpg = Math.min(nTiles, Math.floor(d.bufferRows.param / 3), Math.floor(wRows / geo.chunkRowsW), accRowsTotal);
    for (const npg of candidates(maxNpg)) {
      const nGroups = Math.ceil(nTiles / npg);
      const maxKcpg = Math.min(geo.maxChunks, Math.floor(wRows / (npg * geo.chunkRowsW)));
      if (maxKcpg < 1) continue;
      // A one-pixel input written group by group (RunAhead.inputGroups): also k-groups of one input group each.
      const byGroup = inputGroupsOf(geo, source, lead) !== undefined;
      const perGroup = byGroup ? [lead.inputGroups!.channels / geo.kTile] : [];
      for (const kcpg of new Set([maxKcpg, Math.max(1, Math.floor(maxKcpg / 2)), geo.maxChunks, ...perGroup].filter((k) => k <= maxKcpg))) {
        const kGroups = Math.ceil(geo.maxChunks / kcpg);
        const wSlabRows = npg * kcpg * geo.chunkRowsW;
        const wSlots = Math.max(1, Math.min(nGroups * kGroups, Math.floor(wRows / wSlabRows)));
        const pSlots = Math.max(1, Math.min(nGroups, Math.floor(d.bufferRows.param / (3 * npg))));
        const bandPixels = bh * geo.s.ow;
        // The largest block `slots` accumulator slots hold (and, staged, the output buffer).
        const blockFor = (slots: number) => Math.min(bandPixels, Math.floor(Math.floor(accRowsTotal / slots) / npg), MAX_BLOCK_ROWS, staging ? Math.floor(space.outputRows / npg) : Infinity);
        // A third slot only for ws (os REQUANTs wait at their block's end in the in-order queue, RequantSlots, so a
        // slot is free before the block after next), when it holds the two-slot block and the plan has more than two blocks.
        const blocks = nGroups * bands.reduce((a, [y0, y1]) => a + Math.ceil(((y1 - y0) * geo.s.ow) / Math.max(1, blockFor(2))), 0);
        const slotChoices: (1 | 2 | 3)[] = !os && blockFor(3) === blockFor(2) && blocks > 2 ? [2, 1, 3] : [2, 1];
        for (const accSlots of slotChoices) {
          const blockPixels = blockFor(accSlots);
          if (blockPixels < 1) continue;
          const stageSlots = staging ? Math.max(1, Math.min(2, Math.floor(space.outputRows / (blockPixels * npg)))) : 0;
          const segPixels = kGroups > 1 ? blockPixels : bandPixels;
          for (const order of nGroups > 1 && bands.length > 1 ? (['bands', 'groups'] as const) : (['bands'] as const)) {
            const plan: ConvPlan = {
              geo, source, order, bands, ...(inputOnce ? { inputOnce } : {}), ...(byGroup && kGroups > 1 ? { paramsFirst: true } : {}), npg, nGroups, kcpg, kGroups, segPixels, blockPixels, band, inSlots, wSlots, pSlots, accSlots,
              stageSlots, wSlabRows, wTileRows: kcpg * geo.chunkRowsW, accRows: Math.floor(accRowsTotal / accSlots), stageRows: staging ? blockPixels * npg : 0,
            };
            const scored = estimatePlan(plan, sink, m, d, os, windows, lead);
            // Cycles, plus DRAM bytes at DRAM_BYTE_COST times their bus time (a byte moved costs energy even
            // when its transfer is hidden), plus a little per instruction (fetch, issue, queue slots).
            const bytes = scored.traffic.input + scored.traffic.weights + scored.traffic.output;
            const tail = besideTail(plan, beside, scored.requantBusy, scored.cycles);
            const score = scored.cycles + tail + (DRAM_BYTE_COST * bytes) / hw.dram.bandwidthBytesPerCycle + INSTRUCTION_COST * scored.instructions;
            // On a tie the plan whose own work ends first: when the vector unit bounds both (REQUANTs and the pools beside
            // them, besideTail), the score is the same and the array is free sooner for the next layer.
            if (best === undefined || score < best.score || (score === best.score && scored.cycles < best.cycles)) best = { ...scored, score };
          }
        }
      }
    }
  }
  if (best === undefined) {
    const rows = source.kind === 'dram' ? bandSlab(geo, bandInputRows(geo, 1), pixBytesIn, d.rowBytes.input).rows : 0;
    mapFail('MAP001', layer, `one output row needs ${rows} input-buffer rows (the layer may use ${space.inputRows}), one chunk of one channel tile ${geo.chunkRowsW} weight rows (the buffer has ${wRows}), 3 param rows and 1 accumulator row`);
  }
  return { plan: best.plan, cycles: best.cycles, traffic: best.traffic, instructions: best.instructions, exit: best.exit, requantBusy: best.requantBusy };
}

/** Window step costs per channel tile, shared by the plans of one search (keyed by tile index). */
export type WindowCostCache = Map<number, WindowCosts>;

/** The window walk of tile `j` of a plan's source. */
function windowCostsOf(p: ConvPlan, j: number, d: DerivedHw, m: CostMachine, cache: WindowCostCache): WindowCosts {
  let c = cache.get(j);
  if (c !== undefined) return c;
  const { geo, source } = p;
  const s = geo.s;
  const t = geo.tiles[j]!;
  const pitch = source.kind === 'img' ? source.img.pitch : p.band!.pitch;
  const pixelBytes = source.kind === 'img' ? source.img.pixelBytes : p.band!.pixelBytes;
  c = new WindowCosts({
    pitch, pixelBytes, cinTap: t.cinTap, chanOffset: t.chanOffset, kernelW: s.kw, strideH: s.sh, strideW: s.sw, dilationH: s.dh, dilationW: s.dw,
    outW: s.ow, bits: geo.bits, rowBytes: d.rowBytes.input, banks: m.banks.input,
  });
  cache.set(j, c);
  return c;
}

/** Buffer byte of the window origin (padded pixel (0, 0) of the visit's band), as the emitter places it. */
function originByte(p: ConvPlan, v: Visit, rowBytes: number): number {
  if (p.source.kind === 'dram') return v.input!.row * rowBytes + originSlabRows(p, v.b) * p.band!.pitch;
  const img = p.source.img;
  return img.base * rowBytes + imgByte(img, p.bands[v.b]![0] * p.geo.s.sh - p.geo.s.pt, -p.geo.s.pl);
}

/**
 * Replays a plan through the caches, the DMA queues and the compute queue (cost-model.ts), instruction by
 * instruction as the emitter will write it: predicted cycles and DRAM bytes.
 */
export function estimatePlan(p: ConvPlan, sink: ConvSink, m: CostMachine, d: DerivedHw, os: boolean, windows: WindowCostCache = new Map(), lead: RunAhead = NO_RUN_AHEAD): ScoredPlan {
  const geo = p.geo;
  const s = geo.s;
  const fetch = new FetchModel();
  const pipe = new UnitPipeline(m, fetch);
  // Prefetch across layers: with the input on chip, nothing holds the load queue at the layer's start (its
  // first LOAD would otherwise wait for the producer's STORE), so it runs ahead while the previous layer
  // finishes, as far as the previous layer left the queue and the rows idle (cycles are counted from the
  // end of the layers before it).
  if (p.source.kind === 'img') pipe.runAhead(lead.loads);
  const q = new ComputeQueueModel(m, fetch);
  // An input written group by group, computed in k-groups (interleave-array.ts puts each behind its group's MOVE):
  // the array issues behind the last group's POOL, each k-group once its channels are in (RunAhead.inputGroups).
  const groupsIn = p.kGroups > 1 ? inputGroupsOf(geo, p.source, lead) : undefined;
  // An image written in pieces (RunAhead.array): the array starts while the last piece runs.
  const arrayLead = p.source.kind === 'img' ? Math.max(lead.array?.cycles ?? 0, groupsIn?.lead ?? 0) : 0;
  q.startEarly(arrayLead);
  const traffic = { input: 0, weights: 0, params: 0, output: 0 };
  let instructions = 0;
  let requantBusy = 0;
  const inFree = new Array<number>(Math.max(1, p.inSlots)).fill(0);
  const wFree = new Array<number>(p.wSlots).fill(-lead.weights);
  const pFree = new Array<number>(p.pSlots).fill(-lead.params);
  const accFree = new Array<number>(p.accSlots).fill(-arrayLead);
  const stageFree = [0, 0];
  let inReady = p.source.kind === 'img' ? -Infinity : 0;
  // Per weight slot, when each tile's weights are in (one LOAD per tile; its LOAD_WEIGHTS waits for that one only).
  const wReady = Array.from({ length: p.wSlots }, () => [] as number[]);
  const pReady = new Array<number>(p.pSlots).fill(0);
  const vecBytes = geo.weightVectorBytes;
  const wVector = vectorReadCycles(geo.rpvW, m.banks.weight);
  const rmwOf = (accumulate: boolean) => (accumulate && m.accPorts === 1 ? 2 : 1);
  // The model replays the stream in the emitter's order (emit.ts): a block's loads come before the previous
  // block's compute-queue instructions and stores (after them when they overwrite a slot the previous
  // visit reads), so fetch stalls on a full queue land where the machine has them.
  let pending: (() => void) | undefined;
  const flush = () => {
    pending?.();
    pending = undefined;
  };
  let prev: Visit | undefined;
  // As the emitter: a block's REQUANTs still waiting at its end go into the next block's stream when
  // requantsCarry allows (`next`: the block whose setup flushes the pending one; none at the end).
  let next: { v: Visit; blk: Block; inPlace: boolean } | undefined;
  let carried: { slots: RequantSlots; requants: (list: number[]) => void; finish: () => void } | undefined;
  walkPlan(p, 0, (v) => {
    const inPlace = prev !== undefined && ((v.input?.load === true && v.input.slot === prev.input?.slot)
      || (v.weights.load && v.weights.slot === prev.weights.slot) || (v.params?.load === true && v.params.slot === prev.params?.slot));
    prev = v;
    next = v.blocks[0] === undefined ? undefined : { v, blk: v.blocks[0], inPlace };
    if (inPlace) flush();
    if (v.input?.load && p.band !== undefined) {
      const [lo, hi] = slabInputRows(p, v.b);
      const rows = Math.max(0, Math.min(s.h, hi) - Math.max(0, lo));
      const bytes = rows * s.w * p.band.pixelBytes;
      const bursts = burstsOf(0, bytes, m.burst);
      traffic.input += bursts * m.burst;
      inReady = pipe.loadOp(inFree[v.input.slot]!, bursts, p.band.rows, m.banks.input);
      instructions += 3;
    }
    const tiles = geo.tiles.slice(v.j0, v.j1);
    const chunksOf = (t: (typeof tiles)[number]) => Math.max(0, Math.min(v.c1, t.chunks) - v.c0);
    // As the emitter: ws loads the parameters right after the first tile's weights, os after all of them.
    const early = paramsAfterFirstTile(os);
    const params = () => {
      if (!v.params?.load) return;
      const bytes = 3 * tiles.length * d.rowBytes.param;
      const bursts = burstsOf(0, bytes, m.burst);
      traffic.params += bursts * m.burst;
      pReady[v.params.slot] = pipe.loadOp(pFree[v.params.slot]!, bursts, 3 * tiles.length, 1);
    };
    if (v.weights.load) {
      // One LOAD per tile (the emitter's weightLoads): each pays the DRAM latency, and the tile's LOAD_WEIGHTS
      // waits for its own LOAD only (the token pass pops on the latest producer of the rows it reads).
      const ready = wReady[v.weights.slot]!;
      ready.length = 0;
      let last = -Infinity;
      tiles.forEach((t, jj) => {
        const bytes = chunksOf(t) * (geo.chunkRowsW / geo.rpvW) * vecBytes;
        if (bytes > 0) {
          const bursts = burstsOf(0, bytes, m.burst);
          traffic.weights += bursts * m.burst;
          last = pipe.loadOp(wFree[v.weights.slot]!, bursts, (bytes / vecBytes) * geo.rpvW, m.banks.weight);
        }
        ready.push(last);
        if (jj === 0 && early) params();
      });
      instructions += tiles.length;
    }
    if (!early || !v.weights.load) params();
    const origin = originByte(p, v, d.rowBytes.input);
    // What this visit's instructions wait for, as its loads left it (later loads fill other slots).
    const inReadyV = groupsIn === undefined ? inReady : visitGroupsReady(p, v, groupsIn);
    const wReadyV = [...wReady[v.weights.slot]!];
    const wReadyOf = (jj: number) => (os ? Math.max(-arrayLead, ...wReadyV) : Math.max(-arrayLead, wReadyV[jj] ?? -arrayLead));
    const pReadyV = v.params === undefined ? 0 : pReady[v.params.slot]!;
    for (const [bi, blk] of v.blocks.entries()) {
      next = { v, blk, inPlace: bi === 0 && inPlace };
      flush();
      pending = () => {
        const carry = carried;
        carried = undefined;
        const pixels = blk.p1 - blk.p0;
        const ready = Math.max(inReadyV, -arrayLead, v.firstK ? accFree[blk.accSlot]! : -Infinity);
        const tileEnds: number[] = [];
        let arrayEnd = 0;
        // As the emitter: at the last k-group a tile's REQUANT goes behind the next tiles' first COMPUTEs.
        const slots = new RequantSlots(geo.R, geo.C, os);
        let vEnd = 0;
        const requants = (list: number[]) => {
          for (const jj of list) {
            const c = requantCycles(m, pixels, tiles[jj]!.n);
            requantBusy += c;
            vEnd = q.vector(Math.max(tileEnds[jj]!, pReadyV, stageFree[blk.stageSlot]!), c);
          }
        };
        const streamed = (stream: number) => {
          carry?.requants(carry.slots.streamed(stream));
          requants(slots.streamed(stream));
        };
        tiles.forEach((t, jj) => {
          const win = windowCostsOf(p, v.j0 + jj, d, m, windows);
          let end = 0;
          let lastM = 0;
          // One os COMPUTE of `rows` pixels over K [k0, k0 + k): its step is the slower of a weight vector and the window.
          const osCompute = (px: number, rows: number, k0: number, k: number, accumulate: boolean) => {
            const kv = Math.ceil(k / geo.P);
            const cpv = Math.max(wVector, win.osStep(origin, px, rows, k0, k, kv));
            end = q.osCompute(Math.max(ready, wReadyOf(jj)), kv * cpv, rows * rmwOf(accumulate));
            instructions++;
            streamed(kv);
            lastM = rows;
          };
          if (!os) {
            for (let c = v.c0; c < Math.min(v.c1, t.chunks); c++) {
              const { k0, k } = chunkRange(geo, t, c);
              q.loadWeights(wReadyOf(jj), tileWeightVectors(geo.mode, k, geo.P) * wVector);
              end = q.wsCompute(ready, win.wsStream(origin, blk.p0, pixels, k0, k, rmwOf(c > 0)));
              instructions += 2;
              streamed(pixels);
              lastM = pixels;
            }
          } else if (geo.kChunks !== undefined) {
            // As the emitter: group-scaled, a COMPUTE per chunk and R pixels.
            for (let px = blk.p0; px < blk.p1; px += geo.R) {
              const rows = Math.min(geo.R, blk.p1 - px);
              for (let c = v.c0; c < Math.min(v.c1, t.chunks); c++) {
                const { k0, k } = chunkRange(geo, t, c);
                osCompute(px, rows, k0, k, c > 0);
              }
            }
          } else {
            // As the emitter: per R pixels, the k-group's chunks in as few COMPUTEs as the k field allows.
            const kStart = v.c0 * geo.kTile;
            const kEnd = Math.min(t.k, Math.min(v.c1, t.chunks) * geo.kTile);
            const span = Math.floor(MAX_COMPUTE_K / geo.kTile) * geo.kTile;
            for (let px = blk.p0; px < blk.p1; px += geo.R) {
              const rows = Math.min(geo.R, blk.p1 - px);
              for (let k0 = kStart; k0 < kEnd; k0 += span) osCompute(px, rows, k0, Math.min(span, kEnd - k0), k0 > 0);
            }
          }
          tileEnds.push(end);
          arrayEnd = Math.max(arrayEnd, end);
          if (v.lastK) slots.done(jj, lastM > 0);
        });
        if (v.input !== undefined) inFree[v.input.slot] = Math.max(inFree[v.input.slot]!, arrayEnd);
        wFree[v.weights.slot] = Math.max(wFree[v.weights.slot]!, arrayEnd);
        if (carry !== undefined) {
          carry.requants(carry.slots.rest());
          carry.finish();
        }
        if (!v.lastK) return;
        const finish = () => {
          instructions += tiles.length + (sink.dram ? 1 : 0) + (sink.img ? tiles.length : 0);
          accFree[blk.accSlot] = vEnd;
          pFree[v.params!.slot] = Math.max(pFree[v.params!.slot]!, vEnd);
          if (sink.dram) {
            // One STORE per block: whole pixels when the group covers every channel, else a strided piece per pixel.
            const groupBytes = Math.ceil((tiles.reduce((a, t) => a + t.n, 0) * sink.outBits) / 8);
            const bursts = groupBytes === sink.pixBytes ? burstsOf(0, pixels * sink.pixBytes, m.burst) : pixels * burstsOf(0, groupBytes, m.burst);
            traffic.output += bursts * m.burst;
            stageFree[blk.stageSlot] = pipe.storeOp(vEnd, bursts, pixels * tiles.length, m.banks.output);
          }
          // A MOVE per tile into the consumer's image: a pixel row read and one written per step, the two sides
          // in parallel (different buffers), one more cycle for the last write (CYCLE-MODEL.md §2, MOVE).
          if (sink.img) for (let j = 0; j < tiles.length; j++) stageFree[blk.stageSlot] = pipe.storeOp(vEnd, 0, pixels + Math.min(m.banks.output, m.banks.input), Math.min(m.banks.output, m.banks.input));
        };
        if (requantsCarry(p, os, { v, blk }, next)) carried = { slots, requants, finish };
        else {
          requants(slots.rest());
          finish();
        }
      };
    }
  });
  next = undefined;
  flush();
  const cycles = Math.max(pipe.end, q.end);
  const exit = { loads: Math.max(0, cycles - pipe.load), weights: Math.max(0, cycles - q.weightsRead), params: Math.max(0, cycles - q.vectorEnd) };
  return { plan: p, cycles, traffic, instructions, exit, requantBusy };
}
