import { readdir, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import type { Diagnostic, Result } from '../diagnostics/diagnostic.js';
import { loadDeal, loadProjectDeal, parseDealManifest, type ProjectDeal, type Deal, type DealFile, type DealManifest } from '../deal/index.js';
import { displayPath, readTextFile } from './text-files.js';

/** The names a deal manifest may have in a deal's folder. */
export const MANIFEST_NAMES = ['deal.yaml', 'deal.yml', 'deal.json'] as const;

/** A deal loaded from disk, with every file read (which no output may replace). */
export interface DealOnDisk {
  /** The deal, or why it cannot be used. */
  readonly result: Result<Deal>;
  /** Every file read, absolute. */
  readonly files: readonly string[];
  /** For a manifest that lists ring-fenced projects: the projects, or why they cannot be used (`result` then says the deal has no one chain). */
  readonly projects?: Result<ProjectDeal>;
  /** The folder of the manifest, which a project's `actuals` is relative to. */
  readonly folder?: string;
}

const INSTRUMENT = new Set(['.yaml', '.yml', '.json']);

/**
 * Loads a deal from a folder or a manifest file. A folder with a `deal.yaml` (or `.yml`, `.json`)
 * is read through it; a folder without one holds the instruments themselves (every YAML or JSON
 * file directly in it). A file is read as the manifest. Never throws for a user's mistake: a
 * missing or unreadable file is a diagnostic.
 *
 * @example
 * ```ts
 * const { result } = await loadDealPath('examples/deals/reko-diq');
 * if (result.ok) console.log(result.value.instruments.length);
 * ```
 */
export async function loadDealPath(path: string, options: { cwd?: string } = {}): Promise<DealOnDisk> {
  const cwd = options.cwd ?? process.cwd();
  const full = resolve(cwd, path);
  const isFolder = await stat(full).then((s) => s.isDirectory(), () => false);
  let manifestFile: string | undefined;
  if (isFolder) {
    for (const name of MANIFEST_NAMES) {
      if (await stat(join(full, name)).then((s) => s.isFile(), () => false)) {
        manifestFile = join(full, name);
        break;
      }
    }
  } else manifestFile = full;
  const read: string[] = [];
  const fail = (diagnostics: Diagnostic[]): DealOnDisk => ({ result: { ok: false, diagnostics }, files: read });
  let manifest: DealManifest | undefined;
  let folder = full;
  let names: string[];
  if (manifestFile !== undefined) {
    const text = await readTextFile(manifestFile, displayPath(manifestFile, cwd));
    read.push(manifestFile);
    if (!text.ok) return fail(text.diagnostics);
    const parsed = parseDealManifest(text.value, displayPath(manifestFile, cwd));
    if (!parsed.ok) return fail(parsed.diagnostics);
    manifest = parsed.value;
    folder = dirname(manifestFile);
    names = [...new Set((manifest.terms.instruments ?? manifest.terms.projects?.flatMap((p) => p.instruments) ?? []).map((i) => i.file))];
  } else {
    names = (await readdir(full, { withFileTypes: true })).filter((e) => e.isFile() && INSTRUMENT.has(extname(e.name).toLowerCase())).map((e) => e.name).sort();
  }
  const files: DealFile[] = [];
  const problems: Diagnostic[] = [];
  for (const name of names) {
    const file = resolve(folder, name);
    const shown = displayPath(file, cwd);
    const text = await readTextFile(file, shown);
    read.push(file);
    if (!text.ok) problems.push(...text.diagnostics);
    else files.push({ name, shown, text: text.value });
  }
  if (problems.length > 0) return fail(problems);
  if (manifest?.terms.projects !== undefined) return { result: loadDeal(files, { manifest }), projects: loadProjectDeal(files, { manifest }), files: read, folder };
  return { result: loadDeal(files, manifest === undefined ? {} : { manifest }), files: read, folder };
}

/**
 * Whether a path names a deal rather than a contract file: a folder, or a file whose top level has
 * `fairlode-deal:` (a manifest).
 */
export async function isDealPath(path: string, cwd: string = process.cwd()): Promise<boolean> {
  const full = resolve(cwd, path);
  if (await stat(full).then((s) => s.isDirectory(), () => false)) return true;
  const text = await readTextFile(full, path);
  return text.ok && /^["']?fairlode-deal["']?\s*:/m.test(text.value);
}
