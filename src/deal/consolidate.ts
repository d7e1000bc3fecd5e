import type { Diagnostic, PathSegment, Result } from '../diagnostics/diagnostic.js';
import { invalidArgument } from '../diagnostics/invalid-argument.js';
import { compareDiagnostics } from '../contract/diagnostic-order.js';
import { findClauses, type ClauseEntry } from '../contract/integrity/clause-index.js';
import { loadContract, type LoadedContract } from '../contract/load-contract.js';
import { parseSource } from '../document/index.js';
import { parseDate, type IsoDate } from '../time/index.js';
import { instrumentRef, nameInstrument, type Deal, type Instrument, type InstrumentRef } from './deal.js';
import { describePlace, placeInDeal, relatedPlace } from './deal-place.js';
import { applyChange, type AppliedChange, type WorkingTerms } from './apply-change.js';
import { ClauseOrigins } from './clause-origins.js';
import { dealArgument } from './deal-arguments.js';
import { writeContractYaml } from './contract-yaml.js';

/** Which instrument set a clause of the consolidated terms. */
export interface ClauseProvenance {
  /** The clause id. */
  readonly id: string;
  /** Its legal reference, when stated. */
  readonly ref: string | undefined;
  /** Its path in the consolidated contract. */
  readonly path: readonly PathSegment[];
  /** The instrument that last set or changed it. */
  readonly setBy: InstrumentRef;
  /** Every instrument that set or changed it, in order. */
  readonly history: readonly InstrumentRef[];
}

/** Which instrument last changed a field outside the clauses (e.g. `term.years`). */
export interface FieldProvenance {
  /** The field's dotted path. */
  readonly path: string;
  /** The instrument that last set it. */
  readonly setBy: InstrumentRef;
}

/** The terms of a deal in force on a date. */
export interface Consolidation {
  /** The deal id (also the consolidated contract's id). */
  readonly deal: string;
  /** The date. */
  readonly asOf: IsoDate;
  /** The instruments in force on the date: the whole contract the terms start from, then the amendments applied, in order. */
  readonly instruments: readonly InstrumentRef[];
  /** The consolidated contract, loaded from {@link Consolidation.text}. */
  readonly contract: LoadedContract;
  /** Each clause of the consolidated contract, with the instrument that set it. */
  readonly clauses: readonly ClauseProvenance[];
  /** Fields outside the clauses that an amendment set. */
  readonly fields: readonly FieldProvenance[];
  /** The consolidated contract as YAML, with a comment above each clause naming the instrument that set it. */
  readonly text: string;
}

/** The terms after every instrument of one effective date. */
interface Version {
  readonly date: IsoDate;
  readonly terms: WorkingTerms;
  readonly applied: readonly Instrument[];
}

/**
 * Walks the chain in order, applying each date's instruments, and calls `visit` with the terms after
 * each date up to `until` (every date when undefined). Problems with a change (a clause that does not
 * exist, two instruments of one day changing the same clause) are diagnostics; the change is skipped.
 */
export function walkChain(deal: Deal, until: IsoDate | undefined, visit: (v: Version) => void): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let terms: WorkingTerms | undefined;
  let applied: Instrument[] = [];
  const instruments = deal.instruments;
  for (let i = 0; i < instruments.length; ) {
    const date = instruments[i]!.effective;
    if (until !== undefined && date > until) break;
    const touched = new Map<string, { instrument: Instrument; change: AppliedChange }>();
    for (; i < instruments.length && instruments[i]!.effective === date; i++) {
      const instrument = instruments[i]!;
      if (instrument.contract) {
        const loaded = instrument.contract;
        const by = instrumentRef(instrument);
        terms = { value: writtenValue(loaded), origins: ClauseOrigins.ofContract(loaded.clauses, { by, at: { source: loaded.source, path: [] } }), from: instrument };
        applied = [instrument];
        continue;
      }
      if (terms === undefined) continue; // before the base: checkChain reports it
      applied.push(instrument);
      instrument.amendment!.terms.changes.forEach((_, index) => {
        const r = applyChange(terms!, instrument, index);
        diagnostics.push(...r.diagnostics);
        if (!r.applied) return;
        const clash = [...touched.entries()].find(([key, t]) => t.instrument !== instrument && overlaps(key, r.applied!.touches));
        if (clash) {
          const [, first] = clash;
          diagnostics.push({
            ...placeInDeal(r.applied.at, {
              code: 'deal/conflicting-changes',
              severity: 'error',
              message: `${nameInstrument(instrument)} and ${nameInstrument(first.instrument)} both change ${describeTouch(r.applied.touches)} on ${date} (${describePlace(first.change.at)}); which one prevails is not stated.`,
              hint: 'give them different effective dates, or merge the changes into one instrument',
            }),
            related: [relatedPlace(first.change.at, 'the other change')],
          });
        }
        touched.set(r.applied.touches, { instrument, change: r.applied });
      });
    }
    if (terms !== undefined) visit({ date, terms, applied: [...applied] });
  }
  return diagnostics;
}

function overlaps(a: string, b: string): boolean {
  return a === b || b.startsWith(`${a}.`) || a.startsWith(`${b}.`);
}

function describeTouch(touches: string): string {
  return touches.startsWith('clause:') ? `clause "${touches.slice(7)}"` : `"${touches.slice(6)}"`;
}

/** A provenance line for a clause: `set by amendment "a1" (effective 2031-01-01), Art. 2`. */
function provenanceComment(by: InstrumentRef): string {
  const where = [by.article, by.source?.confidence === undefined ? undefined : `confidence ${by.source.confidence}`].filter((x) => x !== undefined);
  return `set by ${nameInstrument(by)}${where.length > 0 ? `, ${where.join(', ')}` : ''}`;
}

/**
 * Builds the contract of a version: writes it as YAML with provenance comments, loads it, and
 * reports any problem where it was written (in the instrument that set the clause or field).
 */
export function buildContract(deal: Deal, version: Version, asOf: IsoDate): Result<Omit<Consolidation, 'asOf' | 'deal'>> {
  const { terms } = version;
  const value = { ...terms.value, id: deal.id };
  const clauses = findClauses(value);
  const byPath = new Map(clauses.map((c) => [c.path.join('\u0000'), c]));
  const comment = (path: readonly PathSegment[]): string | undefined => {
    const c = byPath.get(path.join('\u0000'));
    if (c !== undefined) {
      const h = terms.origins.history.get(c.id);
      return h && h.length > 0 ? provenanceComment(h[h.length - 1]!) : undefined;
    }
    const f = terms.origins.fields.get(path.join('.'));
    return f && f.length > 0 ? provenanceComment(f[f.length - 1]!) : undefined;
  };
  const oneLine = (t: string): string => t.replace(/[\r\n\u0085\u2028\u2029]/g, ' ');
  const header = `# ${oneLine(deal.title ?? deal.id)}: the terms in force on ${asOf}, consolidated by fairlode from\n${version.applied.map((i) => `#   ${nameInstrument(i)}${i.file === undefined ? '' : ` ${oneLine(i.file)}`}\n`).join('')}`;
  const text = header + writeContractYaml(value, comment);
  const loaded = loadContract(text, { filename: `${deal.id}@${asOf}` });
  if (!loaded.ok) return { ok: false, diagnostics: loaded.diagnostics.map((d) => replaced(d, terms.origins, clauses, version)).sort(compareDiagnostics) };
  const provenance: ClauseProvenance[] = loaded.value.clauses.map((c: ClauseEntry) => {
    const history = terms.origins.history.get(c.id) ?? [instrumentRef(terms.from)];
    return { id: c.id, ref: c.ref, path: c.path, setBy: history[history.length - 1]!, history };
  });
  const fields = [...terms.origins.fields].map(([path, h]) => ({ path, setBy: h[h.length - 1]! }));
  return { ok: true, value: { instruments: version.applied.map((i) => instrumentRef(i)), contract: loaded.value, clauses: provenance, fields, text }, diagnostics: loaded.diagnostics };
}

/** A problem of the consolidated terms, placed where the part concerned was written. */
function replaced(d: Diagnostic, origins: ClauseOrigins, clauses: readonly ClauseEntry[], version: Version): Diagnostic {
  const at = origins.locate(clauses, d.path);
  if (at === undefined) return d;
  const setter = origins.setterOf(clauses, d.path);
  const when = `in the terms in force from ${version.date}`;
  const { range: _r, file: _f, related: _rel, ...rest } = d;
  const placed = placeInDeal(at, { ...rest, message: setter && setter.by.kind !== 'base' && setter.by.kind !== 'restatement' ? `${d.message} (${when}, as ${nameInstrument(setter.by)} left them)` : d.message });
  return { ...placed, path: d.path };
}

/**
 * The terms of a deal in force on a date, like a legal consolidation: the latest base agreement or
 * restatement in force, with every amendment and side agreement effective on or before the date
 * applied in order. Each clause says which instrument set it. Refused, with located diagnostics,
 * when the date is before the base takes effect or after the terms end, when a change cannot be
 * applied, or when the consolidated terms are not a valid contract (each problem placed in the
 * instrument that wrote the part concerned).
 *
 * @throws FairlodeError `argument/invalid` when `deal` is not a deal or `asOf` not a date written YYYY-MM-DD.
 * @example
 * ```ts
 * const terms = consolidateDeal(deal, '2031-01-01');
 * if (terms.ok) for (const c of terms.value.clauses) console.log(c.id, c.setBy.id);
 * ```
 */
export function consolidateDeal(deal: Deal, asOf: string): Result<Consolidation> {
  dealArgument('consolidateDeal', deal);
  const date = parseDate(typeof asOf === 'string' ? asOf : '');
  if (!date.ok) throw invalidArgument('consolidateDeal', 'asOf', 'a date written YYYY-MM-DD', asOf);
  let last: Version | undefined;
  const problems = walkChain(deal, date.value, (v) => (last = v));
  const first = deal.instruments[0];
  if (last === undefined || first === undefined) {
    const base = deal.instruments.find((i) => i.kind === 'base');
    const d: Diagnostic = base
      ? { ...placeInDeal(base.effectiveAt, { code: 'deal/not-yet-in-force', severity: 'error', message: `Nothing is in force on ${date.value}: the base agreement "${base.id}" takes effect on ${base.effective}.`, hint: 'give a date on or after the base agreement\'s effective date' }) }
      : { code: 'deal/no-base', severity: 'error', message: 'The deal has no base agreement.', path: [] };
    return { ok: false, diagnostics: [d] };
  }
  if (problems.some((p) => p.severity === 'error')) return { ok: false, diagnostics: problems.sort(compareDiagnostics) };
  const version: Version = last;
  const built = buildContract(deal, version, date.value);
  if (!built.ok) return built;
  const termEnd = built.value.contract.contract.termEnd;
  if (date.value > termEnd) {
    const from = version.terms.from;
    return { ok: false, diagnostics: [placeInDeal({ source: from.contract!.source, path: ['term', 'years'] }, { code: 'deal/expired', severity: 'error', message: `Nothing is in force on ${date.value}: the terms of ${nameInstrument(from)} ended on ${termEnd}.`, hint: 'give a date within the term, or add the instrument that extended it' })] };
  }
  return { ok: true, value: { deal: deal.id, asOf: date.value, ...built.value }, diagnostics: [...problems, ...built.diagnostics] };
}

/**
 * The terms of a whole contract as written, with its `{ unknown }` and `{ assumed }` forms kept, so
 * that the consolidated contract still says which terms are not known (the loaded source's value has
 * them left out).
 */
function writtenValue(loaded: LoadedContract): Record<string, unknown> {
  const { text, format, file } = loaded.source;
  const written = parseSource(text, file === undefined ? { format } : { format, file });
  return structuredClone(written.ok ? written.value.value : loaded.source.value) as Record<string, unknown>;
}
