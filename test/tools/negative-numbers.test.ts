import { describe, expect, it } from 'vitest';
import { joinNegativeNumbers } from '../../tools/negative-numbers.js';

describe('joinNegativeNumbers', () => {
  it('glues a negative number or list to the long flag before it', () => {
    expect(joinNegativeNumbers(['quantize', 'n.qir', '--input-range', '-4,4', '-o', 'q.qir'])).toEqual(['quantize', 'n.qir', '--input-range=-4,4', '-o', 'q.qir']);
    expect(joinNegativeNumbers(['--seed', '-1', '--tolerance', '-1e3', '--normalize', '-.5,2'])).toEqual(['--seed=-1', '--tolerance=-1e3', '--normalize=-.5,2']);
  });

  it('leaves flags, short options, already-glued values and words after -- alone', () => {
    const argv = ['run', '-o', 'x', '--json', '--array', '4x4', '--input-range=-1,1', '--no-cle', '-3', '--', '--seed', '-5'];
    expect(joinNegativeNumbers(argv)).toEqual(argv);
    expect(joinNegativeNumbers(['--input-range', '-x'])).toEqual(['--input-range', '-x']);
  });
});
