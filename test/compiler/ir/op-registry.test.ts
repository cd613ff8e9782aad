// The op table: every op of the contract is registered under its name, with a doc line for each attribute.
import { describe, expect, it } from 'vitest';
import { OP_REGISTRY, lookupOp, opNames } from '../../../compiler/ir/op-registry.js';

const CONTRACT_OPS = [
  'conv2d', 'dense', 'matmul', 'batchnorm', 'relu', 'relu6', 'clip', 'maxpool', 'avgpool', 'global_avgpool',
  'add', 'sub', 'mul', 'div', 'concat', 'flatten', 'reshape', 'softmax',
];

describe('op registry', () => {
  it('holds every float op of the contract under its own name', () => {
    for (const name of CONTRACT_OPS) expect(lookupOp(name)?.name, name).toBe(name);
    expect(lookupOp('conv')).toBeUndefined();
  });

  it('lists names sorted and has no duplicate names', () => {
    const names = opNames();
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(OP_REGISTRY.size);
  });

  it('documents every attribute, and only the last operand may be variadic', () => {
    for (const op of OP_REGISTRY.values()) {
      for (const [key, spec] of Object.entries(op.attrs)) expect(spec.doc.length, `${op.name}.${key}`).toBeGreaterThan(0);
      op.operands.slice(0, -1).forEach((o) => expect(o.variadic ?? false, `${op.name}.${o.name}`).toBe(false));
    }
  });
});
