import type { PathSegment } from '../diagnostics/diagnostic.js';
import type { ClauseEntry } from '../contract/integrity/clause-index.js';
import type { DealPlace, InstrumentRef } from './deal.js';

/** Who wrote a part of the terms in force, and where it is written. */
export interface Origin {
  /** The instrument that set it. */
  readonly by: InstrumentRef;
  /** Where it is written in that instrument's file. */
  readonly at: DealPlace;
}

interface Anchor {
  readonly rel: readonly PathSegment[];
  readonly origin: Origin;
}

// Anchors are keyed by the id of the clause they sit in ('' for fields outside every clause), with
// the path inside that clause: a clause keeps its origin however list positions shift around it.
const TOP = '';

function startsWith(path: readonly PathSegment[], prefix: readonly PathSegment[]): boolean {
  return prefix.length <= path.length && prefix.every((s, i) => s === path[i]);
}

/** The clauses enclosing a path, innermost first. */
export function enclosingClauses(clauses: readonly ClauseEntry[], path: readonly PathSegment[]): ClauseEntry[] {
  return clauses.filter((c) => startsWith(path, c.path)).sort((a, b) => b.path.length - a.path.length);
}

/**
 * Where each part of a consolidated contract comes from: for every clause (and every field changed
 * by an amendment), the instrument that set it and the place in that instrument's file. Lets a
 * problem found in the consolidated terms be reported where it was written, and lets the
 * consolidated contract say which instrument set each clause.
 */
export class ClauseOrigins {
  private readonly anchors: Map<string, Anchor[]>;
  /** For each clause id, every instrument that set or changed it, in order. */
  readonly history: Map<string, InstrumentRef[]>;
  /** For each field outside the clauses (by dotted path) that an amendment set, the instruments in order. */
  readonly fields: Map<string, InstrumentRef[]>;
  /** Clauses deleted, by id, with who deleted them. */
  readonly deleted: Map<string, Origin>;

  private constructor(anchors: Map<string, Anchor[]>, history: Map<string, InstrumentRef[]>, fields: Map<string, InstrumentRef[]>, deleted: Map<string, Origin>) {
    this.anchors = anchors;
    this.history = history;
    this.fields = fields;
    this.deleted = deleted;
  }

  /** The origins of a whole contract (a base agreement or restatement): everything is its own. */
  static ofContract(clauses: readonly ClauseEntry[], origin: Origin): ClauseOrigins {
    const anchors = new Map<string, Anchor[]>([[TOP, [{ rel: [], origin }]]]);
    const history = new Map<string, InstrumentRef[]>();
    for (const c of clauses) {
      anchors.set(c.id, [{ rel: [], origin: { by: origin.by, at: { source: origin.at.source, path: [...origin.at.path, ...c.path] } } }]);
      history.set(c.id, [origin.by]);
    }
    return new ClauseOrigins(anchors, history, new Map(), new Map());
  }

  /** A copy to change without changing this one. */
  copy(): ClauseOrigins {
    return new ClauseOrigins(new Map([...this.anchors].map(([k, v]) => [k, [...v]])), new Map([...this.history].map(([k, v]) => [k, [...v]])), new Map([...this.fields].map(([k, v]) => [k, [...v]])), new Map(this.deleted));
  }

  /** A clause (and the clauses inside it, found at `nested`, relative to it) now comes from `origin`. */
  setClause(id: string, nested: readonly ClauseEntry[], origin: Origin, replacing: boolean): void {
    this.anchors.set(id, [{ rel: [], origin }]);
    this.history.set(id, replacing ? [...(this.history.get(id) ?? []), origin.by] : [origin.by]);
    this.deleted.delete(id);
    for (const c of nested) {
      this.anchors.set(c.id, [{ rel: [], origin: { by: origin.by, at: { source: origin.at.source, path: [...origin.at.path, ...c.path] } } }]);
      this.history.set(c.id, [...(replacing ? (this.history.get(c.id) ?? []) : []), origin.by]);
    }
  }

  /** A field inside a clause (or outside every clause, `clause` undefined) now comes from `origin`. */
  setField(clause: string | undefined, rel: readonly PathSegment[], origin: Origin): void {
    const key = clause ?? TOP;
    const kept = (this.anchors.get(key) ?? []).filter((a) => !(startsWith(a.rel, rel) && a.rel.length > 0));
    this.anchors.set(key, [...kept, { rel, origin }]);
    if (clause !== undefined) this.history.set(clause, [...(this.history.get(clause) ?? []), origin.by]);
    else {
      const name = rel.join('.');
      this.fields.set(name, [...(this.fields.get(name) ?? []), origin.by]);
    }
  }

  /** A clause (and those inside it) was deleted. */
  deleteClause(id: string, nested: readonly string[], origin: Origin): void {
    for (const k of [id, ...nested]) {
      this.anchors.delete(k);
      this.history.delete(k);
    }
    this.deleted.set(id, origin);
  }

  /**
   * Where the value at `path` of the consolidated terms is written: in the innermost enclosing
   * clause's origin, else in the origin of the fields outside clauses.
   */
  locate(clauses: readonly ClauseEntry[], path: readonly PathSegment[]): DealPlace | undefined {
    for (const c of enclosingClauses(clauses, path)) {
      const found = this.inAnchors(c.id, path.slice(c.path.length));
      if (found) return found;
    }
    return this.inAnchors(TOP, path);
  }

  /** Who set the value at `path`: the latest instrument of the innermost clause's history. */
  setterOf(clauses: readonly ClauseEntry[], path: readonly PathSegment[]): Origin | undefined {
    for (const c of enclosingClauses(clauses, path)) {
      const best = this.bestAnchor(c.id, path.slice(c.path.length));
      if (best) return best.origin;
    }
    return this.bestAnchor(TOP, path)?.origin;
  }

  private bestAnchor(key: string, rel: readonly PathSegment[]): Anchor | undefined {
    let best: Anchor | undefined;
    for (const a of this.anchors.get(key) ?? []) if (startsWith(rel, a.rel) && (!best || a.rel.length >= best.rel.length)) best = a;
    return best;
  }

  private inAnchors(key: string, rel: readonly PathSegment[]): DealPlace | undefined {
    const best = this.bestAnchor(key, rel);
    return best && { source: best.origin.at.source, path: [...best.origin.at.path, ...rel.slice(best.rel.length)] };
  }
}
