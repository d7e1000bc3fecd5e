// How the formats write amounts (payouts, obligations). Internal to src/format: not re-exported.
import { minorUnitOf } from '../money/currency.js';
import type { Money } from '../money/money.js';

/** The exact decimal text of an amount with at least the currency's minor-unit digits: `6667000.00`. */
export function exactAmount(m: Money): string {
  return m.amount.toFixed(Math.max(minorUnitOf(m.currency), m.amount.decimalPlaces()));
}

/** An amount for people: digits grouped in thousands, with its currency: `6,667,000.00 USD`. */
export function groupedAmount(m: Money): string {
  const text = exactAmount(m);
  const negative = text.startsWith('-');
  const [whole, fraction] = (negative ? text.slice(1) : text).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '−' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`} ${m.currency}`;
}
