import type { ContractDiff } from '../diff/index.js';
import { checkContract, DEFAULT_MINIMUM_COVERAGE, PRINCIPLES, RULES, type AchievementLevel, type Finding, type LevelShortfall, type Principle } from '../compliance/index.js';
import type { Contract, LoadedContract } from '../contract/index.js';
import { analyse, analysePriceDeck, flatPriceDeck, type AnalyseOptions, type LoadedPlan, type PriceRisk } from '../fiscal/index.js';
import { Decimal } from '../money/decimal.js';
import { trackObligations, type ObligationStatus } from '../obligations/index.js';
import { computePayouts, type PayoutStatement } from '../payout/index.js';
import { addDays, addYears, isoDate, type IsoDate } from '../time/index.js';
import { countryName } from './country-name.js';
import { formatAmount, formatMeasure, formatPercent } from './number-format.js';
import { checkReportInput, type ReportInput, type ReportInstrument } from './report-input.js';
import { describeUnknown } from '../contract/unknown-terms.js';
import { citeSource } from '../contract/term-source.js';
import { describePath } from '../contract/placement.js';

/** A party of the contract as the summary lists it. */
export interface ReportParty {
  /** The party id. */
  readonly id: string;
  /** Its name. */
  readonly name: string;
  /** Its role, e.g. `host-government`. */
  readonly role: string;
}

/** One holding of equity. */
export interface ReportHolding {
  /** The holder's name (several holders in equal parts are joined). */
  readonly holder: string;
  /** The share as a fraction, for the chart. */
  readonly share: number;
  /** The share as written, e.g. `25.0%`. */
  readonly label: string;
  /** Who carries the holding's cash calls, if anyone. */
  readonly carriedBy: string | undefined;
}

/** A principle's or reform's score. */
export interface ReportPrincipleScore {
  /** P1–P5 or G1–G3. */
  readonly id: Principle;
  /** Its title. */
  readonly title: string;
  /** 0–100, or null when no rule counts. */
  readonly score: number | null;
  /** 0–100: the share of its rule weight judged on known terms; null when no rule is rated. */
  readonly coverage?: number | null;
}

/** One party's net flow per period: what it received less what it paid (negative for a cash call). */
export interface RevenueSeries {
  /** The party id. */
  readonly party: string;
  /** Its name. */
  readonly name: string;
  /** Its net flow in each period, for the chart (negative when it paid in more than it received). */
  readonly values: readonly number[];
  /** The same, exact, for the table. */
  readonly labels: readonly string[];
  /** The total over every period, exact. */
  readonly total: string;
}

/** Net flows per party per period: transfers between parties counted once, cash calls as negatives. */
export interface RevenueData {
  /** Where the periods come from. */
  readonly source: 'actuals' | 'plan';
  /** The contract currency. */
  readonly currency: string;
  /** The period labels, in order. */
  readonly periods: readonly string[];
  /** One series per party with a flow in some period, in the contract's party order. */
  readonly series: readonly RevenueSeries[];
  /** The net paid to the parties in each period (the sum of their net flows), exact. */
  readonly periodTotals: readonly string[];
  /** The total over every period and party, exact. */
  readonly total: string;
}

/** One scenario of the price-sensitivity chart. */
export interface SensitivityPoint {
  /** The main commodity's flat price. */
  readonly price: number;
  /** The price as the table shows it. */
  readonly priceLabel: string;
  /** Government take as a fraction, or null when undefined (no rent, or no revenue). */
  readonly governmentTake: number | null;
  /** Whether the project makes no rent at this price (government take is then undefined). */
  readonly noRent: boolean;
  /** The investor's IRR as a fraction, or null when it has none. */
  readonly investorIrr: number | null;
  /** Government take as the table shows it. */
  readonly governmentTakeLabel: string;
  /** The investor's IRR as the table shows it. */
  readonly investorIrrLabel: string;
}

/** Government take and investor IRR against the main commodity's price. */
export interface SensitivityData {
  /** The commodity whose price varies. */
  readonly commodity: string;
  /** The price's unit, e.g. `USD/t`. */
  readonly unit: string;
  /** The plan's own price of the commodity. */
  readonly planPrice: string;
  /** One point per scenario, by price. */
  readonly points: readonly SensitivityPoint[];
  /** The investor's breakeven price, when there is one. */
  readonly breakeven: { readonly price: number; readonly label: string } | undefined;
  /** Why there is no breakeven, or other remarks. */
  readonly notes: readonly string[];
}

/** One dated obligation on the timeline. */
export interface ReportObligation {
  /** The obligation id. */
  readonly id: string;
  /** What is owed. */
  readonly description: string;
  /** The clause reference, if stated. */
  readonly ref: string | undefined;
  /** When it is due. */
  readonly due: IsoDate;
  /** Its status. */
  readonly status: ObligationStatus;
  /** The shortfall or the fulfilment, in a few words, if any. */
  readonly detail: string;
}

/** The obligations tracked against the actuals. */
export interface ObligationsData {
  /** The date they were judged on. */
  readonly asOf: IsoDate;
  /** Every dated obligation, by due date. */
  readonly items: readonly ReportObligation[];
}

/** A line of the contract file. */
export interface SourceLine {
  /** 1-based line number. */
  readonly number: number;
  /** The text of the line. */
  readonly text: string;
}

/** One finding as the report shows it. */
export interface ReportFinding {
  /** The rule id, or the exemption's rule. */
  readonly ruleId: string;
  /** The rule's title. */
  readonly title: string;
  /** error, warning or info. */
  readonly severity: string;
  /** The clause reference, if any. */
  readonly clause: string | undefined;
  /** The finding's message. */
  readonly message: string;
  /** How to fix it, if the rule says. */
  readonly hint: string | undefined;
  /** The offending lines of the contract file (empty when unplaced). */
  readonly lines: readonly SourceLine[];
  /** The file the lines are from. */
  readonly file: string | undefined;
  /** Why the rule exists. */
  readonly rationale: string;
}

/** The findings of one principle or reform (or the exemptions). */
export interface FindingGroup {
  /** P1–P5, G1–G3, or `exemptions`. */
  readonly id: Principle | 'exemptions';
  /** The group's title. */
  readonly title: string;
  /** Its findings in file order. */
  readonly findings: readonly ReportFinding[];
}

/**
 * Everything a report shows, computed from the engines and reduced to numbers for the charts and
 * exact strings for the tables. Pure: the same input gives the same data.
 *
 * @example
 * ```ts
 * const data = buildReportData({ contract: loaded, actuals });
 * data.principles.length; // 8
 * ```
 */
export interface ReportData {
  /** The contract id. */
  readonly id: string;
  /** Its title. */
  readonly title: string;
  /** Whether its terms are illustrative. */
  readonly illustrative: boolean;
  /** Country and region. */
  readonly jurisdiction: string;
  /** Signature date. */
  readonly signed: string;
  /** Effective date. */
  readonly effective: string;
  /** Last day of the term. */
  readonly termEnd: string;
  /** The term in years. */
  readonly termYears: number;
  /** The contract currency. */
  readonly currency: string;
  /** The date printed on the report, if given. */
  readonly generatedOn: string | undefined;
  /** The parties. */
  readonly parties: readonly ReportParty[];
  /** The equity holdings. */
  readonly ownership: readonly ReportHolding[];
  /** The compliance profile. */
  readonly profile: string;
  /** The achievement level. */
  readonly level: AchievementLevel;
  /** Why the contract falls short of level 100, one sentence each, in the scorecard's order. */
  readonly shortfalls: readonly string[];
  /** All eight scores, P1–P5 then G1–G3. */
  readonly principles: readonly ReportPrincipleScore[];
  /** The overall coverage (0–100, null when no rule is rated) and the minimum a level requires. */
  readonly coverage?: { readonly overall: number | null; readonly minimum: number };
  /** Payments by recipient, when actuals or a plan were given and could be computed. */
  readonly revenue: RevenueData | undefined;
  /** Price sensitivity, when a plan was given and could be analysed. */
  readonly sensitivity: SensitivityData | undefined;
  /** Price risk, when a run was given (see `ReportInput.priceRisk`). */
  readonly priceRisk: PriceRisk | undefined;
  /** Obligations, when actuals were given. */
  readonly obligations: ObligationsData | undefined;
  /** Findings by principle, in P1–G3 order, then exemption problems; groups without findings are left out. */
  readonly findings: readonly FindingGroup[];
  /** Remarks on parts that could not be computed, or assumptions made. */
  readonly notes: readonly string[];
  /** What changed against earlier terms, when the input gave a diff. */
  readonly changes?: ContractDiff;
  /** A deal's instruments, when the input listed them. */
  readonly instruments?: readonly ReportInstrument[];
}

const DEFAULT_FACTORS = [0.4, 0.55, 0.7, 0.85, 1, 1.15, 1.3, 1.45, 1.6];

/**
 * Net flows per party and period, from each statement's totals: what the party received less what
 * it paid. A royalty share the national government passes to a province or district is counted
 * once, at the recipient (it is in the government's receipts and its payments), and a cash call
 * is a negative flow of the party that paid it. The period total is the sum of the parties' net
 * flows: the statement's actual net payments to the parties.
 */
function revenueData(c: Contract, statements: readonly PayoutStatement[], source: 'actuals' | 'plan'): RevenueData {
  const net = new Map<string, Decimal[]>();
  for (const p of c.parties) net.set(p.id, statements.map(() => new Decimal(0)));
  statements.forEach((s, i) => {
    for (const t of s.totals) {
      const row = net.get(t.party);
      if (row !== undefined) row[i] = row[i]!.plus(t.net.amount);
    }
  });
  const series: RevenueSeries[] = [];
  for (const p of c.parties) {
    const row = net.get(p.id)!;
    if (row.every((v) => v.isZero())) continue;
    const total = row.reduce((a, b) => a.plus(b), new Decimal(0));
    series.push({ party: p.id, name: p.name, values: row.map((v) => v.toNumber()), labels: row.map((v) => formatAmount(v)), total: formatAmount(total) });
  }
  const periodTotals = statements.map((_, i) => series.reduce((a, s) => a.plus(net.get(s.party)![i]!), new Decimal(0)));
  return {
    source,
    currency: c.currency,
    periods: statements.map((s) => s.period.label),
    series,
    periodTotals: periodTotals.map((t) => formatAmount(t)),
    total: formatAmount(periodTotals.reduce((a, b) => a.plus(b), new Decimal(0))),
  };
}

function ratio(r: { ok: true; value: Decimal } | { ok: false }): { value: number | null; label: string } {
  return r.ok ? { value: r.value.toNumber(), label: formatPercent(r.value) } : { value: null, label: 'none' };
}

function sensitivityData(loaded: Contract | LoadedContract, plan: LoadedPlan, options: AnalyseOptions, factors: readonly number[], notes: string[]): { sensitivity: SensitivityData | undefined; statements: readonly PayoutStatement[] } {
  const base = analyse(loaded, plan, options);
  if (!base.ok) {
    notes.push(`The plan could not be analysed: ${base.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message).join(' ')}`);
    return { sensitivity: undefined, statements: [] };
  }
  for (const d of base.diagnostics) if (d.severity === 'warning') notes.push(d.message);
  const breakeven = base.value.breakeven;
  const commodity = breakeven?.commodity ?? Object.keys(plan.plan.periods.find((p) => Object.keys(p.production).length > 0)?.production ?? {})[0];
  const priced = plan.plan.periods.find((p) => commodity !== undefined && p.production[commodity] !== undefined && p.prices[commodity] !== undefined);
  const planPrice = commodity === undefined ? undefined : priced?.prices[commodity];
  if (commodity === undefined || planPrice === undefined) {
    notes.push('The plan produces nothing, so there is no price to vary.');
    return { sensitivity: undefined, statements: base.value.statements };
  }
  const unit = `${planPrice.currency}/${planPrice.per.symbol}`;
  const prices = factors.map((f) => planPrice.amount.times(f).toDecimalPlaces(0));
  const deck = analysePriceDeck(loaded, plan, flatPriceDeck(commodity, prices.map((p) => `${p.toFixed(0)} ${unit}`)), { ...options, breakeven: false });
  if (!deck.ok) {
    notes.push(`The price deck could not be analysed: ${deck.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message).join(' ')}`);
    return { sensitivity: undefined, statements: base.value.statements };
  }
  const points = deck.value.rows.map((row, i): SensitivityPoint => {
    const gt = ratio(row.governmentTake);
    const irr = ratio(row.investor.irr);
    const noRent = !row.governmentTake.ok && row.governmentTake.reason === 'no-rent';
    return { price: prices[i]!.toNumber(), priceLabel: `${formatAmount(prices[i]!, 0)} ${unit}`, governmentTake: gt.value, noRent, investorIrr: irr.value, governmentTakeLabel: noRent ? 'none (no rent)' : gt.label, investorIrrLabel: irr.label };
  });
  const sNotes: string[] = [];
  let mark: SensitivityData['breakeven'];
  if (breakeven?.ok === true) mark = { price: breakeven.price.amount.toNumber(), label: `${formatAmount(breakeven.price.amount, 0)} ${unit}` };
  else if (breakeven !== undefined) sNotes.push(breakeven.message);
  return {
    sensitivity: { commodity, unit, planPrice: `${formatAmount(planPrice.amount, 0)} ${unit}`, points, breakeven: mark, notes: sNotes },
    statements: base.value.statements,
  };
}

function shortfallText(s: LevelShortfall): string {
  const level = `level ${s.blocks.replace('level-', '')}`;
  if (s.reason === 'critical-rule') return `Critical rule ${s.ruleId ?? ''} is rated ${(s.rating ?? 'below the bar').replace(/-/g, ' ')}, which rules out ${level}.`;
  if (s.reason === 'principle-score') return `${s.principle ?? 'A principle'} scores ${s.score ?? 0}, too low for ${level}.`;
  if (s.reason === 'coverage') return `${s.principle === undefined ? 'Overall, only' : `In ${s.principle}, only`} ${s.coverage ?? 0}% of the rule weight could be judged on known terms; every level requires ${s.minimumCoverage ?? DEFAULT_MINIMUM_COVERAGE}%.`;
  return `No corrective-action plan is given for ${s.ruleId ?? 'a critical rule'}, which ${level} requires.`;
}

function sourceLines(text: string, finding: Finding): SourceLine[] {
  const range = finding.range;
  if (range === undefined) return [];
  const all = text.split('\n');
  const first = range.start.line;
  const last = Math.min(range.end.line, first + 5);
  const out: SourceLine[] = [];
  for (let n = first; n <= last && n <= all.length; n++) out.push({ number: n, text: all[n - 1]! });
  return out;
}

function findingGroups(loaded: LoadedContract | undefined, findings: readonly Finding[]): FindingGroup[] {
  const rules = new Map(RULES.map((r) => [r.id, r]));
  const toReport = (f: Finding): ReportFinding => {
    const rule = rules.get(f.ruleId);
    return {
      ruleId: f.ruleId,
      title: rule?.title ?? f.ruleId,
      severity: f.severity,
      clause: f.clause,
      message: f.message,
      hint: f.hint,
      lines: loaded === undefined ? [] : sourceLines(loaded.source.text, f),
      file: f.file,
      rationale: rule?.rationale ?? '',
    };
  };
  const groups: FindingGroup[] = [];
  for (const p of PRINCIPLES) {
    const items = findings.filter((f) => f.kind === 'rule' && f.principle === p.id).map(toReport);
    if (items.length > 0) groups.push({ id: p.id, title: `${p.id} ${p.title}`, findings: items });
  }
  const exemptions = findings.filter((f) => f.kind === 'exemption').map(toReport);
  if (exemptions.length > 0) groups.push({ id: 'exemptions', title: 'Exemptions', findings: exemptions });
  return groups;
}

/**
 * Runs the engines a report needs (compliance, payouts, fiscal analysis over a price deck,
 * obligation tracking) and reduces their results to what the report shows. A part that cannot be
 * computed is left out with a note saying why; it never stops the report.
 *
 * @example
 * ```ts
 * const loaded = loadContract(text, { filename: 'chagai.yaml' });
 * if (loaded.ok) {
 *   const data = buildReportData({ contract: loaded.value });
 *   console.log(data.level, data.principles.map((p) => p.score));
 * }
 * ```
 */
export function buildReportData(input: ReportInput): ReportData {
  const checked = checkReportInput(input);
  const c = checked.contract;
  const loaded = checked.loaded ?? c;
  const notes: string[] = [];
  const partyName = new Map(c.parties.map((p) => [p.id, p.name]));
  const nameOf = (id: string) => partyName.get(id) ?? id;

  const compliance = checkContract(loaded, input.profile === undefined ? {} : { profile: input.profile });
  for (const u of compliance.unknowns) notes.push(`Unknown: ${describeUnknown(u)}${u.source === undefined ? '' : `, per ${citeSource(u.source)}`}.`);
  for (const a of compliance.assumptions) notes.push(`Assumed: ${describePath(a.path)} is taken as ${JSON.stringify(a.value)} (${a.basis}); every figure that depends on it rests on this assumption.`);

  const effective = isoDate(String(c.effective));
  const termEnd = addDays(addYears(effective, c.term.years), -1);

  const actuals = checked.actuals;
  let revenue: RevenueData | undefined;
  let openingStatements: readonly PayoutStatement[] | undefined;
  if (actuals.length > 0) {
    const run = input.statements !== undefined ? { ok: true as const, value: { statements: input.statements }, diagnostics: [] } : computePayouts(loaded, actuals, input.opening === undefined ? {} : { opening: input.opening });
    if (run.ok) {
      revenue = revenueData(c, run.value.statements, 'actuals');
      if (input.opening !== undefined) openingStatements = run.value.statements;
    }
    else notes.push(`The payouts could not be computed: ${run.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message).join(' ')}`);
  }

  let sensitivity: SensitivityData | undefined;
  if (input.plan !== undefined) {
    const fiscal = sensitivityData(loaded, input.plan, input.fiscal ?? { beyondTerm: 'extend' }, input.priceFactors ?? DEFAULT_FACTORS, notes);
    sensitivity = fiscal.sensitivity;
    if (revenue === undefined && fiscal.statements.length > 0) revenue = revenueData(c, fiscal.statements, 'plan');
  }

  let obligations: ObligationsData | undefined;
  if (actuals.length > 0) {
    const last = actuals.map((a) => String(a.period.end)).sort().at(-1)!;
    const asOf = checked.asOf ?? isoDate(last);
    const report = input.obligations ?? trackObligations(loaded, actuals, { asOf, ...(openingStatements === undefined ? {} : { statements: openingStatements }) });
    const items = report.obligations
      .map((o): ReportObligation => ({
        id: o.id,
        description: o.description,
        ref: o.ref,
        due: o.due,
        status: o.status,
        detail: o.shortfall !== undefined ? `short by ${formatMeasure(o.shortfall)}` : o.fulfilled !== undefined ? `fulfilled ${o.fulfilled}` : '',
      }))
      .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    obligations = { asOf, items };
  }

  return {
    id: c.id,
    title: c.title ?? c.id,
    illustrative: c.illustrative,
    jurisdiction: [countryName(c.jurisdiction.country), c.jurisdiction.region].filter((x) => x !== undefined).join(', '),
    signed: String(c.signed),
    effective,
    termEnd,
    termYears: c.term.years,
    currency: c.currency,
    generatedOn: input.generatedOn,
    parties: c.parties.map((p) => ({ id: p.id, name: p.name, role: p.role })),
    ownership: c.ownership.map((h) => {
      const holders = (Array.isArray(h.party) ? h.party : [h.party]) as string[];
      // A share written as unknown is absent from the typed holding: shown as unknown, drawn as 0.
      const share = h.share === undefined ? undefined : new Decimal(h.share.toString());
      return {
        holder: holders.map(nameOf).join(' and '),
        share: share?.toNumber() ?? 0,
        label: share === undefined ? 'unknown' : formatPercent(share),
        carriedBy: h.carried === undefined ? undefined : h.carried.by.map((b) => nameOf(typeof b === 'string' ? b : b.party)).join(' and '),
      };
    }),
    profile: compliance.scorecard.profile,
    level: compliance.scorecard.level,
    shortfalls: compliance.scorecard.shortfalls.map(shortfallText),
    principles: compliance.scorecard.principles.map((p) => ({ id: p.principle, title: p.title, score: p.score, coverage: p.coverage })),
    coverage: { overall: compliance.scorecard.coverage, minimum: compliance.scorecard.minimumCoverage },
    revenue,
    sensitivity,
    priceRisk: input.priceRisk,
    obligations,
    findings: findingGroups(checked.loaded, compliance.findings),
    notes,
    ...(input.changes === undefined ? {} : { changes: input.changes }),
    ...(input.instruments === undefined ? {} : { instruments: input.instruments }),
  };
}
