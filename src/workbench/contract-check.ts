// Checking the contract being edited, as `fairlode check` does for one file: load it, and when it
// loads, run the rules of the profile. Pure, so the workbench can run it on every pause in typing.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { loadContract, type LoadedContract } from '../contract/load-contract.js';
import { compareDiagnostics } from '../contract/diagnostic-order.js';
import { checkContract, type ComplianceReport } from '../compliance/index.js';
import type { FileReport } from '../format/report/index.js';

/** The outcome of checking the edited text. */
export interface ContractCheck {
  /** The loaded contract, when the text is a usable contract. */
  readonly loaded: LoadedContract | undefined;
  /** Load diagnostics and rule findings together, by line, column, then id. */
  readonly findings: readonly Diagnostic[];
  /** The rules' report, when the contract loaded. */
  readonly report: ComplianceReport | undefined;
  /** The same result as `fairlode check` reports it for one file (for the JSON download). */
  readonly fileReport: FileReport;
}

/** Diagnostics that mean the text could not be read or parsed at all. */
function unusable(d: Diagnostic): boolean {
  return d.code.startsWith('source/') || d.code.startsWith('file/');
}

/**
 * Loads and checks one contract text against a shipped profile (`recommended` by default).
 * Never throws for a problem in the text: a fault in fairlode itself comes back as an
 * `internal/error` finding, so the editor keeps working.
 *
 * @example
 * ```ts
 * const result = checkContractText(text, 'contract.yaml');
 * result.report?.scorecard.level; // 'level-75'
 * ```
 */
export function checkContractText(text: string, filename: string, profile = 'recommended'): ContractCheck {
  try {
    const loaded = loadContract(text, { filename });
    if (!loaded.ok) {
      const status = loaded.diagnostics.some(unusable) ? 'unusable' : 'invalid';
      return { loaded: undefined, findings: loaded.diagnostics, report: undefined, fileReport: { file: filename, status, findings: loaded.diagnostics } };
    }
    const report = checkContract(loaded.value, { profile });
    const findings = [...loaded.diagnostics, ...report.findings].sort(compareDiagnostics);
    return { loaded: loaded.value, findings, report, fileReport: { file: filename, status: 'checked', findings, scorecard: report.scorecard, exemptions: report.exemptions } };
  } catch (error) {
    const message = `fairlode failed while checking this text (${error instanceof Error ? error.message : String(error)}); please report it.`;
    const findings: Diagnostic[] = [{ code: 'internal/error', severity: 'error', message, path: [], file: filename }];
    return { loaded: undefined, findings, report: undefined, fileReport: { file: filename, status: 'unusable', findings } };
  }
}
