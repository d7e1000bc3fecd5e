import type { Diagnostic, PathSegment, Result } from '../diagnostics/diagnostic.js';
import { compareDiagnostics } from '../contract/diagnostic-order.js';
import { checkLoadArguments, loadContract, readSource } from '../contract/load-contract.js';
import { invalidArgument } from '../diagnostics/invalid-argument.js';
import { dealFilesArgument } from './deal-arguments.js';
import { diagnosticsFromIssues } from '../contract/zod-issues.js';
import type { SourceDocument, SourceOptions } from '../document/index.js';
import type { IsoDate } from '../time/index.js';
import { compareInstruments, type Deal, type DealPlace, type Instrument, type InstrumentKind } from './deal.js';
import { describePlace, placeInDeal, relatedPlace } from './deal-place.js';
import { amendmentSchema, manifestSchema, type ManifestEntry, type ManifestTerms } from './instrument-schema.js';
import { checkChain } from './check-chain.js';

/** One file of a deal, as read by the caller. */
export interface DealFile {
  /** Its name as the manifest lists it (relative to the manifest), or its file name in the folder. */
  readonly name: string;
  /** Its path as diagnostics show it; `name` when not given. */
  readonly shown?: string;
  /** Its text. */
  readonly text: string;
}

/** A parsed deal manifest. */
export interface DealManifest {
  /** The manifest as written. */
  readonly terms: ManifestTerms;
  /** Its parsed file, for locating problems. */
  readonly source: SourceDocument;
  /** For one project of a deal with projects: its index in `projects` (the instruments are the project's). */
  readonly project?: number;
}

/** The instrument entries a manifest (or one of its projects) lists, and the path to their list. */
export function manifestInstruments(manifest: DealManifest): { entries: readonly ManifestEntry[]; at: readonly PathSegment[] } {
  if (manifest.project !== undefined) return { entries: manifest.terms.projects?.[manifest.project]?.instruments ?? [], at: ['projects', manifest.project, 'instruments'] };
  return { entries: manifest.terms.instruments ?? [], at: ['instruments'] };
}

/** Options for {@link loadDeal}. */
export interface LoadDealOptions {
  /** The deal's manifest; without one, every file given is an instrument and the earliest contract is the base. */
  readonly manifest?: DealManifest;
  /** Limits on each file (size, nesting depth, aliases). */
  readonly limits?: SourceOptions['limits'];
}

/**
 * Reads a deal manifest (`deal.yaml`): `fairlode-deal: 1`, the deal's `id` and its `instruments`,
 * each a `file` with optional `id`, `kind`, `title`, `signed`, `effective` and `source`. Every
 * problem is a located diagnostic; the files it lists are read by the caller and passed to
 * {@link loadDeal}.
 *
 * @throws FairlodeError `argument/invalid` when `text` is not a string or `filename` not a string.
 * @example
 * ```ts
 * const manifest = parseDealManifest(text, 'deals/sample/deal.yaml');
 * if (manifest.ok) console.log(manifest.value.terms.instruments.map((i) => i.file));
 * ```
 */
export function parseDealManifest(text: string, filename?: string): Result<DealManifest> {
  checkLoadArguments('parseDealManifest', text, filename === undefined ? {} : { filename });
  const read = readSource(text, filename === undefined ? {} : { filename });
  if (!read.ok) return read;
  const source = read.value;
  const v = source.value;
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    return { ok: false, diagnostics: [placeInDeal({ source, path: [] }, { code: 'deal/not-a-mapping', severity: 'error', message: 'A deal manifest must be a mapping of fields.', hint: 'start with "fairlode-deal: 1", "id:" and "instruments:"' })] };
  }
  const parsed = manifestSchema.safeParse(v);
  if (!parsed.success) return { ok: false, diagnostics: retagged(diagnosticsFromIssues(parsed.error.issues, manifestSchema, source, 'deal manifest')) };
  return { ok: true, value: { terms: parsed.data, source }, diagnostics: [] };
}

function retagged(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => ({ ...d, code: d.code.replace(/^contract\//, 'deal/') })).sort(compareDiagnostics);
}

/** A file name without folders and extension: the default id of an instrument. */
function stem(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'instrument';
}

interface Entry {
  readonly file: DealFile;
  readonly index: number | undefined; // in the manifest
  readonly fields: ManifestEntry | undefined;
}

/**
 * Loads a deal from its instrument files: base agreement and restatements written as contracts
 * (`fairlode: 1`), amendments and side agreements as lists of changes (`fairlode-amendment: 1`).
 * Checks each file as its loader does, then the chain: one base, ids unique, no instrument before
 * the base, no gap after a term ends, no two whole contracts on one day, and every amendment
 * applied in turn to the terms it amends (a clause it names must exist; two instruments of the same
 * day must not change the same clause; the terms after each date must be a valid contract). Every
 * problem is a located diagnostic; one that involves two places names both.
 *
 * @throws FairlodeError `argument/invalid` when `files` is not a list of `{ name, text }` or `options` not an object.
 * @example
 * ```ts
 * const deal = loadDeal([{ name: 'base.yaml', text: base }, { name: 'a1.yaml', text: a1 }]);
 * if (deal.ok) console.log(deal.value.instruments.map((i) => `${i.effective} ${i.kind} ${i.id}`));
 * ```
 */
export function loadDeal(files: readonly DealFile[], options: LoadDealOptions = {}): Result<Deal> {
  dealFilesArgument('loadDeal', files);
  if (options === null || typeof options !== 'object') throw invalidArgument('loadDeal', 'options', 'an object such as { manifest }', options);
  const diagnostics: Diagnostic[] = [];
  const entries: Entry[] = [];
  const manifest = options.manifest;
  if (manifest?.terms.projects !== undefined && manifest.project === undefined) {
    return { ok: false, diagnostics: [placeInDeal({ source: manifest.source, path: ['projects'] }, { code: 'deal/has-projects', severity: 'error', message: `The deal "${manifest.terms.id}" has ring-fenced projects, each with its own terms: there is no one chain of instruments to consolidate or compare.`, hint: 'payout and track take such a deal; to consolidate or diff, write one project\'s instruments in a manifest of their own' })] };
  }
  if (manifest) {
    manifestInstruments(manifest).entries.forEach((fields, index) => {
      const file = files.find((f) => f.name === fields.file);
      if (file === undefined) {
        diagnostics.push(placeInDeal({ source: manifest.source, path: [...manifestInstruments(manifest).at, index, 'file'] }, { code: 'deal/missing-file', severity: 'error', message: `The instrument file "${fields.file}" was not given.`, hint: 'the file is read relative to the manifest' }));
      } else entries.push({ file, index, fields });
    });
  } else for (const file of files) entries.push({ file, index: undefined, fields: undefined });

  const loaded: Instrument[] = [];
  const idPlaces = new Map<string, DealPlace>();
  for (const e of entries) {
    const instrument = loadInstrument(e, manifest, options, diagnostics);
    if (instrument === undefined) continue;
    const idAt: DealPlace =
      e.index !== undefined && manifest && (e.fields?.id !== undefined || !instrument.amendment)
        ? { source: manifest.source, path: [...manifestInstruments(manifest).at, e.index, ...(e.fields?.id === undefined ? [] : ['id'])] }
        : instrument.amendment
          ? { source: instrument.amendment.source, path: ['id'] }
          : { source: instrument.contract!.source, path: [] };
    const first = idPlaces.get(instrument.id);
    if (first) {
      diagnostics.push({
        ...placeInDeal(idAt, { code: 'deal/duplicate-instrument', severity: 'error', message: `Two instruments have the id "${instrument.id}"; the first is at ${describePlace(first)}.`, hint: 'give each instrument its own id' }),
        related: [relatedPlace(first, 'first defined here')],
      });
      continue;
    }
    idPlaces.set(instrument.id, idAt);
    loaded.push(instrument);
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics: diagnostics.sort(compareDiagnostics) };

  const instruments = assignWholeContractKinds(loaded, manifest, diagnostics).sort(compareInstruments);
  const project = manifest?.project === undefined ? undefined : manifest.terms.projects?.[manifest.project];
  const id = project?.id ?? manifest?.terms.id ?? instruments.find((i) => i.kind === 'base')?.contract?.contract.id ?? 'deal';
  const deal: Deal = { id, title: project === undefined ? manifest?.terms.title : project.title, instruments };
  diagnostics.push(...checkChain(deal));
  diagnostics.sort(compareDiagnostics);
  if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics };
  return { ok: true, value: deal, diagnostics };
}

/** The base is the earliest whole contract unless the manifest says otherwise; the later ones are restatements. */
function assignWholeContractKinds(instruments: Instrument[], manifest: DealManifest | undefined, diagnostics: Diagnostic[]): Instrument[] {
  const whole = instruments.filter((i) => i.contract !== undefined).sort(compareInstruments);
  const explicitBases = whole.filter((i) => i.kind === 'base');
  if (whole.length === 0) {
    diagnostics.push({ code: 'deal/no-base', severity: 'error', message: 'The deal has no base agreement: no instrument is a whole contract ("fairlode: 1").', path: [], ...(manifest?.source.file === undefined ? {} : { file: manifest.source.file }) });
    return instruments;
  }
  if (explicitBases.length > 1) {
    const [first, second] = explicitBases as [Instrument, Instrument];
    diagnostics.push({ ...placeInDeal(second.effectiveAt, { code: 'deal/two-bases', severity: 'error', message: `Two instruments are the base agreement: "${first.id}" and "${second.id}".`, hint: 'a later whole contract is a restatement' }), related: [relatedPlace(first.effectiveAt, 'the other base agreement')] });
    return instruments;
  }
  const base = explicitBases[0] ?? whole[0]!;
  return instruments.map((i) => (i === base ? { ...i, kind: 'base' as InstrumentKind } : i));
}

function loadInstrument(e: Entry, manifest: DealManifest | undefined, options: LoadDealOptions, diagnostics: Diagnostic[]): Instrument | undefined {
  const shown = e.file.shown ?? e.file.name;
  const fields = e.fields;
  const entryAt = (key: string): DealPlace | undefined => (manifest && e.index !== undefined && fields && (fields as Record<string, unknown>)[key] !== undefined ? { source: manifest.source, path: [...manifestInstruments(manifest).at, e.index, key] } : undefined);
  const read = readSource(e.file.text, { filename: shown, ...(options.limits === undefined ? {} : { limits: options.limits }) });
  if (!read.ok) {
    diagnostics.push(...read.diagnostics);
    return undefined;
  }
  const v = read.value.value;
  const isMapping = v !== null && typeof v === 'object' && !Array.isArray(v);
  if (isMapping && 'fairlode-amendment' in v) {
    const parsed = amendmentSchema.safeParse(v);
    if (!parsed.success) {
      diagnostics.push(...retagged(diagnosticsFromIssues(parsed.error.issues, amendmentSchema, read.value, 'amendment')));
      return undefined;
    }
    const terms = parsed.data;
    const source = read.value;
    const mismatch = (key: 'id' | 'effective' | 'signed', fromFile: string | undefined, fromEntry: string | undefined): boolean => {
      if (fromEntry === undefined || fromFile === undefined || fromEntry === fromFile) return false;
      const at = entryAt(key)!;
      diagnostics.push({ ...placeInDeal(at, { code: 'deal/manifest-disagrees', severity: 'error', message: `The manifest gives ${key} "${fromEntry}", but the instrument file says "${fromFile}" (${describePlace({ source, path: [key] })}).`, hint: 'write it in one place' }), related: [relatedPlace({ source, path: [key] }, 'the file says')] });
      return true;
    };
    if (mismatch('id', terms.id, fields?.id) || mismatch('effective', terms.effective, fields?.effective) || mismatch('signed', terms.signed, fields?.signed)) return undefined;
    if (fields?.kind !== undefined && fields.kind !== terms.kind) {
      diagnostics.push(placeInDeal(entryAt('kind')!, { code: 'deal/wrong-kind', severity: 'error', message: `The manifest calls "${shown}" a ${fields.kind}, but it is ${terms.kind === 'amendment' ? 'an amendment' : 'a side agreement'}: a list of changes.`, hint: fields.kind === 'base' || fields.kind === 'restatement' ? 'a base agreement or restatement is a whole contract, starting with "fairlode: 1"' : `write kind: ${fields.kind} in the file` }));
      return undefined;
    }
    return {
      id: terms.id,
      kind: terms.kind,
      title: fields?.title ?? terms.title,
      signed: terms.signed as IsoDate | undefined,
      effective: terms.effective as IsoDate,
      source: fields?.source ?? terms.source,
      amends: terms.amends,
      file: shown,
      contract: undefined,
      amendment: { terms, source },
      effectiveAt: entryAt('effective') ?? { source, path: ['effective'] },
    };
  }
  if (!isMapping || !('fairlode' in v)) {
    diagnostics.push(placeInDeal({ source: read.value, path: [] }, { code: 'deal/not-an-instrument', severity: 'error', message: `${shown} is neither a contract ("fairlode: 1") nor an amendment ("fairlode-amendment: 1").`, hint: 'a deal folder holds only its instruments (and deal.yaml)' }));
    return undefined;
  }
  const loaded = loadContract(e.file.text, { filename: shown, ...(options.limits === undefined ? {} : { limits: options.limits }) });
  if (!loaded.ok) {
    diagnostics.push(...loaded.diagnostics);
    return undefined;
  }
  diagnostics.push(...loaded.diagnostics);
  const c = loaded.value.contract;
  if (fields?.kind === 'amendment' || fields?.kind === 'side-agreement') {
    diagnostics.push(placeInDeal(entryAt('kind')!, { code: 'deal/wrong-kind', severity: 'error', message: `The manifest calls "${shown}" a ${fields.kind}, but it is a whole contract.`, hint: 'a whole contract is the base agreement or a restatement; an amendment starts with "fairlode-amendment: 1" and lists its changes' }));
    return undefined;
  }
  return {
    id: fields?.id ?? stem(e.file.name),
    kind: fields?.kind ?? 'restatement',
    title: fields?.title ?? c.title,
    signed: (fields?.signed ?? c.signed) as IsoDate,
    effective: (fields?.effective ?? c.effective) as IsoDate,
    source: fields?.source,
    amends: undefined,
    file: shown,
    contract: loaded.value,
    amendment: undefined,
    effectiveAt: entryAt('effective') ?? { source: loaded.value.source, path: ['effective'] },
  };
}
