import { resolve } from 'node:path';
import { readSource, type LoadedContract } from '../contract/load-contract.js';
import { fiscalOutcomes } from '../compliance/index.js';
import { loadPlan } from '../fiscal/load-plan.js';
import { checkContractText, type FileReport, type PlannedCheck } from '../format/report/index.js';
import { displayPath, readTextFile, readTextFileSync } from '../node/text-files.js';
import { diagnosticLine } from './diagnostic-line.js';
import type { ProfileChoice } from './check-profiles.js';
import { looksLikeContract, type ContractFile } from './contract-files.js';
import { recogniseOtherDocument } from './document-kind.js';
import { UsageError } from './usage-error.js';

/** A life-of-mine plan given with `check --plan`: read once, analysed under the contract it names. */
export interface PlanToCheck {
  /** The plan file as shown in messages. */
  readonly shown: string;
  /** Its text. */
  readonly text: string;
  /** The id of the contract it is for. */
  readonly contract: string;
  /** Plan periods after the term: refused, or analysed on the same terms. */
  readonly beyondTerm: 'refuse' | 'extend';
  /** Set once a checked contract is the one the plan names. */
  readonly matched: { value: boolean };
}

/**
 * Reads a plan for `check --plan`; a plan that cannot be read or parsed is a usage error (exit 2)
 * with its located diagnostics.
 */
export async function planToCheck(path: string, cwd: string, beyondTerm: 'refuse' | 'extend'): Promise<PlanToCheck> {
  const file = resolve(cwd, path);
  const shown = displayPath(file, cwd);
  const text = await readTextFile(file, shown);
  if (!text.ok) throw new UsageError(`the plan ${path} cannot be used`, text.diagnostics.map(diagnosticLine));
  // The plan is read in full under the contract it names (its fiscal years are the contract's); here
  // only which contract that is.
  const parsed = readSource(text.value, { filename: shown });
  if (!parsed.ok) throw new UsageError(`the plan ${path} cannot be used`, parsed.diagnostics.map(diagnosticLine));
  const value = parsed.value.value as { contract?: unknown } | null;
  const contract = value !== null && typeof value === 'object' && typeof value.contract === 'string' ? value.contract : undefined;
  if (contract === undefined) throw new UsageError(`the plan ${path} does not name its contract: write contract: <the contract's id> at its top`);
  return { shown, text: text.value, contract, beyondTerm, matched: { value: false } };
}

/** The outcomes of the plan under this contract, or the diagnostics saying why they cannot be had. */
function outcomesFor(plan: PlanToCheck, loaded: LoadedContract): PlannedCheck {
  const p = loadPlan(plan.text, { filename: plan.shown, contract: loaded.contract });
  if (!p.ok) return { diagnostics: p.diagnostics };
  const o = fiscalOutcomes(loaded, p.value, { beyondTerm: plan.beyondTerm });
  if (!o.ok) return { diagnostics: o.diagnostics };
  return { outcomes: o.value, diagnostics: [...p.diagnostics, ...o.diagnostics] };
}

/**
 * Loads, validates and checks one contract file; never throws, so one file cannot stop the others.
 * It reads the file in a blocking call: the check of each file follows its read, so awaiting the
 * read would only add the cost of the thread pool's round trips (about 0.15 s of CPU per 1,000 files).
 * A file found in a folder or by a glob that is not a contract is left out (undefined); a named
 * file that is another fairlode document is reported as unusable, saying what it is.
 */
export function checkFile(file: ContractFile, profiles: ProfileChoice, plan?: PlanToCheck): FileReport | undefined {
  try {
    const text = readTextFileSync(file.path, file.shown);
    if (!text.ok) return { file: file.shown, status: 'unusable', findings: text.diagnostics };
    if (!looksLikeContract(text.value)) {
      if (!file.named) return undefined;
      const other = recogniseOtherDocument(text.value, file.shown);
      if (other) {
        const message = `This is ${other.what}, not a contract: ${other.instead}.`;
        return { file: file.shown, status: 'unusable', findings: [{ code: 'file/not-a-contract', severity: 'error', message, path: [], file: file.shown }] };
      }
    }
    const checked = checkContractText(text.value, file.shown, {
      profile: profiles.profileFor(file.path),
      plan: (loaded) => {
        if (plan === undefined || plan.contract !== loaded.contract.id) return undefined;
        plan.matched.value = true;
        return outcomesFor(plan, loaded);
      },
    });
    return checked.fileReport;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // A fault in fairlode itself, reported on the file that caused it.
    const message = `fairlode failed while checking this file (${error instanceof Error ? error.message : String(error)}); please report it.`;
    return { file: file.shown, status: 'unusable', findings: [{ code: 'internal/error', severity: 'error', message, path: [], file: file.shown }] };
  }
}

