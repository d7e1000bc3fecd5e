// One namespace import rather than named ones: a bundle that drops ISO_4217_PUBLISHED (the node
// helpers, the report) would otherwise keep an unused `publishDate` binding, which the build
// reports as a warning.
import * as iso4217Package from 'currency-codes';
import { fail, ok, unwrap, type Parsed } from '../diagnostics/diagnostic.js';
import { closestName } from '../diagnostics/closest-name.js';

/**
 * An ISO 4217 alphabetic currency code that has a minor unit, such as `USD`, `PKR` or `KWD`.
 * Only {@link parseCurrency} (and the constructors built on it) make one, so a `CurrencyCode`
 * is always a code fairlode can round and allocate in.
 */
export type CurrencyCode = string & { readonly __brand: 'CurrencyCode' };

/** What ISO 4217 says about one currency. */
export interface CurrencyInfo {
  /** The alphabetic code, e.g. `KWD`. */
  readonly code: CurrencyCode;
  /** ISO's name for the currency, e.g. `Kuwaiti Dinar`. */
  readonly name: string;
  /** The three-digit numeric code, e.g. `414`. */
  readonly numericCode: string;
  /** Digits after the decimal point in the minor unit: 2 for USD (cents), 0 for JPY, 3 for KWD. */
  readonly minorUnit: number;
}

/**
 * The publication date of the ISO 4217 list (list one) that fairlode's currency table comes from,
 * as ISO's maintenance agency published it; the table itself is the `currency-codes` package's copy.
 */
export const ISO_4217_PUBLISHED: string = iso4217Package.publishDate;

// Codes whose minor unit ISO 4217 lists as "N.A.": precious metals, fund units, the SDR and the
// testing codes. The source package stores these as 0 digits, which would silently round gold to
// whole ounces' worth; fairlode refuses them as currencies instead (a test checks this list
// against the ISO XML the package ships).
const NOT_APPLICABLE = new Map<string, string>([
  ['XAU', 'gold'], ['XAG', 'silver'], ['XPT', 'platinum'], ['XPD', 'palladium'],
  ['XBA', 'a bond-market unit'], ['XBB', 'a bond-market unit'], ['XBC', 'a bond-market unit'], ['XBD', 'a bond-market unit'],
  ['XDR', 'the IMF special drawing right'], ['XSU', 'the SUCRE'], ['XUA', 'the ADB unit of account'],
  ['XTS', 'the testing code'], ['XXX', 'the "no currency" code'],
]);

const METALS = new Set(['XAU', 'XAG', 'XPT', 'XPD']);

// Codes ISO has withdrawn, which old contracts in resource countries still use, and common
// non-ISO abbreviations: each maps to the code to write instead.
const REPLACED = new Map<string, string>(Object.entries({
  ZMK: 'ZMW', GHC: 'GHS', MRO: 'MRU', SLL: 'SLE', ZWL: 'ZWG', ZWD: 'ZWG', VEF: 'VES', STD: 'STN', BYR: 'BYN',
  HRK: 'EUR', LTL: 'EUR', LVL: 'EUR', EEK: 'EUR', SKK: 'EUR', CYP: 'EUR', MTL: 'EUR', SIT: 'EUR',
  RMB: 'CNY', CNH: 'CNY', NIS: 'ILS', STG: 'GBP', UKP: 'GBP', EURO: 'EUR', 'US$': 'USD', $: 'USD', '€': 'EUR', '£': 'GBP',
}));

// Offered first when a mistyped code is equally close to several (e.g. "USX": USD before UGX).
const COMMON = ['USD', 'EUR', 'GBP', 'CNY', 'JPY', 'CHF', 'CAD', 'AUD', 'ZAR'];

const TABLE = new Map<string, CurrencyInfo>();
for (const entry of iso4217Package.data) {
  if (!entry.code || NOT_APPLICABLE.has(entry.code)) continue;
  TABLE.set(entry.code, Object.freeze({
    code: entry.code as CurrencyCode,
    name: entry.currency,
    numericCode: entry.number,
    minorUnit: entry.digits,
  }));
}

/**
 * Parses an ISO 4217 currency code strictly: three capital letters naming a current currency
 * with a minor unit. Unknown or withdrawn codes get a hint (`"ZMK"` → write `"ZMW"`; `"usd"` →
 * `"USD"`; `"USX"` → did you mean `"USD"`?). Metals such as `XAU` are refused: state them as a
 * quantity in `ozt` priced in a currency.
 *
 * @example
 * ```ts
 * const r = parseCurrency('PKR');
 * if (r.ok) minorUnitOf(r.value); // 2
 * ```
 */
export function parseCurrency(text: string): Parsed<CurrencyCode> {
  if (typeof text !== 'string') return fail('currency/not-a-string', `Expected a currency code such as "USD", got ${typeof text}.`);
  if (TABLE.has(text)) return ok(text as CurrencyCode);
  const upper = text.trim().toUpperCase();
  const shown = `"${text}"`;
  if (upper !== text && TABLE.has(upper)) return fail('currency/unknown', `${shown} is not an ISO 4217 currency code.`, `write it in capitals: "${upper}"`);
  const metal = NOT_APPLICABLE.get(upper);
  if (metal !== undefined) {
    return fail('currency/no-minor-unit', `${upper} is ${metal}, which has no minor unit in ISO 4217 and cannot be used as money here.`,
      METALS.has(upper) ? 'state the metal as a quantity (e.g. "1200 ozt") and price it in a currency (e.g. "2300 USD/ozt")' : 'state the amount in a national currency such as "USD"');
  }
  const replacement = REPLACED.get(upper) ?? REPLACED.get(text.trim());
  if (replacement !== undefined) {
    return fail('currency/unknown', `${shown} is not a current ISO 4217 currency code.`, `write "${replacement}"`);
  }
  if (!/^[A-Z]{3}$/.test(upper)) return fail('currency/invalid', `${shown} is not a currency code.`, 'write a three-letter ISO 4217 code such as "USD"');
  const close = closestName(upper, [...COMMON, ...TABLE.keys()]);
  return fail('currency/unknown', `${shown} is not an ISO 4217 currency code.`, close === undefined ? 'write a three-letter ISO 4217 code such as "USD"' : `did you mean "${close}"?`);
}

/**
 * Makes a currency code from text, throwing a `FairlodeError` if it is not one.
 *
 * @example
 * ```ts
 * const usd = currency('USD');
 * ```
 */
export function currency(text: string): CurrencyCode {
  return unwrap(parseCurrency(text));
}

/**
 * Whether `text` is exactly an ISO 4217 code fairlode accepts as a currency.
 *
 * @example
 * ```ts
 * isCurrencyCode('EUR'); // true
 * isCurrencyCode('XAU'); // false: gold has no minor unit
 * ```
 */
export function isCurrencyCode(text: unknown): text is CurrencyCode {
  return typeof text === 'string' && TABLE.has(text);
}

/**
 * What ISO 4217 says about a currency. Throws a `FairlodeError` for an unknown code.
 *
 * @example
 * ```ts
 * currencyInfo('KWD').name; // 'Kuwaiti Dinar'
 * ```
 */
export function currencyInfo(code: string): CurrencyInfo {
  return TABLE.get(code) ?? TABLE.get(unwrap(parseCurrency(code)))!;
}

/**
 * The number of digits in a currency's minor unit: 2 for USD and PKR, 0 for JPY and GNF, 3 for
 * KWD and IQD, 4 for CLF. Throws a `FairlodeError` for an unknown code.
 *
 * @example
 * ```ts
 * minorUnitOf('JPY'); // 0
 * ```
 */
export function minorUnitOf(code: string): number {
  return currencyInfo(code).minorUnit;
}

/**
 * Every currency code fairlode accepts, in alphabetical order.
 *
 * @example
 * ```ts
 * currencyCodes().includes(currency('GHS')); // true
 * ```
 */
export function currencyCodes(): CurrencyCode[] {
  return [...TABLE.keys()] as CurrencyCode[];
}
