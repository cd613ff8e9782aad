// The verifier: one test per diagnostic code (GRAPH001–GRAPH010), defaults filled in, types inferred in order.
import { describe, expect, it } from 'vitest';
import { type Graph, type Node, type Operand, constRef, emptyGraph, valueRef } from '../../../compiler/ir/graph.js';
import type { Attrs } from '../../../compiler/ir/graph.js';
import { f32Tensor, numel, tensorType } from '../../../compiler/ir/tensor.js';
import { inferTypes } from '../../../compiler/ir/verify.js';
import { UserError } from '../../../core/diagnostics.js';
import { expectUserError } from './ops/op-harness.js';

const zerosOf = (shape: number[]) => f32Tensor(shape, new Array<number>(numel(shape)).fill(0));
const node = (name: string, op: string, operands: Operand[], attrs: Attrs = {}): Node => ({ name, op, operands, attrs });

/** Input %x f32[1,1,6,6]; constants @w [4,1,3,3], @b [4], @fc [10,36]; the given nodes; output = last node. */
function graphOf(...nodes: Node[]): Graph {
  const g = emptyGraph('g');
  g.inputs.push({ name: 'x', type: tensorType('f32', [1, 1, 6, 6]) });
  g.constants.set('w', zerosOf([4, 1, 3, 3]));
  g.constants.set('b', zerosOf([4]));
  g.constants.set('fc', zerosOf([10, 36]));
  g.nodes = nodes;
  g.outputs = [nodes[nodes.length - 1]!.name];
  return g;
}

describe('inferTypes on a well-formed graph', () => {
  it('infers every value in order and fills default attributes', () => {
    const g = graphOf(
      node('c', 'conv2d', [valueRef('x'), constRef('w'), constRef('b')], { pad: [1, 1, 1, 1] }),
      node('r', 'relu', [valueRef('c')]),
      node('p', 'maxpool', [valueRef('r')], { kernel: [2, 2], stride: [2, 2] }),
      node('f', 'flatten', [valueRef('p')]),
      node('y', 'dense', [valueRef('f'), constRef('fc')]),
    );
    const attrs = inferTypes(g);
    expect(g.values.get('c')!.type.shape).toEqual([1, 4, 6, 6]);
    expect(g.values.get('p')!.type.shape).toEqual([1, 4, 3, 3]);
    expect(g.values.get('f')!.type.shape).toEqual([1, 36]);
    expect(g.values.get('y')!.type).toEqual({ dtype: 'f32', shape: [1, 10] });
    expect(attrs.get('c')).toMatchObject({ stride: [1, 1], dilation: [1, 1], pad: [1, 1, 1, 1], groups: 1 });
    expect(attrs.get('p')).toEqual({ kernel: [2, 2], stride: [2, 2], pad: [0, 0, 0, 0], ceil_mode: false, dilation: [1, 1] });
  });
});

describe('verifier diagnostics', () => {
  it('GRAPH001 unknown op, suggesting the closest registered op when there is one', () => {
    expectUserError(() => inferTypes(graphOf(node('y', 'conv2', [valueRef('x')]))), 'GRAPH001', "unknown op 'conv2'; did you mean 'conv2d'?");
    expectUserError(() => inferTypes(graphOf(node('y', 'convolution', [valueRef('x')]))), 'GRAPH001', "unknown op 'convolution' (docs/QIR.md lists the ops)");
  });

  it('GRAPH002 a value defined twice', () => {
    expectUserError(() => inferTypes(graphOf(node('x', 'relu', [valueRef('x')]))), 'GRAPH002', '%x is defined twice');
    expectUserError(() => inferTypes(graphOf(node('r', 'relu', [valueRef('x')]), node('r', 'relu', [valueRef('x')]))), 'GRAPH002', '%r');
  });

  it('GRAPH003 wrong operand count, including an empty variadic concat', () => {
    expectUserError(() => inferTypes(graphOf(node('y', 'relu', [valueRef('x'), valueRef('x')]))), 'GRAPH003', 'expected 1 operand(s)', 'got 2');
    expectUserError(() => inferTypes(graphOf(node('y', 'conv2d', [valueRef('x')]))), 'GRAPH003', '2 to 3', 'x, w, [b]');
    expectUserError(() => inferTypes(graphOf(node('y', 'concat', []))), 'GRAPH003', 'at least 1', 'x...');
  });

  it('GRAPH004 unknown attribute, wrong kind, failed check', () => {
    expectUserError(() => inferTypes(graphOf(node('y', 'relu', [valueRef('x')], { alpha: 1 }))), 'GRAPH004', "unknown attribute 'alpha'", 'no attributes');
    const conv = (attrs: Attrs) => graphOf(node('y', 'conv2d', [valueRef('x'), constRef('w')], attrs));
    expectUserError(() => inferTypes(conv({ stride: 2 })), 'GRAPH004', "'stride' must be ints");
    expectUserError(() => inferTypes(conv({ stride: [0, 1] })), 'GRAPH004', "'stride' must be 2 positive integers");
    expectUserError(() => inferTypes(conv({ groups: 1.5 })), 'GRAPH004', "'groups' must be int");
  });

  it('GRAPH005 missing required attribute', () => {
    expectUserError(() => inferTypes(graphOf(node('y', 'maxpool', [valueRef('x')]))), 'GRAPH005', "missing required attribute 'kernel'");
    expectUserError(() => inferTypes(graphOf(node('y', 'reshape', [valueRef('x')]))), 'GRAPH005', "'shape'");
  });

  it('GRAPH006 a constant where a value is required, and the reverse', () => {
    expectUserError(() => inferTypes(graphOf(node('y', 'relu', [constRef('b')]))), 'GRAPH006', 'operand 1 (x) must be a runtime value');
    const g = graphOf(node('c', 'relu', [valueRef('x')]), node('y', 'conv2d', [valueRef('x'), valueRef('c')]));
    expectUserError(() => inferTypes(g), 'GRAPH006', 'operand 2 (w) must be a constant');
  });

  it('GRAPH007 an operand used before it is defined', () => {
    expectUserError(() => inferTypes(graphOf(node('y', 'relu', [valueRef('z')]))), 'GRAPH007', '%z is not defined');
    const later = graphOf(node('a', 'relu', [valueRef('b2')]), node('b2', 'relu', [valueRef('x')]));
    expectUserError(() => inferTypes(later), 'GRAPH007', '%b2');
  });

  it('GRAPH008 a missing constant', () => {
    expectUserError(() => inferTypes(graphOf(node('y', 'conv2d', [valueRef('x'), constRef('conv9.w')]))), 'GRAPH008', '@conv9.w');
  });

  it('GRAPH009 an undefined output', () => {
    const g = graphOf(node('y', 'relu', [valueRef('x')]));
    g.outputs = ['logits'];
    expectUserError(() => inferTypes(g), 'GRAPH009', '%logits');
  });

  it('GRAPH010 a shape mismatch names the node and the shapes', () => {
    const g = graphOf(node('c', 'conv2d', [valueRef('x'), constRef('w')]), node('y', 'dense', [valueRef('c'), constRef('fc')]));
    expectUserError(() => inferTypes(g), 'GRAPH010', 'dense %y', '[1,4,4,4]');
    try {
      inferTypes(graphOf(node('y', 'add', [valueRef('x'), constRef('b')])));
      expect.unreachable();
    } catch (e) {
      expect((e as UserError).diagnostics[0]).toMatchObject({ code: 'GRAPH010', node: 'y' });
      expect((e as UserError).diagnostics[0]!.message).toContain('cannot broadcast [1,1,6,6] with [4]');
    }
  });
});
