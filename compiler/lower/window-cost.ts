// The window (im2col) input path's cost in the lowering's cost model (docs/CYCLE-MODEL.md §3, "Window
// input"): a ws step reads the distinct input rows holding its k elements, in element order, one access
// per bank per cycle (the in-order bank rule); an os COMPUTE's lanes read each pixel's rows, a row again
// only when they left it, `banks` rows per cycle in all. The same walk as the hardware's (the compiler may
// not import the simulator), memoised per pixel byte modulo rowBytes·banks: shifting a pixel by that moves
// every row it reads by a multiple of `banks`, so its cost is unchanged.

/** The WINDOW state and the buffer geometry the walk needs. */
export interface WindowWalk {
  readonly pitch: number;
  readonly pixelBytes: number;
  readonly cinTap: number;
  readonly chanOffset: number;
  readonly kernelW: number;
  readonly strideH: number;
  readonly strideW: number;
  readonly dilationH: number;
  readonly dilationW: number;
  readonly outW: number;
  /** Bits of one input element, bytes of an input-buffer row, input-buffer banks. */
  readonly bits: number;
  readonly rowBytes: number;
  readonly banks: number;
}

/** Cycles to access `rows` in order, one access per bank per cycle (a new cycle when a bank repeats). */
export function inOrderCycles(rows: readonly number[], banks: number): number {
  if (rows.length === 0) return 0;
  const used = new Int32Array(banks).fill(-1);
  let cycle = 0;
  for (const r of rows) {
    const b = r % banks;
    if (used[b] === cycle) cycle++;
    used[b] = cycle;
  }
  return cycle + 1;
}

/** Step costs of one window (one tile's channel range), memoised per reduction range and pixel residue. */
export class WindowCosts {
  private readonly period: number;
  private readonly ws = new Map<string, Int32Array>();
  private readonly os = new Map<string, Int32Array>();

  constructor(private readonly w: WindowWalk) {
    this.period = w.rowBytes * w.banks;
  }

  /** Buffer byte of output pixel `p` of a walk whose origin (padded pixel (0, 0)) is at byte `origin`. */
  private pixelByte(origin: number, p: number): number {
    const w = this.w;
    return origin + Math.floor(p / w.outW) * w.strideH * w.pitch + (p % w.outW) * w.strideW * w.pixelBytes;
  }

  /** The runs of rows (first, last) a step at `pixelByte` reads for elements [kOffset, kOffset + k), in element order. */
  private runs(pixelByte: number, kOffset: number, k: number, visit: (r0: number, r1: number) => void): void {
    const w = this.w;
    for (let kk = 0; kk < k;) {
      const e = kOffset + kk;
      const tap = Math.floor(e / w.cinTap);
      const c = e % w.cinTap;
      const count = Math.min(w.cinTap - c, k - kk);
      const byte = pixelByte + Math.floor(tap / w.kernelW) * w.dilationH * w.pitch + (tap % w.kernelW) * w.dilationW * w.pixelBytes;
      const lo = byte * 8 + (w.chanOffset + c) * w.bits;
      visit(Math.floor(lo / 8 / w.rowBytes), Math.floor((lo + count * w.bits - 1) / 8 / w.rowBytes));
      kk += count;
    }
  }

  private table(cache: Map<string, Int32Array>, kOffset: number, k: number): Int32Array {
    const key = `${kOffset},${k}`;
    let t = cache.get(key);
    if (t === undefined) cache.set(key, (t = new Int32Array(this.period).fill(-1)));
    return t;
  }

  /** ws: the stream of `m` steps from pixel `first`: Σ max(step read cycles, rmw). */
  wsStream(origin: number, first: number, m: number, kOffset: number, k: number, rmw: number): number {
    const t = this.table(this.ws, kOffset, k);
    let sum = 0;
    for (let p = first; p < first + m; p++) {
      const byte = this.pixelByte(origin, p);
      const res = byte % this.period;
      let c = t[res]!;
      if (c < 0) {
        const rows: number[] = [];
        this.runs(byte, kOffset, k, (r0, r1) => { for (let r = r0; r <= r1; r++) if (!rows.includes(r)) rows.push(r); });
        t[res] = c = inOrderCycles(rows, this.w.banks);
      }
      sum += Math.max(c, rmw);
    }
    return sum;
  }

  /** os: the input side's cycles per vector step for `m` pixels from `first` over `kv` vectors. */
  osStep(origin: number, first: number, m: number, kOffset: number, k: number, kv: number): number {
    const t = this.table(this.os, kOffset, k);
    let reads = 0;
    for (let p = first; p < first + m; p++) {
      const byte = this.pixelByte(origin, p);
      const res = byte % this.period;
      let x = t[res]!;
      if (x < 0) {
        let last = -1;
        x = 0;
        this.runs(byte, kOffset, k, (r0, r1) => { x += r1 - r0 + 1 - (r0 === last ? 1 : 0); last = r1; });
        t[res] = x;
      }
      reads += x;
    }
    return Math.max(1, Math.ceil(reads / (this.w.banks * kv)));
  }
}
