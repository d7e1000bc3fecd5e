import { FairlodeError, type Diagnostic, type Result } from '../diagnostics/diagnostic.js';
import { allocate } from '../money/allocate.js';
import { Decimal } from '../money/decimal.js';
import { makeMoney } from '../money/money.js';
import { COMPANY_RESERVE, computePayouts, type PayoutStatement } from '../payout/index.js';
import type { AnalysisContext } from './analysis-context.js';
import { GOVERNMENT_STREAMS, governmentStream, type GovernmentStream } from './government-take.js';
import { planActuals } from './plan-actuals.js';
import type { ResolvedPriceScenario } from './price-deck.js';

/**
 * A scenario's cash flows, one entry per plan period, in the contract currency: the project's
 * own figures, each party's net receipts, government take by stream, and the company's retained
 * cash. Pre-fiscal net cash flow equals the sum of every party's net plus the cash retained, in
 * every period, to the cent.
 */
export interface ScenarioCashFlows {
  /** The price scenario. */
  readonly scenario: ResolvedPriceScenario;
  /** The payout statements, one per period. */
  readonly statements: readonly PayoutStatement[];
  /** Sales revenue (quantity × price). */
  readonly grossRevenue: readonly Decimal[];
  /** Sale deductions paid (treatment, refining, transport, ...). */
  readonly saleDeductions: readonly Decimal[];
  /** Operating costs. */
  readonly operatingCosts: readonly Decimal[];
  /** Capital costs. */
  readonly capitalCosts: readonly Decimal[];
  /** Revenue less sale deductions, operating and capital costs: the cash flow before any fiscal payment. */
  readonly preFiscal: readonly Decimal[];
  /** Royalties paid. */
  readonly royalties: readonly Decimal[];
  /** Per party id: what it received less what it paid, with its share of the closing cash when distributed. */
  readonly parties: ReadonlyMap<string, readonly Decimal[]>;
  /** Per government stream: government take from it (receipts less payments by government parties). */
  readonly streams: ReadonlyMap<GovernmentStream, readonly Decimal[]>;
  /** Cash the company retained (positive) or drew from its reserve (negative); the closing distribution is a drawing. */
  readonly retained: readonly Decimal[];
  /** The company's cash left after the last period (before any closing distribution). */
  readonly closingReserve: Decimal;
}

const ZERO = new Decimal(0);

function zeros(n: number): Decimal[] {
  return Array.from({ length: n }, () => ZERO);
}

/**
 * Runs one price scenario through the payout engine and collects its cash flows. Refused, with
 * the payout engine's diagnostics, when the payouts cannot be computed.
 *
 * @example
 * ```ts
 * const ctx = prepareAnalysis(contract, plan);
 * if (ctx.ok) {
 *   const flows = scenarioCashFlows(ctx.value, ctx.value.scenario);
 *   if (flows.ok) flows.value.preFiscal.map(String);
 * }
 * ```
 */
export function scenarioCashFlows(ctx: AnalysisContext, scenario: ResolvedPriceScenario): Result<ScenarioCashFlows> {
  let actuals;
  try {
    actuals = planActuals(ctx.contract, ctx.plan, scenario);
  } catch (e) {
    if (!(e instanceof FairlodeError)) throw e;
    return { ok: false, diagnostics: [{ code: e.code, severity: 'error', message: e.message, path: [], ...(e.hint === undefined ? {} : { hint: e.hint }) }] };
  }
  const run = computePayouts(ctx.contract, actuals);
  if (!run.ok) return { ok: false, diagnostics: run.diagnostics };
  const statements = run.value.statements;
  const n = statements.length;
  const groups = ctx.conventions.groups;
  const isGovernment = (id: string) => groups.of.get(id) === 'government';
  const grossRevenue = zeros(n);
  const saleDeductions = zeros(n);
  const operatingCosts = zeros(n);
  const capitalCosts = zeros(n);
  const royalties = zeros(n);
  const retained = zeros(n);
  const streams = new Map<GovernmentStream, Decimal[]>(GOVERNMENT_STREAMS.map((s) => [s, zeros(n)]));
  const parties = new Map<string, Decimal[]>(ctx.contract.parties.map((p) => [p.id, zeros(n)]));
  statements.forEach((s, i) => {
    for (const line of s.lines) {
      const a = line.amount.amount;
      switch (line.kind) {
        case 'revenue': grossRevenue[i] = grossRevenue[i]!.plus(a); break;
        case 'sale-deduction': saleDeductions[i] = saleDeductions[i]!.plus(a); break;
        case 'operating-cost': operatingCosts[i] = operatingCosts[i]!.plus(a); break;
        case 'capital-cost': capitalCosts[i] = capitalCosts[i]!.plus(a); break;
        case 'royalty': royalties[i] = royalties[i]!.plus(a); break;
        case 'retained-cash': if (line.to === COMPANY_RESERVE) retained[i] = retained[i]!.plus(a); break;
        case 'reserve-drawdown': if (line.from === COMPANY_RESERVE) retained[i] = retained[i]!.minus(a); break;
        default: break;
      }
      const toGov = isGovernment(line.to);
      const fromGov = isGovernment(line.from);
      if (toGov !== fromGov) {
        const stream = streams.get(governmentStream(line, s.lines))!;
        stream[i] = toGov ? stream[i]!.plus(a) : stream[i]!.minus(a);
      }
    }
    for (const t of s.totals) {
      const flows = parties.get(t.party);
      if (flows !== undefined) flows[i] = t.net.amount;
    }
  });
  const closingReserve = n === 0 ? ZERO : statements[n - 1]!.balances.reserve.amount;
  if (ctx.conventions.closingReserve === 'distribute' && closingReserve.isPositive() && !closingReserve.isZero() && ctx.holders.length > 0) {
    const last = n - 1;
    const split = allocate(makeMoney(closingReserve, ctx.contract.currency), ctx.holders.map((h) => h.weight), { method: ctx.contract.allocation.method });
    ctx.holders.forEach((h, j) => {
      const part = split.parts[j]!.amount;
      const flows = parties.get(h.party)!;
      flows[last] = flows[last]!.plus(part);
      if (isGovernment(h.party)) {
        const equity = streams.get('state-equity')!;
        equity[last] = equity[last]!.plus(part);
      }
    });
    retained[last] = retained[last]!.minus(closingReserve);
  }
  const preFiscal = grossRevenue.map((r, i) => r.minus(saleDeductions[i]!).minus(operatingCosts[i]!).minus(capitalCosts[i]!));
  return {
    ok: true,
    value: Object.freeze({
      scenario, statements, grossRevenue, saleDeductions, operatingCosts, capitalCosts, preFiscal, royalties,
      parties, streams, retained, closingReserve,
    }),
    diagnostics: run.diagnostics.filter((d: Diagnostic) => d.severity !== 'error'),
  };
}

