import { describe, expect, it } from 'vitest';
import { checkThreshold } from '../../../src/domain/thresholds.js';

describe('thresholds at their boundary', () => {
  it('"more than 500" is not met by exactly 500', () => {
    const r = checkThreshold({ count: 500, comparison: 'more_than', of: 'residents' }, 500, 'Washington');
    expect(r.met).toBe(false);
    expect(r.reason).toContain('more than 500 Washington residents');
    expect(checkThreshold({ count: 500, comparison: 'more_than', of: 'residents' }, 501, 'Washington').met).toBe(true);
  });

  it('"at least 250" is met by exactly 250', () => {
    expect(checkThreshold({ count: 250, comparison: 'at_least', of: 'residents' }, 250, 'Texas').met).toBe(true);
    expect(checkThreshold({ count: 250, comparison: 'at_least', of: 'residents' }, 249, 'Texas').met).toBe(false);
  });

  it('an unknown count is assumed to meet the threshold, and says so', () => {
    const r = checkThreshold({ count: 1000, comparison: 'more_than', of: 'residents' }, null, 'New Mexico');
    expect(r.met).toBeNull();
    expect(r.reason).toMatch(/assumes/);
  });
});
