import type { Diagnostic, Result } from '../diagnostics/diagnostic.js';
import { isLoadedActuals, type Actuals, type LoadedActuals } from '../contract/index.js';
import type { ProjectDeal } from '../deal/index.js';
import { invalidArgument } from '../diagnostics/invalid-argument.js';
import { Decimal } from '../money/decimal.js';
import { makeMoney, type Money } from '../money/money.js';
import { placeAt } from '../contract/placement.js';
import { computeDealPayouts, type DealPayoutRun } from './deal-payouts.js';
import { actualsListArgument } from './payout-arguments.js';

/** One party's net in a period of a deal with projects: the sum over the projects, with each project's part. */
export interface CombinedPartyTotal {
  /** The party id (a party of one or more projects). */
  readonly party: string;
  /** The sum of the party's net over the projects. */
  readonly net: Money;
  /** The party's net in each project that has it, in the deal's project order. */
  readonly byProject: readonly { readonly project: string; readonly net: Money }[];
}

/** A combined statement of one period of a deal with projects. */
export interface CombinedStatement {
  /** The period's label, first and last day. */
  readonly period: { readonly label: string; readonly start: string; readonly end: string };
  /** The projects with a statement in the period. */
  readonly projects: readonly string[];
  /** Per party: the sum of its nets, with each project's part. */
  readonly totals: readonly CombinedPartyTotal[];
  /** Whether every project's statement of the period balances (sources equal uses to the minor unit). */
  readonly balanced: boolean;
}

/** The payouts of a deal with ring-fenced projects. */
export interface ProjectPayoutRun {
  /** Each project's run, computed on its own terms and balances, in the deal's order. */
  readonly projects: readonly { readonly id: string; readonly run: DealPayoutRun }[];
  /** One combined statement per period, in period order. */
  readonly combined: readonly CombinedStatement[];
}

/**
 * Computes the payouts of a deal with ring-fenced projects: each project's periods with
 * {@link computeDealPayouts} on its own instruments, its own loss pools, depreciation, carry and
 * income tax (a loss of one project never reduces another's tax), then, per period, a combined
 * statement per party that is the exact sum of the projects' nets, with each project's part. The
 * actuals go to the project they name as their contract; actuals naming no project, or projects in
 * different currencies, are refused with a diagnostic.
 *
 * @throws FairlodeError `argument/invalid` when `deal` is not a deal with projects or `actuals` not a list of actuals.
 * @example
 * ```ts
 * const run = computeProjectPayouts(deal, actuals);
 * if (run.ok) for (const s of run.value.combined) console.log(s.period.label, s.totals.map((t) => t.party));
 * ```
 */
export function computeProjectPayouts(deal: ProjectDeal, actuals: readonly (Actuals | LoadedActuals)[]): Result<ProjectPayoutRun> {
  if (deal === null || typeof deal !== 'object' || !Array.isArray(deal.projects)) throw invalidArgument('computeProjectPayouts', 'deal', 'a deal with projects, as loadProjectDeal returns it', deal);
  actualsListArgument('computeProjectPayouts', actuals);
  const problems: Diagnostic[] = [];
  const byProject = new Map<string, (Actuals | LoadedActuals)[]>(deal.projects.map((p) => [p.id, []]));
  for (const a of actuals) {
    const named = (isLoadedActuals(a) ? a.actuals : a).contract;
    const list = byProject.get(named);
    if (list !== undefined) list.push(a);
    else {
      const d = { code: 'deal/unknown-project', severity: 'error' as const, message: `These actuals are for "${named}", which is not a project of deal "${deal.id}".`, hint: `name one of its projects: ${deal.projects.map((p) => p.id).join(', ')}` };
      problems.push(isLoadedActuals(a) ? placeAt(a.source, ['contract'], d) : { ...d, path: ['contract'] });
    }
  }
  if (problems.length > 0) return { ok: false, diagnostics: problems };
  const diagnostics: Diagnostic[] = [];
  const runs: { id: string; run: DealPayoutRun }[] = [];
  for (const p of deal.projects) {
    const list = byProject.get(p.id)!;
    if (list.length === 0) continue;
    const run = computeDealPayouts(p.deal, list);
    if (!run.ok) return run;
    diagnostics.push(...run.diagnostics);
    runs.push({ id: p.id, run: run.value });
  }
  if (runs.length === 0) return { ok: false, diagnostics: [{ code: 'deal/no-actuals', severity: 'error', message: 'No period actuals were given.', path: [] }] };
  const currencies = [...new Set(runs.flatMap((r) => r.run.statements.map((s) => s.currency)))];
  if (currencies.length > 1) return { ok: false, diagnostics: [{ code: 'deal/mixed-currencies', severity: 'error', message: `The projects of deal "${deal.id}" pay in different currencies (${currencies.join(', ')}), so their payouts cannot be summed exactly.`, hint: 'combine projects that share a currency', path: [] }] };
  const currency = currencies[0]!;
  const periods = new Map<string, { label: string; start: string; end: string; parts: { project: string; statement: DealPayoutRun['statements'][number] }[] }>();
  for (const r of runs) {
    for (const s of r.run.statements) {
      const key = `${s.period.start}/${s.period.end}`;
      const entry = periods.get(key) ?? { label: s.period.label, start: s.period.start, end: s.period.end, parts: [] };
      entry.parts.push({ project: r.id, statement: s });
      periods.set(key, entry);
    }
  }
  const combined = [...periods.values()]
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0))
    .map((e): CombinedStatement => {
      const parties = new Map<string, { project: string; net: Money }[]>();
      for (const part of e.parts) for (const t of part.statement.totals) parties.set(t.party, [...(parties.get(t.party) ?? []), { project: part.project, net: t.net }]);
      return {
        period: { label: e.label, start: e.start, end: e.end },
        projects: e.parts.map((p) => p.project),
        totals: [...parties].map(([party, parts]) => ({ party, net: makeMoney(parts.reduce((sum, p) => sum.plus(p.net.amount), new Decimal(0)), currency), byProject: parts })),
        balanced: e.parts.every((p) => p.statement.conservation.balanced),
      };
    });
  return { ok: true, value: { projects: runs, combined }, diagnostics };
}
