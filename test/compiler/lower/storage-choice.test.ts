// chooseStorage's contract (compiler/lower/layout.ts), rule by rule on hand-built graphs: a sub-byte value
// is stored packed only when its whole storage class (values joined by pools, adds, concats, LUTs,
// flatten/reshape) can be: every producer writes it packed in whole bytes (or one tile of the array's
// columns), and every consumer computes in that width; otherwise the class is stored as bytes. Each case
// pairs a packed graph with the one-field change that forces bytes, so both directions of a rule are pinned.
import { describe, expect, it } from 'vitest';
import { chooseStorage } from '../../../compiler/lower/layout.js';
import { emptyGraph, type Attrs, type Graph } from '../../../compiler/ir/graph.js';
import type { DType } from '../../../compiler/ir/dtype.js';
import { makeTensor } from '../../../compiler/ir/tensor.js';
import { POOL_FIELD_MAX } from '../../../compiler/lower/field-limits.js';

type Shape = readonly number[];

/**
 * A graph written as value declarations: `input` values have no producer; `node` adds an op whose output
 * has the given type. Weighted ops (qconv2d, qdense) get a weight constant of `w` dtype as operand 1.
 * Types are given, not inferred: chooseStorage reads only ops, operands, the groups attribute and types.
 */
class G {
  readonly g: Graph = emptyGraph('storage');
  input(name: string, dtype: DType, shape: Shape): this {
    this.g.inputs.push({ name, type: { dtype, shape: [...shape] } });
    this.g.values.set(name, { name, type: { dtype, shape: [...shape] } });
    return this;
  }
  node(name: string, op: string, inputs: readonly string[], dtype: DType, shape: Shape, opts: { w?: DType; attrs?: Attrs } = {}): this {
    const operands = inputs.map((i) => ({ ref: 'value' as const, name: i }));
    if (opts.w !== undefined) {
      this.g.constants.set(`${name}.w`, makeTensor(opts.w, [1], new Int8Array(1)));
      operands.splice(1, 0, { ref: 'const' as const, name: `${name}.w` } as never);
    }
    this.g.nodes.push({ name, op, operands, attrs: opts.attrs ?? {} });
    this.g.values.set(name, { name, type: { dtype, shape: [...shape] } });
    return this;
  }
  storage(cols = 16): Map<string, number> {
    return chooseStorage(this.g, cols);
  }
}

const S4: Shape = [1, 4, 3, 3];
/** x (u8 input) → quantize-free 1x1 conv `a` (u4, 4 channels) → `op` → reader conv `r` with `readerW` weights. */
function throughOp(op: string, readerW: DType, extra: (b: G) => G = (b) => b): G {
  const b = new G().input('x', 'u8', [1, 4, 3, 3]).node('a', 'qconv2d', ['x'], 'u4', S4, { w: 'i8' });
  return extra(b.node('p', op, ['a'], 'u4', S4)).node('r', 'qconv2d', ['p'], 'u8', S4, { w: readerW });
}

describe('chooseStorage: consumers', () => {
  it('packs a 4-bit value read by an int4 conv, stores it as bytes when the reader has 8-bit weights', () => {
    const mk = (w: DType) => new G().input('x', 'u8', S4).node('a', 'qconv2d', ['x'], 'u4', S4, { w: 'i8' }).node('r', 'qconv2d', ['a'], 'u8', S4, { w });
    expect(mk('i4').storage().get('a')).toBe(4);
    expect(mk('i2').storage().get('a')).toBe(4);
    expect(mk('i8').storage().get('a')).toBe(8);
    expect(mk('b1').storage().get('a')).toBe(8);
    expect(mk('i4').storage().get('x')).toBe(8);
    // A group-scaled reader (w_group) computes on 8-bit activations, whatever its weights.
    const grouped = new G().input('x', 'u8', S4).node('a', 'qconv2d', ['x'], 'u4', S4, { w: 'i8' })
      .node('r', 'qconv2d', ['a'], 'u8', S4, { w: 'i4', attrs: { w_group: 32 } }).storage();
    expect(grouped.get('a')).toBe(8);
  });

  it('packs binary activations for an ungrouped binary conv or dense; a grouped binary conv reads bytes', () => {
    const B: Shape = [1, 8, 2, 2];
    const mk = (op: string, attrs: Attrs) => new G().input('x', 'u8', B).node('a', 'qbinarize', ['x'], 'b1', B).node('r', op, ['a'], 'u8', B, { w: 'b1', attrs });
    expect(mk('qconv2d', {}).storage().get('a')).toBe(1);
    expect(mk('qconv2d', { groups: 1 }).storage().get('a')).toBe(1);
    expect(mk('qconv2d', { groups: 2 }).storage().get('a')).toBe(8);
    expect(mk('qconv2d', { groups: 8 }).storage().get('a')).toBe(8);
    expect(mk('qdense', {}).storage().get('a')).toBe(1);
  });

  it('every vector op and the dequantize keep a packed operand packed; any other reader (a resize) does not', () => {
    for (const op of ['qmaxpool', 'qavgpool', 'qglobal_avgpool', 'qadd', 'qconcat', 'qlut', 'flatten', 'reshape', 'dequantize']) {
      const g = new G().input('x', 'u8', S4).node('a', 'qconv2d', ['x'], 'u4', S4, { w: 'i8' }).node('p', op, ['a'], op === 'dequantize' ? 'f32' : 'u4', S4);
      expect(g.storage().get('a'), op).toBe(4);
    }
    const g = new G().input('x', 'u8', S4).node('a', 'qconv2d', ['x'], 'u4', S4, { w: 'i8' }).node('p', 'resize', ['a'], 'u4', [1, 4, 6, 6]);
    expect(g.storage().get('a')).toBe(8);
  });
});

describe('chooseStorage: storage classes', () => {
  it('a pool, add, concat, LUT, flatten or reshape shares one width between its operands and its output', () => {
    for (const op of ['qmaxpool', 'qavgpool', 'qglobal_avgpool', 'qadd', 'qconcat', 'qlut', 'flatten', 'reshape']) {
      const packed = throughOp(op, 'i4').storage();
      expect([packed.get('a'), packed.get('p')], `${op} read by int4`).toEqual([4, 4]);
      // The output's 8-bit-weight reader vetoes the whole class, the operand included.
      const bytes = throughOp(op, 'i8').storage();
      expect([bytes.get('a'), bytes.get('p')], `${op} read by int8`).toEqual([8, 8]);
    }
  });

  it('joins classes through a chain of joins (a → pool → pool → int8 reader vetoes a)', () => {
    const g = new G().input('x', 'u8', S4).node('a', 'qconv2d', ['x'], 'u4', S4, { w: 'i8' })
      .node('p1', 'qmaxpool', ['a'], 'u4', S4).node('p2', 'qmaxpool', ['p1'], 'u4', S4).node('r', 'qconv2d', ['p2'], 'u8', S4, { w: 'i8' });
    const s = g.storage();
    expect([s.get('a'), s.get('p1'), s.get('p2')]).toEqual([8, 8, 8]);
  });

  it('an 8-bit member stores its whole class as bytes, whichever member is visited first', () => {
    // qadd of an 8-bit and a 4-bit operand: the 8-bit one (declared first) vetoes; the 4-bit ones follow.
    const g = new G().input('x', 'u8', S4).node('e', 'qconv2d', ['x'], 'u8', S4, { w: 'i8' }).node('a', 'qconv2d', ['x'], 'u4', S4, { w: 'i8' })
      .node('s', 'qadd', ['e', 'a'], 'u4', S4).node('r', 'qconv2d', ['s'], 'u8', S4, { w: 'i4' });
    const st = g.storage();
    expect([st.get('a'), st.get('s')]).toEqual([8, 8]);
  });
});

describe('chooseStorage: names', () => {
  it('a constant named like a value is not that value (QIR keeps @constants and %values apart)', () => {
    // `a` (u4) is read only by an int4 conv. A LUT's table and an int8 conv's weights are constants named `a`.
    const g = new G().input('x', 'u8', S4).node('a', 'qconv2d', ['x'], 'u4', S4, { w: 'i4' }).node('r', 'qconv2d', ['a'], 'u8', S4, { w: 'i4' })
      .node('l', 'qlut', ['x'], 'u8', S4).node('m', 'qconv2d', ['x'], 'u8', S4);
    g.g.constants.set('a', makeTensor('i8', [1], new Int8Array(1)));
    (g.g.nodes[2]!.operands as unknown as object[]).push({ ref: 'const', name: 'a' });
    (g.g.nodes[3]!.operands as unknown as object[]).push({ ref: 'const', name: 'a' });
    expect(g.storage().get('a')).toBe(4);
  });
});

describe('chooseStorage: producers and whole bytes', () => {
  const conv = (shape: Shape, dtype: DType = 'u4', producer = 'qconv2d') =>
    new G().input('x', 'u8', [1, 4, 3, 3]).node('a', producer, ['x'], dtype, shape, producer === 'qconv2d' || producer === 'qdense' ? { w: 'i8' } : {})
      .node('r', 'qdense', ['a'], 'u8', [1, 2], { w: dtype === 'b1' ? 'b1' : 'i4' });

  it('a pixel must be whole bytes: 3 int4 channels over 4 pixels are bytes, 3 on one pixel (NCHW or [N, C]) pack', () => {
    expect(conv([1, 3, 2, 2]).storage().get('a')).toBe(8);
    expect(conv([1, 3, 1, 2]).storage().get('a')).toBe(8);
    expect(conv([1, 3, 1, 1]).storage().get('a')).toBe(4);
    expect(conv([1, 3]).storage().get('a')).toBe(4);
    expect(conv([1, 4, 2, 2]).storage().get('a')).toBe(4);
    expect(conv([1, 4, 3, 1]).storage().get('a')).toBe(4);
    // Binary has no one-pixel exception: 3 bits are not a byte.
    expect(conv([1, 3, 1, 1], 'b1').storage().get('a')).toBe(8);
    expect(conv([1, 8, 1, 3], 'b1').storage().get('a')).toBe(1);
    expect(conv([1, 16], 'b1').storage().get('a')).toBe(1);
    // Any other rank: the channels are the last axis ([1, 3, 8] binary: 8 bits a pixel, packed; its axis 1 would be 3 bits).
    const rank3 = new G().input('x', 'u8', [1, 24]).node('a', 'qbinarize', ['x'], 'b1', [1, 24]).node('r', 'reshape', ['a'], 'b1', [1, 3, 8])
      .node('o', 'dequantize', ['r'], 'f32', [1, 3, 8]).storage();
    expect([rank3.get('a'), rank3.get('r')]).toEqual([1, 1]);
  });

  it('graph inputs, quantize, resize and qpad results are bytes (they write whole bytes)', () => {
    const input = new G().input('a', 'u4', S4).node('r', 'qconv2d', ['a'], 'u8', S4, { w: 'i4' });
    expect(input.storage().get('a')).toBe(8);
    for (const op of ['quantize', 'resize', 'qpad']) expect(conv(S4, 'u4', op).storage().get('a'), op).toBe(8);
    expect(conv(S4, 'u4', 'qconv2d').storage().get('a')).toBe(4);
    expect(conv([1, 4], 'u4', 'qdense').storage().get('a')).toBe(4);
  });

  it('a multi-tile output of an array whose column tile is not whole bytes is stored as bytes', () => {
    for (const producer of ['qconv2d', 'qdense']) {
      const shape = producer === 'qdense' ? [1, 4] : [1, 4, 2, 2];
      expect(conv(shape, 'u4', producer).storage(3).get('a'), `${producer} 4 channels on 3 columns`).toBe(8);
      expect(conv(shape, 'u4', producer).storage(2).get('a'), `${producer} on 2 columns (whole bytes)`).toBe(4);
      expect(conv(shape, 'u4', producer).storage(4).get('a'), `${producer} one tile of 4 columns`).toBe(4);
    }
    // One tile exactly (c = cols), one pixel: packs.
    expect(conv([1, 3, 1, 1]).storage(3).get('a')).toBe(4);
    expect(conv([1, 8, 2, 2], 'b1', 'qbinarize').storage(3).get('a')).toBe(8);
    expect(conv([1, 8, 2, 2], 'b1', 'qbinarize').storage(8).get('a')).toBe(1);
    expect(conv([1, 8, 2, 2], 'b1', 'qbinarize').storage(16).get('a')).toBe(1);
  });

  it('a concat packs only when every operand starts on a whole byte of the output pixel', () => {
    const cat = (c1: number, c2: number, cols = 16) => new G().input('x', 'u8', [1, 4, 1, 1])
      .node('a', 'qconv2d', ['x'], 'u4', [1, c1, 1, 1], { w: 'i8' }).node('b', 'qconv2d', ['x'], 'u4', [1, c2, 1, 1], { w: 'i8' })
      .node('c', 'qconcat', ['a', 'b'], 'u4', [1, c1 + c2, 1, 1]).node('r', 'qconv2d', ['c'], 'u8', [1, 4, 1, 1], { w: 'i4' }).storage(cols);
    expect([...['a', 'b', 'c'].map((v) => cat(2, 6).get(v))]).toEqual([4, 4, 4]);
    expect([...['a', 'b', 'c'].map((v) => cat(3, 5).get(v))]).toEqual([8, 8, 8]);
    expect([...['a', 'b', 'c'].map((v) => cat(4, 3).get(v))]).toEqual([4, 4, 4]);
    // The column-tile rule binds only what the array writes: two one-tile operands on 3 columns (12 bits, not
    // whole bytes) make a 4-channel concat wider than a tile, which still packs.
    expect([...['a', 'b', 'c'].map((v) => cat(2, 2, 3).get(v))]).toEqual([4, 4, 4]);
  });
});

describe('chooseStorage: global pools past the POOL window', () => {
  const K = POOL_FIELD_MAX.kernelH;
  const gap = (h: number, w: number, c = 4) => new G().input('x', 'u8', [1, c, h, w])
    .node('a', 'qconv2d', ['x'], 'u4', [1, c, h, w], { w: 'i8' }).node('b', 'qconv2d', ['a'], 'u4', [1, c, h, w], { w: 'i4' })
    .node('p', 'qglobal_avgpool', ['b'], 'u4', [1, c, 1, 1]).storage();

  it('the pool\'s input is bytes when its plane is taller or wider than the window; other values keep packed', () => {
    expect(POOL_FIELD_MAX.kernelW).toBe(K); // the cases below use one bound for both axes
    expect([gap(K, K).get('a'), gap(K, K).get('b')]).toEqual([4, 4]);
    expect([gap(K + 1, 1).get('a'), gap(K + 1, 1).get('b')]).toEqual([4, 8]);
    expect([gap(1, K + 1).get('a'), gap(1, K + 1).get('b')]).toEqual([4, 8]);
    // Many channels on a small plane: only the plane counts.
    expect(gap(2, 2, 2 * K + 2).get('b')).toBe(4);
  });
});
