import type { z } from 'zod';
import type { Diagnostic, PathSegment } from '../diagnostics/diagnostic.js';
import type { SourceDocument } from '../document/index.js';
import { closestName } from '../money/closest-name.js';
import { exampleOf } from './exact-values.js';
import { allowedKeys, exactKindOf, schemaAt } from './schema-path.js';
import { describePath, placeAt } from './placement.js';

type Issue = z.core.$ZodIssue;

/**
 * Turns zod's issues into located diagnostics in plain words: unknown keys with a did-you-mean,
 * bare numbers where an exact string is needed with the string to write, enum values with the
 * allowed options, and the exact-value parsers' own codes and hints.
 */
export function diagnosticsFromIssues(issues: readonly Issue[], root: z.ZodType, source: SourceDocument, subject: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) out.push(...fromIssue(issue, root, source, subject));
  return withoutEchoes(out);
}

/**
 * A misspelt key produces two issues: the unknown key and the missing field it was meant to be.
 * Keep the unknown key (with its did-you-mean) and drop the missing-field echo.
 */
function withoutEchoes(diagnostics: Diagnostic[]): Diagnostic[] {
  const meant = new Set<string>();
  for (const d of diagnostics) {
    const guess = d.code === 'contract/unknown-key' ? /^did you mean "(.+)"\?$/.exec(d.hint ?? '')?.[1] : undefined;
    if (guess) meant.add(JSON.stringify([...d.path.slice(0, -1), guess]));
  }
  return diagnostics.filter((d) => !(d.code === 'contract/missing-field' && meant.has(JSON.stringify(d.path))));
}

/**
 * The allowed key a misspelt one most likely meant: close in edit distance, or a close match to
 * the start of a longer key (`treshold` → `thresholdPrice`).
 */
function suggestKey(key: string, keys: readonly string[]): string | undefined {
  const whole = closestName(key, keys, Math.max(2, Math.floor(key.length / 3)));
  if (whole || key.length < 4) return whole;
  const byPrefix = new Map(keys.filter((k) => k.length > key.length).map((k) => [k.slice(0, key.length + 1), k]));
  const prefix = closestName(key, byPrefix.keys(), 2);
  return prefix === undefined ? undefined : byPrefix.get(prefix);
}

function valueAt(value: unknown, path: readonly PathSegment[]): unknown {
  let v = value;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

function typeName(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number') return `the number ${String(value)}`;
  if (typeof value === 'boolean') return `${String(value)}`;
  return typeof value;
}

function expectedName(expected: string): string {
  switch (expected) {
    case 'string': return 'text';
    case 'number': case 'int': return 'a whole number';
    case 'boolean': return 'true or false';
    case 'object': return 'a mapping';
    case 'array': return 'a list';
    default: return expected;
  }
}

function fromIssue(issue: Issue, root: z.ZodType, source: SourceDocument, subject: string): Diagnostic[] {
  const path = issue.path as PathSegment[];
  const at = (code: string, message: string, hint?: string, keyRange = false): Diagnostic => placeAt(source, path, { code, severity: 'error', message, ...(hint === undefined ? {} : { hint }) }, keyRange);

  switch (issue.code) {
    case 'unrecognized_keys': {
      const keys = allowedKeys(schemaAt(root, path));
      return issue.keys.map((key) => {
        const guess = suggestKey(key, keys);
        const where = path.length ? ` in ${describePath(path)}` : ` at the top of the ${subject}`;
        const hint = guess ? `did you mean "${guess}"?` : keys.length ? `allowed here: ${keys.join(', ')}` : undefined;
        return placeAt(source, [...path, key], { code: 'contract/unknown-key', severity: 'error', message: `"${key}" is not a known field${where}.`, ...(hint ? { hint } : {}) }, true);
      });
    }
    case 'invalid_type': {
      const actual = valueAt(source.value, path);
      const field = describePath(path);
      if (actual === undefined) {
        return [at('contract/missing-field', `${field} is required.`, `add ${field}`)];
      }
      const kind = exactKindOf(schemaAt(root, path));
      if (kind && typeof actual === 'number') {
        const raw = source.sourceOf(path) ?? String(actual);
        const currency = typeof (source.value as { currency?: unknown } | null)?.currency === 'string' ? (source.value as { currency: string }).currency : 'USD';
        const suggestion = kind === 'rate' ? `write ${raw}% as "${raw}%"` : kind === 'money' ? `write it with its currency, e.g. "${raw} ${currency}"` : kind === 'decimal' ? `quote it: "${raw}"` : `write it as ${exampleOf(kind)}`;
        return [at('contract/bare-number', `${field} is the bare number ${raw}; exact values are written as quoted text.`, suggestion)];
      }
      return [at('contract/wrong-type', `${field} should be ${expectedName(issue.expected)}, not ${typeName(actual)}.`)];
    }
    case 'invalid_value': {
      const actual = valueAt(source.value, path);
      const options = issue.values.map(String);
      if (options.length === 1 && path.length === 1 && path[0] === 'fairlode') {
        return [at('contract/format-version', `This file declares format version ${typeof actual === 'number' ? String(actual) : typeName(actual)}; this version of fairlode reads format ${options[0]}.`, `start the file with "fairlode: ${options[0]}"`)];
      }
      const guess = typeof actual === 'string' ? closestName(actual, options, Math.max(2, Math.floor(actual.length / 3))) : undefined;
      return [at('contract/invalid-option', `${describePath(path)} is ${typeName(actual)}, which is not one of the allowed values.`, guess ? `did you mean "${guess}"? (allowed: ${options.join(', ')})` : `allowed: ${options.join(', ')}`)];
    }
    case 'invalid_format':
      return [at('contract/invalid-format', `${describePath(path)}: ${issue.message}.`)];
    case 'too_small':
    case 'too_big': {
      const actual = valueAt(source.value, path);
      const list = Array.isArray(actual);
      const limit = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const message = list
        ? `${describePath(path)} needs ${issue.code === 'too_small' ? 'at least' : 'at most'} ${limit} ${limit === '1' ? 'entry' : 'entries'}.`
        : typeof actual === 'string'
          ? `${describePath(path)} must not be empty.`
          : `${describePath(path)} is ${typeName(actual)}; it must be ${issue.code === 'too_small' ? 'at least' : 'at most'} ${limit}.`;
      return [at(issue.code === 'too_small' ? 'contract/too-small' : 'contract/too-large', message)];
    }
    case 'invalid_union': {
      // Report the branch that got furthest: the one with the fewest issues.
      const branches = [...issue.errors].sort((a, b) => a.length - b.length);
      const best = branches[0];
      if (best && best.length) {
        return best.flatMap((inner) => fromIssue({ ...inner, path: [...path, ...inner.path] } as Issue, root, source, subject));
      }
      return [at('contract/invalid', `${describePath(path)} is not valid: ${issue.message}.`)];
    }
    case 'custom': {
      const params = (issue.params ?? {}) as { code?: string; hint?: string };
      return [at(params.code ?? 'contract/invalid', `${describePath(path)}: ${issue.message}`.replace(/: (.)/, (_m, c: string) => `: ${c}`), params.hint)];
    }
    default:
      return [at('contract/invalid', `${describePath(path)}: ${issue.message}.`)];
  }
}
