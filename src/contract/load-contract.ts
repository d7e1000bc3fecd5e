import { FairlodeError, type Diagnostic, type PathSegment, type Result } from '../diagnostics/diagnostic.js';
import { parseSource, type SourceDocument, type SourceOptions } from '../document/index.js';
import { checkSourceOptions } from '../document/parse-source.js';
import { invalidArgument } from '../diagnostics/invalid-argument.js';
import { addDays, addYears, type IsoDate } from '../time/index.js';
import type { Contract } from './contract.js';
import { contractSchema } from './contract-schema.js';
import { findClauses, type ClauseEntry } from './integrity/clause-index.js';
import { checkIntegrity } from './integrity/check-integrity.js';
import { describePath, placeAt, placeProblem } from './placement.js';
import { reservedKeyDiagnostics, throughReservedKey } from './reserved-keys.js';
import { bidiControlWarnings } from './bidi-controls.js';
import { compareDiagnostics } from './diagnostic-order.js';
import { diagnosticsFromIssues } from './zod-issues.js';
import { bearsOn, readUnknownTerms, type UnknownTerm } from './unknown-terms.js';
import { parseAroundUnknowns } from './unknown-parse.js';

/** A contract loaded from text: the typed contract, its clauses and the source it came from. */
export interface LoadedContract {
  /** The validated, typed contract. */
  readonly contract: Contract;
  /** Every clause with its path and legal reference, in document order. */
  readonly clauses: readonly ClauseEntry[];
  /** The parsed source: text, plain value and source map (path → line and column). */
  readonly source: SourceDocument;
}

/**
 * Whether a contract argument is the {@link LoadedContract} that `loadContract` returns rather than a
 * plain `Contract`: every engine accepts both, and takes the typed contract from the former.
 *
 * @example
 * ```ts
 * const loaded = loadContract(text);
 * if (loaded.ok && isLoadedContract(loaded.value)) console.log(loaded.value.contract.id);
 * ```
 */
export function isLoadedContract(value: Contract | LoadedContract): value is LoadedContract {
  return 'contract' in value && 'source' in value;
}

/** Options for {@link loadContract}. */
export interface LoadOptions {
  /** The file name, reported in every diagnostic; `.json` selects the JSON reader. */
  filename?: string;
  /** Force the input format instead of guessing it from the file name. */
  format?: 'yaml' | 'json';
  /** Limits on the source (size, nesting depth, aliases). */
  limits?: SourceOptions['limits'];
}

/** Reads the source text of a document, reporting problems located in the file. */
export function readSource(text: string, options: LoadOptions): Result<SourceDocument> {
  const format = options.format ?? (options.filename?.toLowerCase().endsWith('.json') ? 'json' : 'yaml');
  return parseSource(text, {
    format,
    ...(options.filename === undefined ? {} : { file: options.filename }),
    ...(options.limits === undefined ? {} : { limits: options.limits }),
  });
}

/** Reports a document whose top level is not a mapping. */
export function notAMapping(source: SourceDocument, subject: string): Diagnostic | undefined {
  const v = source.value;
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) return undefined;
  const got = Array.isArray(v) ? 'a list' : v === null ? 'nothing' : `a single ${typeof v}`;
  const hint = subject === 'contract' ? 'start with "fairlode: 1" and the contract\'s fields' : 'start with "contract: <contract id>" and "period: <period>"';
  return placeAt(source, [], { code: 'contract/not-a-mapping', severity: 'error', message: `${subject === 'contract' ? 'A contract file' : 'An actuals file'} must be a mapping of fields, but this one holds ${got}.`, hint });
}

/**
 * Loads a contract from YAML or JSON text: parses it with source positions, validates it against
 * the schema, converts exact values (money, rates, quantities, dates) and checks its integrity.
 * Never throws for a problem in the text: every problem is a diagnostic with file, 1-based line and
 * column, the contract path and, where possible, a hint. Warnings (such as a bidi control character
 * in the text) come with a loaded contract, in `diagnostics`.
 *
 * @throws FairlodeError `argument/invalid` when called outside the types: `text` not a string,
 * `options` null or not an object, `filename` not a string, `format` not "yaml" or "json", a limit
 * that is NaN, negative or fractional. These are the caller's mistakes, not the file's.
 *
 * @example
 * ```ts
 * const result = loadContract(text, { filename: 'contracts/copper.yaml' });
 * if (result.ok) console.log(result.value.contract.title);
 * else for (const d of result.diagnostics) console.log(d.range?.start.line, d.message);
 * ```
 */
export function loadContract(text: string, options: LoadOptions = {}): Result<LoadedContract> {
  checkLoadArguments('loadContract', text, options);
  const read = readSource(text, options);
  if (!read.ok) return read;
  const written = read.value;
  const rootProblem = notAMapping(written, 'contract');
  if (rootProblem) return { ok: false, diagnostics: [rootProblem] };

  const warnings = bidiControlWarnings(written);
  const reserved = reservedKeyDiagnostics(written);
  const { source, unknowns, assumptions, diagnostics: malformed, malformed: malformedAt } = readUnknownTerms(written);
  const unplaceable = unknowns.filter((u) => FRAME.some((f) => bearsOn(u, f) && u.path.length <= f.length)).map((u) => framingUnknown(source, u));
  const parsed = parseAroundUnknowns(contractSchema, source.value, [...unknowns, ...malformedAt.map((path) => ({ path, reason: 'malformed' }))]);
  if (!parsed.ok || reserved.length > 0 || malformed.length > 0 || unplaceable.length > 0) {
    const rawClauses = findClauses(source.value);
    const issues = parsed.ok ? [] : diagnosticsFromIssues(parsed.issues, contractSchema, source, 'contract').filter((d) => !throughReservedKey(d.path));
    const diagnostics = [...warnings, ...reserved, ...malformed, ...unplaceable, ...issues].map((d) => withClause(d, rawClauses));
    return { ok: false, diagnostics: diagnostics.sort(compareDiagnostics) };
  }
  const terms = parsed.data;
  const termEnd = lastDayOfTerm(terms.effective, terms.term.years);
  if (termEnd === undefined) {
    const d = placeAt(source, ['term', 'years'], {
      code: 'contract/term-beyond-calendar',
      severity: 'error',
      message: `A ${terms.term.years}-year term from ${terms.effective} would end after 9999-12-31, the last date fairlode can represent.`,
      hint: 'check the effective date and the term\'s length',
    });
    return { ok: false, diagnostics: [...warnings, d].sort(compareDiagnostics) };
  }
  const clauses = findClauses(terms);
  // An integrity problem at, inside or around an unknown term is the unknown's echo (shares that
  // do not sum to 100% when one share is unknown), not a fault of the file.
  const problems = checkIntegrity(terms, clauses, termEnd, unknowns.length > 0).filter((p) => !unknowns.some((u) => bearsOn(u, p.path)));
  if (problems.length > 0) {
    const diagnostics = problems.map((p) => withClause(placeProblem(source, p), clauses));
    return { ok: false, diagnostics: [...warnings, ...diagnostics].sort(compareDiagnostics) };
  }
  const contract: Contract = unknowns.length === 0 && assumptions.length === 0 ? { ...terms, termEnd } : { ...terms, termEnd, unknowns, assumptions };
  return { ok: true, value: { contract, clauses, source }, diagnostics: warnings };
}

/** The terms every date of the contract is placed by: they cannot be unknown, only assumed. */
const FRAME: readonly (readonly PathSegment[])[] = [['effective'], ['term', 'years'], ['currency']];

/** The error for an unknown effective date, term or currency. */
function framingUnknown(source: SourceDocument, u: UnknownTerm): Diagnostic {
  return placeAt(source, u.path, {
    code: 'contract/unknown-frame',
    severity: 'error',
    message: `${describePath(u.path)} cannot be unknown (${u.reason}): every date and amount of the contract is placed by the effective date, the term and the currency.`,
    hint: 'write the value as an assumption, { assumed: <value>, basis: "<why>" }, so every output says it rests on it',
  });
}

/**
 * The last day of a term, or undefined when it would fall after 9999-12-31 (the date arithmetic
 * refuses dates outside the years 0001–9999; a user's date must give a diagnostic, not a throw).
 */
function lastDayOfTerm(effective: IsoDate, years: number): IsoDate | undefined {
  try {
    return addDays(addYears(effective, years), -1);
  } catch (error) {
    if (error instanceof FairlodeError) return undefined;
    throw error;
  }
}

/**
 * Checks a loader's arguments, throwing a `FairlodeError` naming the wrong one: `text` must be a
 * string and `options` an object whose fields have their documented types.
 */
export function checkLoadArguments(caller: string, text: unknown, options: unknown): void {
  if (typeof text !== 'string') throw invalidArgument(caller, 'text', 'the text of the file, a string', text);
  checkSourceOptions(caller, options, 'filename');
}

/** Adds the legal reference of the enclosing clause, when it has one. */
function withClause(d: Diagnostic, clauses: readonly ClauseEntry[]): Diagnostic {
  const ref = clauseAt(clauses, d.path)?.ref;
  return ref === undefined ? d : { ...d, clause: ref };
}

/** The clause enclosing a path at a path, if the path is inside a clause. */
export function clauseAt(clauses: readonly ClauseEntry[], path: readonly PathSegment[]): ClauseEntry | undefined {
  let best: ClauseEntry | undefined;
  for (const c of clauses) {
    if (c.path.length <= path.length && c.path.every((seg, i) => seg === path[i]) && (!best || c.path.length > best.path.length)) best = c;
  }
  return best;
}
