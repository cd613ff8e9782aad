import { describe, expect, it } from 'vitest';
import { formatBytes, formatQuantity } from '../../core/resource-limits.js';

describe('formatBytes / formatQuantity', () => {
  it('print the unit and the exact count', () => {
    expect(formatBytes(1000)).toBe('1000 B');
    expect(formatBytes(2 ** 31)).toBe('2.0 GiB (2147483648 B)');
    expect(formatBytes(2 ** 60)).toBe('1.0 EiB (1.153e+18 B)');
    expect(formatBytes(Infinity)).toBe('Infinity B');
    expect(formatQuantity(1919872)).toBe('1,919,872');
    expect(formatQuantity(2 ** 60)).toBe('1.153e+18');
  });
});
