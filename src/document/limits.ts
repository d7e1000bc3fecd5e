import { invalidArgument, isOptionsObject } from '../diagnostics/invalid-argument.js';

/**
 * Bounds on what {@link parseSource} accepts, so that a hostile or broken file is refused quickly
 * instead of exhausting memory or the stack.
 */
export interface SourceLimits {
  /** Largest accepted text, in UTF-8 bytes (default 5 MiB). */
  maxBytes: number;
  /**
   * Deepest accepted nesting of collections; the root mapping is level 1 (default 64). Values above
   * 1,000 are treated as 1,000, because the YAML parser recurses once per level.
   */
  maxDepth: number;
  /** Most aliases (`*name`) accepted in one document (default 100). */
  maxAliases: number;
  /** Most values (scalars and collections, counting every expansion of an alias) in one document (default 100,000). */
  maxNodes: number;
}

/** The limits {@link parseSource} uses for any limit not given in its options. */
export const DEFAULT_SOURCE_LIMITS: Readonly<SourceLimits> = Object.freeze({
  maxBytes: 5 * 1024 * 1024,
  maxDepth: 64,
  maxAliases: 100,
  maxNodes: 100_000,
});

/** The hard ceiling on `maxDepth`: deeper nesting would risk the parser's stack. */
const DEPTH_CEILING = 1000;

/**
 * Completes partial limits with the defaults and clamps `maxDepth` to what the parser can take.
 *
 * @example
 * ```ts
 * resolveSourceLimits({ maxDepth: 10 }).maxBytes; // 5242880
 * ```
 *
 * @param limits - the limits given, if any
 * @param caller - the public function they were given to, named in the error
 * @throws FairlodeError `argument/invalid` when a limit is not a whole number, zero or more
 * (NaN, negative, fractional or not a number), or `limits` is not an object.
 */
export function resolveSourceLimits(limits: Partial<SourceLimits> | undefined, caller = 'parseSource'): SourceLimits {
  if (limits !== undefined && !isOptionsObject(limits)) throw invalidArgument(caller, 'options.limits', 'an object such as { maxBytes: 1048576 }', limits);
  const resolved = { ...DEFAULT_SOURCE_LIMITS };
  for (const name of Object.keys(DEFAULT_SOURCE_LIMITS) as (keyof SourceLimits)[]) {
    const value = limits?.[name];
    if (value === undefined) continue;
    // NaN, a negative or a fractional limit must never turn a limit off (NaN compares false with everything).
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw invalidArgument(caller, `options.limits.${name}`, 'a whole number, zero or more', value);
    resolved[name] = value;
  }
  resolved.maxDepth = Math.min(Math.max(1, resolved.maxDepth), DEPTH_CEILING);
  return resolved;
}
