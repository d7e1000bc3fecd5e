import { formatChangePath } from '../deal/change-path.js';
import type { PathSegment } from '../diagnostics/diagnostic.js';
import { findClauses, isPlainObject } from '../contract/integrity/clause-index.js';
import { clauseSubject, clauseSummary, valueText } from './clause-summary.js';

/** Whether a part of the terms was added, removed or changed. */
export type TermChangeKind = 'added' | 'removed' | 'changed';

/** One field of a clause (or of the contract) that changed. */
export interface FieldChange {
  /** The field's path inside its clause (or from the top), dotted: `sliding.bands[0].rate`. */
  readonly field: string;
  /** The value before, as written; undefined when the field was not there. */
  readonly before: string | undefined;
  /** The value after, as written; undefined when the field is gone. */
  readonly after: string | undefined;
}

/** One clause (or top-level part) of the terms that differs between two contracts. */
export interface TermChange {
  /** added, removed or changed. */
  readonly kind: TermChangeKind;
  /** The clause id; undefined for a part outside every clause (`term`, `ownership`). */
  readonly clause: string | undefined;
  /** The clause's legal reference (the new one, else the old one), when stated. */
  readonly ref: string | undefined;
  /** The top-level section: `revenue`, `term`, `environment`… */
  readonly section: string;
  /** What it is, in words: "royalty on copper", "income tax", "term". */
  readonly subject: string;
  /** The terms before in one phrase, where the clause's kind has one ("5% of gross revenue"). */
  readonly before: string | undefined;
  /** The terms after in one phrase. */
  readonly after: string | undefined;
  /** The fields that changed (for added and removed clauses: none). */
  readonly fields: readonly FieldChange[];
}

interface Unit {
  readonly key: string;
  readonly clause: string | undefined;
  readonly path: readonly PathSegment[];
  readonly value: unknown;
  readonly leaves: Map<string, unknown>;
}

/**
 * The leaves of a value (scalars and empty lists or mappings) by their path from it, leaving out
 * the clauses nested in it (objects with an `id` below the top), which are units of their own.
 */
function leavesOf(value: unknown): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const path: PathSegment[] = [];
  const walk = (v: unknown, top: boolean): void => {
    if (!top && isPlainObject(v) && typeof v.id === 'string') return;
    if (Array.isArray(v) ? v.length > 0 : isPlainObject(v) && Object.keys(v).length > 0) {
      for (const [k, child] of Array.isArray(v) ? v.entries() : Object.entries(v as Record<string, unknown>)) {
        path.push(k);
        walk(child, false);
        path.pop();
      }
      return;
    }
    out.set(formatChangePath(path), v);
  };
  walk(value, true);
  return out;
}

/** The parts two contracts are compared by: each clause (and party, commodity) by id, and each top-level field outside them. */
function unitsOf(contract: unknown): Map<string, Unit> {
  const units = new Map<string, Unit>();
  if (!isPlainObject(contract)) return units;
  const entries = [...findClauses(contract)];
  for (const section of ['parties', 'commodities']) {
    const list = contract[section];
    if (Array.isArray(list)) list.forEach((item, i) => {
      if (isPlainObject(item) && typeof item.id === 'string') entries.push({ id: item.id, path: [section, i], ref: undefined, section });
    });
  }
  for (const e of entries) {
    let v: unknown = contract;
    for (const seg of e.path) v = (v as Record<string | number, unknown>)[seg];
    const key = e.section === 'parties' || e.section === 'commodities' ? `${e.section}:${e.id}` : `clause:${e.id}`;
    if (!units.has(key)) units.set(key, { key, clause: e.id, path: e.path, value: v, leaves: leavesOf(v) });
  }
  // Fields outside the clauses, grouped by top-level key; the identity of the document is not a term.
  for (const [k, v] of Object.entries(contract)) {
    // Parties and commodities are units of their own, compared above.
    if (k === 'fairlode' || k === 'id' || k === 'parties' || k === 'commodities') continue;
    const leaves = leavesOf({ [k]: v });
    if (leaves.size > 0) units.set(`field:${k}`, { key: `field:${k}`, clause: undefined, path: [k], value: v, leaves });
  }
  return units;
}

/** A clause in brief: its description or note when it has one, else its fields but the id and ref. */
function inBrief(v: unknown): string {
  if (!isPlainObject(v)) return valueText(v);
  if (typeof v.description === 'string') return v.description;
  if (typeof v.note === 'string') return v.note;
  const { id: _id, ref: _ref, ...rest } = v;
  return valueText(rest);
}

function sameLeaves(a: Map<string, unknown>, b: Map<string, unknown>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (!b.has(k) || !Object.is(b.get(k), v) && JSON.stringify(b.get(k)) !== JSON.stringify(v)) return false;
  return true;
}

function describeUnit(u: Unit): { subject: string; summary: string | undefined; ref: string | undefined; section: string } {
  const section = String(u.path[0]);
  if (u.clause === undefined) {
    const summary = section === 'term' && isPlainObject(u.value) && typeof u.value.years === 'number' ? `${u.value.years} years` : undefined;
    return { subject: section.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase(), summary, ref: undefined, section };
  }
  const value = isPlainObject(u.value) ? u.value : {};
  return { subject: clauseSubject(u.path, value), summary: clauseSummary(u.path, value), ref: typeof value.ref === 'string' ? value.ref : undefined, section };
}

/**
 * Compares the terms of two contracts (their plain values, as the files write them), clause by
 * clause: clauses are matched by id, so moving a clause changes nothing, and a clause is `changed`
 * when any of its fields differs (its nested clauses are compared on their own). Fields outside
 * the clauses are compared under their top-level key. The order is the new contract's, then the
 * removed clauses in the old contract's order.
 *
 * @example
 * ```ts
 * diffTerms(old.source.value, amended.source.value)[0];
 * // { kind: 'changed', clause: 'copper-royalty', subject: 'royalty on copper', before: '5% of gross revenue', after: 'incremental bands 4%–10% of gross revenue', ... }
 * ```
 */
export function diffTerms(before: unknown, after: unknown): TermChange[] {
  const a = unitsOf(before);
  const b = unitsOf(after);
  const out: TermChange[] = [];
  for (const [key, nu] of b) {
    const old = a.get(key);
    const d = describeUnit(nu);
    if (old === undefined) {
      out.push({ kind: 'added', clause: nu.clause, ref: d.ref, section: d.section, subject: d.subject, before: undefined, after: d.summary ?? inBrief(nu.value), fields: [] });
      continue;
    }
    if (sameLeaves(old.leaves, nu.leaves)) continue;
    const o = describeUnit(old);
    const names = [...new Set([...old.leaves.keys(), ...nu.leaves.keys()])];
    const fields: FieldChange[] = [];
    for (const f of names) {
      const x = old.leaves.get(f);
      const y = nu.leaves.get(f);
      if (old.leaves.has(f) && nu.leaves.has(f) && JSON.stringify(x) === JSON.stringify(y)) continue;
      fields.push({ field: f, before: old.leaves.has(f) ? valueText(x) : undefined, after: nu.leaves.has(f) ? valueText(y) : undefined });
    }
    out.push({ kind: 'changed', clause: nu.clause, ref: d.ref ?? o.ref, section: d.section, subject: d.subject, before: o.summary, after: d.summary, fields });
  }
  for (const [key, old] of a) {
    if (b.has(key)) continue;
    const o = describeUnit(old);
    out.push({ kind: 'removed', clause: old.clause, ref: o.ref, section: o.section, subject: o.subject, before: o.summary ?? inBrief(old.value), after: undefined, fields: [] });
  }
  return out;
}
