// The payments a contract provides for, as EITI sees them: each stream with its clause, payee and
// GFS revenue code (the contract's own classification, or the usual code for its kind of clause).
import type { Contract } from '../contract/contract.js';
import { USUAL_REVENUE_STREAMS } from '../eiti/gfs-classification.js';
import type { EvidencePath } from './define-rule.js';

// The kinds of payment stream, as a list so that their usual codes can be read from the EITI table.
const STREAM_KINDS = ['royalty', 'income-tax', 'bonus', 'settlement', 'price-participation', 'community-fund', 'export-levy', 'withholding-tax', 'true-up'] as const;

/** A kind of payment a contract provides for. */
export type StreamKind = (typeof STREAM_KINDS)[number];

/** One payment stream: its clause, payee and classification. */
export interface PaymentStream {
  /** What kind of payment it is. */
  readonly kind: StreamKind;
  /** Where its clause is. */
  readonly path: EvidencePath;
  /** The party paid. */
  readonly payee: string;
  /** The GFS code the contract gives it, if it gives one. */
  readonly statedGfsCode: string | undefined;
  /** The code it is reported under: the stated one, or the usual code for its kind. */
  readonly gfsCode: string;
}

/**
 * The usual GFS code for each kind of payment (EITI Summary Data Template): royalties 1415E1,
 * ordinary income tax 1112E1, bonuses 1415E2, windfall shares 1415E1 (a levy on sales value is a
 * royalty, rent in GFSM 2014; docs/eiti.md), community funds 1415E4 (compulsory transfers), export levies 1152E (taxes on exports),
 * settlements 143E, withholding taxes 1112E1 and benefit-sharing true-ups 1415E4: read from the
 * EITI export's own table ({@link USUAL_REVENUE_STREAMS}), so the rules and the export agree.
 */
export const USUAL_GFS_CODE: Readonly<Record<StreamKind, string>> = Object.freeze(
  Object.fromEntries(
    STREAM_KINDS.map((kind) => [kind, USUAL_REVENUE_STREAMS[kind === 'export-levy' ? 'export-duty' : kind]!.gfsCode]),
  ) as Record<StreamKind, string>,
);

/**
 * Every payment stream in the contract, in document order.
 *
 * @example
 * ```ts
 * paymentStreams(contract).map((s) => `${s.kind} → ${s.payee}`);
 * ```
 */
export function paymentStreams(contract: Contract): PaymentStream[] {
  const out: PaymentStream[] = [];
  const add = (kind: StreamKind, path: EvidencePath, payee: string | undefined, stated?: string): void => {
    if (payee !== undefined) out.push({ kind, path, payee, statedGfsCode: stated, gfsCode: stated ?? USUAL_GFS_CODE[kind] });
  };
  const r = contract.revenue;
  r.royalties.forEach((x, i) => add('royalty', ['revenue', 'royalties', i], x.payee, x.eiti?.gfsCode));
  if (r.incomeTax) add('income-tax', ['revenue', 'incomeTax'], r.incomeTax.payee, r.incomeTax.eiti?.gfsCode);
  r.bonuses.forEach((x, i) => add(x.kind === 'settlement' ? 'settlement' : 'bonus', ['revenue', 'bonuses', i], x.payee, x.eiti?.gfsCode));
  r.withholdingTaxes.forEach((x, i) => add('withholding-tax', ['revenue', 'withholdingTaxes', i], x.payee, x.eiti?.gfsCode));
  r.benefitSharing.forEach((x, i) => add('true-up', ['revenue', 'benefitSharing', i], x.payee, x.eiti?.gfsCode));
  r.minimumPayments.forEach((x, i) => add('true-up', ['revenue', 'minimumPayments', i], x.payee, x.eiti?.gfsCode));
  r.priceParticipation.forEach((x, i) => add('price-participation', ['revenue', 'priceParticipation', i], x.payee, x.eiti?.gfsCode));
  r.communityFunds.forEach((x, i) => add('community-fund', ['revenue', 'communityFunds', i], x.payee, x.eiti?.gfsCode));
  const levy = contract.processing?.rawExport;
  if (levy?.restriction === 'levy-schedule') add('export-levy', ['processing', 'rawExport'], levy.payee);
  return out;
}
