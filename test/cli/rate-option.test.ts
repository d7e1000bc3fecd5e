import { describe, expect, it } from 'vitest';
import { rateOption } from '../../src/cli/rate-option.js';
import { UsageError } from '../../src/cli/usage-error.js';

describe('rateOption: one reading of a rate for analyse and diff', () => {
  it('reads a percentage and a plain fraction as the same rate', () => {
    expect(rateOption('--discount', '10%')).toBe('0.1');
    // diff read "0.1" as 0.1% (0.001) while analyse read it as 10%: both now read 10%.
    expect(rateOption('--discount', '0.1')).toBe('0.1');
  });

  it('converts a fraction exactly: 0.07 is 7%, not 7.000000000000001% as 0.07 × 100 in floating point', () => {
    expect(0.07 * 100).not.toBe(7); // the floating-point product the old reader used
    expect(rateOption('--hurdle', '0.07')).toBe('0.07');
    expect(rateOption('--discount', ' 12.5% ')).toBe('0.125');
  });

  it('refuses words and rates above 100% with the option named', () => {
    expect(() => rateOption('--discount', 'lots')).toThrow(new UsageError('--discount must be a rate such as 10%, not "lots"'));
    expect(() => rateOption('--discount', '150%')).toThrow(UsageError);
    expect(() => rateOption('--discount', '150%')).toThrow(/--discount must be a rate such as 10%, not "150%"/);
  });
});
