// Runs a piece of the search's scoring with the fast convolutions in place of the reference ones: qconv2d's
// evalInt by fast-qconv.ts, conv2d's evalFloat by fast-float-conv.ts. The op table's entries are swapped for
// the call and restored after, so every caller that evaluates through the table (held-out scoring, the
// sensitivity probes' float runs, the calibration walks of AdaRound and bias correction) takes them, and
// everything outside the call (a verification against the simulator, other commands) keeps the reference.
// Each is bit-identical to its reference (test/tools/search/fast-*.test.ts); the call must be synchronous.
import type { OpSpec } from '../../compiler/ir/op-spec.js';
import { lookupOp } from '../../compiler/ir/op-registry.js';
import { evalQconv2dFast } from './fast-qconv.js';
import { evalConv2dFast } from './fast-float-conv.js';

/** `run()` with qconv2d and conv2d evaluated by the fast paths. */
export function withFastConvs<T>(run: () => T): T {
  const qconv = lookupOp('qconv2d') as OpSpec;
  const conv = lookupOp('conv2d') as OpSpec;
  const before = { evalInt: qconv.evalInt, evalFloat: conv.evalFloat };
  qconv.evalInt = evalQconv2dFast;
  conv.evalFloat = evalConv2dFast;
  try {
    return run();
  } finally {
    qconv.evalInt = before.evalInt;
    conv.evalFloat = before.evalFloat;
  }
}
