// Checking one contract text as `fairlode check` does for one file: load it and, when it loads, run
// the rules of the profile (with a plan's outcomes when given). The CLI (for each file it reads) and
// the workbench (for the text being edited) both report through it, so they agree.
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { loadContract, type LoadedContract } from '../../contract/load-contract.js';
import { compareDiagnostics } from '../../contract/diagnostic-order.js';
import { checkContract, type ComplianceReport, type FiscalOutcomes, type ResolvedProfile } from '../../compliance/index.js';
import type { FileReport } from './check-report.js';

/** The outcome of checking one contract text. */
export interface ContractCheck {
  /** The loaded contract, when the text is a usable contract. */
  readonly loaded: LoadedContract | undefined;
  /** Load diagnostics, the plan's and rule findings together, by line, column, then id. */
  readonly findings: readonly Diagnostic[];
  /** The rules' report, when the contract loaded. */
  readonly report: ComplianceReport | undefined;
  /** The same result as `fairlode check` reports it for one file. */
  readonly fileReport: FileReport;
}

/** What a plan adds to the check of the contract it names: its outcomes, and its own diagnostics. */
export interface PlannedCheck {
  /** The plan's fiscal outcomes under the contract, when they could be had. */
  readonly outcomes?: FiscalOutcomes | undefined;
  /** The plan's and the analysis's diagnostics, reported with the findings. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Options for {@link checkContractText}. */
export interface CheckTextOptions {
  /** The profile: a resolved one or the name of a shipped one; `recommended` by default. */
  readonly profile?: ResolvedProfile | string;
  /** Given the loaded contract, what a plan adds to its check (undefined: no plan for it). */
  readonly plan?: (loaded: LoadedContract) => PlannedCheck | undefined;
}

/** Diagnostics that mean the text could not be read or parsed at all. */
export function isUnusable(d: Diagnostic): boolean {
  return d.code.startsWith('source/') || d.code.startsWith('file/');
}

/**
 * Loads and checks one contract text. Problems in the text are findings; the caller decides what to
 * do with a fault in fairlode itself (an exception).
 *
 * @example
 * ```ts
 * const result = checkContractText(text, 'contract.yaml');
 * result.fileReport.status; // 'checked'
 * ```
 */
export function checkContractText(text: string, filename: string, options: CheckTextOptions = {}): ContractCheck {
  const loaded = loadContract(text, { filename });
  if (!loaded.ok) {
    const status = loaded.diagnostics.some(isUnusable) ? 'unusable' : 'invalid';
    return { loaded: undefined, findings: loaded.diagnostics, report: undefined, fileReport: { file: filename, status, findings: loaded.diagnostics } };
  }
  const planned = options.plan?.(loaded.value);
  const report = checkContract(loaded.value, { profile: options.profile ?? 'recommended', ...(planned?.outcomes === undefined ? {} : { outcomes: planned.outcomes }) });
  const findings = [...loaded.diagnostics, ...(planned?.diagnostics ?? []), ...report.findings].sort(compareDiagnostics);
  const fileReport: FileReport = { file: filename, status: 'checked', findings, scorecard: report.scorecard, exemptions: report.exemptions, unknowns: report.unknowns, assumptions: report.assumptions };
  return { loaded: loaded.value, findings, report, fileReport };
}
