import type { PathSegment } from '../../diagnostics/diagnostic.js';
import type { ContractTerms } from '../contract.js';
import type { IntegrityProblem } from './integrity-problem.js';

/**
 * Amounts the payout engine adds to the contract's own payments must be in the contract currency:
 * royalty floors, specific-royalty prices, band edges, thresholds and fund minimums and maximums.
 */
export function checkPaymentCurrencies(c: ContractTerms): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const expect = (currency: string | undefined, path: PathSegment[]) => {
    if (currency !== undefined && currency !== c.currency) {
      problems.push({
        code: 'contract/currency-mismatch',
        message: `This amount is in ${currency}, but the contract's payments are computed in ${c.currency}.`,
        path,
        hint: `state it in ${c.currency}`,
        related: { message: 'the contract currency', path: ['currency'] },
      });
    }
  };
  c.revenue.royalties.forEach((r, i) => {
    const base: PathSegment[] = ['revenue', 'royalties', i];
    expect(r.perUnit?.currency, [...base, 'perUnit']);
    expect(r.minimumPerPeriod?.currency, [...base, 'minimumPerPeriod']);
    r.sliding?.bands.forEach((b, j) => expect(b.upTo?.currency, [...base, 'sliding', 'bands', j, 'upTo']));
  });
  c.revenue.priceParticipation.forEach((p, i) => expect(p.thresholdPrice.currency, ['revenue', 'priceParticipation', i, 'thresholdPrice']));
  c.revenue.minimumPayments.forEach((m, i) => {
    expect(m.amount.currency, ['revenue', 'minimumPayments', i, 'amount']);
    expect(m.unlessPriceBelow?.price.currency, ['revenue', 'minimumPayments', i, 'unlessPriceBelow', 'price']);
  });
  c.revenue.fees.forEach((f, i) => expect(f.onlyIfPriceAbove?.price.currency, ['revenue', 'fees', i, 'onlyIfPriceAbove', 'price']));
  c.revenue.communityFunds.forEach((f, i) => {
    expect(f.minimumAnnual?.currency, ['revenue', 'communityFunds', i, 'minimumAnnual']);
    expect(f.maximumAnnual?.currency, ['revenue', 'communityFunds', i, 'maximumAnnual']);
  });
  return problems;
}
