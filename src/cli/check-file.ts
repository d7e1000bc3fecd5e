import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { loadContract, readSource } from '../contract/load-contract.js';
import { compareDiagnostics } from '../contract/diagnostic-order.js';
import { checkContract, fiscalOutcomes, type FiscalOutcomes } from '../compliance/index.js';
import { loadPlan } from '../fiscal/load-plan.js';
import { displayPath } from '../node/text-files.js';
import { diagnosticLine } from './diagnostic-line.js';
import type { FileReport } from '../format/report/index.js';
import { readTextFile } from '../node/text-files.js';
import type { ProfileChoice } from './check-profiles.js';
import { looksLikeContract, type ContractFile } from './contract-files.js';
import { recogniseOtherDocument } from './document-kind.js';
import { UsageError } from './usage-error.js';

/** Diagnostics that mean the file could not be read or parsed at all. */
function unusable(d: Diagnostic): boolean {
  return d.code.startsWith('source/') || d.code.startsWith('file/');
}

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
function outcomesFor(plan: PlanToCheck, loaded: Extract<ReturnType<typeof loadContract>, { ok: true }>['value']): { outcomes?: FiscalOutcomes; diagnostics: Diagnostic[] } {
  const p = loadPlan(plan.text, { filename: plan.shown, contract: loaded.contract });
  if (!p.ok) return { diagnostics: p.diagnostics };
  const o = fiscalOutcomes(loaded, p.value, { beyondTerm: plan.beyondTerm });
  if (!o.ok) return { diagnostics: o.diagnostics };
  return { outcomes: o.value, diagnostics: [...p.diagnostics, ...o.diagnostics] };
}

/**
 * Loads, validates and checks one contract file; never throws, so one file cannot stop the others.
 * A file found in a folder or by a glob that is not a contract is left out (undefined); a named
 * file that is another fairlode document is reported as unusable, saying what it is.
 */
export async function checkFile(file: ContractFile, profiles: ProfileChoice, plan?: PlanToCheck): Promise<FileReport | undefined> {
  try {
    const text = await readTextFile(file.path, file.shown);
    if (!text.ok) return { file: file.shown, status: 'unusable', findings: text.diagnostics };
    if (!looksLikeContract(text.value)) {
      if (!file.named) return undefined;
      const other = recogniseOtherDocument(text.value, file.shown);
      if (other) {
        const message = `This is ${other.what}, not a contract: ${other.instead}.`;
        return { file: file.shown, status: 'unusable', findings: [{ code: 'file/not-a-contract', severity: 'error', message, path: [], file: file.shown }] };
      }
    }
    const loaded = loadContract(text.value, { filename: file.shown });
    if (!loaded.ok) return { file: file.shown, status: loaded.diagnostics.some(unusable) ? 'unusable' : 'invalid', findings: loaded.diagnostics };
    const planned = plan !== undefined && plan.contract === loaded.value.contract.id ? outcomesFor(plan, loaded.value) : undefined;
    if (planned !== undefined) plan!.matched.value = true;
    const report = checkContract(loaded.value, { profile: profiles.profileFor(file.path), ...(planned?.outcomes === undefined ? {} : { outcomes: planned.outcomes }) });
    const findings = [...loaded.diagnostics, ...(planned?.diagnostics ?? []), ...report.findings].sort(compareDiagnostics);
    return { file: file.shown, status: 'checked', findings, scorecard: report.scorecard, exemptions: report.exemptions, unknowns: report.unknowns, assumptions: report.assumptions };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // A fault in fairlode itself, reported on the file that caused it.
    const message = `fairlode failed while checking this file (${error instanceof Error ? error.message : String(error)}); please report it.`;
    return { file: file.shown, status: 'unusable', findings: [{ code: 'internal/error', severity: 'error', message, path: [], file: file.shown }] };
  }
}

