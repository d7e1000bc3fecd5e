import type { Diagnostic, PathSegment, Result } from '../diagnostics/diagnostic.js';
import type { SourceDocument } from '../document/index.js';
import { closestName } from '../diagnostics/closest-name.js';
import { Decimal } from '../money/decimal.js';
import { fiscalYear, fiscalYearOf, parsePeriod, type Period } from '../time/index.js';
import type { Contract } from './contract.js';
import { bidiControlWarnings } from './bidi-controls.js';
import { compareDiagnostics } from './diagnostic-order.js';
import { checkLoadArguments, isLoadedContract, readSource, type LoadedContract, type LoadOptions } from './load-contract.js';
import { openingBalancesSchema, type OpeningBalancesTerms } from './opening-balances-schema.js';
import { placeAt, quoteName } from './placement.js';
import { reservedKeyDiagnostics, throughReservedKey } from './reserved-keys.js';
import { diagnosticsFromIssues } from './zod-issues.js';
import { invalidArgument } from '../diagnostics/invalid-argument.js';

/** An opening-state file loaded from text: its balances (with `lastPeriod` resolved) and its source. */
export interface LoadedOpeningBalances {
  /** The balances, typed; pass them as `computePayouts(contract, actuals, { opening })`. */
  readonly balances: Omit<OpeningBalancesTerms, 'contract' | 'lastPeriod'> & { readonly lastPeriod: Period };
  /** The parsed source. */
  readonly source: SourceDocument;
}

/** Options for {@link loadOpeningBalances}. */
export interface LoadOpeningBalancesOptions extends LoadOptions {
  /**
   * The contract the balances belong to (required): its id must match, its fiscal year resolves
   * `lastPeriod`, every amount must be in its currency and the holders, carriers and funds named
   * must be its own.
   */
  contract: Contract | LoadedContract;
}

/**
 * Loads an opening-state file (the balances a payout run starts from after `lastPeriod`) from YAML
 * or JSON text, with located diagnostics (file, line, column, path, hint, a did-you-mean for a
 * misspelt key) as {@link loadContract} gives them. Never throws for a problem in the text.
 *
 * @throws FairlodeError `argument/invalid` when called outside the types, as {@link loadContract}
 * does, or when `options.contract` is not a contract.
 * @example
 * ```ts
 * const opening = loadOpeningBalances(text, { filename: 'opening-2027.yaml', contract });
 * if (opening.ok) computePayouts(contract, actuals, { opening: opening.value.balances });
 * ```
 */
export function loadOpeningBalances(text: string, options: LoadOpeningBalancesOptions): Result<LoadedOpeningBalances> {
  checkLoadArguments('loadOpeningBalances', text, options);
  const given = options.contract as unknown;
  if (given === null || typeof given !== 'object') throw invalidArgument('loadOpeningBalances', 'options.contract', 'a Contract or the LoadedContract that loadContract returns', given);
  const contract = isLoadedContract(given as Contract | LoadedContract) ? (given as LoadedContract).contract : (given as Contract);
  if (typeof contract.id !== 'string' || typeof contract.currency !== 'string' || !Array.isArray(contract.ownership)) throw invalidArgument('loadOpeningBalances', 'options.contract', 'a Contract or the LoadedContract that loadContract returns', given);
  const read = readSource(text, options);
  if (!read.ok) return read;
  const source = read.value;
  const v = source.value;
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    return { ok: false, diagnostics: [placeAt(source, [], { code: 'opening/not-a-mapping', severity: 'error', message: 'An opening-state file must be a mapping of fields.', hint: 'start with "contract: <contract id>" and "lastPeriod: <period>"' })] };
  }
  const warnings = bidiControlWarnings(source);
  const reserved = reservedKeyDiagnostics(source);
  const parsed = openingBalancesSchema.safeParse(v);
  if (!parsed.success || reserved.length > 0) {
    const issues = parsed.success ? [] : diagnosticsFromIssues(parsed.error.issues, openingBalancesSchema, source, 'opening-state file').filter((d) => !throughReservedKey(d.path));
    return { ok: false, diagnostics: [...warnings, ...reserved, ...issues].sort(compareDiagnostics) };
  }
  const terms = parsed.data;
  const problems: Diagnostic[] = [];
  const at = (path: readonly PathSegment[], code: string, message: string, hint?: string) => problems.push(placeAt(source, path, { code, severity: 'error', message, ...(hint === undefined ? {} : { hint }) }));
  if (terms.contract !== contract.id) at(['contract'], 'opening/wrong-contract', `These balances are for contract "${terms.contract}", not "${contract.id}".`, 'check that the right files are paired');
  const startMonth = contract.fiscalYear.startMonth;
  const period = parsePeriod(terms.lastPeriod, { fiscalYearStartMonth: startMonth });
  if (!period.ok) at(['lastPeriod'], period.problem.code, period.problem.message, period.problem.hint);
  for (const m of moneyPaths(terms)) {
    if (m.currency !== contract.currency) at(m.path, 'opening/currency-mismatch', `This balance is in ${m.currency}, but the contract's payments are computed in ${contract.currency}.`, `state it in ${contract.currency}`);
  }
  carryProblems(contract, terms, at);
  const y = terms.yearToDate;
  if (y !== undefined && period.ok) {
    const fy = fiscalYearOf(period.value.end, startMonth);
    if (y.fiscalYear !== fy) at(['yearToDate', 'fiscalYear'], 'opening/year-to-date-year', `The year-to-date totals are for FY${y.fiscalYear}, but ${period.value.label} falls in FY${fy}.`, `write fiscalYear: ${fy}`);
    else if (period.value.end >= fiscalYear(fy, startMonth).end || period.value.end >= contract.termEnd) at(['yearToDate'], 'opening/year-to-date-closed', `${period.value.label} closes FY${fy}, so no year is open to carry totals for.`, 'leave yearToDate out; the year was assessed');
    const funds = contract.revenue.communityFunds.map((f) => f.id);
    y.funds?.forEach((f, i) => {
      if (funds.includes(f.fund)) return;
      const guess = closestName(f.fund, funds, 3);
      at(['yearToDate', 'funds', i, 'fund'], 'opening/unknown-fund', `${quoteName(f.fund)} is not a community fund of contract "${contract.id}".`, guess === undefined ? `funds: ${funds.join(', ') || 'none'}` : `did you mean "${guess}"?`);
    });
    if (funds.length > 0 && y.funds === undefined) at(['yearToDate'], 'opening/year-to-date-funds', `The contract has community funds (${funds.join(', ')}), but the year-to-date totals do not say what each has received, so their annual floors and caps cannot be applied.`, 'add funds: [ { fund: <id>, amount: "<amount>" } ]');
    if (contract.processing?.rawExport?.restriction === 'levy-schedule' && y.exportDuties === undefined) at(['yearToDate'], 'opening/year-to-date-export-duties', `The contract levies "${contract.processing.rawExport.id}" on raw exports, but the year-to-date totals do not give the export duties so far.`, 'add exportDuties: "<amount>" (write "0 <currency>" if none)');
  }
  const all = [...warnings, ...problems].sort(compareDiagnostics);
  if (problems.length > 0 || !period.ok) return { ok: false, diagnostics: all };
  const { contract: _id, ...balances } = terms;
  return { ok: true, value: { balances: { ...balances, lastPeriod: period.value }, source }, diagnostics: all };
}

// Every amount in the balances, with its path, for the currency check.
function moneyPaths(value: unknown, path: PathSegment[] = []): { path: PathSegment[]; currency: string }[] {
  if (value === null || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  if (o.amount instanceof Decimal && typeof o.currency === 'string') return [{ path, currency: o.currency }];
  if (Array.isArray(value)) return value.flatMap((item, i) => moneyPaths(item, [...path, i]));
  return Object.entries(o).flatMap(([k, item]) => moneyPaths(item, [...path, k]));
}

// Each carry balance must name a carried holding of the contract and one of its carriers.
function carryProblems(contract: Contract, terms: OpeningBalancesTerms, at: (path: readonly PathSegment[], code: string, message: string, hint?: string) => void): void {
  const carried = new Map<string, string[]>();
  for (const h of contract.ownership) {
    if (h.carried === undefined) continue;
    const key = h.party ?? h.parties?.join('+');
    if (key !== undefined) carried.set(key, h.carried.by.map((b) => (typeof b === 'string' ? b : b.party)));
  }
  terms.carriedInterest?.forEach((c, i) => {
    const carriers = carried.get(c.holder);
    if (carriers === undefined) {
      const guess = closestName(c.holder, carried.keys(), 3);
      at(['carriedInterest', i, 'holder'], 'opening/not-carried', `${quoteName(c.holder)} is not a carried holder of contract "${contract.id}".`, guess === undefined ? `carried holders: ${[...carried.keys()].join(', ') || 'none'}` : `did you mean "${guess}"?`);
    } else if (!carriers.includes(c.carrier)) {
      at(['carriedInterest', i, 'carrier'], 'opening/not-a-carrier', `${quoteName(c.carrier)} does not carry "${c.holder}".`, `carriers of "${c.holder}": ${carriers.join(', ')}`);
    }
  });
}
