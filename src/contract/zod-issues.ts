import { valueAt } from './value-at.js';
import type { z } from 'zod';
import type { Diagnostic, PathSegment } from '../diagnostics/diagnostic.js';
import type { SourceDocument } from '../document/index.js';
import { closestName } from '../diagnostics/closest-name.js';
import { exampleOf, nameOf, type ExactValueKind } from './exact-values.js';
import { Decimal } from '../money/decimal.js';
import { allowedKeys, exactKindOf, schemaAt } from './schema-path.js';
import { describePath, placeAt, quoteName } from './placement.js';

type Issue = z.core.$ZodIssue;

/**
 * Turns zod's issues into located diagnostics in plain words: unknown keys with a did-you-mean,
 * bare numbers where an exact string is needed with the string to write, enum values with the
 * allowed options, and the exact-value parsers' own codes and hints.
 */
export function diagnosticsFromIssues(issues: readonly Issue[], root: z.ZodType, source: SourceDocument, subject: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of withoutSafeIntegerEchoes(issues)) out.push(...fromIssue(issue, root, source, subject));
  return withoutEchoes(tightestLimits(out));
}

/** An integer beyond a field's own limit also breaks zod's safe-integer limit: report only the field's. */
function withoutSafeIntegerEchoes(issues: readonly Issue[]): Issue[] {
  const limited = new Set(issues.filter((i) => i.code === 'too_big' && Number(i.maximum) !== Number.MAX_SAFE_INTEGER).map((i) => JSON.stringify(i.path)));
  return issues.filter((i) => !(i.code === 'too_big' && Number(i.maximum) === Number.MAX_SAFE_INTEGER && limited.has(JSON.stringify(i.path))));
}

/**
 * zod reports an integer beyond the safe range and beyond the field's own limit as two issues;
 * keep only the first limit reported at a path (the field's own comes first when both fail).
 */
function tightestLimits(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    if (d.code !== 'contract/too-large' && d.code !== 'contract/too-small') return true;
    const key = `${d.code} ${JSON.stringify(d.path)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The contract currency as written in the document, for hints (USD if not stated). */
function contractCurrency(source: SourceDocument): string {
  const v = source.value as { currency?: unknown } | null;
  return typeof v?.currency === 'string' && /^[A-Z]{3}$/.test(v.currency) ? v.currency : 'USD';
}

/** What to write instead of a bare number, by the kind of value expected. */
function bareNumberHint(kind: ExactValueKind, raw: string, currency: string): string {
  switch (kind) {
    case 'rate': {
      const n = Number(raw);
      // 0.05 could be a fraction (5%) or a percentage (0.05%): offer both, never guess.
      if (Math.abs(n) < 1 && n !== 0) return `write "${new Decimal(raw).times(100).toString()}%" if ${raw} is a fraction, or "${raw}%" if it is already a percentage`;
      return `write ${raw}% as "${raw}%"`;
    }
    case 'money': return `write it with its currency, e.g. "${raw} ${currency}"`;
    case 'decimal': case 'period': return `quote it: "${raw}"`;
    case 'quantity': return `write it with its unit, e.g. "${raw} t"`;
    case 'unit-price': return `write it with currency and unit, e.g. "${raw} ${currency}/t"`;
    default: return `write it as ${exampleOf(kind)}`;
  }
}

/** The most edits a did-you-mean may bridge. */
const MAX_SUGGESTION_DISTANCE = 6;

/** The most unknown keys in one mapping that get a did-you-mean; the rest get the allowed keys. */
const MAX_SUGGESTED_KEYS = 200;

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
  // A third of the key's length, at most 6 edits: no typo is longer, and a bound keeps the work small.
  const whole = closestName(key, keys, Math.min(MAX_SUGGESTION_DISTANCE, Math.max(2, Math.floor(key.length / 3))));
  if (whole || key.length < 4) return whole;
  const byPrefix = new Map(keys.filter((k) => k.length > key.length).map((k) => [k.slice(0, key.length + 1), k]));
  const prefix = closestName(key, byPrefix.keys(), 2);
  return prefix === undefined ? undefined : byPrefix.get(prefix);
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
      const allowed = keys.length ? `allowed here: ${keys.join(', ')}` : undefined;
      const where = path.length ? ` in ${describePath(path)}` : ` at the top of the ${subject}`;
      return issue.keys.map((key, i) => {
        // Past the first few hundred unknown keys in one mapping these are not typos: list what is allowed.
        const guess = i < MAX_SUGGESTED_KEYS ? suggestKey(key, keys) : undefined;
        const hint = guess ? `did you mean "${guess}"?` : allowed;
        return placeAt(source, [...path, key], { code: 'contract/unknown-key', severity: 'error', message: `${quoteName(key)} is not a known field${where}.`, ...(hint ? { hint } : {}) }, true);
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
        return [at('contract/bare-number', `${field} is the bare number ${raw}; exact values are written as quoted text.`, bareNumberHint(kind, raw, contractCurrency(source)))];
      }
      return [at('contract/wrong-type', `${field} should be ${expectedName(issue.expected)}, not ${typeName(actual)}.`)];
    }
    case 'invalid_value': {
      const actual = valueAt(source.value, path);
      const options = issue.values.map(String);
      if (options.length === 1 && path.length === 1 && path[0] === 'fairlode') {
        const message = actual === undefined
          ? 'The file does not say which format version it is written in.'
          : `This file declares format version ${typeof actual === 'number' ? String(actual) : typeName(actual)}; this version of fairlode reads format ${options[0]}.`;
        return [at(actual === undefined ? 'contract/missing-field' : 'contract/format-version', message, `start the file with "fairlode: ${options[0]}"`)];
      }
      if (actual === undefined) {
        return [at('contract/missing-field', `${describePath(path)} is required.`, `add ${describePath(path)}: one of ${options.join(', ')}`)];
      }
      const guess = typeof actual === 'string' ? closestName(actual, options, Math.min(MAX_SUGGESTION_DISTANCE, Math.max(2, Math.floor(actual.length / 3)))) : undefined;
      return [at('contract/invalid-option', `${describePath(path)} is ${typeName(actual)}, which is not one of the allowed values.`, guess ? `did you mean "${guess}"? (allowed: ${options.join(', ')})` : `allowed: ${options.join(', ')}`)];
    }
    case 'invalid_format': {
      const actual = valueAt(source.value, path);
      const kind = exactKindOf(schemaAt(root, path));
      let hint: string | undefined;
      if (kind === 'money' && typeof actual === 'string' && /^[+-]?\d+(\.\d+)?$/.test(actual)) hint = `add the currency: "${actual} ${contractCurrency(source)}"`;
      else if (kind) hint = `write it like ${exampleOf(kind)}`;
      const expected = kind ? `${nameOf(kind)}, such as ${exampleOf(kind)},` : issue.message.replace(/^expected /, '');
      return [at('contract/invalid-format', kind ? `${describePath(path)} is ${typeName(actual)}, but ${expected} is expected here.` : `${describePath(path)} is ${typeName(actual)}: ${expected}.`, hint)];
    }
    case 'too_small':
    case 'too_big': {
      const actual = valueAt(source.value, path);
      const list = Array.isArray(actual);
      const limit = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const message = list
        ? `${describePath(path)} needs ${issue.code === 'too_small' ? 'at least' : 'at most'} ${limit} ${limit === '1' ? 'entry' : 'entries'}.`
        : typeof actual === 'string'
          ? `${describePath(path)} must not be empty.`
          : `${describePath(path)} is ${typeof actual === 'number' ? (source.sourceOf(path) ?? String(actual)) : typeName(actual)}; it must be ${issue.code === 'too_small' ? 'at least' : 'at most'} ${limit}.`;
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
    case 'invalid_key': {
      // A key of a map (a split's party id, an fx currency) that is not what the map's keys must be.
      const key = path[path.length - 1];
      // The map's own message (a split: "expected a party id ..."), else the key schema's.
      const detail = issue.message !== 'Invalid key in record' ? issue.message : issue.issues[0]?.message.replace(/^Invalid string: /, '');
      const message = `${quoteName(String(key))} is not allowed as a key in ${describePath(path.slice(0, -1))}${detail ? `: ${detail}` : ''}.`;
      return [placeAt(source, path, { code: 'contract/invalid-key', severity: 'error', message }, true)];
    }
    case 'custom': {
      const params = (issue.params ?? {}) as { code?: string; hint?: string };
      const message = issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
      return [at(params.code ?? 'contract/invalid', `${describePath(path)}: ${message}${/[.?!]$/.test(message) ? '' : '.'}`, params.hint)];
    }
    default:
      return [at('contract/invalid', `${describePath(path)}: ${issue.message}.`)];
  }
}
