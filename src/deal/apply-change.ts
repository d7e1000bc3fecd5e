import { z } from 'zod';
import type { Diagnostic, PathSegment } from '../diagnostics/diagnostic.js';
import { contractSchema } from '../contract/contract-schema.js';
import { schemaAt } from '../contract/schema-path.js';
import { closestName } from '../diagnostics/closest-name.js';
import { findClauses, isPlainObject } from '../contract/integrity/clause-index.js';
import { instrumentRef, nameInstrument, type DealPlace, type Instrument } from './deal.js';
import { describePlace, placeInDeal, relatedPlace } from './deal-place.js';
import { enclosingClauses, type ClauseOrigins, type Origin } from './clause-origins.js';
import { formatChangePath, parseChangePath, resolveChangePath, valueAt } from './change-path.js';
import type { Change } from './instrument-schema.js';

/** The terms as an amendment finds them: the plain contract value and where each part comes from. */
export interface WorkingTerms {
  /** The plain contract value (as a file holds it: strings for exact values). */
  readonly value: Record<string, unknown>;
  /** Where each clause and changed field comes from. */
  readonly origins: ClauseOrigins;
  /** The instrument whose whole contract the terms started from. */
  readonly from: Instrument;
}

/** What a change did, for the same-day conflict check: the clause id or top-level path it touched. */
export interface AppliedChange {
  /** `clause:<id>` or `field:<dotted path>`. */
  readonly touches: string;
  /** Where the change is written. */
  readonly at: DealPlace;
}

/** The change's verb, the key that names its target. */
export function verbOf(c: Change): 'add' | 'replace' | 'set' | 'delete' {
  return c.add !== undefined ? 'add' : c.replace !== undefined ? 'replace' : c.set !== undefined ? 'set' : 'delete';
}

function clone<T>(v: T): T {
  return structuredClone(v);
}

/**
 * Applies one change of an amendment to the working terms, in place. Returns what it touched, or
 * the diagnostics that stopped it (located at the change, naming the terms it was applied to).
 */
export function applyChange(terms: WorkingTerms, instrument: Instrument, index: number): { applied?: AppliedChange; diagnostics: Diagnostic[] } {
  const amendment = instrument.amendment!;
  const change = amendment.terms.changes[index]!;
  const verb = verbOf(change);
  const target = change[verb]!;
  const at: DealPlace = { source: amendment.source, path: ['changes', index, verb] };
  const valueKey = verb === 'add' ? 'clause' : verb === 'replace' ? 'with' : verb === 'set' ? 'value' : verb;
  const origin: Origin = { by: instrumentRef(instrument, change.ref, change.source), at: { source: amendment.source, path: ['changes', index, valueKey] } };
  const clauses = findClauses(terms.value);
  const inForce = `the terms in force from ${nameInstrument(terms.from)}${terms.from.file === undefined ? '' : ` (${terms.from.file})`}`;
  const fail = (code: string, message: string, hint?: string, related?: { at: DealPlace; message: string }): { diagnostics: Diagnostic[] } => ({
    diagnostics: [{ ...placeInDeal(at, { code, severity: 'error', message, ...(hint === undefined ? {} : { hint }) }), ...(related ? { related: [relatedPlace(related.at, related.message)] } : {}) }],
  });
  const unknownClause = (id: string): { diagnostics: Diagnostic[] } => {
    const deleted = terms.origins.deleted.get(id);
    if (deleted) return fail('deal/deleted-clause', `${verb} names clause "${id}", but ${nameInstrument(deleted.by)} deleted it (${describePlace(deleted.at)}).`, undefined, { at: deleted.at, message: 'deleted here' });
    const guess = closestName(id, clauses.map((c) => c.id), 2);
    return fail('deal/unknown-clause', `${verb} names clause "${id}", but ${inForce} have no clause with that id.`, guess === undefined ? 'name the clause by its id, or give a path such as "revenue.royalties"' : `did you mean "${guess}"?`, { at: { source: terms.from.contract!.source, path: [] }, message: 'the terms it amends' });
  };
  const body = (v: unknown): Record<string, unknown> | undefined => (isPlainObject(v) ? (clone(v) as Record<string, unknown>) : undefined);

  if (verb === 'replace' || (verb === 'delete' && parseChangePath(target)?.length === 1 && clauses.some((c) => c.id === target))) {
    const clause = clauses.find((c) => c.id === target);
    if (clause === undefined) return unknownClause(target);
    const [parent, key] = splitParent(terms.value, clause.path);
    const nestedOld = findClauses(valueAt(terms.value, clause.path)).map((c) => c.id);
    if (verb === 'delete') {
      remove(parent, key);
      terms.origins.deleteClause(target, nestedOld, origin);
      return { applied: { touches: `clause:${target}`, at }, diagnostics: [] };
    }
    const replacement = body(change.with);
    if (replacement === undefined) return fail('deal/not-a-clause', `replace needs "with": the whole clause that replaces "${target}", written as in a contract.`, 'write the clause\'s fields under "with:"');
    const withId = replacement.id === undefined ? { id: target, ...replacement } : replacement;
    const nestedNew = findClauses(withId);
    const clash = typeof withId.id === 'string' && withId.id !== target ? clauses.find((c) => c.id === withId.id) : undefined;
    if (clash) return fail('deal/duplicate-clause', `The replacement clause has the id "${String(withId.id)}", which another clause of ${inForce} already has.`, 'keep the replaced clause\'s id, or choose a new one');
    (parent as Record<string | number, unknown>)[key] = withId;
    for (const k of nestedOld) terms.origins.history.delete(k);
    if (withId.id !== target) terms.origins.deleteClause(target, [], origin);
    terms.origins.setClause(String(withId.id), nestedNew, origin, withId.id === target);
    return { applied: { touches: `clause:${target}`, at }, diagnostics: [] };
  }

  const segments = parseChangePath(target);
  if (segments === undefined || segments.length === 0) return fail('deal/bad-path', `"${target}" is not a path: write dotted names, e.g. "revenue.royalties" or "copper-royalty.rate".`);
  const path = resolveChangePath(segments, clauses);
  const [parent, key] = splitParent(terms.value, path);
  const current = valueAt(terms.value, path);
  const anchor = (p: readonly PathSegment[]): { clause: string | undefined; rel: PathSegment[]; touches: string } => {
    const inner = enclosingClauses(clauses, p)[0];
    return inner ? { clause: inner.id, rel: p.slice(inner.path.length), touches: `clause:${inner.id}` } : { clause: undefined, rel: [...p], touches: `field:${formatChangePath(p)}` };
  };
  if (parent === undefined) {
    const first = segments[0];
    if (typeof first === 'string' && /-/.test(first) && segments.length > 1) return unknownClause(first);
    return fail('deal/unknown-path', `${verb} names "${target}", but ${inForce} have nothing at ${formatChangePath(path.slice(0, -1)) || 'the top'} to ${verb === 'add' ? 'add to' : 'change'}.`, 'write the path from the top of the contract, e.g. "revenue.royalties", or start it with a clause id');
  }

  if (verb === 'delete') {
    if (current === undefined && segments.length === 1) return unknownClause(target);
    if (current === undefined) return fail('deal/unknown-path', `delete names "${target}", but ${inForce} have no such field.`);
    const a = anchor(path);
    remove(parent, key);
    terms.origins.setField(a.clause, a.rel, origin);
    return { applied: { touches: a.touches, at }, diagnostics: [] };
  }

  if (verb === 'set') {
    if (Array.isArray(parent) && (typeof key !== 'number' || key > parent.length)) return fail('deal/unknown-path', `set names "${target}", but ${inForce} have no such position.`);
    (parent as Record<string | number, unknown>)[key] = clone(change.value);
    const a = anchor(path);
    terms.origins.setField(a.clause, a.rel, origin);
    return { applied: { touches: a.touches, at }, diagnostics: [] };
  }

  // add
  const clause = body(change.clause);
  if (clause === undefined) return fail('deal/not-a-clause', `add needs "clause": the clause to add to "${target}", written as in a contract.`, 'write the clause\'s fields under "clause:"');
  const id = typeof clause.id === 'string' ? clause.id : undefined;
  const existing = id === undefined ? undefined : clauses.find((c) => c.id === id);
  if (existing) {
    const from = terms.origins.locate(clauses, existing.path);
    return fail('deal/duplicate-clause', `add adds clause "${id}", but ${inForce} already have a clause with that id${from ? ` (${describePlace(from)})` : ''}.`, 'use replace to change it, or give the new clause another id', from && { at: from, message: 'the existing clause' });
  }
  let added: PathSegment[];
  if (current === undefined && !Array.isArray(parent) && schemaAt(contractSchema, path) instanceof z.ZodArray) {
    added = [...path, 0];
    (parent as Record<string, unknown>)[key as string] = [clause];
  } else if (Array.isArray(current)) {
    added = [...path, current.length];
    current.push(clause);
  } else if (current === undefined && !Array.isArray(parent)) {
    added = path;
    (parent as Record<string, unknown>)[key as string] = clause;
  } else return fail('deal/not-a-list', `add adds to "${target}", but ${inForce} already have a ${Array.isArray(parent) ? 'value' : 'field'} there that is not a list.`, 'use replace for a clause, or set for a field');
  if (id !== undefined) terms.origins.setClause(id, findClauses(clause), origin, false);
  else {
    const a = anchor(added);
    terms.origins.setField(a.clause, a.rel, origin);
  }
  return { applied: { touches: id !== undefined ? `clause:${id}` : anchor(added).touches, at }, diagnostics: [] };
}

/** The container holding the value at a path, and its key there; the container undefined when it does not exist. */
function splitParent(root: Record<string, unknown>, path: readonly PathSegment[]): [Record<string, unknown> | unknown[] | undefined, PathSegment] {
  const parent = valueAt(root, path.slice(0, -1));
  const key = path[path.length - 1]!;
  if (parent === null || typeof parent !== 'object') return [undefined, key];
  return [parent as Record<string, unknown> | unknown[], key];
}

function remove(parent: Record<string, unknown> | unknown[] | undefined, key: PathSegment): void {
  if (Array.isArray(parent)) parent.splice(key as number, 1);
  else if (parent !== undefined) delete parent[key as string];
}
