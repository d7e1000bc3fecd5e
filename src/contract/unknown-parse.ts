import type { z } from 'zod';
import type { PathSegment } from '../diagnostics/diagnostic.js';
import { bearsOn, type UnknownTerm } from './unknown-terms.js';

type Issue = z.core.$ZodIssue;

/**
 * Whether a schema issue is only the echo of an unknown term: "required" (or any other issue) at
 * or under the unknown's path, a list's length when one of its items is unknown, or a refinement
 * of the mapping that holds the unknown (e.g. "exactly one of rate, perUnit, sliding").
 */
export function echoesUnknown(issue: { readonly code: string; readonly path: readonly PropertyKey[] }, unknowns: readonly UnknownTerm[]): boolean {
  const path = issue.path as readonly PathSegment[];
  return unknowns.some((u) => {
    const under = u.path.length <= path.length && bearsOn(u, path);
    if (under) return u.item === undefined || path.length === u.path.length;
    if (issue.code !== 'custom' || u.item !== undefined) return false;
    const parent = u.path.slice(0, -1);
    return path.length >= parent.length && parent.every((seg, i) => seg === path[i]);
  });
}

/**
 * Parses a value with unknown terms left out. Issues that only echo an unknown (see
 * {@link echoesUnknown}) are dropped; when none is left, the typed value is returned with the holes
 * where the unknowns were (the typed contract says, in `unknowns`, what is missing). zod's public
 * `safeParse` gives no value once any issue was raised, so this reads the schema's own run.
 */
export function parseAroundUnknowns<T extends z.ZodType>(schema: T, value: unknown, unknowns: readonly UnknownTerm[]): { ok: true; data: z.output<T> } | { ok: false; issues: Issue[] } {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issues = parsed.error.issues.filter((i) => !echoesUnknown(i, unknowns));
  if (issues.length > 0) return { ok: false, issues };
  const run = (schema as unknown as { _zod: { run(payload: { value: unknown; issues: unknown[] }, ctx: { async: false }): { value: unknown } } })._zod.run({ value, issues: [] }, { async: false });
  return { ok: true, data: run.value as z.output<T> };
}
