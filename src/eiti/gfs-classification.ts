import type { Contract } from '../contract/contract.js';
import type { PayoutLine, PayoutLineKind } from '../payout/payout-line.js';

/**
 * A government revenue stream as the EITI Summary Data Template reports it: the IMF GFS code
 * with the EITI "E" suffix and the stream's name.
 *
 * @example
 * ```ts
 * const royalties: RevenueStream = { gfsCode: '1415E1', stream: 'Royalties' };
 * ```
 */
export interface RevenueStream {
  /** The GFS code, e.g. `1415E1`. */
  readonly gfsCode: string;
  /** The revenue stream name, e.g. `Royalties`. */
  readonly stream: string;
}

/**
 * The usual classification of each kind of payout line paid to a government (rules.md, reference
 * A2): royalties 1415E1; ordinary income tax 1112E1; bonuses 1415E2; price participation (a
 * windfall share) 1112E2, an extraordinary tax on income; export duties (the raw-export levy)
 * 1152E, taxes on exports; community funds and their top-ups 1415E4,
 * compulsory transfers to government; dividends on state equity 1412E2; withholding taxes 1112E1
 * (GFSM 2014 records a tax withheld at source as a tax on the recipient's income); settlements 143E
 * (as recalled, not re-checked: GFSM 2014 counts out-of-court settlements with fines, penalties and
 * forfeits; a settlement of taxes is better classified with `eiti` as the taxes settled); a benefit-sharing
 * true-up 1415E4, a compulsory transfer under the agreement. A contract overrides it per
 * clause with `eiti: { gfsCode, stream }`. Lines of other kinds (costs, cash calls, carry
 * repayments, transfers between governments) are not company payments to government.
 *
 * @example
 * ```ts
 * USUAL_REVENUE_STREAMS.royalty; // { gfsCode: '1415E1', stream: 'Royalties' }
 * ```
 */
export const USUAL_REVENUE_STREAMS: Readonly<Partial<Record<PayoutLineKind, RevenueStream>>> = {
  royalty: { gfsCode: '1415E1', stream: 'Royalties' },
  'income-tax': { gfsCode: '1112E1', stream: 'Ordinary taxes on income, profits and capital gains' },
  bonus: { gfsCode: '1415E2', stream: 'Bonuses' },
  'export-duty': { gfsCode: '1152E', stream: 'Taxes on exports' },
  'price-participation': { gfsCode: '1112E2', stream: 'Extraordinary taxes on income, profits and capital gains' },
  'community-fund': { gfsCode: '1415E4', stream: 'Compulsory transfers to government (infrastructure and other)' },
  'community-fund-top-up': { gfsCode: '1415E4', stream: 'Compulsory transfers to government (infrastructure and other)' },
  distribution: { gfsCode: '1412E2', stream: 'Dividends from government participation (equity)' },
  'withholding-tax': { gfsCode: '1112E1', stream: 'Ordinary taxes on income, profits and capital gains' },
  settlement: { gfsCode: '143E', stream: 'Fines, penalties and forfeits' },
  'true-up': { gfsCode: '1415E4', stream: 'Compulsory transfers to government (infrastructure and other)' },
};

/**
 * The classification of each EITI stream a periodic fee (`revenue.fees`, `kind: fee` lines) names:
 * licence fees 114521E, surface rents 1415E5, administrative fees 1422E; a community payment to a
 * government body is a compulsory transfer to government, 1415E4 (to anyone else it is a social
 * payment, not government revenue, and is left out).
 *
 * @example
 * ```ts
 * FEE_REVENUE_STREAMS['surface-rent']; // { gfsCode: '1415E5', stream: 'Rent' }
 * ```
 */
export const FEE_REVENUE_STREAMS: Readonly<Record<Contract['revenue']['fees'][number]['eitiStream'], RevenueStream>> = {
  'licence-fee': { gfsCode: '114521E', stream: 'Licence fees' },
  'surface-rent': { gfsCode: '1415E5', stream: 'Rent' },
  'administrative-fee': { gfsCode: '1422E', stream: 'Administrative fees for government services' },
  'community-payment': { gfsCode: '1415E4', stream: 'Compulsory transfers to government (infrastructure and other)' },
};

/** The roles whose receipts are government revenue in the EITI sense. */
const GOVERNMENT_ROLES: ReadonlySet<string> = new Set(['host-government', 'subnational-government', 'local-government', 'state-enterprise', 'community-fund', 'statutory-fund', 'regulator', 'geological-survey']);

function statedClassification(contract: Contract, clause: string | undefined): RevenueStream | undefined {
  if (clause === undefined) return undefined;
  const r = contract.revenue;
  const clauses = [...r.royalties, ...(r.incomeTax ? [r.incomeTax] : []), ...r.bonuses, ...r.priceParticipation, ...r.communityFunds, ...r.withholdingTaxes, ...r.benefitSharing];
  const found = clauses.find((c) => c.id === clause)?.eiti;
  return found ? { gfsCode: found.gfsCode, stream: found.stream ?? found.gfsCode } : undefined;
}

/**
 * The revenue stream of one payout line, or undefined when the line is not a payment by the
 * company to a government body: the clause's own `eiti` classification when the contract gives
 * one, else the usual one for the line's kind ({@link USUAL_REVENUE_STREAMS}; for a fee, its
 * `eitiStream`, {@link FEE_REVENUE_STREAMS}). Distributions count
 * only when paid to a government or state enterprise (dividends on state equity).
 *
 * @example
 * ```ts
 * classifyPayoutLine(contract, royaltyLine);   // { gfsCode: '1415E1', stream: 'Royalties' }
 * classifyPayoutLine(contract, cdfLine);       // { gfsCode: '1415E4', stream: 'Community development fund' } (the clause's override)
 * classifyPayoutLine(contract, operatingCost); // undefined
 * ```
 */
export function classifyPayoutLine(contract: Contract, line: PayoutLine): RevenueStream | undefined {
  const fee = line.kind === 'fee' ? contract.revenue.fees.find((f) => f.id === line.clause) : undefined;
  const usual = fee ? FEE_REVENUE_STREAMS[fee.eitiStream] : USUAL_REVENUE_STREAMS[line.kind];
  if (!usual) return undefined;
  const payee = contract.parties.find((p) => p.id === line.to);
  if (!payee || !GOVERNMENT_ROLES.has(payee.role)) return undefined;
  return statedClassification(contract, line.clause) ?? usual;
}
