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
 * The name of each GFS revenue class of the EITI Summary Data Template (v2.0), by code, as the
 * template's "GFS classification" drop-down names it (rules.md, reference A2).
 *
 * @example
 * ```ts
 * GFS_CLASS_NAMES['1415E5']; // 'Other rent payments'
 * ```
 */
export const GFS_CLASS_NAMES: Readonly<Record<string, string>> = {
  '1112E1': 'Ordinary taxes on income, profits and capital gains',
  '1112E2': 'Extraordinary taxes on income, profits and capital gains',
  '112E': 'Taxes on payroll and workforce',
  '113E': 'Taxes on property',
  '1141E': 'General taxes on goods and services (VAT, sales tax, turnover tax)',
  '1142E': 'Excise taxes',
  '114521E': 'Licence fees',
  '114522E': 'Emission and pollution taxes',
  '1151E': 'Customs and other import duties',
  '1152E': 'Taxes on exports',
  '1153E1': 'Profits of natural resource export monopolies',
  '116E': 'Other taxes payable by natural resource companies',
  '1212E': 'Social security employer contributions',
  '1412E1': 'From state-owned enterprises',
  '1412E2': 'From government participation (equity)',
  '1413E': 'Withdrawals from income of quasi-corporations',
  '1415E1': 'Royalties',
  '1415E2': 'Bonuses',
  '1415E31': 'Delivered/paid directly to government',
  '1415E32': 'Delivered/paid to state-owned enterprise(s)',
  '1415E4': 'Compulsory transfers to government (infrastructure and other)',
  '1415E5': 'Other rent payments',
  '1421E': 'Sales of goods and services by government units',
  '1422E': 'Administrative fees for government services',
  '143E': 'Fines, penalties, and forfeits',
  '144E1': 'Voluntary transfers to government (donations)',
};

// A stream named as the template's GFS list names its class.
const classNamed = (gfsCode: string): RevenueStream => ({ gfsCode, stream: GFS_CLASS_NAMES[gfsCode]! });

/**
 * The usual classification of each kind of payout line paid to a government (rules.md, reference
 * A2): royalties 1415E1; ordinary income tax 1112E1; withholding taxes 1112E1 (taxes on income
 * withheld at source); bonuses 1415E2; price participation (a windfall share) 1415E1, a royalty:
 * it is levied on the value of sales above a threshold price, not on profit, so it is rent
 * (GFSM 2014 ¶5.130; see docs/eiti.md); export duties (the raw-export levy) 1152E, taxes on
 * exports; community funds and their top-ups 1415E4, compulsory transfers to government;
 * dividends on state equity 1412E2; settlements 143E (as recalled, not re-checked: GFSM 2014 counts
 * out-of-court settlements with fines, penalties and forfeits; a settlement of taxes is better
 * classified with `eiti` as the taxes settled); a benefit-sharing true-up 1415E4, a compulsory
 * transfer under the agreement, and so a minimum-payment top-up (also a `true-up` line); interest on
 * a shareholder loan paid to a government lender 1411E, GFSM 2014 class 1411 (interest, property
 * income), which the template lists under no class of its own. `stream` is the revenue stream's name as fairlode reports it
 * (the template's "Revenue stream name"); the GFS class's own name is {@link GFS_CLASS_NAMES}.
 * A contract overrides it per clause with `eiti: { gfsCode, stream }`. Lines of other kinds
 * (costs, cash calls, carry repayments, transfers between governments) are not company payments
 * to government.
 *
 * @example
 * ```ts
 * USUAL_REVENUE_STREAMS.royalty; // { gfsCode: '1415E1', stream: 'Royalties' }
 * ```
 */
export const USUAL_REVENUE_STREAMS: Readonly<Partial<Record<PayoutLineKind, RevenueStream>>> = {
  royalty: classNamed('1415E1'),
  'income-tax': classNamed('1112E1'),
  'withholding-tax': { gfsCode: '1112E1', stream: 'Withholding taxes' },
  bonus: classNamed('1415E2'),
  'export-duty': classNamed('1152E'),
  'price-participation': { gfsCode: '1415E1', stream: 'Price participation (windfall share)' },
  'community-fund': classNamed('1415E4'),
  'community-fund-top-up': classNamed('1415E4'),
  distribution: { gfsCode: '1412E2', stream: 'Dividends from government participation (equity)' },
  settlement: { gfsCode: '143E', stream: 'Fines, penalties and forfeits' },
  'true-up': classNamed('1415E4'),
  'shareholder-loan-interest': { gfsCode: '1411E', stream: 'Interest on shareholder loans' },
};

/**
 * A GFS code as the Summary Data Template's "GFS classification" drop-down writes it: the class
 * name, then the code in brackets (`Royalties (1415E1)`). A code the template does not list is
 * written alone.
 *
 * @example
 * ```ts
 * gfsClassificationLabel('1152E'); // 'Taxes on exports (1152E)'
 * ```
 */
export function gfsClassificationLabel(gfsCode: string): string {
  const name = GFS_CLASS_NAMES[gfsCode];
  return name === undefined ? gfsCode : `${name} (${gfsCode})`;
}

/**
 * The GFS code in a cell of a "GFS classification" column: `1415E1`, `Royalties (1415E1)` or
 * `1415E1 - Royalties`; else the class named (`Royalties` gives `1415E1`); else an empty string.
 *
 * @example
 * ```ts
 * gfsCodeIn('Taxes on exports (1152E)'); // '1152E'
 * ```
 */
export function gfsCodeIn(cell: string): string {
  const m = /(?:^|[\s(])(1\d{1,5}E\d{0,2})(?=$|[\s)])/i.exec(cell.trim());
  if (m) return m[1]!.toUpperCase();
  const name = cell.trim().toLowerCase().replace(/\s+/g, ' ');
  return Object.entries(GFS_CLASS_NAMES).find(([, n]) => n.toLowerCase() === name)?.[0] ?? '';
}

/**
 * The classification of each EITI stream a periodic fee (`revenue.fees`, `kind: fee` lines) names:
 * licence fees 114521E, surface rents 1415E5, administrative fees 1422E; a community payment to a
 * government body is a compulsory transfer to government, 1415E4 (to anyone else it is a social
 * payment, not government revenue, and is left out); infrastructure funding paid to the state 1415E4; an advance royalty 1415E1, a royalty paid ahead.
 *
 * @example
 * ```ts
 * FEE_REVENUE_STREAMS['surface-rent']; // { gfsCode: '1415E5', stream: 'Rent' }
 * ```
 */
export const FEE_REVENUE_STREAMS: Readonly<Record<Contract['revenue']['fees'][number]['eitiStream'], RevenueStream>> = {
  'licence-fee': classNamed('114521E'),
  'surface-rent': { gfsCode: '1415E5', stream: 'Rent' },
  'administrative-fee': classNamed('1422E'),
  'community-payment': classNamed('1415E4'),
  infrastructure: classNamed('1415E4'),
  'advance-royalty': classNamed('1415E1'),
};

/** The roles whose receipts are government revenue in the EITI sense. */
const GOVERNMENT_ROLES: ReadonlySet<string> = new Set(['host-government', 'subnational-government', 'local-government', 'state-enterprise', 'community-fund', 'statutory-fund', 'regulator', 'geological-survey']);

function statedClassification(contract: Contract, clause: string | undefined): RevenueStream | undefined {
  if (clause === undefined) return undefined;
  const r = contract.revenue;
  const clauses = [...r.royalties, ...(r.incomeTax ? [r.incomeTax] : []), ...r.bonuses, ...r.priceParticipation, ...r.communityFunds, ...r.withholdingTaxes, ...r.benefitSharing, ...r.minimumPayments];
  const found = clauses.find((c) => c.id === clause)?.eiti;
  return found ? { gfsCode: found.gfsCode, stream: found.stream ?? GFS_CLASS_NAMES[found.gfsCode] ?? found.gfsCode } : undefined;
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
