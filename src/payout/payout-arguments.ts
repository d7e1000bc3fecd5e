// The payout API's arguments checked at the door: a JavaScript caller who passes the wrong thing
// (undefined, null, a number, a Map where a list belongs) gets a FairlodeError naming the argument,
// never a TypeError from deep inside the fold. Internal: not re-exported.
import { invalidArgument, isOptionsObject as isObject } from '../diagnostics/invalid-argument.js';
import type { Actuals, Contract, LoadedActuals } from '../contract/index.js';

function refuse(fn: string, argument: string, wanted: string, got: unknown, hint?: string): never {
  throw invalidArgument(fn, argument, wanted, got, hint);
}

/** The parts of a document the engine reads, as `[path, kind]`. */
type Shape = readonly (readonly [readonly string[], 'string' | 'list' | 'object'])[];

// The parts of a contract the engine reads; a value without them is not a contract.
const CONTRACT_SHAPE: Shape = [
  [['id'], 'string'], [['currency'], 'string'], [['effective'], 'string'], [['termEnd'], 'string'],
  [['parties'], 'list'], [['commodities'], 'list'], [['ownership'], 'list'],
  [['fiscalYear'], 'object'], [['rounding'], 'object'], [['allocation'], 'object'], [['revenue'], 'object'],
  [['revenue', 'royalties'], 'list'], [['revenue', 'communityFunds'], 'list'], [['revenue', 'priceParticipation'], 'list'],
  [['revenue', 'governmentShares'], 'list'], [['revenue', 'bonuses'], 'list'],
];

function missingPart(value: Record<string, unknown>, shape: Shape): string | undefined {
  for (const [path, kind] of shape) {
    let v: unknown = value;
    for (const key of path) v = isObject(v) ? v[key] : undefined;
    const fits = kind === 'string' ? typeof v === 'string' : kind === 'list' ? Array.isArray(v) : isObject(v);
    if (!fits) return `${kind === 'list' ? 'a list' : kind === 'string' ? 'a text' : 'an object'} "${path.join('.')}"`;
  }
  return undefined;
}

// A document argument: the typed value, or what its loader returns (`{ <inner>, source }`), checked
// to have the parts the engine reads.
function documentArgument(fn: string, value: unknown, argument: string, wanted: string, inner: string, shape: Shape): Record<string, unknown> {
  if (!isObject(value)) refuse(fn, argument, wanted, value);
  const doc = inner in value && 'source' in value ? value[inner] : value;
  if (!isObject(doc)) refuse(fn, `${argument}.${inner}`, wanted, doc);
  const missing = missingPart(doc, shape);
  if (missing !== undefined) refuse(fn, argument, wanted, value, `it has no ${missing}`);
  return doc;
}

/** The contract of a `Contract | LoadedContract` argument, checked to look like one. */
export function contractArgument(fn: string, value: unknown, argument = 'contract'): Contract {
  return documentArgument(fn, value, argument, 'a contract (what loadContract returns, or its .contract)', 'contract', CONTRACT_SHAPE) as unknown as Contract;
}

const ACTUALS_SHAPE: Shape = [
  [['contract'], 'string'], [['period'], 'object'], [['period', 'label'], 'string'], [['period', 'start'], 'string'], [['period', 'end'], 'string'],
  [['sales'], 'list'], [['costs'], 'object'],
];

/** One period's actuals (`Actuals | LoadedActuals`), checked to look like them; returned as given. */
export function actualsArgument(fn: string, value: unknown, argument = 'actuals'): Actuals | LoadedActuals {
  documentArgument(fn, value, argument, 'period actuals (what loadActuals returns, or its .actuals)', 'actuals', ACTUALS_SHAPE);
  return value as Actuals | LoadedActuals;
}

/** A list (an array), such as a statement's lines. */
export function listArgument(fn: string, value: unknown, argument: string, wanted: string): readonly unknown[] {
  if (!Array.isArray(value)) refuse(fn, argument, wanted, value);
  return value;
}

/** A list of period actuals, each checked. */
export function actualsListArgument(fn: string, value: unknown): readonly (Actuals | LoadedActuals)[] {
  if (!Array.isArray(value)) refuse(fn, 'actuals', 'an array of period actuals', value, value instanceof Map || value instanceof Set ? 'pass [...actuals.values()]' : 'pass one entry per period, e.g. [january, february]');
  value.forEach((a, i) => actualsArgument(fn, a, `actuals[${i}]`));
  return value as readonly (Actuals | LoadedActuals)[];
}

/** An options object: undefined gives the defaults; anything but an object is refused. */
export function optionsArgument<T extends object>(fn: string, value: unknown, argument = 'options'): T {
  if (value === undefined) return {} as T;
  if (!isObject(value)) refuse(fn, argument, 'an object of options, or left out', value);
  return value as T;
}

/** A piece of text, such as a line id. */
export function textArgument(fn: string, value: unknown, argument: string): string {
  if (typeof value !== 'string') refuse(fn, argument, 'a text', value);
  return value;
}

/** An object with a list under `key` (a statement's lines, a state's balances), for the shallow checks. */
export function objectWithListsArgument(fn: string, value: unknown, argument: string, wanted: string, lists: readonly string[]): Record<string, unknown> {
  if (!isObject(value)) refuse(fn, argument, wanted, value);
  for (const key of lists) if (!Array.isArray(value[key])) refuse(fn, argument, wanted, value, `it has no list "${key}"`);
  return value;
}
