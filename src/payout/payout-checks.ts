// The checks computePayouts runs before the fold, so that every problem the engine would trip on
// is reported as a located diagnostic instead of an exception. Internal: not re-exported.
import type { Diagnostic, PathSegment, Severity } from '../diagnostics/diagnostic.js';
import { termStraddle } from './term-straddle.js';
import type { Actuals, Contract } from '../contract/index.js';
import type { SourceDocument } from '../document/index.js';
import type { Decimal } from '../money/decimal.js';
import type { Unit } from '../quantity/unit.js';
import { fiscalYear, fiscalYearOf, nextPeriod, comparePeriods, periodOf, samePeriod, periodsBetween, type Period } from '../time/index.js';
import { follows } from './compute-period.js';
import { DEFAULT_RAW_FORMS, levyChangesIn, levyInForce, readExport } from './export-duty.js';
import { feeDue } from './periodic-fee.js';
import { findClauses } from '../contract/integrity/clause-index.js';
import { payoutContext } from './payout-context.js';
import { RESERVED_PARTY_IDS } from './payout-parties.js';
import { unknownResidences } from './withholding-tax.js';
import { valuationProblems } from './royalty-valuation.js';
import { cashCallProblems } from './dilution.js';
import { loanClauseProblems, loanMovementProblems } from './shareholder-loans.js';

/** Where a diagnostic is placed: a document's source (when loaded from text) and its clause. */
export interface Place {
  readonly source: SourceDocument | undefined;
  /** For documents without a source, a name for messages (e.g. `actuals for 2027-Q3`). */
  readonly name: string;
}

/** Builds a diagnostic located at `path` in a document. */
export function diagnosticAt(place: Place, path: readonly PathSegment[], severity: Severity, code: string, message: string, hint?: string, related?: Diagnostic['related']): Diagnostic {
  const d: Diagnostic = { code, severity, message, path: [...path] };
  const src = place.source;
  if (src?.file !== undefined) d.file = src.file;
  const range = src?.rangeOf(path);
  if (range !== undefined) d.range = range;
  if (hint !== undefined) d.hint = hint;
  if (related !== undefined) d.related = related;
  return d;
}

/**
 * Where a payout clause is written in its contract (`['revenue', 'fees', 2]`), when it is: any
 * clause with an id (royalties, fees, withholding taxes, benefit sharing, bonuses, equity options,
 * shareholder loans, ...), found by the same walk the loader uses, so that a clause list added later
 * is located without being listed here. `distributions` is the engine's name for the last step.
 */
export function clausePath(contract: Contract, clause: string): PathSegment[] | undefined {
  if (clause === 'distributions') return contract.revenue.distributions === undefined ? ['ownership'] : ['revenue', 'distributions'];
  const found = findClauses(contract).find((c) => c.id === clause);
  return found === undefined ? undefined : [...found.path];
}

const DEDUCTION_KINDS = ['treatment', 'refining', 'transport', 'insurance', 'penalties', 'marketing'] as const;

/** Problems with the contract that stop or qualify its payouts. */
export function checkContractForPayouts(contract: Contract, place: Place): Diagnostic[] {
  const out: Diagnostic[] = [];
  const r = contract.revenue;
  contract.parties.forEach((p, i) => {
    if (RESERVED_PARTY_IDS.includes(p.id)) {
      out.push(diagnosticAt(place, ['parties', i, 'id'], 'error', 'payout/reserved-party-id', `The party id "${p.id}" is reserved in payout statements for ${p.id === 'company' ? 'the project company' : `the ${p.id} account`}.`, 'give the party another id'));
    }
  });
  for (const u of unknownResidences(contract)) out.push(diagnosticAt(place, ['parties', u.party], 'warning', 'payout/residence-unknown', u.message, 'add residence: resident, non-resident or a country code'));
  // A clause on a commodity the contract does not list (the loader refuses it; a contract built in
  // code may not) has no revenue to be levied on.
  const commodities = new Set(contract.commodities.map((c) => c.id));
  const unknownCommodity = (clause: { id: string; commodity: string }, path: PathSegment[]) => {
    if (!commodities.has(clause.commodity)) out.push(diagnosticAt(place, [...path, 'commodity'], 'error', 'payout/unknown-commodity', `"${clause.id}" is levied on "${clause.commodity}", which is not a commodity of contract "${contract.id}".`, 'add it under commodities, or correct the id'));
  };
  r.royalties.forEach((roy, i) => unknownCommodity(roy, ['revenue', 'royalties', i]));
  r.priceParticipation.forEach((w, i) => unknownCommodity(w, ['revenue', 'priceParticipation', i]));
  r.royalties.forEach((roy, i) => {
    if (roy.base === 'quantity' && roy.perUnit === undefined) {
      out.push(diagnosticAt(place, ['revenue', 'royalties', i, 'base'], 'error', 'payout/rate-on-quantity', `Royalty "${roy.id}" applies a rate to a quantity; a rate needs an amount of money as its base.`, 'use base: gross-revenue or net-smelter-return, or a specific royalty with perUnit'));
    }
    if (roy.base === 'net-smelter-return' && r.netSmelterReturn === undefined) {
      out.push(diagnosticAt(place, ['revenue', 'royalties', i, 'base'], 'warning', 'payout/nsr-undefined', `Royalty "${roy.id}" is levied on net smelter return, but the contract does not say which deductions are allowed; every deduction reported is allowed.`, 'add revenue.netSmelterReturn with allowedDeductions'));
    }
  });
  r.communityFunds.forEach((f, i) => {
    if (f.modality !== 'shall') {
      out.push(diagnosticAt(place, ['revenue', 'communityFunds', i, 'modality'], 'info', 'payout/discretionary-clause', `The community fund "${f.id}" is discretionary ("${f.modality}"), so the payouts compute no contribution to it.`, 'write modality: shall if the contribution is owed'));
    }
    if (f.base === 'net-smelter-return' && r.netSmelterReturn === undefined) {
      out.push(diagnosticAt(place, ['revenue', 'communityFunds', i, 'base'], 'warning', 'payout/nsr-undefined', `The community fund "${f.id}" is levied on net smelter return, but the contract does not say which deductions are allowed; every deduction reported is allowed.`));
    }
  });
  out.push(...negativeValues(contract, place));
  for (const p of loanClauseProblems(contract)) out.push(diagnosticAt(place, p.path, 'error', 'payout/currency-mismatch', p.message, `state it in ${contract.currency}`));
  const raw = contract.processing?.rawExport;
  if (raw?.restriction === 'levy-schedule') {
    if (raw.levy.length === 0) out.push(diagnosticAt(place, ['processing', 'rawExport', 'restriction'], 'warning', 'payout/levy-without-rate', `The raw-export levy "${raw.id}" gives no rate, so the payouts compute none.`, 'add levy: [ { from: <date>, rate: "<rate>" } ]'));
    else if (raw.payee === undefined) out.push(diagnosticAt(place, ['processing', 'rawExport'], 'warning', 'payout/levy-without-payee', `The raw-export levy "${raw.id}" does not say whom it is paid to, so the payouts compute none.`, 'add payee: <party id>'));
  }
  r.bonuses.forEach((b, i) => {
    if (b.amount.currency !== contract.currency) out.push(diagnosticAt(place, ['revenue', 'bonuses', i, 'amount'], 'error', 'payout/currency-mismatch', `The bonus "${b.id}" is in ${b.amount.currency}, but the contract's payments are computed in ${contract.currency}.`, `state it in ${contract.currency}`));
    const inst = b.instalments?.amount.currency;
    if (inst !== undefined && inst !== contract.currency) out.push(diagnosticAt(place, ['revenue', 'bonuses', i, 'instalments', 'amount'], 'error', 'payout/currency-mismatch', `The instalments of the bonus "${b.id}" are in ${inst}, but the contract's payments are computed in ${contract.currency}.`, `state them in ${contract.currency}`));
  });
  r.fees.forEach((f, i) => {
    if (f.amount.currency !== contract.currency) out.push(diagnosticAt(place, ['revenue', 'fees', i, 'amount'], 'error', 'payout/currency-mismatch', `The fee "${f.id}" is in ${f.amount.currency}, but the contract's payments are computed in ${contract.currency}.`, `state it in ${contract.currency}`));
    if (f.payer === f.payee) out.push(diagnosticAt(place, ['revenue', 'fees', i, 'payer'], 'error', 'payout/pays-itself', `The fee "${f.id}" is paid by "${f.payer}" to itself.`, 'name another payer, or leave payer out for the project company'));
  });
  if (r.waterfall !== undefined) {
    const steps = new Set(r.waterfall);
    const wanted: [string, boolean][] = [
      // The raw-export levy is paid in the royalties step.
      ['royalties', r.royalties.length > 0 || contract.processing?.rawExport?.restriction === 'levy-schedule'],
      ['community-funds', r.communityFunds.length > 0],
      ['price-participation', r.priceParticipation.length > 0],
      ['income-tax', r.incomeTax !== undefined],
    ];
    for (const [step, present] of wanted) {
      if (present && !steps.has(step as never)) out.push(diagnosticAt(place, ['revenue', 'waterfall'], 'warning', 'payout/step-not-in-waterfall', `The contract has ${step.replace('-', ' ')} clauses, but "${step}" is not a step of its waterfall, so they are not computed.`, `add "${step}" to revenue.waterfall`));
    }
    const last = r.waterfall.indexOf('distributions');
    if (last >= 0 && last !== r.waterfall.length - 1) out.push(diagnosticAt(place, ['revenue', 'waterfall', last], 'info', 'payout/distributions-last', 'Distributions share out the cash left after every other step, so they are computed last.'));
  }
  return out;
}

// Every amount and rate the fold reads from the contract must be zero or more: a negative one would
// make a negative payment. The loader refuses most of them; a contract built in code is checked here.
function negativeValues(contract: Contract, place: Place): Diagnostic[] {
  const out: Diagnostic[] = [];
  const r = contract.revenue;
  const check = (value: Decimal | undefined, path: PathSegment[], what: string) => {
    if (value !== undefined && value.isNegative() && !value.isZero()) {
      out.push(diagnosticAt(place, path, 'error', 'payout/negative-amount', `${what} is ${value.toFixed()}; it cannot be negative.`, 'write an amount or rate of zero or more'));
    }
  };
  r.royalties.forEach((roy, i) => {
    const at = ['revenue', 'royalties', i];
    const name = `The royalty "${roy.id}"`;
    if (Array.isArray(roy.rate)) roy.rate.forEach((step, j) => check(step.rate, [...at, 'rate', j, 'rate'], `${name}'s rate from ${step.from}`));
    else check(roy.rate, [...at, 'rate'], `${name}'s rate`);
    check(roy.perUnit?.amount, [...at, 'perUnit'], `${name}'s amount per unit`);
    check(roy.minimumRate, [...at, 'minimumRate'], `${name}'s minimum rate`);
    check(roy.maximumRate, [...at, 'maximumRate'], `${name}'s maximum rate`);
    check(roy.minimumPerPeriod?.amount, [...at, 'minimumPerPeriod'], `${name}'s minimum per period`);
    roy.sliding?.bands.forEach((b, j) => {
      check(b.upTo?.amount, [...at, 'sliding', 'bands', j, 'upTo'], `The edge of band ${j + 1} of the royalty "${roy.id}"`);
      check(b.rate, [...at, 'sliding', 'bands', j, 'rate'], `The rate of band ${j + 1} of the royalty "${roy.id}"`);
    });
  });
  r.communityFunds.forEach((f, i) => {
    const at = ['revenue', 'communityFunds', i];
    check(f.rate, [...at, 'rate'], `The rate of the community fund "${f.id}"`);
    check(f.minimumAnnual?.amount, [...at, 'minimumAnnual'], `The annual minimum of the community fund "${f.id}"`);
    check(f.maximumAnnual?.amount, [...at, 'maximumAnnual'], `The annual maximum of the community fund "${f.id}"`);
  });
  r.priceParticipation.forEach((w, i) => {
    check(w.thresholdPrice.amount, ['revenue', 'priceParticipation', i, 'thresholdPrice'], `The threshold price of "${w.id}"`);
    check(w.rate, ['revenue', 'priceParticipation', i, 'rate'], `The rate of "${w.id}"`);
  });
  r.bonuses.forEach((b, i) => check(b.amount.amount, ['revenue', 'bonuses', i, 'amount'], `The bonus "${b.id}"`));
  r.fees.forEach((f, i) => check(f.amount.amount, ['revenue', 'fees', i, 'amount'], `The fee "${f.id}"`));
  contract.processing?.rawExport?.levy.forEach((step, i) => check(step.rate, ['processing', 'rawExport', 'levy', i, 'rate'], `The raw-export levy's rate from ${step.from}`));
  if (r.incomeTax !== undefined) {
    check(r.incomeTax.rate, ['revenue', 'incomeTax', 'rate'], `The income tax rate of "${r.incomeTax.id}"`);
    const dep = r.incomeTax.depreciation as { rate?: Decimal } | undefined;
    check(dep?.rate, ['revenue', 'incomeTax', 'depreciation', 'rate'], 'The depreciation rate');
  }
  r.governmentShares.forEach((g, i) => {
    for (const [party, share] of Object.entries(g.split)) check(share, ['revenue', 'governmentShares', i, 'split', party], `${party}'s share of "${g.of}"`);
  });
  check(r.distributions?.retain, ['revenue', 'distributions', 'retain'], 'The share of cash retained');
  contract.ownership.forEach((h, i) => {
    const holder = h.party ?? h.parties?.join(', ') ?? `holding ${i + 1}`;
    check(h.share, ['ownership', i, 'share'], `The share of ${holder}`);
    check(h.carried?.interest, ['ownership', i, 'carried', 'interest'], `The interest on ${holder}'s carry`);
    h.carried?.by.forEach((b, j) => {
      if (typeof b !== 'string') check(b.share as Decimal | undefined, ['ownership', i, 'carried', 'by', j, 'share'], `${b.party}'s share of the carry of ${holder}`);
    });
  });
  return out;
}

/** Problems with one period's actuals. */
export function checkActualsForPayouts(contract: Contract, actuals: Actuals, place: Place): Diagnostic[] {
  const ctx = payoutContext(contract);
  const out: Diagnostic[] = [];
  const at = (path: PathSegment[], severity: Severity, code: string, message: string, hint?: string) => out.push(diagnosticAt(place, path, severity, code, message, hint));
  const p = actuals.period;
  const cur = contract.currency;
  if (actuals.contract !== contract.id) at(['contract'], 'error', 'payout/wrong-contract', `These actuals are for contract "${actuals.contract}", not "${contract.id}".`, 'check that the right files are paired');
  if (p.end < contract.effective || p.start > contract.termEnd) {
    at(['period'], 'error', 'payout/outside-term', `The period ${p.label} lies outside the contract's term (${contract.effective} to ${contract.termEnd}).`);
  }
  const straddle = termStraddle(contract, p);
  if (straddle !== undefined) {
    // What the contract says of such a period: refused, prorated, or (not stated) computed whole with a warning.
    const policy = contract.term.partialPeriods;
    if (policy === 'pro-rata') at(['period'], 'info', 'payout/period-prorated', `The period ${p.label} runs across the ${straddle.edge}, ${straddle.date}: it is computed on its days inside the term, every flow of its actuals scaled by their share (term.partialPeriods: pro-rata).`);
    else if (policy === 'refuse') at(['period'], 'error', 'payout/period-straddles-term', `${straddle.fact}. The contract refuses such a period (term.partialPeriods: refuse).`, 'report the part inside the term as its own period (by month or quarter)');
    else at(['period'], 'warning', 'payout/period-straddles-term', straddle.message, 'report the part inside the term as its own period (by month or quarter), or state term.partialPeriods in the contract: refuse or pro-rata');
  }
  const fy = fiscalYearOf(p.end, ctx.startMonth);
  if (fiscalYearOf(p.start, ctx.startMonth) !== fy) {
    at(['period'], 'error', 'payout/period-straddles-fiscal-year', `The period ${p.label} straddles two fiscal years (FY${fy - 1} and FY${fy}), so annual floors, caps and taxes cannot be assigned to one year.`, 'report actuals by month, or by quarters or halves that fit the fiscal year');
  }
  const units = commodityUnits(contract);
  actuals.sales.forEach((s, j) => {
    if (!ctx.commodityTexts.has(s.commodity)) at(['sales', j, 'commodity'], 'error', 'payout/unknown-commodity', `"${s.commodity}" is not a commodity of contract "${contract.id}".`, knownCommodities(ctx.commodities));
    if (s.price.currency !== cur) at(['sales', j, 'price'], 'error', 'payout/currency-mismatch', `The price is in ${s.price.currency}, but the contract's payments are computed in ${cur}.`, `state the price in ${cur}`);
    if (s.date !== undefined && (s.date < p.start || s.date > p.end)) at(['sales', j, 'date'], 'error', 'payout/sale-date-outside-period', `The sale is dated ${s.date}, outside ${p.label} (${p.start} to ${p.end}).`, 'report it with the period it falls in');
    if (s.price.amount.isNegative() && !s.price.amount.isZero()) at(['sales', j, 'price'], 'error', 'payout/negative-amount', 'A sale price cannot be negative.');
    if (s.quantity.value.isNegative() && !s.quantity.value.isZero()) at(['sales', j, 'quantity'], 'error', 'payout/negative-amount', 'A quantity sold cannot be negative.');
    if (s.price.per.dimension !== s.quantity.unit.dimension) {
      at(['sales', j, 'quantity'], 'error', 'payout/incompatible-units', `The quantity is in ${s.quantity.unit.symbol} but the price is per ${s.price.per.symbol}; they measure different things.`);
    }
    for (const u of units.get(s.commodity) ?? []) {
      if (u.unit.dimension !== s.quantity.unit.dimension) {
        at(['sales', j, 'quantity'], 'error', 'payout/incompatible-units', `The quantity is in ${s.quantity.unit.symbol}, but ${u.what} is per ${u.unit.symbol}; they measure different things.`);
      }
    }
    for (const kind of DEDUCTION_KINDS) {
      const d = s.deductions?.[kind];
      if (d === undefined) continue;
      if (d.currency !== cur) at(['sales', j, 'deductions', kind], 'error', 'payout/currency-mismatch', `The ${kind} deduction is in ${d.currency}, but the contract's payments are computed in ${cur}.`, `state it in ${cur}`);
      if (d.amount.isNegative() && !d.amount.isZero()) at(['sales', j, 'deductions', kind], 'error', 'payout/negative-amount', `The ${kind} deduction cannot be negative.`);
    }
  });
  for (const kind of ['operating', 'capital'] as const) {
    const c = actuals.costs[kind];
    if (c === undefined) continue;
    if (c.currency !== cur) at(['costs', kind], 'error', 'payout/currency-mismatch', `The ${kind} costs are in ${c.currency}, but the contract's payments are computed in ${cur}.`, `state them in ${cur}`);
    if (c.amount.isNegative() && !c.amount.isZero()) at(['costs', kind], 'error', 'payout/negative-amount', `The ${kind} costs cannot be negative.`);
  }
  for (const code of new Set(ctx.partyCurrency.values())) {
    const paid = [...ctx.partyCurrency].filter(([, c]) => c === code).map(([party]) => party);
    const value = actuals.fx?.[code];
    if (value === undefined) at(actuals.fx === undefined ? ['period'] : ['fx'], 'error', 'payout/missing-fx-rate', `${paid.join(', ')} ${paid.length === 1 ? 'is' : 'are'} paid in ${code}, but these actuals give no ${code} rate.`, `add fx: { ${code}: "<units of ${code} per ${cur}>" }`);
    else if (!(value as Decimal).gt(0)) at(['fx', code], 'error', 'payout/invalid-fx-rate', `The ${code} rate must be above zero.`);
  }
  const raw = contract.processing?.rawExport;
  if (raw !== undefined && levyInForce(raw, p)) {
    const rawForms = raw.rawForms ?? DEFAULT_RAW_FORMS;
    const changes = levyChangesIn(raw, p);
    // One warning a period, at the first sale in question, naming every sale: a long plan gets one
    // line per period, not one per sale.
    const problems: { index: number; problem: string }[] = [];
    actuals.sales.forEach((s, j) => {
      const reading = readExport(s, j, rawForms, changes, p);
      if (reading.kind === 'problem') problems.push({ index: j, problem: reading.problem });
    });
    if (problems.length > 0) {
      at(['sales', problems[0]!.index], 'warning', 'payout/export-unknown', `The raw-export levy "${raw.id}"${raw.ref ? ` (${raw.ref})` : ''} cannot be computed in full for ${p.label}: ${problems.map((x) => x.problem).join('; ')}.`);
    }
  }
  // An indexed fee without its index value is not paid unindexed: say so where the value belongs.
  for (const f of contract.revenue.fees) {
    const problem = f.indexation === undefined || actuals.indices?.[f.indexation.index] !== undefined ? undefined : feeDue(ctx, f, actuals.indices, p)?.problem;
    if (problem !== undefined) at(actuals.indices === undefined ? ['period'] : ['indices'], 'warning', 'payout/index-missing', `The fee "${f.id}"${f.ref ? ` (${f.ref})` : ''} is not computed for ${p.label}: ${problem}.`, `add indices: { ${f.indexation!.index}: "<value>" }`);
  }
  contract.revenue.royalties.forEach((r) => {
    if (!Array.isArray(r.rate)) return;
    for (const step of r.rate) {
      if (step.from > p.start && step.from <= p.end) {
        at(['period'], 'warning', 'payout/rate-changes-mid-period', `The rate of royalty "${r.id}" changes on ${step.from}, inside ${p.label}; the rate in force on ${p.start} is applied to the whole period.`, 'report actuals by month to apply each rate to its own days');
      }
    }
  });
  for (const v of valuationProblems(ctx, actuals)) at(v.path, 'error', v.code, v.message, v.hint);
  for (const v of [...cashCallProblems(ctx, actuals), ...loanMovementProblems(ctx, actuals)]) at(v.path, 'error', v.code, v.message, v.hint);
  const margin = contract.revenue.royalties.find((r) => r.profitLinked?.measure === 'operating-margin' && actuals.sales.some((s) => s.commodity === r.commodity));
  if (margin !== undefined && actuals.costs.operating === undefined) at(['costs'], 'error', 'payout/profit-measure-unknown', `Royalty "${margin.id}" steps with the operating margin, but these actuals do not give the operating costs of ${p.label}.`, 'add costs.operating (write "0 <currency>" if there were none)');
  return out;
}

// The hint for an unknown commodity: the first few the contract names, so that a contract with
// thousands of commodities does not write all of them into every diagnostic.
function knownCommodities(commodities: readonly string[]): string {
  const shown = commodities.slice(0, 10).join(', ');
  return commodities.length > 10 ? `known: ${shown} and ${commodities.length - 10} more` : `known: ${shown}`;
}

const unitsCache = new WeakMap<Contract, Map<string, { unit: Unit; what: string }[]>>();

function commodityUnits(contract: Contract): Map<string, { unit: Unit; what: string }[]> {
  let units = unitsCache.get(contract);
  if (units === undefined) unitsCache.set(contract, (units = unitsPerCommodity(contract)));
  return units;
}

// The units each commodity's quantities are read in by the contract's clauses.
function unitsPerCommodity(contract: Contract): Map<string, { unit: Unit; what: string }[]> {
  const map = new Map<string, { unit: Unit; what: string }[]>();
  const add = (commodity: string, unit: Unit | undefined, what: string) => {
    if (unit === undefined) return;
    const list = map.get(commodity) ?? [];
    list.push({ unit, what });
    map.set(commodity, list);
  };
  for (const r of contract.revenue.royalties) {
    add(r.commodity, r.perUnit?.per, `royalty "${r.id}"`);
    add(r.commodity, r.sliding?.bands.find((b) => b.upTo !== undefined)?.upTo?.per, `the price bands of royalty "${r.id}"`);
  }
  for (const w of contract.revenue.priceParticipation) add(w.commodity, w.thresholdPrice.per, `the threshold price of "${w.id}"`);
  return map;
}

/**
 * The order of the periods: one kind throughout, no period twice, none missing between the first
 * and the last, and the first directly after the opening state's last period.
 */
export function checkPeriodSequence(entries: readonly { actuals: Actuals; place: Place }[], after: Period | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (entries.length === 0) return out;
  const kind = entries[0]!.actuals.period.kind;
  for (const e of entries) {
    if (e.actuals.period.kind !== kind) {
      out.push(diagnosticAt(e.place, ['period'], 'error', 'payout/mixed-period-kinds', `The period ${e.actuals.period.label} is a ${e.actuals.period.kind}, but the other actuals are by ${kind}; a payout series uses one kind of period.`, `report ${e.actuals.period.label} as ${kind}s`));
    }
  }
  if (out.length > 0) return out;
  const sorted = [...entries].sort((a, b) => comparePeriods(a.actuals.period, b.actuals.period));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    const p = prev.actuals.period;
    const c = cur.actuals.period;
    if (samePeriod(p, c)) {
      const firstRange = prev.place.source?.rangeOf(['period']);
      out.push(diagnosticAt(cur.place, ['period'], 'error', 'payout/duplicate-period', `The period ${c.label} has actuals twice.`, 'keep one set of actuals per period', [{ message: `the other actuals for ${c.label}${prev.place.source?.file ? ` (${prev.place.source.file})` : ''}`, path: ['period'], ...(firstRange === undefined ? {} : { range: firstRange }) }]));
    } else if (!follows(p, c)) {
      const missing = periodsBetween(nextPeriod(p), c).slice(0, -1);
      const shown = missing.length <= 3 ? missing.map((m) => m.label).join(', ') : `${missing[0]!.label} … ${missing[missing.length - 1]!.label} (${missing.length} periods)`;
      out.push(diagnosticAt(cur.place, ['period'], 'error', 'payout/gap', `No actuals for ${shown}, between ${p.label} and ${c.label}.`, 'add actuals for every period, with empty sales if nothing was sold'));
    }
  }
  const first = sorted[0]!;
  if (after !== undefined && !follows(after, first.actuals.period)) {
    out.push(diagnosticAt(first.place, ['period'], 'error', 'payout/not-next-period', `The payouts start at ${first.actuals.period.label}, but the opening balances end at ${after.label}.`, `start with ${nextPeriod(after).label}`));
  }
  return out;
}

/**
 * The first fiscal year of a run, when periods of it inside the term come before the first actuals
 * and their totals are not in the opening state (`yearToDate`): that year's income tax and annual
 * floors and caps would be assessed on part of it. One warning, at the first actuals, naming the
 * periods missing; undefined when the year is whole.
 */
export function checkFiscalYearComplete(contract: Contract, entries: readonly { actuals: Actuals; place: Place }[], opening: { lastPeriod: Period | undefined; yearToDate: { fiscalYear: number } | undefined }): Diagnostic | undefined {
  if (entries.length === 0) return undefined;
  const first = [...entries].sort((a, b) => comparePeriods(a.actuals.period, b.actuals.period))[0]!;
  const p = first.actuals.period;
  const startMonth = contract.fiscalYear.startMonth;
  const fy = fiscalYearOf(p.start, startMonth);
  if (opening.yearToDate?.fiscalYear === fy) return undefined;
  const fyStart = fiscalYear(fy, startMonth).start;
  const yearStart = fyStart < contract.effective ? contract.effective : fyStart;
  if (p.start <= yearStart) return undefined;
  const missing: Period[] = [];
  for (let q = periodOf(yearStart, p.kind, { fiscalYearStartMonth: startMonth }); q.start < p.start; q = nextPeriod(q)) missing.push(q);
  if (missing.length === 0) return undefined;
  const shown = missing.length <= 4 ? missing.map((m) => m.label).join(', ') : `${missing[0]!.label} … ${missing[missing.length - 1]!.label} (${missing.length} periods)`;
  const inOpening = opening.lastPeriod !== undefined && opening.lastPeriod.end >= yearStart;
  const why = inOpening ? `the opening balances end at ${opening.lastPeriod!.label} without the year-to-date totals of FY${fy}` : `no actuals are given for ${shown}`;
  const hint = inOpening ? `give yearToDate (the totals of FY${fy} to ${opening.lastPeriod!.label}) in the opening balances` : `add the actuals for ${shown}, or start from opening balances with the year-to-date totals of FY${fy}`;
  return diagnosticAt(first.place, ['period'], 'warning', 'payout/fiscal-year-incomplete', `FY${fy} is assessed without ${shown}: ${why}, so its income tax and annual floors and caps are computed on part of the year.`, hint);
}
