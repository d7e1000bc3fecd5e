import { fail, ok, unwrap, type Parsed } from '../diagnostics/diagnostic.js';
import { closestName } from '../diagnostics/closest-name.js';
import { Decimal } from '../money/decimal.js';

/**
 * What a unit measures. Quantities convert only within one dimension. `dry-mass` is separate
 * from `mass` on purpose: turning wet tonnes into dry metric tonnes needs the moisture content,
 * which a unit alone does not know.
 */
export type Dimension = 'mass' | 'dry-mass' | 'volume' | 'energy';

/** A unit of measure with its exact size in its dimension's base unit. */
export interface Unit {
  /** The symbol written in contracts, e.g. `t`, `ozt`, `m3`. */
  readonly symbol: string;
  /** The unit's name, e.g. `troy ounce`. */
  readonly name: string;
  /** What the unit measures. */
  readonly dimension: Dimension;
  /**
   * The unit's exact size in the base unit of its dimension (kg for mass, dmt for dry mass, m3
   * for volume, GJ for energy): 1000 for `t`, 0.45359237 for `lb`. Every factor is an exact
   * decimal from the unit's legal definition.
   */
  readonly factor: Decimal;
}

function define(symbol: string, name: string, dimension: Dimension, factor: string): Unit {
  return Object.freeze({ symbol, name, dimension, factor: new Decimal(factor) });
}

/**
 * Every unit fairlode knows, by symbol. The definitions are exact: the international pound is
 * 0.45359237 kg and the troy ounce 31.1034768 g (both by the 1959 international yard and pound
 * agreement); the oil barrel is 42 US gallons of 3.785411784 L; 1 kWh is 3.6 MJ.
 */
export const UNITS: ReadonlyMap<string, Unit> = new Map([
  define('g', 'gram', 'mass', '0.001'),
  define('kg', 'kilogram', 'mass', '1'),
  define('t', 'metric tonne', 'mass', '1000'),
  define('kt', 'thousand metric tonnes', 'mass', '1000000'),
  define('Mt', 'million metric tonnes', 'mass', '1000000000'),
  define('lb', 'pound', 'mass', '0.45359237'),
  define('Mlb', 'million pounds', 'mass', '453592.37'),
  define('ozt', 'troy ounce', 'mass', '0.0311034768'),
  define('dmt', 'dry metric tonne', 'dry-mass', '1'),
  define('L', 'litre', 'volume', '0.001'),
  define('kL', 'kilolitre', 'volume', '1'),
  define('ML', 'megalitre', 'volume', '1000'),
  define('m3', 'cubic metre', 'volume', '1'),
  define('bbl', 'oil barrel', 'volume', '0.158987294928'),
  define('kWh', 'kilowatt-hour', 'energy', '0.0036'),
  define('MWh', 'megawatt-hour', 'energy', '3.6'),
  define('GWh', 'gigawatt-hour', 'energy', '3600'),
  define('GJ', 'gigajoule', 'energy', '1'),
].map((u) => [u.symbol, u] as const));

// Words people write for units, and what to write instead. Ambiguous words get an explanation.
const T = 'did you mean "t" (metric tonne)?';
const INSTEAD = new Map<string, string>(Object.entries({
  tonne: T, tonnes: T, 'metric ton': T, 'metric tons': T,
  mt: 'did you mean "t" (metric tonne) or "Mt" (million tonnes)? "mt" is read both ways',
  ton: 'did you mean "t" (metric tonne)? a "ton" may also be a short ton (2000 lb) or a long ton (2240 lb): state those in "lb"',
  tons: 'did you mean "t" (metric tonne)? "tons" may also be short tons (2000 lb) or long tons (2240 lb): state those in "lb"',
  oz: 'write "ozt" for the troy ounce (31.1034768 g), in which precious metals are weighed; "oz" is also the avoirdupois ounce (28.349523125 g), so fairlode refuses it',
  toz: 'did you mean "ozt" (troy ounce)?', 'troy oz': 'did you mean "ozt" (troy ounce)?', 'oz t': 'did you mean "ozt" (troy ounce)?',
  koz: 'state the number in troy ounces with "ozt" (e.g. 1500 koz is "1500000 ozt")',
  lbs: 'did you mean "lb"?', pound: 'did you mean "lb"?', pounds: 'did you mean "lb"?', kgs: 'did you mean "kg"?',
  litre: 'did you mean "L"?', liter: 'did you mean "L"?', litres: 'did you mean "L"?', liters: 'did you mean "L"?',
  'm³': 'did you mean "m3"?', cbm: 'did you mean "m3"?', barrel: 'did you mean "bbl"?', barrels: 'did you mean "bbl"?',
  wmt: 'wet tonnes are plain tonnes: write "t" (dry metric tonnes are "dmt")', kton: 'did you mean "kt"?',
}));

/**
 * Parses a unit symbol strictly, case-sensitively (`Mt` is a million tonnes, `mt` is refused as
 * ambiguous). Unknown units get a hint: `"tonne"` → did you mean `"t"`?
 *
 * @example
 * ```ts
 * const r = parseUnit('ozt');
 * if (r.ok) r.value.name; // 'troy ounce'
 * ```
 */
export function parseUnit(text: string): Parsed<Unit> {
  if (typeof text !== 'string') return fail('quantity/unknown-unit', `Expected a unit such as "t", got ${typeof text}.`);
  const found = UNITS.get(text);
  if (found !== undefined) return ok(found);
  const instead = INSTEAD.get(text) ?? INSTEAD.get(text.toLowerCase());
  let hint: string;
  if (instead !== undefined) hint = instead;
  else {
    const sameLetters = [...UNITS.keys()].find((s) => s.toLowerCase() === text.toLowerCase());
    const close = sameLetters ?? closestName(text, [...UNITS.keys(), ...INSTEAD.keys()], text.length > 3 ? 2 : 1);
    const known = close === undefined ? undefined : UNITS.get(close);
    if (close === undefined) hint = `use one of ${[...UNITS.keys()].join(', ')}`;
    else hint = known === undefined ? INSTEAD.get(close)! : `did you mean "${close}" (${known.name})?`;
  }
  return fail('quantity/unknown-unit', `"${text}" is not a unit fairlode knows.`, hint);
}

/**
 * Looks up a unit by symbol, throwing a `FairlodeError` if it is unknown.
 *
 * @example
 * ```ts
 * unit('lb').factor.toString(); // '0.45359237'
 * ```
 */
export function unit(symbol: string): Unit {
  return unwrap(parseUnit(symbol));
}
