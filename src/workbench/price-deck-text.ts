// The price deck the user types into the fiscal panel, as `fairlode analyse --prices` reads it.
import { flatPriceDeck, readPriceDeckText, type PriceScenario } from '../fiscal/price-deck.js';

/** A typed price deck, or why it cannot be read. */
export type PriceDeckText = { readonly ok: true; readonly commodity: string; readonly prices: readonly string[]; readonly deck: PriceScenario[] } | { readonly ok: false; readonly message: string };

/**
 * Reads `commodity=p1,p2,… unit`, each price a unit price such as `8000 USD/t`; a bare number
 * takes the currency and unit of the last price, so `copper=6000,8000,10000 USD/t` is a deck of three.
 *
 * @example
 * ```ts
 * readPriceDeck('copper=6000,8000 USD/t'); // { ok: true, commodity: 'copper', prices: ['6000 USD/t', '8000 USD/t'], ... }
 * ```
 */
export function readPriceDeck(text: string): PriceDeckText {
  const read = readPriceDeckText(text);
  const example = 'write it as copper=6000,8000,10000 USD/t';
  if (!read.ok) return { ok: false, message: read.problem === 'shape' ? `The price deck "${text}" cannot be read: ${example}.` : `The last price needs a currency and unit: ${example}.` };
  const { commodity, prices } = read;
  try {
    return { ok: true, commodity, prices, deck: flatPriceDeck(commodity, prices) };
  } catch (error) {
    return { ok: false, message: `The price deck cannot be used: ${error instanceof Error ? error.message : String(error)}` };
  }
}
