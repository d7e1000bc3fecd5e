// The payments a contract provides for, as EITI sees them: each stream with its clause, payee and
// GFS revenue code (the contract's own classification, or the usual code for its kind of clause).
// The compliance rules and the EITI export both read them, so they agree on what is paid and how
// it is classified.
import type { Contract } from '../contract/contract.js';
import type { PathSegment } from '../diagnostics/diagnostic.js';
import { FEE_REVENUE_STREAMS, GFS_CLASS_NAMES, USUAL_REVENUE_STREAMS } from './gfs-classification.js';

/**
 * The kinds of payment stream a contract can provide for, as a list so that their usual codes can
 * be read from the EITI table.
 */
export const STREAM_KINDS = ['royalty', 'income-tax', 'bonus', 'settlement', 'price-participation', 'community-fund', 'export-levy', 'withholding-tax', 'true-up', 'fee'] as const;

/** A kind of payment a contract provides for. */
export type StreamKind = (typeof STREAM_KINDS)[number];

/** One payment stream: its clause, payee and classification. */
export interface PaymentStream {
  /** What kind of payment it is. */
  readonly kind: StreamKind;
  /** Its clause's id. */
  readonly clause: string;
  /** Where its clause is. */
  readonly path: readonly PathSegment[];
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
 * EITI export's own table ({@link USUAL_REVENUE_STREAMS}), so the rules and the export agree. A fee
 * is classified by its `eitiStream` ({@link FEE_REVENUE_STREAMS}); the entry here, 1422E
 * (administrative fees), is only the kind's default.
 */
export const USUAL_GFS_CODE: Readonly<Record<StreamKind, string>> = Object.freeze(
  Object.fromEntries(
    STREAM_KINDS.map((kind) => [kind, USUAL_REVENUE_STREAMS[kind === 'export-levy' ? 'export-duty' : kind]?.gfsCode ?? FEE_REVENUE_STREAMS['administrative-fee'].gfsCode]),
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
  const add = (kind: StreamKind, clause: string, path: readonly PathSegment[], payee: string | undefined, stated?: string, usual: string = USUAL_GFS_CODE[kind]): void => {
    if (payee !== undefined) out.push({ kind, clause, path, payee, statedGfsCode: stated, gfsCode: stated ?? usual });
  };
  const r = contract.revenue;
  r.royalties.forEach((x, i) => add('royalty', x.id, ['revenue', 'royalties', i], x.payee, x.eiti?.gfsCode));
  if (r.incomeTax) add('income-tax', r.incomeTax.id, ['revenue', 'incomeTax'], r.incomeTax.payee, r.incomeTax.eiti?.gfsCode);
  r.bonuses.forEach((x, i) => add(x.kind === 'settlement' ? 'settlement' : 'bonus', x.id, ['revenue', 'bonuses', i], x.payee, x.eiti?.gfsCode));
  r.withholdingTaxes.forEach((x, i) => add('withholding-tax', x.id, ['revenue', 'withholdingTaxes', i], x.payee, x.eiti?.gfsCode));
  r.benefitSharing.forEach((x, i) => add('true-up', x.id, ['revenue', 'benefitSharing', i], x.payee, x.eiti?.gfsCode));
  r.minimumPayments.forEach((x, i) => add('true-up', x.id, ['revenue', 'minimumPayments', i], x.payee, x.eiti?.gfsCode));
  r.priceParticipation.forEach((x, i) => add('price-participation', x.id, ['revenue', 'priceParticipation', i], x.payee, x.eiti?.gfsCode));
  r.communityFunds.forEach((x, i) => add('community-fund', x.id, ['revenue', 'communityFunds', i], x.payee, x.eiti?.gfsCode));
  r.fees.forEach((x, i) => add('fee', x.id, ['revenue', 'fees', i], x.payee, undefined, FEE_REVENUE_STREAMS[x.eitiStream].gfsCode));
  const levy = contract.processing?.rawExport;
  if (levy?.restriction === 'levy-schedule') add('export-levy', levy.id, ['processing', 'rawExport'], levy.payee);
  return out;
}

/**
 * Whether a GFS code is one the EITI Summary Data Template's "GFS classification" drop-down lists
 * ({@link GFS_CLASS_NAMES}): a stream classified under another code (an aggregate such as `1415E`,
 * or a code that does not exist) cannot be entered in the template's Part 4 as it is. The compliance
 * rule G1-PAY-001 and the export's `eiti/unlisted-gfs-code` warning both ask this.
 *
 * @example
 * ```ts
 * isTemplateGfsCode('1415E1'); // true
 * isTemplateGfsCode('1415E');  // false: an aggregate, not a class of the drop-down
 * ```
 */
export function isTemplateGfsCode(gfsCode: string): boolean {
  return Object.hasOwn(GFS_CLASS_NAMES, gfsCode);
}
