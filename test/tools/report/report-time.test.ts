import { describe, expect, it } from 'vitest';
import { reportTimestamp } from '../../../tools/report/report-time.js';

describe('reportTimestamp', () => {
  it('is SOURCE_DATE_EPOCH when it is set to an integer, else now', () => {
    expect(reportTimestamp({ SOURCE_DATE_EPOCH: '1700000000' })).toBe('2023-11-14T22:13:20.000Z');
    const before = Date.now();
    const now = Date.parse(reportTimestamp({ SOURCE_DATE_EPOCH: 'soon' }));
    expect(now).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(reportTimestamp({}))).toBeGreaterThanOrEqual(before - 1000);
  });
});
