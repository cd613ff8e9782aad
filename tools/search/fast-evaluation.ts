// Runs a piece of the search's scoring with the fast integer convolution (fast-qconv.ts) in place of qconv2d's
// reference evalInt: the op table's entry is swapped for the call and restored after, so every caller that
// evaluates through the table (held-out scoring, the calibration walks of AdaRound and bias correction) takes
// it, and everything outside the call (a verification against the simulator, other commands) keeps the
// reference. The two are bit-equal (test/tools/search/fast-qconv.test.ts); the call must be synchronous.
import type { OpSpec } from '../../compiler/ir/op-spec.js';
import { lookupOp } from '../../compiler/ir/op-registry.js';
import { evalQconv2dFast } from './fast-qconv.js';

/** `run()` with qconv2d evaluated by the fast path. */
export function withFastIntegerConvs<T>(run: () => T): T {
  const spec = lookupOp('qconv2d') as OpSpec;
  const before = spec.evalInt;
  spec.evalInt = evalQconv2dFast;
  try {
    return run();
  } finally {
    spec.evalInt = before;
  }
}
