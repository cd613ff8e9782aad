// im2col for NHWC batches: each output pixel's receptive field as one contiguous row, so a convolution
// is one GEMM (rows · weightsᵀ), and its transpose col2im for the input gradient.
//   row p = (n, oy, ox), column k = (ky·kw + kx)·cinG + c   (c within group g; weights permuted OHWI to match)
//   row[p][k] = x[n, oy·sh − pt + ky·dh, ox·sw − pl + kx·dw, g·cinG + c], `pad` (0) outside the image

/** The geometry of a 2-D convolution over an NHWC batch. */
export interface ConvGeometry {
  readonly n: number;
  readonly h: number;
  readonly w: number;
  readonly cin: number;
  readonly cout: number;
  readonly groups: number;
  readonly kh: number;
  readonly kw: number;
  readonly sh: number;
  readonly sw: number;
  readonly dh: number;
  readonly dw: number;
  readonly pt: number;
  readonly pl: number;
  readonly oh: number;
  readonly ow: number;
}

/** Rows (output pixels over the batch) and columns (taps × group channels) of the im2col matrix. */
export function colShape(g: ConvGeometry): { rows: number; cols: number } {
  return { rows: g.n * g.oh * g.ow, cols: g.kh * g.kw * (g.cin / g.groups) };
}

/** A 1×1, stride-1, unpadded convolution reads the input itself as its im2col matrix (one group). */
export function isPointwise(g: ConvGeometry): boolean {
  return g.kh === 1 && g.kw === 1 && g.sh === 1 && g.sw === 1 && g.pt === 0 && g.pl === 0 && g.groups === 1 && g.oh === g.h && g.ow === g.w;
}

/**
 * For one image: the offset in x (pixel·cin + the group's first channel) that each tap of each output pixel
 * reads, in im2col order (oy, ox, ky, kx); −1 for a tap in the padding. im2col and col2im walk it per image.
 */
function tapOffsets(g: ConvGeometry, group: number): Int32Array {
  const c0 = group * (g.cin / g.groups);
  const offsets = new Int32Array(g.oh * g.ow * g.kh * g.kw);
  let t = 0;
  for (let oy = 0; oy < g.oh; oy++) {
    for (let ox = 0; ox < g.ow; ox++) {
      for (let ky = 0; ky < g.kh; ky++) {
        const iy = oy * g.sh - g.pt + ky * g.dh;
        for (let kx = 0; kx < g.kw; kx++) {
          const ix = ox * g.sw - g.pl + kx * g.dw;
          offsets[t++] = iy < 0 || iy >= g.h || ix < 0 || ix >= g.w ? -1 : (iy * g.w + ix) * g.cin + c0;
        }
      }
    }
  }
  return offsets;
}

/** Writes the im2col rows of channel group `group` into `out` ([rows][cols], overwritten); taps in the padding read `pad`. */
export function im2col(x: Float32Array, g: ConvGeometry, group: number, out: Float32Array, pad = 0): void {
  const cinG = g.cin / g.groups;
  const offsets = tapOffsets(g, group);
  let o = 0;
  for (let b = 0, image = 0; b < g.n; b++, image += g.h * g.w * g.cin) {
    for (let t = 0; t < offsets.length; t++, o += cinG) {
      const at = offsets[t]!;
      if (at < 0) out.fill(pad, o, o + cinG);
      else for (let c = 0; c < cinG; c++) out[o + c] = x[image + at + c]!;
    }
  }
}

/** The transpose of im2col: adds each row element back onto the input position it was read from (`dx` accumulates). */
export function col2im(col: Float32Array, g: ConvGeometry, group: number, dx: Float32Array): void {
  const cinG = g.cin / g.groups;
  const offsets = tapOffsets(g, group);
  let o = 0;
  for (let b = 0, image = 0; b < g.n; b++, image += g.h * g.w * g.cin) {
    for (let t = 0; t < offsets.length; t++, o += cinG) {
      const at = offsets[t]!;
      if (at >= 0) for (let c = 0; c < cinG; c++) dx[image + at + c]! += col[o + c]!;
    }
  }
}

/** OIHW weights of group `group` → [coutG][kh·kw·cinG] in the im2col column order (OHWI). */
export function weightsToOhwi(w: Float32Array, g: ConvGeometry, group: number, out: Float32Array): void {
  const cinG = g.cin / g.groups;
  const coutG = g.cout / g.groups;
  const taps = g.kh * g.kw;
  for (let oc = 0; oc < coutG; oc++) {
    const src = (group * coutG + oc) * cinG * taps;
    const dst = oc * taps * cinG;
    for (let c = 0; c < cinG; c++) for (let t = 0; t < taps; t++) out[dst + t * cinG + c] = w[src + c * taps + t]!;
  }
}

/** Adds OHWI-ordered gradients of group `group` back into OIHW order (`dw` accumulates). */
export function addOhwiToOihw(d: Float32Array, g: ConvGeometry, group: number, dw: Float32Array): void {
  const cinG = g.cin / g.groups;
  const coutG = g.cout / g.groups;
  const taps = g.kh * g.kw;
  for (let oc = 0; oc < coutG; oc++) {
    const dst = (group * coutG + oc) * cinG * taps;
    const src = oc * taps * cinG;
    for (let c = 0; c < cinG; c++) for (let t = 0; t < taps; t++) dw[dst + c * taps + t]! += d[src + t * cinG + c]!;
  }
}
