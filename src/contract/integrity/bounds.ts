import type { ContractTerms } from '../contract.js';
import { formatRate } from '../../money/rate.js';
import type { IntegrityProblem } from './integrity-problem.js';

/**
 * A floor must not lie above its cap: a community fund's `minimumAnnual` above its `maximumAnnual`
 * (which once paid a fund 50 times its maximum), a royalty's `minimumRate` above its `maximumRate`.
 * Amounts in different currencies are left to the currency check.
 */
export function checkBounds(c: ContractTerms): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  c.revenue.communityFunds.forEach((f, i) => {
    const min = f.minimumAnnual;
    const max = f.maximumAnnual;
    if (min === undefined || max === undefined || min.currency !== max.currency || !min.amount.gt(max.amount)) return;
    const base = ['revenue', 'communityFunds', i];
    problems.push({
      code: 'contract/minimum-above-maximum',
      message: `The annual minimum (${min.amount.toString()} ${min.currency}) is above the annual maximum (${max.amount.toString()} ${max.currency}).`,
      path: [...base, 'minimumAnnual'],
      hint: 'check which is the floor and which the cap; they may have been swapped',
      related: { message: 'the annual maximum', path: [...base, 'maximumAnnual'] },
    });
  });
  c.revenue.royalties.forEach((r, i) => {
    if (r.minimumRate === undefined || r.maximumRate === undefined || !r.minimumRate.gt(r.maximumRate)) return;
    const base = ['revenue', 'royalties', i];
    problems.push({
      code: 'contract/minimum-above-maximum',
      message: `The minimum rate (${formatRate(r.minimumRate)}) is above the maximum rate (${formatRate(r.maximumRate)}).`,
      path: [...base, 'minimumRate'],
      hint: 'check which is the floor and which the cap; they may have been swapped',
      related: { message: 'the maximum rate', path: [...base, 'maximumRate'] },
    });
  });
  return problems;
}
