import { FairlodeError } from './diagnostic.js';

// Checks on the arguments of the library's public functions. A JavaScript caller is not held by the
// types: `options: null`, `filename: 42` or `maxBytes: NaN` must get an error that names the
// argument, never a TypeError from deep inside, and never a silently disabled limit.

/**
 * Describes a value a caller passed, for a message: `null`, `the number 42`, `a list`, `NaN`.
 *
 * @example
 * ```ts
 * describeArgument(42); // 'the number 42'
 * ```
 */
export function describeArgument(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : `the number ${String(value)}`;
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object') {
    // A class instance is named by its class (`a Map`), so a caller sees what it passed.
    const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
    return typeof name === 'string' && name !== 'Object' && name !== '' ? `a ${name}` : 'an object';
  }
  return `${typeof value} ${String(value)}`;
}

/**
 * The error for a public function's argument that is not what it must be: code
 * `argument/invalid`, naming the function, the argument and what was passed, with an optional hint.
 *
 * @example
 * ```ts
 * throw invalidArgument('loadContract', 'options.filename', 'a string', 42);
 * // FairlodeError: loadContract: options.filename must be a string, not the number 42.
 * ```
 */
export function invalidArgument(fn: string, argument: string, expected: string, got: unknown, hint?: string): FairlodeError {
  return new FairlodeError({ code: 'argument/invalid', message: `${fn}: ${argument} must be ${expected}, not ${describeArgument(got)}.`, ...(hint === undefined ? {} : { hint }) });
}

/** Whether a value is a plain options object: an object that is not null, a list or a function. */
export function isOptionsObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
