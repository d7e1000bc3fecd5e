import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadedActuals } from '../contract/index.js';
import { loadDealActuals, loadProjectActuals, type Deal, type ProjectDeal } from '../deal/index.js';
import { loadDealPath } from '../node/load-deal-files.js';
import { displayPath, readTextFile } from '../node/text-files.js';
import { mapConcurrently } from '../node/map-concurrently.js';
import { expandPaths } from './contract-files.js';
import { diagnosticLine } from './diagnostic-line.js';
import type { InputFile } from './output-file.js';
import { reportWarnings } from './payout-inputs.js';
import type { Terminal } from './terminal.js';
import { UsageError } from './usage-error.js';

/** A deal and its period actuals, loaded for `payout`, `track` and `report`. */
export interface DealInputs {
  /** The deal: one chain of instruments, or ring-fenced projects. */
  readonly deal: Deal | ProjectDeal;
  /** The actuals, one per file, in file order, each checked against the terms in force in its period. */
  readonly actuals: readonly LoadedActuals[];
  /** Every file read, which no output may replace. */
  readonly inputs: readonly InputFile[];
}

/** Loads a deal (a folder or a manifest), one chain or ring-fenced projects: a deal that cannot be used is a usage error (exit 2) listing each problem at its line. */
export async function loadDealInput(cwd: string, dealPath: string, terminal: Terminal): Promise<{ deal: Deal | ProjectDeal; inputs: InputFile[] }> {
  const { result, files, projects } = await loadDealPath(dealPath, { cwd });
  const loaded = projects ?? result;
  if (!loaded.ok) throw new UsageError(`the deal ${dealPath} cannot be used`, loaded.diagnostics.map(diagnosticLine));
  reportWarnings(loaded.diagnostics, terminal);
  return { deal: loaded.value, inputs: files.map((path) => ({ path, role: 'an instrument of the deal' })) };
}

/** Whether a loaded deal has ring-fenced projects. */
export function hasProjects(deal: Deal | ProjectDeal): deal is ProjectDeal {
  return 'projects' in deal;
}

/** Reads actuals files (absolute paths) for a deal, each against the terms in force in its period; every problem of every file is reported before the run stops. */
export async function loadDealActualsFiles(cwd: string, deal: Deal | ProjectDeal, files: readonly string[], terminal: Terminal): Promise<LoadedActuals[]> {
  const results = await mapConcurrently(files, 8, async (path) => {
    const shown = displayPath(path, cwd);
    const text = await readTextFile(path, shown);
    if (!text.ok) return text;
    return hasProjects(deal) ? loadProjectActuals(deal, text.value, { filename: shown }) : loadDealActuals(deal, text.value, { filename: shown });
  });
  const problems: Diagnostic[] = [];
  let broken = 0;
  const loaded: LoadedActuals[] = [];
  for (const r of results) {
    if (r.ok) {
      loaded.push(r.value);
      reportWarnings(r.diagnostics, terminal);
    } else {
      broken++;
      problems.push(...r.diagnostics);
    }
  }
  if (broken > 0) throw new UsageError(`${broken} of ${files.length} actuals files cannot be used`, problems.map(diagnosticLine));
  return loaded;
}

/**
 * Loads a deal and every actuals file. Every file is read and checked, and every problem is
 * reported, before the run stops: a deal or actuals file that cannot be used is a usage error
 * (exit 2) listing each problem at its line.
 */
export async function loadDealInputs(cwd: string, dealPath: string, actualsPaths: readonly string[], terminal: Terminal): Promise<DealInputs> {
  const { deal, inputs } = await loadDealInput(cwd, dealPath, terminal);
  const files = await expandPaths(cwd, actualsPaths);
  const actuals = await loadDealActualsFiles(cwd, deal, files, terminal);
  return { deal, actuals, inputs: [...inputs, ...files.map((path) => ({ path, role: 'the actuals file' }))] };
}
