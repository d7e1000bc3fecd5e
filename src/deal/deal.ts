import type { PathSegment } from '../diagnostics/diagnostic.js';
import type { LoadedContract } from '../contract/load-contract.js';
import type { SourceDocument } from '../document/index.js';
import type { IsoDate } from '../time/index.js';
import type { z } from 'zod';
import type { AmendmentTerms, instrumentKind } from './instrument-schema.js';
import type { InstrumentSource } from './provenance.js';

/** What an instrument is to its deal: one of the kinds the manifest schema lists. */
export type InstrumentKind = z.output<typeof instrumentKind>;

/** A place in one of a deal's files: the parsed file and a path in it. */
export interface DealPlace {
  /** The parsed file (an instrument or the manifest). */
  readonly source: SourceDocument;
  /** The path in it. */
  readonly path: readonly PathSegment[];
}

/**
 * One instrument of a deal: a base agreement or restatement (a whole contract) or an amendment or
 * side agreement (a list of changes), with its particulars and provenance.
 */
export interface Instrument {
  /** Its id, unique in the deal. */
  readonly id: string;
  /** base, amendment, restatement or side-agreement. */
  readonly kind: InstrumentKind;
  /** Its title, when given (a contract's own title otherwise). */
  readonly title: string | undefined;
  /** The date it was signed, when known. */
  readonly signed: IsoDate | undefined;
  /** The date it takes effect. */
  readonly effective: IsoDate;
  /** Where it comes from, when stated. */
  readonly source: InstrumentSource | undefined;
  /** The instrument it says it amends, when stated. */
  readonly amends: string | undefined;
  /** The file, as shown in diagnostics. */
  readonly file: string | undefined;
  /** For a base or restatement: the contract. */
  readonly contract: LoadedContract | undefined;
  /** For an amendment or side agreement: its terms and parsed file. */
  readonly amendment: { readonly terms: AmendmentTerms; readonly source: SourceDocument } | undefined;
  /** Where its effective date is written (the manifest entry, or the file). */
  readonly effectiveAt: DealPlace;
}

/**
 * A deal: its instruments, in the order they apply (effective date, then a base or restatement
 * before amendments of the same day, then id).
 */
export interface Deal {
  /** The deal id: the manifest's, or the base contract's. */
  readonly id: string;
  /** The deal's name, when given. */
  readonly title: string | undefined;
  /** The instruments in the order they apply. */
  readonly instruments: readonly Instrument[];
}

/** An instrument as provenance names it: enough to say who set a clause, when and where. */
export interface InstrumentRef {
  /** The instrument id. */
  readonly id: string;
  /** Its kind. */
  readonly kind: InstrumentKind;
  /** Its title, when known. */
  readonly title: string | undefined;
  /** Its effective date. */
  readonly effective: IsoDate;
  /** Its file. */
  readonly file: string | undefined;
  /** The article of the instrument that made the change, when stated. */
  readonly article: string | undefined;
  /** Its provenance (the change's own, else the instrument's), when stated. */
  readonly source: InstrumentSource | undefined;
}

/** The order instruments apply in: by effective date, a whole contract before changes of the same day, then by id. */
export function compareInstruments(a: Instrument, b: Instrument): number {
  if (a.effective !== b.effective) return a.effective < b.effective ? -1 : 1;
  const wa = a.contract === undefined ? 1 : 0;
  const wb = b.contract === undefined ? 1 : 0;
  if (wa !== wb) return wa - wb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The reference provenance gives for an instrument (and, optionally, one of its changes). */
export function instrumentRef(i: Instrument, article?: string, changeSource?: InstrumentSource): InstrumentRef {
  return {
    id: i.id,
    kind: i.kind,
    title: i.title,
    effective: i.effective,
    file: i.file,
    article: article ?? i.source?.article,
    source: changeSource ?? i.source,
  };
}

/** An instrument named in a sentence: `amendment "first-amendment" (effective 2031-01-01)`. */
export function nameInstrument(i: { kind: InstrumentKind; id: string; effective: IsoDate }): string {
  const kind = i.kind === 'base' ? 'base agreement' : i.kind === 'side-agreement' ? 'side agreement' : i.kind;
  return `${kind} "${i.id}" (effective ${i.effective})`;
}
