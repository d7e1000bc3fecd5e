import type { Contract } from '../contract/contract.js';
import type { Actuals, LoadedActuals } from '../contract/load-actuals.js';
import type { LoadedContract } from '../contract/load-contract.js';
import { Decimal } from '../money/decimal.js';
import { makeMoney, type Money } from '../money/money.js';
import { roundMoney } from '../money/rounding.js';
import { convertQuantity } from '../quantity/index.js';
import { computePayouts } from '../payout/compute-payouts.js';
import type { PayoutStatement } from '../payout/payout-statement.js';
import { addDays, addMonths, parseDate, type IsoDate } from '../time/index.js';
import { FairlodeError } from '../diagnostics/diagnostic.js';
import { invalidArgument, isOptionsObject } from '../diagnostics/invalid-argument.js';
import { OBLIGATION_STATUSES, type ObligationReport, type ObligationStatus, type TrackedObligation } from './obligation.js';
import { shareOfYear, trackAnnualAmount } from './annual-amounts.js';
import { trackCumulativeTarget } from './cumulative-targets.js';
import { fulfilling, trackDatedDelivery } from './dated-deliveries.js';
import { fiscalYearStart, trackPeriodicReport } from './periodic-reports.js';
import { trackShareCommitment, type ShareReading } from './share-targets.js';
import { setAsideUnknowns } from './unknown-obligations.js';
import { CALENDAR_END, lastDayTracked, obligation, trackingContext, withinCalendar, type TrackingContext } from './tracking-context.js';

/**
 * Options for {@link trackObligations}.
 *
 * @example
 * ```ts
 * const options: TrackOptions = { asOf: isoDate('2028-06-30'), horizonDays: 180 };
 * ```
 */
export interface TrackOptions {
  /**
   * The date to judge on: deadlines after it are not yet due; actuals ending after it are ignored.
   * An ISO date string (`'2028-06-30'`) is accepted and checked.
   */
  readonly asOf: IsoDate | string;
  /** How many days ahead a deadline counts as due soon (at risk when behind); default 90. */
  readonly horizonDays?: number;
  /**
   * The payout statements of the same actuals, when already computed; otherwise they are computed
   * with `computePayouts` when first needed (community-fund obligations, penalties that raise a rate).
   */
  readonly statements?: readonly PayoutStatement[];
}

const SCOPE_FIELD = { national: 'national', province: 'province', 'host-area': 'hostArea' } as const;

function employment(ctx: TrackingContext): TrackedObligation[] {
  return (ctx.contract.community?.employment ?? []).flatMap((e, i) => {
    const group = e.category === 'all' ? 'workforce' : `workforce.categories.${e.category}`;
    const counted = e.women ? 'women' : SCOPE_FIELD[e.scope];
    const read = (a: Actuals): ShareReading => {
      const w = a.workforce;
      const g = e.category === 'all' ? w : w?.categories?.[e.category];
      const part = g?.[counted];
      if (!g || part === undefined) return { missing: `${group}.${counted}` };
      return { people: part, of: g.total, field: `${group}.${counted}` };
    };
    const who = e.women ? 'women' : e.scope === 'host-area' ? 'host-area' : e.scope;
    const of = e.category === 'all' ? 'the whole workforce' : `${e.category} workers`;
    return trackShareCommitment(ctx, { clause: e.id, ref: e.ref, kind: 'employment-share', path: ['community', 'employment', i], subject: `${who} share of ${of}`, targets: e.targets, read, penalty: e.penalty });
  });
}

function training(ctx: TrackingContext): TrackedObligation[] {
  const c = ctx.contract;
  return (c.community?.training ?? []).flatMap((t, i) => {
    const path = ['community', 'training', i];
    const out: TrackedObligation[] = [];
    const budget = t.annualBudget;
    if (budget) {
      out.push(
        ...trackAnnualAmount(ctx, {
          clause: t.id, ref: t.ref, kind: 'training-budget', path: [...path, 'annualBudget'], subject: 'training spend', field: 'training.spent', accrues: false,
          owed: (year, span) => makeMoney(budget.amount.times(shareOfYear(year, span)), budget.currency),
          paid: (a) => a.training?.spent, penalty: t.penalty,
        }),
      );
    }
    t.targets.forEach((target, j) => {
      const prev = t.targets[j - 1];
      out.push(
        trackCumulativeTarget(ctx, {
          id: `${t.id}@${target.by}`, clause: t.id, ref: t.ref, kind: 'training-count', path: [...path, 'targets', j],
          description: `people trained since the first actuals at least ${target.count} by ${target.by}`, due: target.by,
          required: { value: new Decimal(target.count), unit: 'people' },
          from: prev ? { date: prev.by, value: new Decimal(prev.count) } : { date: c.effective, value: new Decimal(0) },
          field: 'training.trained', read: (a) => (a.training?.trained === undefined ? undefined : new Decimal(a.training.trained)), penalty: t.penalty,
        }),
      );
    });
    return out;
  });
}

function procurement(ctx: TrackingContext): TrackedObligation[] {
  const p = ctx.contract.community?.procurement;
  if (!p || p.targets.length === 0) return [];
  const read = (a: Actuals): ShareReading => (a.procurement ? { part: a.procurement.local.amount, whole: a.procurement.total.amount, unit: a.procurement.total.currency, field: 'procurement.local' } : { missing: 'procurement' });
  return trackShareCommitment(ctx, { clause: p.id, ref: p.ref, kind: 'procurement-share', path: ['community', 'procurement'], subject: 'local share of procurement spending', targets: p.targets, read });
}

function communityFunds(ctx: TrackingContext): TrackedObligation[] {
  const funds = ctx.contract.revenue.communityFunds;
  const first = funds[0];
  if (!first) return [];
  // What each statement says was due to each fund, read once per statement.
  let owedByPeriod: { end: IsoDate; owed: Map<string, Decimal> }[] | undefined;
  const perPeriod = (): { end: IsoDate; owed: Map<string, Decimal> }[] | undefined => {
    const list = ctx.statements();
    if (!list) return undefined;
    owedByPeriod ??= list.map((s) => {
      const owed = new Map<string, Decimal>();
      for (const l of s.lines) {
        if ((l.kind !== 'community-fund' && l.kind !== 'community-fund-top-up') || l.clause === undefined) continue;
        const before = owed.get(l.clause);
        owed.set(l.clause, before ? before.plus(l.amount.amount) : l.amount.amount);
      }
      return { end: s.period.end, owed };
    });
    return owedByPeriod;
  };
  return trackAnnualAmount(ctx, {
    clause: first.id, ref: first.ref, kind: 'community-fund', path: ['revenue', 'communityFunds', 0], subject: funds.length > 1 ? 'community fund payments (all funds)' : 'community fund payments', field: 'community.fundPaid', accrues: true,
    owed: (_year, span, through) => {
      const list = perPeriod();
      if (!list) return undefined;
      let owed = new Decimal(0);
      for (const s of list) if (s.end >= span.start && s.end <= through) for (const f of funds) owed = owed.plus(s.owed.get(f.id) ?? 0);
      return makeMoney(owed, ctx.contract.currency);
    },
    // Each fund's minimumAnnual (pro-rated to the part of the year in the term) holds whatever the
    // payouts say, even for a year with no actuals: a stated floor is never shown as 0.00.
    required: (year, span, owed) => {
      const list = perPeriod() ?? [];
      let required = new Decimal(0);
      for (const f of funds) {
        let due = new Decimal(0);
        for (const s of list) if (s.end >= span.start && s.end <= span.end) due = due.plus(s.owed.get(f.id) ?? 0);
        const floor = f.minimumAnnual ? roundMoney(makeMoney(f.minimumAnnual.amount.times(shareOfYear(year, span)), f.minimumAnnual.currency), ctx.contract.rounding.mode).amount : undefined;
        required = required.plus(floor && floor.gt(due) ? floor : due);
      }
      return required.gt(owed.amount) ? makeMoney(required, owed.currency) : owed;
    },
    paid: (a) => a.community?.fundPaid,
  });
}

function processing(ctx: TrackingContext): TrackedObligation[] {
  return (ctx.contract.processing?.commitments ?? []).flatMap((p, i) => {
    const path = ['processing', 'commitments', i];
    const read = (a: Actuals): ShareReading => {
      const r = a.processing?.[p.commodity];
      if (!r) return { missing: `processing.${p.commodity}` };
      return { part: convertQuantity(r.domestic, r.total.unit).value, whole: r.total.value, unit: r.total.unit.symbol, field: `processing.${p.commodity}.domestic` };
    };
    const shares = trackShareCommitment(ctx, { clause: p.id, ref: p.ref, kind: 'processing-share', path, subject: `share of ${p.commodity} output processed in the country`, targets: p.targets.map((t) => ({ by: t.by, share: t.domesticShare })), read });
    return [...shares, ...milestones(ctx, p.id, p.ref, path, p.milestones, 'processing-milestone')];
  });
}

/** The event kinds that report a milestone reached (an event without a kind does too). */
const MILESTONE_EVENTS = ['completed', 'delivered'] as const;

function spentOn(id: string) {
  return (a: Actuals): Decimal | undefined => a.infrastructure?.[id]?.spent?.amount;
}

function milestones(
  ctx: TrackingContext,
  parent: string,
  ref: string | undefined,
  path: readonly (string | number)[],
  list: readonly { id: string; description: string; by: IsoDate; spend?: Money | undefined }[],
  kind: 'processing-milestone' | 'infrastructure-milestone',
): TrackedObligation[] {
  return list.map((m, j) => {
    const mpath = [...path, 'milestones', j];
    // An event naming the milestone (`{ clause: road-first-half, date: … }`) reports it reached.
    const done = fulfilling(ctx, m.id, MILESTONE_EVENTS);
    if (m.spend && !(done && done.date <= m.by)) {
      const prev = list.slice(0, j).reverse().find((x) => x.spend);
      const spend = trackCumulativeTarget(ctx, {
        id: `${parent}/${m.id}`, clause: parent, ref, kind, path: mpath, description: `${m.description}: ${m.spend.amount.toFixed(2)} ${m.spend.currency} spent by ${m.by}`, due: m.by,
        required: { value: m.spend.amount, unit: m.spend.currency }, from: prev?.spend ? { date: prev.by, value: prev.spend.amount } : { date: ctx.contract.effective, value: new Decimal(0) },
        field: `infrastructure.${parent}.spent`, read: spentOn(parent),
      });
      // Reached after its deadline by the event, and not by the spend: late by the days between.
      if (!done || spend.status === 'met') return spend;
    }
    return trackDatedDelivery(ctx, { id: `${parent}/${m.id}`, clause: parent, ref, kind, path: mpath, description: `${m.description} by ${m.by}`, due: m.by, done });
  });
}

function infrastructure(ctx: TrackingContext): TrackedObligation[] {
  return (ctx.contract.infrastructure ?? []).flatMap((item, i) => {
    const path = ['infrastructure', i];
    let completed: IsoDate | undefined;
    let evidence: { period: string; field: string; date: IsoDate } | undefined;
    for (const a of ctx.actuals) {
      const d = a.infrastructure?.[item.id]?.completed;
      if (d !== undefined && d <= ctx.asOf && (completed === undefined || d < completed)) {
        completed = d;
        evidence = { period: a.period.label, field: `infrastructure.${item.id}.completed`, date: d };
      }
    }
    const event = fulfilling(ctx, item.id, ['completed']);
    const done = event && (!completed || event.date < completed) ? event : completed && evidence ? { clause: item.id, date: completed, kind: 'completed', evidence } : undefined;
    return [
      ...milestones(ctx, item.id, item.ref, path, item.milestones, 'infrastructure-milestone'),
      trackDatedDelivery(ctx, { id: `${item.id}@${item.by}`, clause: item.id, ref: item.ref, kind: 'infrastructure-completion', path, description: `${item.description}: completed by ${item.by}`, due: item.by, done }),
    ];
  });
}

function exploration(ctx: TrackingContext): TrackedObligation[] {
  const e = ctx.contract.exploration;
  if (!e) return [];
  const out: TrackedObligation[] = [];
  const jp = e.jointProgramme;
  jp?.workProgramme.forEach((w, i) => {
    out.push(trackDatedDelivery(ctx, { id: `${jp.id}/${w.id}`, clause: jp.id, ref: jp.ref, kind: 'work-programme', path: ['exploration', 'jointProgramme', 'workProgramme', i], description: `${w.description} by ${w.by}`, due: w.by, done: fulfilling(ctx, w.id, ['completed']) }));
  });
  e.geodata.forEach((g, i) => {
    const path = ['exploration', 'geodata', i];
    const events = ctx.events.get(g.id) ?? [];
    const acquisitions = events.filter((x) => x.kind === 'acquired');
    const deliveries = events.filter((x) => x.kind === undefined || x.kind === 'delivered');
    if (acquisitions.length === 0) {
      out.push(obligation(ctx, { id: g.id, clause: g.id, ref: g.ref, kind: 'geodata-delivery', path, description: `${g.type} delivered to ${g.recipient} within ${g.deadlineDays} days of acquisition`, due: lastDayTracked(ctx), status: 'no-data', reason: 'no-acquisition' }));
      return;
    }
    for (const acq of acquisitions) {
      const k = deliveries.findIndex((d) => d.date >= acq.date);
      const done = k >= 0 ? deliveries.splice(k, 1)[0] : undefined;
      const due = withinCalendar(() => addDays(acq.date, g.deadlineDays));
      out.push(trackDatedDelivery(ctx, { id: `${g.id}/${acq.date}`, clause: g.id, ref: g.ref, kind: 'geodata-delivery', path, description: `${g.type} acquired ${acq.date} delivered to ${g.recipient} within ${g.deadlineDays} days`, due, done }));
    }
  });
  const rr = e.resourceReporting;
  if (rr) {
    const anchor = ctx.contract.milestones.productionStart ?? ctx.contract.effective;
    out.push(...trackPeriodicReport(ctx, { clause: rr.id, ref: rr.ref, kind: 'resource-reporting', path: ['exploration', 'resourceReporting'], subject: `${rr.code} resource statement`, months: rr.frequencyMonths, anchor, dueAfter: (end) => end, duringSpan: true }));
  }
  return out;
}

/** A deadline that falls before construction starts when the clause says so. */
function beforeConstruction(c: Contract, by: IsoDate | undefined, before: boolean | undefined): IsoDate | undefined {
  const start = c.milestones.constructionStart;
  const latest = before && start ? addDays(start, -1) : undefined;
  if (by && latest) return by < latest ? by : latest;
  return by ?? latest;
}

function environment(ctx: TrackingContext): TrackedObligation[] {
  const c = ctx.contract;
  const env = c.environment;
  if (!env) return [];
  const out: TrackedObligation[] = [];
  const esia = env.esia;
  const esiaDue = esia ? beforeConstruction(c, esia.by, esia.beforeConstruction) : undefined;
  if (esia && esiaDue) out.push(trackDatedDelivery(ctx, { id: esia.id, clause: esia.id, ref: esia.ref, kind: 'esia', path: ['environment', 'esia'], description: `ESIA completed by ${esiaDue}`, due: esiaDue, done: fulfilling(ctx, esia.id, ['completed']) }));
  const bond = env.closure?.assurance;
  const bondDue = bond ? beforeConstruction(c, bond.by, bond.beforeConstruction) : undefined;
  if (bond && bondDue) {
    const amount = bond.amount ? ` (${bond.amount.amount.toFixed(2)} ${bond.amount.currency})` : '';
    out.push(trackDatedDelivery(ctx, { id: bond.id, clause: bond.id, ref: bond.ref, kind: 'closure-assurance', path: ['environment', 'closure', 'assurance'], description: `closure ${bond.instrument}${amount} posted by ${bondDue}`, due: bondDue, done: fulfilling(ctx, bond.id, ['posted']) }));
  }
  const ghg = env.ghg;
  if (ghg?.reductionTarget && ghg.by) {
    const base = { id: ghg.id, clause: ghg.id, ref: ghg.ref, kind: 'emissions-reduction' as const, path: ['environment', 'ghg'], description: `emissions ${ghg.reductionTarget.times(100).toString()}% below baseline by ${ghg.by}`, due: ghg.by };
    out.push(obligation(ctx, ctx.asOf < ghg.by ? { ...base, status: 'not-yet-due' } : { ...base, status: 'no-data', reason: 'not-measured' }));
  }
  return out;
}

function agreements(ctx: TrackingContext): TrackedObligation[] {
  const c = ctx.contract;
  const out: TrackedObligation[] = [];
  const cda = c.community?.developmentAgreement;
  if (cda?.by) out.push(trackDatedDelivery(ctx, { id: cda.id, clause: cda.id, ref: cda.ref, kind: 'development-agreement', path: ['community', 'developmentAgreement'], description: `community development agreement concluded by ${cda.by}`, due: cda.by, done: fulfilling(ctx, cda.id, ['concluded']), penalty: cda.penalty }));
  const fs = c.processing?.feasibilityStudy;
  if (fs) out.push(trackDatedDelivery(ctx, { id: fs.id, clause: fs.id, ref: fs.ref, kind: 'feasibility-study', path: ['processing', 'feasibilityStudy'], description: `processing feasibility study completed by ${fs.by}`, due: fs.by, done: fulfilling(ctx, fs.id, ['completed', 'submitted']) }));
  return out;
}

function reporting(ctx: TrackingContext): TrackedObligation[] {
  const c = ctx.contract;
  const out: TrackedObligation[] = [];
  const pr = c.governance?.reporting;
  const months = pr?.timelinessMonths;
  if (pr && months !== undefined) {
    out.push(...trackPeriodicReport(ctx, { clause: pr.id, ref: pr.ref, kind: 'payment-reporting', path: ['governance', 'reporting'], subject: 'project payments report', months: 12, anchor: fiscalYearStart(ctx, c.effective), dueAfter: (end) => addDays(addMonths(addDays(end, 1), months), -1) }));
  }
  const lc = c.community?.localContentReporting;
  if (lc) {
    out.push(...trackPeriodicReport(ctx, { clause: lc.id, ref: lc.ref, kind: 'local-content-reporting', path: ['community', 'localContentReporting'], subject: 'local-content report', months: lc.frequencyMonths, anchor: fiscalYearStart(ctx, c.effective), dueAfter: (end) => addDays(end, lc.withinDays) }));
  }
  return out;
}

/**
 * Tracks every dated obligation of a contract against period actuals on an as-of date: local
 * employment share by category and scope, training spend and people trained, local procurement
 * share, community-fund payments against what the payout engine says was due, in-country
 * processing share and milestones, infrastructure milestones, spend and completion, exploration
 * work items and geodata deliveries, the ESIA, the closure bond, the community development
 * agreement, the feasibility study, and payment, local-content and resource reports.
 *
 * Each gets a status (met, missed with the shortfall, at-risk, not-yet-due, no-data), the clause
 * id and `ref`, the evidence in the actuals, its contract path (and file range when the contract
 * was loaded from text), and the penalty where the contract states one as a formula. Actuals may be
 * partial and in any order; those ending after `asOf` are ignored. Pure: the same inputs give the
 * same report.
 *
 * @example
 * ```ts
 * const report = trackObligations(loadedContract, loadedActuals, { asOf: isoDate('2028-06-30') });
 * for (const o of report.obligations) console.log(o.id, o.status, o.shortfall && measureText(o.shortfall));
 * report.counts.missed; // how many are missed
 * ```
 */
export function trackObligations(contract: Contract | LoadedContract, actuals: readonly (Actuals | LoadedActuals)[], options: TrackOptions): ObligationReport {
  const { c, source, list, asOf, horizonDays } = checkedArguments(contract, actuals, options);
  const payouts = (used: readonly Actuals[]): readonly PayoutStatement[] | undefined => {
    if (options.statements) return options.statements;
    const run = used.length > 0 ? computePayouts(c, used) : undefined;
    return run?.ok ? run.value.statements : undefined;
  };
  const written = trackingContext(c, source, list, asOf, horizonDays, payouts);
  // Clauses with an unknown term they need are not trackable: set aside and reported as such.
  const aside = setAsideUnknowns(written);
  const ctx = aside.contract === c ? written : { ...written, contract: aside.contract };
  let obligations: TrackedObligation[];
  try {
    obligations = [...exploration(ctx), ...environment(ctx), ...infrastructure(ctx), ...agreements(ctx), ...employment(ctx), ...training(ctx), ...procurement(ctx), ...communityFunds(ctx), ...processing(ctx), ...reporting(ctx)];
  } catch (e) {
    // Deadlines past the calendar are clipped where they arise; should one still escape (a term
    // ending in the last months of 9999), say so in words rather than as a bare date error.
    if (e instanceof FairlodeError && (e.code === 'date/out-of-range' || e.code === 'period/out-of-range')) {
      throw new FairlodeError({ code: 'track/date-out-of-range', message: `Obligations of contract ${c.id} cannot be tracked to ${asOf}: a deadline falls after ${CALENDAR_END}, the last date fairlode handles.`, hint: 'give an earlier as-of date' });
    }
    throw e;
  }
  if (aside.notTrackable.length > 0) {
    obligations = obligations.map((o) => {
      const path = aside.originalPath(o.path);
      return path === o.path ? o : { ...o, path, range: source?.rangeOf(path) };
    });
    obligations.push(...aside.notTrackable);
  }
  const counts = Object.fromEntries(OBLIGATION_STATUSES.map((s) => [s, 0])) as Record<ObligationStatus, number>;
  for (const o of obligations) counts[o.status]++;
  return { contract: c.id, asOf, horizonDays, periods: ctx.actuals.map((a) => a.period.label), obligations, counts };
}

/**
 * The arguments of {@link trackObligations}, checked: a JavaScript caller passing the wrong thing
 * gets a `FairlodeError` naming the argument, never a property-access crash.
 */
function checkedArguments(contract: unknown, actuals: unknown, options: unknown) {
  const wrong = (argument: string, expected: string, got: unknown) => invalidArgument('trackObligations', argument, expected, got);
  if (!isOptionsObject(contract)) throw wrong('contract', 'a Contract or the LoadedContract that loadContract returns', contract);
  const loaded = 'contract' in contract && 'source' in contract;
  const c = (loaded ? contract.contract : contract) as Contract;
  if (!isOptionsObject(c) || typeof c.id !== 'string' || typeof c.termEnd !== 'string' || !isOptionsObject(c.revenue)) throw wrong('contract', 'a Contract or the LoadedContract that loadContract returns (with an id, termEnd and revenue)', c);
  const source = loaded ? (contract.source as LoadedContract['source']) : undefined;
  if (!Array.isArray(actuals)) throw wrong('actuals', 'a list of Actuals or LoadedActuals (pass [] when there are none)', actuals);
  const list = actuals.map((a: unknown, i) => {
    const value = (isOptionsObject(a) && 'actuals' in a && 'source' in a ? a.actuals : a) as Actuals;
    if (!isOptionsObject(value) || !isOptionsObject(value.period) || !Array.isArray(value.events)) throw wrong(`actuals[${i}]`, 'Actuals or the LoadedActuals that loadActuals returns', a);
    return value;
  });
  if (!isOptionsObject(options)) throw wrong('options', "an object with asOf, such as { asOf: '2028-06-30' }", options);
  if (options.asOf === undefined) throw wrong('options.asOf', "the date to judge the obligations on, such as '2028-06-30'", options.asOf);
  const parsed = typeof options.asOf === 'string' ? parseDate(options.asOf) : undefined;
  if (!parsed) throw wrong('options.asOf', "an ISO date string such as '2028-06-30'", options.asOf);
  if (!parsed.ok) throw new FairlodeError({ code: 'argument/invalid', message: `trackObligations: options.asOf ${parsed.problem.message}` });
  const horizon = options.horizonDays ?? 90;
  if (typeof horizon !== 'number' || !Number.isInteger(horizon) || horizon < 0) throw wrong('options.horizonDays', 'a whole number of days, 0 or more', horizon);
  if (options.statements !== undefined && !Array.isArray(options.statements)) throw wrong('options.statements', 'a list of payout statements', options.statements);
  return { c, source, list, asOf: parsed.value, horizonDays: horizon };
}
