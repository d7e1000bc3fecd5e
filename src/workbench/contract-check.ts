// Checking the contract being edited, as `fairlode check` does for one file (the shared
// checkContractText). Pure, so the workbench can run it on every pause in typing.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { checkContractText as checkText, type ContractCheck } from '../format/report/check-text.js';

export type { ContractCheck };

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
    return checkText(text, filename, { profile });
  } catch (error) {
    const message = `fairlode failed while checking this text (${error instanceof Error ? error.message : String(error)}); please report it.`;
    const findings: Diagnostic[] = [{ code: 'internal/error', severity: 'error', message, path: [], file: filename }];
    return { loaded: undefined, findings, report: undefined, fileReport: { file: filename, status: 'unusable', findings } };
  }
}
