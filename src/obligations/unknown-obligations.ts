import { valueAt } from '../contract/value-at.js';
// Obligations whose terms are written { unknown: … }: not trackable, and said so. A clause with an
// unknown term it needs is taken out of what the evaluators see (so that it is neither judged on
// a guess nor crashes one), and reported as no-data with the reason `unknown-term`.
import type { PathSegment } from '../diagnostics/diagnostic.js';
import type { Contract } from '../contract/contract.js';
import { describePath } from '../contract/placement.js';
import { describeUnknown, type UnknownTerm } from '../contract/unknown-terms.js';
import type { ObligationKind, TrackedObligation } from './obligation.js';
import { lastDayTracked, type TrackingContext } from './tracking-context.js';

/** A place in the contract where obligations are written, and what kind they are. */
interface ObligationArea {
  readonly path: readonly string[];
  readonly kind: ObligationKind;
  /** A list of clauses (each item its own obligation) or a single clause. */
  readonly list: boolean;
  /** What the obligations there are, in words. */
  readonly subject: string;
}

/** Every place {@link trackObligations} reads obligations from. */
const AREAS: readonly ObligationArea[] = [
  { path: ['exploration', 'jointProgramme'], kind: 'work-programme', list: false, subject: 'exploration work programme' },
  { path: ['exploration', 'geodata'], kind: 'geodata-delivery', list: true, subject: 'geodata delivery' },
  { path: ['exploration', 'resourceReporting'], kind: 'resource-reporting', list: false, subject: 'resource reporting' },
  { path: ['environment', 'esia'], kind: 'esia', list: false, subject: 'environmental and social impact assessment' },
  { path: ['environment', 'closure', 'assurance'], kind: 'closure-assurance', list: false, subject: 'closure financial assurance' },
  { path: ['environment', 'ghg'], kind: 'emissions-reduction', list: false, subject: 'emissions reduction' },
  { path: ['infrastructure'], kind: 'infrastructure-completion', list: true, subject: 'infrastructure commitment' },
  { path: ['community', 'developmentAgreement'], kind: 'development-agreement', list: false, subject: 'community development agreement' },
  { path: ['processing', 'feasibilityStudy'], kind: 'feasibility-study', list: false, subject: 'processing feasibility study' },
  { path: ['community', 'employment'], kind: 'employment-share', list: true, subject: 'employment target' },
  { path: ['community', 'training'], kind: 'training-count', list: true, subject: 'training commitment' },
  { path: ['community', 'procurement'], kind: 'procurement-share', list: false, subject: 'local procurement target' },
  { path: ['revenue', 'communityFunds'], kind: 'community-fund', list: true, subject: 'community fund payment' },
  { path: ['processing', 'commitments'], kind: 'processing-share', list: true, subject: 'in-country processing commitment' },
  { path: ['governance', 'reporting'], kind: 'payment-reporting', list: false, subject: 'payment reporting' },
  { path: ['community', 'localContentReporting'], kind: 'local-content-reporting', list: false, subject: 'local-content reporting' },
];

/** Fields that describe or sanction a clause rather than say what is owed and when: unknown, the obligation is still tracked. */
const NOT_NEEDED = new Set(['note', 'ref', 'name', 'title', 'description', 'penalty', 'modality', 'remedy', 'source']);

/** What {@link setAsideUnknowns} returns. */
export interface SetAside {
  /** The contract without the clauses that cannot be tracked (list items left out). */
  readonly contract: Contract;
  /** One not-trackable obligation per clause (or section) set aside, in area order. */
  readonly notTrackable: readonly TrackedObligation[];
  /** The path of an obligation of the pruned contract, as in the contract as written (list indices shifted back). */
  readonly originalPath: (path: readonly PathSegment[]) => readonly PathSegment[];
}

/** A path as a clause name: `community.employment[2]`, without the quotes of a message. */
const named = (path: readonly PathSegment[]) => describePath(path).replace(/^"|"$/g, '');

const startsWith = (path: readonly PathSegment[], prefix: readonly PathSegment[]) => prefix.length <= path.length && prefix.every((s, i) => path[i] === s);

/**
 * Sets aside every obligation whose terms are unknown: an unknown section that holds obligation
 * clauses, an unknown clause or list item, or an unknown term a clause needs to be tracked (its
 * target, date or amount; not its note, reference or penalty). Each is reported as `no-data` with
 * the reason `unknown-term`, the unknown term and where it is written, never as missed and never
 * silently dropped; the evaluators see the contract without them.
 */
export function setAsideUnknowns(ctx: TrackingContext): SetAside {
  const c = ctx.contract;
  const unknowns = (c.unknowns ?? []).filter((u) => !NOT_NEEDED.has(String(u.path[u.path.length - 1])));
  if (unknowns.length === 0) return { contract: c, notTrackable: [], originalPath: (p) => p };
  const notTrackable: TrackedObligation[] = [];
  const removedItems = new Map<string, Set<number>>();
  const removedClauses: (readonly PathSegment[])[] = [];
  const note = (u: UnknownTerm, area: ObligationArea, clause: string, at: readonly PathSegment[]) => {
    notTrackable.push({
      id: `${named(at)}?unknown`, clause, ref: undefined, kind: area.kind,
      description: `${area.subject}: not trackable, ${describeUnknown(u)}`,
      due: lastDayTracked(ctx), status: 'no-data', reason: 'unknown-term', unknown: u,
      required: undefined, actual: undefined, expected: undefined, shortfall: undefined, penalty: undefined, fulfilled: undefined,
      evidence: [], checks: [], path: [...at], range: u.range,
    });
  };
  for (const area of AREAS) {
    for (const u of unknowns) {
      if (startsWith(area.path, u.path) && !(u.path.length === area.path.length && u.item !== undefined)) {
        // The section, the clause or the whole list is unknown.
        note(u, area, named(area.path), u.item === undefined ? area.path : [...u.path, u.item]);
        continue;
      }
      if (area.list && u.path.length === area.path.length && startsWith(u.path, area.path)) {
        // One item of the list is unknown: the typed list leaves it out already.
        note(u, area, named([...area.path, u.item!]), [...area.path, u.item!]);
        continue;
      }
      if (!startsWith(u.path, area.path) || u.path.length === area.path.length) continue;
      // A term inside a known clause: set the clause aside.
      if (area.list) {
        const index = u.path[area.path.length];
        if (typeof index !== 'number') continue;
        const item = valueAt(c, [...area.path, index]) as { id?: string } | undefined;
        const set = removedItems.get(JSON.stringify(area.path)) ?? new Set<number>();
        if (set.has(index)) continue;
        set.add(index);
        removedItems.set(JSON.stringify(area.path), set);
        note(u, area, item?.id ?? named([...area.path, index]), [...area.path, index]);
      } else {
        if (removedClauses.some((p) => startsWith(p, area.path) && p.length === area.path.length)) continue;
        removedClauses.push(area.path);
        const clause = valueAt(c, area.path) as { id?: string } | undefined;
        note(u, area, clause?.id ?? named(area.path), area.path);
      }
    }
  }
  let pruned: unknown = c;
  for (const path of removedClauses) pruned = replaceAt(pruned, path, () => undefined);
  for (const [key, set] of removedItems) pruned = replaceAt(pruned, JSON.parse(key) as string[], (list) => (list as unknown[]).filter((_, i) => !set.has(i)));
  const originalPath = (path: readonly PathSegment[]): readonly PathSegment[] => {
    for (const [key, set] of removedItems) {
      const listPath = JSON.parse(key) as string[];
      const index = path[listPath.length];
      if (!startsWith(path, listPath) || typeof index !== 'number') continue;
      let original = -1;
      for (let kept = -1; kept < index; ) if (!set.has(++original)) kept++;
      return [...listPath, original, ...path.slice(listPath.length + 1)];
    }
    return path;
  };
  return { contract: pruned as Contract, notTrackable, originalPath };
}


/** A copy of `value` with the value at `path` replaced (copying only the objects on the way). */
function replaceAt(value: unknown, path: readonly PathSegment[], replace: (old: unknown) => unknown): unknown {
  if (path.length === 0) return replace(value);
  if (value === null || typeof value !== 'object') return value;
  const [head, ...rest] = path;
  const child = (value as Record<PathSegment, unknown>)[head!];
  if (child === undefined) return value;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? replaceAt(v, rest, replace) : v));
  return { ...(value as object), [head!]: replaceAt(child, rest, replace) };
}
