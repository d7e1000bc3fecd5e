import { formatRate } from '../money/rate.js';
import { exchangeRateToString } from '../money/fx.js';
import { quantityToString } from '../quantity/index.js';
import type { PayoutLine, PayoutStatement, Trace } from '../payout/index.js';
import { exactAmount } from './payout-amounts.js';

/**
 * Options for {@link payoutJsonValue} and {@link formatPayoutJson}.
 *
 * @example
 * ```ts
 * formatPayoutJson(statements, { traces: false });
 * ```
 */
export interface PayoutJsonOptions {
  /** Include each line's trace tree (default true). */
  traces?: boolean;
}

/**
 * A payout line in the JSON interface: amounts are exact decimal strings.
 *
 * @example
 * ```ts
 * payoutJsonValue(statement).statements[0].lines[0].amount; // '102660000.00'
 * ```
 */
export interface PayoutLineJson {
  /** The line id, unique in its statement. */
  id: string;
  /** The clause id, or null for lines taken from the actuals. */
  clause: string | null;
  /** The legal reference, or null. */
  ref: string | null;
  /** The payer. */
  from: string;
  /** The payee. */
  to: string;
  /** The amount as an exact decimal string in minor units, e.g. `"6667000.00"`. */
  amount: string;
  /** The statement's currency. */
  currency: string;
  /** What the line records. */
  kind: string;
  /** What a rate or band was applied to. */
  base?: { label: string; amount?: string; quantity?: string };
  /** The rate applied, e.g. `"5%"`. */
  rate?: string;
  /** The band or bands applied. */
  band?: string;
  /** The carried party on whose behalf the line is paid. */
  onBehalfOf?: string;
  /** The amount in the counterparty's currency and the rate used. */
  settlement?: { amount: string; currency: string; rate: string };
  /** How the amount was computed. */
  trace?: Trace;
}

/**
 * A payout statement in the JSON interface.
 *
 * @example
 * ```ts
 * payoutJsonValue(statement).statements[0].totals; // { investor: '15291765.00', ... }
 * ```
 */
export interface PayoutStatementJson {
  /** The contract id. */
  contract: string;
  /** The period label, e.g. `"2027-Q1"`. */
  period: string;
  /** The period's first day. */
  start: string;
  /** The period's last day. */
  end: string;
  /** The fiscal year, e.g. `"FY2027"`. */
  fiscalYear: string;
  /** Whether the period closes its fiscal year. */
  closesFiscalYear: boolean;
  /** The contract currency. */
  currency: string;
  /** The rounding mode used. */
  rounding: string;
  /** The allocation method and tie-break used. */
  allocation: { method: string; tieBreak: string };
  /** The lines, in waterfall order. */
  lines: PayoutLineJson[];
  /** Net amount per party (received − paid), in the contract currency. */
  totals: Record<string, string>;
  /** For parties paid in another currency: their net in that currency. */
  settlements: Record<string, { amount: string; currency: string }>;
  /** Whether sources equal uses to the minor unit. */
  balanced: boolean;
  /** The conservation proof. */
  conservation: { sources: string; uses: string; difference: string; problems: string[] };
  /** Balances carried to the next period. */
  balances: {
    reserve: string;
    lossesCarriedForward: string;
    undepreciatedCapital: string;
    carriedInterest: { holder: string; carrier: string; balance: string }[];
  };
  /** Remarks about the period. */
  notes: string[];
}

/**
 * The JSON document: `{ statements: [...] }`.
 *
 * @example
 * ```ts
 * const json: PayoutJson = JSON.parse(formatPayoutJson(run.statements));
 * ```
 */
export interface PayoutJson {
  /** One entry per period, in period order. */
  statements: PayoutStatementJson[];
}

function lineJson(l: PayoutLine, traces: boolean): PayoutLineJson {
  const out: PayoutLineJson = { id: l.id, clause: l.clause ?? null, ref: l.ref ?? null, from: l.from, to: l.to, amount: exactAmount(l.amount), currency: l.amount.currency, kind: l.kind };
  if (l.base !== undefined) {
    out.base = { label: l.base.label };
    if (l.base.amount !== undefined) out.base.amount = exactAmount(l.base.amount);
    if (l.base.quantity !== undefined) out.base.quantity = quantityToString(l.base.quantity);
  }
  if (l.rate !== undefined) out.rate = formatRate(l.rate);
  if (l.band !== undefined) out.band = l.band;
  if (l.onBehalfOf !== undefined) out.onBehalfOf = l.onBehalfOf;
  if (l.settlement !== undefined) out.settlement = { amount: exactAmount(l.settlement.amount), currency: l.settlement.amount.currency, rate: exchangeRateToString(l.settlement.rate) };
  if (traces) out.trace = l.trace;
  return out;
}

/**
 * Payout statements as the plain JSON value of fairlode's stable payout interface (documented in
 * docs/payouts.md): every amount an exact decimal string, never a JS number.
 *
 * @example
 * ```ts
 * const json = payoutJsonValue(run.statements, { traces: false });
 * json.statements[0].lines[0]; // { id: 'revenue/copper', clause: null, ref: null, from: 'buyers', to: 'company', amount: '102660000.00', currency: 'USD', kind: 'revenue' }
 * ```
 */
export function payoutJsonValue(statements: PayoutStatement | readonly PayoutStatement[], options: PayoutJsonOptions = {}): PayoutJson {
  const list: readonly PayoutStatement[] = Array.isArray(statements) ? statements : [statements as PayoutStatement];
  const traces = options.traces ?? true;
  return {
    statements: list.map((s) => {
      const totals: Record<string, string> = {};
      const settlements: Record<string, { amount: string; currency: string }> = {};
      for (const t of s.totals) {
        totals[t.party] = exactAmount(t.net);
        if (t.settlement !== undefined) settlements[t.party] = { amount: exactAmount(t.settlement), currency: t.settlement.currency };
      }
      return {
        contract: s.contract,
        period: s.period.label,
        start: s.period.start,
        end: s.period.end,
        fiscalYear: `FY${s.fiscalYear}`,
        closesFiscalYear: s.closesFiscalYear,
        currency: s.currency,
        rounding: s.rounding,
        allocation: { method: s.allocation.method, tieBreak: s.allocation.tieBreak },
        lines: s.lines.map((l) => lineJson(l, traces)),
        totals,
        settlements,
        balanced: s.conservation.balanced,
        conservation: { sources: exactAmount(s.conservation.sources), uses: exactAmount(s.conservation.uses), difference: exactAmount(s.conservation.difference), problems: [...s.conservation.problems] },
        balances: {
          reserve: exactAmount(s.balances.reserve),
          lossesCarriedForward: exactAmount(s.balances.lossesCarriedForward),
          undepreciatedCapital: exactAmount(s.balances.undepreciatedCapital),
          carriedInterest: s.balances.carriedInterest.map((c) => ({ holder: c.holder, carrier: c.carrier, balance: exactAmount(c.balance) })),
        },
        notes: [...s.notes],
      };
    }),
  };
}

/**
 * Payout statements as JSON text (two-space indented, ending with a newline): the same input gives
 * byte-identical output.
 *
 * @example
 * ```ts
 * process.stdout.write(formatPayoutJson(run.statements));
 * ```
 */
export function formatPayoutJson(statements: PayoutStatement | readonly PayoutStatement[], options: PayoutJsonOptions = {}): string {
  return `${JSON.stringify(payoutJsonValue(statements, options), null, 2)}\n`;
}
