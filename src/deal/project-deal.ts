import type { Diagnostic, Result } from '../diagnostics/diagnostic.js';
import { loadActuals, type LoadedActuals } from '../contract/load-actuals.js';
import { placeAt } from '../contract/placement.js';
import { loadDealActuals } from './deal-actuals.js';
import { compareDiagnostics } from '../contract/diagnostic-order.js';
import { invalidArgument } from '../diagnostics/invalid-argument.js';
import type { Deal } from './deal.js';
import { dealFilesArgument } from './deal-arguments.js';
import { describePlace, placeInDeal, relatedPlace } from './deal-place.js';
import { loadDeal, type DealFile, type DealManifest, type LoadDealOptions } from './load-deal.js';

/** One ring-fenced project of a deal: a project company or licence with its own chain of instruments. */
export interface Project {
  /** Its id, unique in the deal; its actuals name it as their contract. */
  readonly id: string;
  /** Its name, when given. */
  readonly title: string | undefined;
  /** Its instruments, loaded as a deal of their own (with the project's id). */
  readonly deal: Deal;
}

/** A deal of several ring-fenced projects, each taxed on its own. */
export interface ProjectDeal {
  /** The deal id. */
  readonly id: string;
  /** The deal's name, when given. */
  readonly title: string | undefined;
  /** The projects, in the manifest's order. */
  readonly projects: readonly Project[];
}

/**
 * Loads a deal whose manifest lists `projects`: each project's instruments are loaded and checked as
 * a chain of their own ({@link loadDeal}), its id is the project's, and no two projects share an id.
 * Every problem of every project is a located diagnostic in the manifest or the instrument's file.
 *
 * @throws FairlodeError `argument/invalid` when `files` is not a list of `{ name, text }` or the manifest has no projects.
 * @example
 * ```ts
 * const deal = loadProjectDeal(files, { manifest });
 * if (deal.ok) console.log(deal.value.projects.map((p) => p.id));
 * ```
 */
export function loadProjectDeal(files: readonly DealFile[], options: LoadDealOptions & { readonly manifest: DealManifest }): Result<ProjectDeal> {
  dealFilesArgument('loadProjectDeal', files);
  const manifest = options?.manifest;
  if (manifest?.terms?.projects === undefined) throw invalidArgument('loadProjectDeal', 'options.manifest', 'a parsed deal manifest that lists projects', manifest);
  const diagnostics: Diagnostic[] = [];
  const projects: Project[] = [];
  const seen = new Map<string, number>();
  manifest.terms.projects.forEach((p, index) => {
    const first = seen.get(p.id);
    if (first !== undefined) {
      const at = { source: manifest.source, path: ['projects', index, 'id'] };
      const before = { source: manifest.source, path: ['projects', first, 'id'] };
      diagnostics.push({ ...placeInDeal(at, { code: 'deal/duplicate-project', severity: 'error', message: `Two projects have the id "${p.id}"; the first is at ${describePlace(before)}.`, hint: 'give each project its own id' }), related: [relatedPlace(before, 'first defined here')] });
      return;
    }
    seen.set(p.id, index);
    const names = new Set(p.instruments.map((i) => i.file));
    const loaded = loadDeal(files.filter((f) => names.has(f.name)), { ...options, manifest: { ...manifest, project: index } });
    diagnostics.push(...loaded.diagnostics);
    if (loaded.ok) projects.push({ id: p.id, title: p.title, deal: loaded.value });
  });
  diagnostics.sort(compareDiagnostics);
  if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics };
  return { ok: true, value: { id: manifest.terms.id, title: manifest.terms.title, projects }, diagnostics };
}

/**
 * Loads one period's actuals of a deal with projects: the project is the one the actuals name as
 * their `contract`, and the actuals are checked against that project's terms in force in their
 * period ({@link loadDealActuals}). Actuals naming no project are a located diagnostic listing the
 * projects.
 *
 * @throws FairlodeError `argument/invalid` when `text` is not a string.
 * @example
 * ```ts
 * const a = loadProjectActuals(deal, text, { filename: 'north/2030.yaml' });
 * if (a.ok) console.log(a.value.actuals.contract); // 'north-pit'
 * ```
 */
export function loadProjectActuals(deal: ProjectDeal, text: string, options: { filename?: string } = {}): Result<LoadedActuals> {
  if (deal === null || typeof deal !== 'object' || !Array.isArray(deal.projects)) throw invalidArgument('loadProjectActuals', 'deal', 'a deal with projects, as loadProjectDeal returns it', deal);
  const bare = loadActuals(text, options);
  if (!bare.ok) return bare;
  const named = bare.value.actuals.contract;
  const project = deal.projects.find((p) => p.id === named);
  if (project === undefined) {
    return { ok: false, diagnostics: [placeAt(bare.value.source, ['contract'], { code: 'deal/unknown-project', severity: 'error', message: `These actuals are for "${named}", which is not a project of deal "${deal.id}".`, hint: `name one of its projects: ${deal.projects.map((p) => p.id).join(', ')}` })] };
  }
  return loadDealActuals(project.deal, text, options);
}
