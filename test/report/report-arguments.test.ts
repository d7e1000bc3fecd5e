// Regressions from issues #12 and #13: renderReport takes a plain Contract as the other engines
// do, an ISO as-of string, and a wrong argument is a FairlodeError naming it, never a TypeError.
import { beforeAll, describe, expect, it } from 'vitest';
import { FairlodeError, type LoadedContract } from '../../src/index.js';
import { buildReportData, renderReport, type ReportInput } from '../../src/report/index.js';
import { exampleInput } from './example-inputs.js';

describe('renderReport arguments', () => {
  let chagai: ReportInput;
  beforeAll(async () => {
    chagai = await exampleInput('chagai-partnership');
  });

  it('accepts a plain Contract: the same figures, findings without their lines', () => {
    const plain = buildReportData({ ...chagai, contract: (chagai.contract as LoadedContract).contract });
    const full = buildReportData(chagai);
    expect(plain.revenue).toEqual(full.revenue);
    expect(plain.principles).toEqual(full.principles);
    expect(plain.findings.flatMap((g) => g.findings.map((f) => f.message))).toEqual(full.findings.flatMap((g) => g.findings.map((f) => f.message)));
    expect(plain.findings.every((g) => g.findings.every((f) => f.lines.length === 0))).toBe(true);
  });

  it('accepts the as-of date as an ISO string, far dates included', () => {
    expect(buildReportData({ ...chagai, asOf: '2027-09-30' }).obligations!.asOf).toBe('2027-09-30');
    // It ended in "internal error: The resulting date is outside the years 0001 to 9999".
    expect(buildReportData({ ...chagai, asOf: '9999-12-31' }).obligations!.asOf).toBe('9999-12-31');
  });

  it('answers a wrong argument with a FairlodeError naming it, never a TypeError', () => {
    const call = (input: unknown) => () => renderReport(input as ReportInput);
    const cases: [unknown, string][] = [
      [null, 'input'],
      [undefined, 'input'],
      [{}, 'input.contract'],
      [{ contract: null }, 'input.contract'],
      [{ contract: { id: 'x' } }, 'input.contract'],
      [{ contract: chagai.contract, actuals: 'q1.yaml' }, 'input.actuals'],
      [{ contract: chagai.contract, actuals: [null] }, 'input.actuals[0]'],
      [{ contract: chagai.contract, asOf: '2027-13-01' }, 'input.asOf'],
      [{ contract: chagai.contract, asOf: 20270101 }, 'input.asOf'],
      [{ contract: chagai.contract, plan: {} }, 'input.plan'],
      [{ contract: chagai.contract, priceFactors: [1, Number.NaN] }, 'input.priceFactors'],
    ];
    for (const [input, name] of cases) {
      expect(call(input)).toThrow(FairlodeError);
      expect(call(input)).toThrow(`renderReport: ${name} `);
    }
  });
});
