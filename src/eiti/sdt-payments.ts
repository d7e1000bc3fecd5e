import type { Contract } from '../contract/contract.js';
import { isLoadedContract, type LoadedContract } from '../contract/load-contract.js';
import { holdersOf } from '../contract/holders.js';
import type { Diagnostic, Result } from '../diagnostics/diagnostic.js';
import { Decimal } from '../money/decimal.js';
import { makeMoney, type Money } from '../money/money.js';
import type { PayoutStatement } from '../payout/payout-statement.js';
import { fiscalYear, periodsIn, type Period } from '../time/index.js';
import type { PayoutLineKind } from '../payout/payout-line.js';
import { PROJECT_COMPANY } from '../payout/payout-parties.js';
import { classifyPayoutLine, FEE_REVENUE_STREAMS, GFS_CLASS_NAMES } from './gfs-classification.js';
import { isTemplateGfsCode, paymentStreams } from './payment-streams.js';

/**
 * One row of the EITI Summary Data Template's revenue tables (Part 4, government revenues, and
 * Part 5, company payments): what one company paid one government entity under one revenue stream
 * of one project in a year.
 *
 * @example
 * ```ts
 * const row: SdtRow = { country: 'PK', year: 'FY2028', project: 'chagai-partnership', company: 'Example Strategic Metals Inc.',
 *   governmentEntity: 'Government of Balochistan', stream: 'Royalties', gfsCode: '1415E1', value: money('32613480.00 USD') };
 * ```
 */
export interface SdtRow {
  /** ISO 3166 country code of the host country. */
  readonly country: string;
  /** The reporting year, e.g. `FY2028` or `2028`. */
  readonly year: string;
  /** The project (the contract id). */
  readonly project: string;
  /** The company that paid. */
  readonly company: string;
  /** The government entity that received. */
  readonly governmentEntity: string;
  /** The revenue stream name. */
  readonly stream: string;
  /** The GFS code, or an empty string when a reported row gives none. */
  readonly gfsCode: string;
  /** The value, exact, with its currency. */
  readonly value: Money;
  /** The paying company's identifier (a registration number), when one is known. */
  readonly companyId?: string;
  /**
   * Whether the payment is levied on the project (the template's Part 5 "Levied on project (Y/N)"):
   * true for royalties, bonuses, fees, levies and funds a contract imposes; false for taxes and
   * dividends levied on the legal entity; undefined when a reported row does not say.
   */
  readonly leviedOnProject?: boolean;
  /**
   * True for a row of the template's Part 4 (government revenues): the government's total for the
   * stream and entity over all companies and projects, with no company or project of its own.
   * {@link reconcile} matches such rows with the other side summed over companies and projects.
   */
  readonly governmentTotal?: true;
}

/**
 * A fiscal year's project payments in the SDT shape, one row per government entity and stream.
 *
 * @example
 * ```ts
 * const sdt: SdtPayments = eitiPayments(contract, statements, { year: 'FY2028' }).value;
 * sdt.rows.length; // 6
 * ```
 */
export interface SdtPayments {
  /** The fiscal year. */
  readonly year: Period;
  /** The labels of the periods whose statements were counted: the periods the export covers. */
  readonly periods: readonly string[];
  /**
   * The periods of the same kind in the fiscal year that no statement covers (`2028-Q1`,
   * `2028-Q2` for a year exported from its first two quarters); empty for a complete year.
   */
  readonly missingPeriods: readonly string[];
  /** The rows, in order of first payment, then GFS code. */
  readonly rows: readonly SdtRow[];
  /** The project's name (the contract's title), the template's Part 5 "Project name". */
  readonly projectName: string;
}

/**
 * Options for {@link eitiPayments}.
 *
 * @example
 * ```ts
 * const options: EitiPaymentsOptions = { year: 'FY2028', company: 'Example Strategic Metals Inc.' };
 * ```
 */
export interface EitiPaymentsOptions {
  /** The fiscal year: `FY2028`, `2028` or the number 2028 (fiscal years are named by the year they end in). */
  readonly year: string | number;
  /**
   * The paying company's name: the entity that pays the project's payments to government, for a
   * joint venture the project company, not an investor. Default: the contract's
   * `governance.reporting.entity`; else the sole equity holder when one party holds 100%; else
   * `<contract id> project company`, with the warning `eiti/reporting-entity-unnamed`.
   */
  readonly company?: string;
  /** The paying company's identifier (e.g. its registration number); default `governance.reporting.identifier`. */
  readonly companyId?: string;
}

function parseYear(year: string | number): number | undefined {
  const m = /^(?:FY)?(\d{4})$/.exec(String(year));
  return m ? Number(m[1]) : undefined;
}

/**
 * Classifies every payment to a government body in the statements of one fiscal year and sums
 * them per government entity and revenue stream, in the shape of the EITI Summary Data Template:
 * country, year, project, company, government entity, revenue stream, GFS code, currency, value.
 * Statements whose period ends within the fiscal year count. A stream the contract declares but
 * the payouts could not compute in full (the raw-export levy on sales whose actuals do not say
 * whether they were exported) gives the warning `eiti/stream-not-computed`. A partial year (statements
 * for 2 of its 4 quarters) lists the periods it lacks in `missingPeriods` and gives the warning
 * `eiti/partial-year` naming them. Fails with `eiti/bad-year` for a year
 * that is not `FY2028` or `2028`, and with `eiti/no-periods` when no statement falls in the year.
 *
 * @example
 * ```ts
 * const run = computePayouts(contract, actuals);
 * const sdt = eitiPayments(contract, run.value.statements, { year: 'FY2028' });
 * if (sdt.ok) for (const r of sdt.value.rows) console.log(r.gfsCode, r.governmentEntity, moneyToString(r.value));
 * ```
 */
export function eitiPayments(contract: Contract | LoadedContract, statements: readonly PayoutStatement[], options: EitiPaymentsOptions): Result<SdtPayments> {
  const c = isLoadedContract(contract) ? contract.contract : contract;
  const y = parseYear(options.year);
  if (y === undefined) {
    const d: Diagnostic = { code: 'eiti/bad-year', severity: 'error', message: `"${String(options.year)}" is not a fiscal year; write it as FY2028 or 2028.`, path: [] };
    return { ok: false, diagnostics: [d] };
  }
  const year = fiscalYear(y, c.fiscalYear.startMonth);
  const inYear = statements.filter((s) => s.period.end >= year.start && s.period.end <= year.end);
  if (inYear.length === 0) {
    const d: Diagnostic = { code: 'eiti/no-periods', severity: 'error', message: `No payout statement ends within ${year.label} (${year.start} to ${year.end}).`, path: [] };
    return { ok: false, diagnostics: [d] };
  }
  const payer = reportingEntity(c, options);
  const names = new Map(c.parties.map((p) => [p.id, p.name]));
  const sums = new Map<string, { payer: string; entity: string; stream: string; gfsCode: string; levied: boolean; amount: Decimal }>();
  for (const s of inYear) {
    for (const line of s.lines) {
      const stream = classifyPayoutLine(c, line);
      if (!stream) continue;
      // The project company pays (the reserved account "company"); a party paying on its own is named.
      const paidBy = line.from === PROJECT_COMPANY ? payer.name : (names.get(line.from) ?? line.from);
      const entity = names.get(line.to) ?? line.to;
      const levied = !ENTITY_LEVIES.has(line.kind);
      const key = `${paidBy}\u0000${entity}\u0000${stream.gfsCode}\u0000${stream.stream}\u0000${levied}`;
      const sum = sums.get(key);
      if (sum) sum.amount = sum.amount.plus(line.amount.amount);
      else sums.set(key, { payer: paidBy, entity, stream: stream.stream, gfsCode: stream.gfsCode, levied, amount: line.amount.amount });
    }
  }
  const rows: SdtRow[] = [...sums.values()].map((s) => ({
    country: c.jurisdiction.country,
    year: year.label,
    project: c.id,
    company: s.payer,
    governmentEntity: s.entity,
    stream: s.stream,
    gfsCode: s.gfsCode,
    value: makeMoney(s.amount, c.currency),
    ...(s.payer === payer.name && payer.identifier !== undefined ? { companyId: payer.identifier } : {}),
    leviedOnProject: s.levied,
  }));
  const periods = inYear.map((s) => s.period.label);
  const missingPeriods = periodsMissing(year, inYear);
  return {
    ok: true,
    value: { year, periods, missingPeriods, rows, projectName: c.title },
    diagnostics: [...payer.diagnostics, ...partialYear(year, periods, missingPeriods), ...streamsNotComputed(c, inYear, year), ...clausesNotComputed(c, inYear, year), ...feeNotes(c, inYear, year), ...unlistedCodes(c)],
  };
}

// Taxes on income and dividends are levied on the legal entity, not on a project (the template's
// Part 5 "Levied on project (Y/N)": N); everything else a contract imposes is levied on the project.
const ENTITY_LEVIES: ReadonlySet<PayoutLineKind> = new Set<PayoutLineKind>(['income-tax', 'withholding-tax', 'distribution']);

// The entity that pays: named by the caller, else by the contract, else the sole equity holder. A
// joint venture's payments are made by its project company, never by its first investor: when
// nothing names it, the row says "<id> project company" and a warning asks for the name.
function reportingEntity(c: Contract, options: EitiPaymentsOptions): { name: string; identifier: string | undefined; diagnostics: Diagnostic[] } {
  const stated = c.governance?.reporting;
  const identifier = options.companyId ?? stated?.identifier;
  if (options.company !== undefined) return { name: options.company, identifier, diagnostics: [] };
  if (stated?.entity !== undefined) return { name: stated.entity, identifier, diagnostics: [] };
  const sole = c.ownership.length === 1 ? c.parties.find((p) => p.id === c.ownership[0]!.party) : undefined;
  if (sole) return { name: sole.name, identifier, diagnostics: [] };
  const holders = c.ownership.flatMap(holdersOf).map((id) => c.parties.find((p) => p.id === id)?.name ?? id);
  return {
    name: `${c.id} project company`,
    identifier,
    diagnostics: [{
      code: 'eiti/reporting-entity-unnamed',
      severity: 'warning',
      message: `The contract does not name the company that pays the project's payments to government: the project company owned by ${holders.join(', ')} pays them, not any one holder. The rows name it "${c.id} project company".`,
      path: ['governance', 'reporting'],
      hint: 'name it in governance.reporting.entity (and its registration number in identifier), or with --company and --company-id',
    }],
  };
}

// A clause whose payouts say they were not computed or assessed in a period of the year (a step
// left out of the waterfall, a clause that cannot be computed): a warning naming the clause, never a
// silent absence. The raw-export levy and fees have their own warnings (streamsNotComputed, feeNotes).
function clausesNotComputed(c: Contract, statements: readonly PayoutStatement[], year: Period): Diagnostic[] {
  const r = c.revenue;
  type Clause = { id: string; ref: string | undefined; path: (string | number)[]; step: string | undefined };
  const clauses: Clause[] = [
    ...r.royalties.map((x, i) => ({ id: x.id, ref: x.ref, path: ['revenue', 'royalties', i], step: 'royalties' })),
    ...r.priceParticipation.map((x, i) => ({ id: x.id, ref: x.ref, path: ['revenue', 'priceParticipation', i], step: 'price-participation' })),
    ...r.communityFunds.map((x, i) => ({ id: x.id, ref: x.ref, path: ['revenue', 'communityFunds', i], step: 'community-funds' })),
    ...r.bonuses.map((x, i) => ({ id: x.id, ref: x.ref, path: ['revenue', 'bonuses', i], step: undefined })),
    ...(r.incomeTax ? [{ id: r.incomeTax.id, ref: r.incomeTax.ref, path: ['revenue', 'incomeTax'], step: 'income-tax' }] : []),
  ];
  const out: Diagnostic[] = [];
  // A clause whose step the contract's waterfall leaves out is never computed, in any period.
  const waterfall = r.waterfall;
  const outOfWaterfall = (clause: Clause) => waterfall !== undefined && clause.step !== undefined && !(waterfall as readonly string[]).includes(clause.step);
  for (const clause of clauses.filter(outOfWaterfall)) {
    out.push({ code: 'eiti/stream-not-computed', severity: 'warning', message: `The payments under "${clause.id}"${clause.ref ? ` (${clause.ref})` : ''} are not computed for ${year.label}: the step "${clause.step}" is not in the contract's waterfall, so the export has no row for them.`, path: clause.path, hint: 'add the step to revenue.waterfall, or remove the clause' });
  }
  for (const clause of clauses.filter((x) => !outOfWaterfall(x))) {
    const mentions = (n: string) => (n.includes(`"${clause.id}"`) || n.startsWith(`${clause.id} `)) && /not computed|not assessed/.test(n);
    const periods = statements.filter((s) => s.notes.some(mentions)).map((s) => s.period.label);
    if (periods.length === 0) continue;
    out.push({ code: 'eiti/stream-not-computed', severity: 'warning', message: `The payments under "${clause.id}"${clause.ref ? ` (${clause.ref})` : ''} are not computed in full for ${year.label}: see the notes of ${periods.join(', ')}; the export leaves them out.`, path: clause.path, hint: 'see the statement notes of those periods' });
  }
  return out;
}

// A clause classified under a GFS code the Summary Data Template does not list cannot be chosen in
// the template's drop-down: a warning naming the clause. The same streams and the same list as the
// compliance rule G1-PAY-001 (paymentStreams, isTemplateGfsCode).
function unlistedCodes(c: Contract): Diagnostic[] {
  return paymentStreams(c)
    .filter((s) => s.statedGfsCode !== undefined && !isTemplateGfsCode(s.statedGfsCode))
    .map((s) => ({ code: 'eiti/unlisted-gfs-code', severity: 'warning' as const, message: `"${s.clause}" is classified under ${s.statedGfsCode!}, which the Summary Data Template's GFS classification does not list: its rows cannot be entered in Part 4 as they are.`, path: [...s.path, 'eiti', 'gfsCode'], hint: `use one of the template's codes, e.g. ${Object.keys(GFS_CLASS_NAMES).slice(0, 4).join(', ')}` }));
}

// The periods of the statements' kind (quarter, month …) that lie in the year and that no statement
// covers. Statements of mixed kinds are compared day by day against the year's quarters.
function periodsMissing(year: Period, statements: readonly PayoutStatement[]): string[] {
  const kinds = new Set(statements.map((s) => s.period.kind));
  const kind = kinds.size === 1 ? [...kinds][0]! : 'quarter';
  if (kind === 'fiscal-year' || kind === 'year') return [];
  return periodsIn(year, kind)
    .filter((p) => !statements.some((s) => s.period.start <= p.start && p.end <= s.period.end))
    .map((p) => p.label);
}

function partialYear(year: Period, periods: readonly string[], missing: readonly string[]): Diagnostic[] {
  if (missing.length === 0) return [];
  return [{
    code: 'eiti/partial-year',
    severity: 'warning',
    message: `${year.label} is exported from ${periods.join(', ')} only: no statement covers ${missing.join(', ')}.`,
    path: [],
    hint: 'add the actuals of the missing periods, or publish the export as a partial year',
  }];
}

// Periodic fees: a fee the payouts could not compute (an index value missing) is a warning naming
// the clause and periods; a community payment paid in the year to a payee that is not a government
// body is a social payment (EITI Requirement 6.1), left out of the government revenues with a note.
function feeNotes(c: Contract, statements: readonly PayoutStatement[], year: Period): Diagnostic[] {
  const out: Diagnostic[] = [];
  c.revenue.fees.forEach((f, i) => {
    const marker = `Warning: fee "${f.id}"`;
    const periods = statements.filter((s) => s.notes.some((n) => n.startsWith(marker))).map((s) => s.period.label);
    const stream = FEE_REVENUE_STREAMS[f.eitiStream];
    if (periods.length > 0) {
      out.push({ code: 'eiti/stream-not-computed', severity: 'warning', message: `${stream.stream} (${stream.gfsCode}) under the fee "${f.id}"${f.ref ? ` (${f.ref})` : ''} are not computed in full for ${year.label}: see the notes of ${periods.join(', ')}.`, path: ['revenue', 'fees', i], hint: 'give the index value for each period in the actuals (indices)' });
    }
    const paid = statements.some((s) => s.lines.some((l) => l.kind === 'fee' && l.clause === f.id));
    if (f.eitiStream === 'community-payment' && paid && statements.every((s) => s.lines.every((l) => l.kind !== 'fee' || l.clause !== f.id || classifyPayoutLine(c, l) === undefined))) {
      out.push({ code: 'eiti/social-payment', severity: 'info', message: `The community payment "${f.id}"${f.ref ? ` (${f.ref})` : ''} is paid to "${f.payee}", which is not a government body: it is a social payment (EITI Requirement 6.1), not a payment to government, and is left out of ${year.label}'s government revenues.`, path: ['revenue', 'fees', i, 'payee'] });
    }
  });
  return out;
}

// A stream the contract declares but the payouts could not compute in full (the raw-export levy on
// sales whose actuals do not say whether they were exported): a warning naming the clause and the
// periods, never a silent absence from the export.
function streamsNotComputed(c: Contract, statements: readonly PayoutStatement[], year: Period): Diagnostic[] {
  const raw = c.processing?.rawExport;
  if (raw === undefined) return [];
  const marker = `Warning: raw-export levy "${raw.id}"`;
  const periods = statements.filter((s) => s.notes.some((n) => n.startsWith(marker))).map((s) => s.period.label);
  if (periods.length === 0) return [];
  return [{
    code: 'eiti/stream-not-computed',
    severity: 'warning',
    message: `Taxes on exports (1152E) under the raw-export levy "${raw.id}"${raw.ref ? ` (${raw.ref})` : ''} are not computed in full for ${year.label}: see the notes of ${periods.join(', ')}.`,
    path: ['processing', 'rawExport'],
    hint: 'mark each sale exported: true or false, with its form',
  }];
}
