import { Decimal } from '../../money/decimal.js';
import { formatRate } from '../../money/rate.js';
import type { ContractTerms } from '../contract.js';
import type { IntegrityProblem } from './integrity-problem.js';

const ONE = new Decimal(1);

function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((a, b) => a.plus(b), new Decimal(0));
}

/**
 * Shares that divide a whole must sum to exactly 100%: equity holdings, each government split,
 * and the carriers' shares of a carry when stated. Beneficial owners of one company may not
 * exceed 100%.
 */
export function checkShares(c: ContractTerms): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const equity = sum(c.ownership.map((h) => h.share));
  if (!equity.eq(ONE)) {
    const last = c.ownership.length - 1;
    problems.push({
      code: 'contract/shares-not-100',
      message: `The equity shares sum to ${formatRate(equity)}, not 100%.`,
      path: ['ownership'],
      hint: equity.lt(ONE) ? `${formatRate(ONE.minus(equity))} is unassigned` : `${formatRate(equity.minus(ONE))} too much is assigned`,
      related: { message: 'the last holding', path: ['ownership', last, 'share'] },
    });
  }
  c.revenue.governmentShares.forEach((g, i) => {
    const total = sum(Object.values(g.split));
    if (!total.eq(ONE)) {
      problems.push({
        code: 'contract/split-not-100',
        message: `The split of "${g.of}" sums to ${formatRate(total)}, not 100%.`,
        path: ['revenue', 'governmentShares', i, 'split'],
        hint: 'the levels of government must share the whole receipt',
        related: { message: 'the clause being split', path: ['revenue', 'governmentShares', i, 'of'] },
      });
    }
  });
  c.ownership.forEach((h, i) => {
    const by = h.carried?.by ?? [];
    const stated = by.filter((b): b is { party: string; share: Decimal } => typeof b !== 'string');
    if (stated.length === 0) return;
    if (stated.length !== by.length) {
      problems.push({ code: 'contract/carry-shares-mixed', message: 'Either every carrier states its share of the carry, or none does.', path: ['ownership', i, 'carried', 'by'] });
      return;
    }
    const total = sum(stated.map((b) => b.share));
    if (!total.eq(ONE)) {
      problems.push({ code: 'contract/split-not-100', message: `The carriers' shares sum to ${formatRate(total)}, not 100%.`, path: ['ownership', i, 'carried', 'by'] });
    }
  });
  const owners = new Map<string, Decimal>();
  c.governance?.beneficialOwners.forEach((b, i) => {
    const total = (owners.get(b.of) ?? new Decimal(0)).plus(b.share);
    owners.set(b.of, total);
    if (total.gt(ONE)) {
      problems.push({ code: 'contract/shares-over-100', message: `The beneficial owners of "${b.of}" hold ${formatRate(total)}, more than 100%.`, path: ['governance', 'beneficialOwners', i, 'share'] });
    }
  });
  return problems;
}
