import { FairlodeError } from '../diagnostics/diagnostic.js';
import { Decimal, toDecimalOperand, type DecimalInput } from '../money/decimal.js';
import { parseUnitPrice, unitPriceToString, type UnitPrice } from '../quantity/index.js';

/**
 * A price scenario: what replaces the plan's prices in every period.
 *
 * - `flat`: these commodities sell at these prices in every period (others keep the plan's);
 * - `scale`: every price of every period is multiplied by this factor (0.8 is the plan's prices
 *   less 20%).
 */
export type PriceScenario =
  | { readonly label?: string; readonly flat: Readonly<Record<string, UnitPrice | string>> }
  | { readonly label?: string; readonly scale: DecimalInput };

/**
 * A price scenario read into exact values: the commodities in `flat` sell at those prices in
 * every period; every other price of the plan is multiplied by `scale` (1 for the plan's own).
 */
export interface ResolvedPriceScenario {
  /** How the scenario is named in tables. */
  readonly label: string;
  /** Flat prices by commodity id. */
  readonly flat: Readonly<Record<string, UnitPrice>>;
  /** The factor on the plan's other prices. */
  readonly scale: Decimal;
}

/** The scenario of the plan's own prices. */
export const PLAN_PRICES: ResolvedPriceScenario = Object.freeze({ label: 'plan prices', flat: Object.freeze({}), scale: new Decimal(1) });

/**
 * Reads a price scenario: prices parsed strictly (`"9200 USD/t"`), the factor as an exact decimal,
 * and a label made from them when none is given. Throws a `FairlodeError` on a bad price or factor.
 *
 * @example
 * ```ts
 * resolvePriceScenario({ flat: { copper: '9000 USD/t' } }).label; // 'copper 9000 USD/t'
 * resolvePriceScenario({ scale: '0.8' }).label;                    // 'plan prices × 0.8'
 * ```
 */
export function resolvePriceScenario(scenario: PriceScenario | undefined): ResolvedPriceScenario {
  if (scenario === undefined) return PLAN_PRICES;
  if ('flat' in scenario) {
    const flat: Record<string, UnitPrice> = {};
    for (const [commodity, p] of Object.entries(scenario.flat)) {
      if (typeof p === 'string') {
        const parsed = parseUnitPrice(p);
        if (!parsed.ok) throw new FairlodeError({ code: parsed.problem.code, message: `The ${commodity} price of a scenario: ${parsed.problem.message}`, ...(parsed.problem.hint ? { hint: parsed.problem.hint } : {}) });
        flat[commodity] = parsed.value;
      } else flat[commodity] = p;
    }
    const label = scenario.label ?? Object.entries(flat).map(([c, p]) => `${c} ${unitPriceToString(p)}`).join(', ');
    return Object.freeze({ label, flat: Object.freeze(flat), scale: new Decimal(1) });
  }
  const scale = toDecimalOperand(scenario.scale);
  if (scale.isNegative()) throw new FairlodeError({ code: 'fiscal/negative-price-scale', message: `A price scale of ${scale.toString()} would make prices negative.` });
  return Object.freeze({ label: scenario.label ?? `plan prices × ${scale.toString()}`, flat: Object.freeze({}), scale });
}

/**
 * A deck of flat prices for one commodity: one scenario per price, each holding that commodity at
 * the price in every period (other commodities keep the plan's prices).
 *
 * @example
 * ```ts
 * flatPriceDeck('copper', ['6000 USD/t', '8000 USD/t', '10000 USD/t']).length; // 3
 * ```
 */
export function flatPriceDeck(commodity: string, prices: readonly (UnitPrice | string)[]): PriceScenario[] {
  return prices.map((p) => ({ flat: { [commodity]: p } }));
}

/**
 * A deck of price scales: one scenario per factor, each multiplying every price in the plan.
 *
 * @example
 * ```ts
 * scaledPriceDeck(['0.8', '1', '1.2']).map((s) => resolvePriceScenario(s).label);
 * // ['plan prices × 0.8', 'plan prices × 1', 'plan prices × 1.2']
 * ```
 */
export function scaledPriceDeck(factors: readonly DecimalInput[]): PriceScenario[] {
  return factors.map((scale) => ({ scale }));
}

/** A price deck written as text, read: or which part of it is wrong. */
export type PriceDeckReading = { readonly ok: true; readonly commodity: string; readonly prices: string[] } | { readonly ok: false; readonly problem: 'shape' | 'unit' };

/**
 * Reads a price deck written `commodity=p1,p2,…`, each price a unit price such as `8000 USD/t`; a
 * bare number takes the currency and unit of the last price, so `copper=6000,8000,10000 USD/t` is
 * a deck of three. `shape`: not `commodity=prices`; `unit`: the last price has no currency and unit.
 * Both `fairlode analyse --prices` and the workbench read decks with it, each wording its own message.
 *
 * @example
 * ```ts
 * readPriceDeckText('copper=6000,8000 USD/t'); // { ok: true, commodity: 'copper', prices: ['6000 USD/t', '8000 USD/t'] }
 * ```
 */
export function readPriceDeckText(text: string): PriceDeckReading {
  const eq = text.indexOf('=');
  const commodity = text.slice(0, eq).trim();
  const items = text.slice(eq + 1).split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (eq <= 0 || items.length === 0) return { ok: false, problem: 'shape' };
  const unit = /^[\d.]+\s*(.+)$/.exec(items.at(-1)!)?.[1];
  if (unit === undefined || /^[\d.]+$/.test(unit)) return { ok: false, problem: 'unit' };
  return { ok: true, commodity, prices: items.map((p) => (/^[\d.]+$/.test(p) ? `${p} ${unit}` : p)) };
}
