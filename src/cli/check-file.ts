import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { loadContract } from '../contract/load-contract.js';
import { compareDiagnostics } from '../contract/diagnostic-order.js';
import { checkContract } from '../compliance/index.js';
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

/**
 * Loads, validates and checks one contract file; never throws, so one file cannot stop the others.
 * A file found in a folder or by a glob that is not a contract is left out (undefined); a named
 * file that is another fairlode document is reported as unusable, saying what it is.
 */
export async function checkFile(file: ContractFile, profiles: ProfileChoice): Promise<FileReport | undefined> {
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
    const report = checkContract(loaded.value, { profile: profiles.profileFor(file.path) });
    const findings = [...loaded.diagnostics, ...report.findings].sort(compareDiagnostics);
    return { file: file.shown, status: 'checked', findings, scorecard: report.scorecard, exemptions: report.exemptions, unknowns: report.unknowns, assumptions: report.assumptions };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // A fault in fairlode itself, reported on the file that caused it.
    const message = `fairlode failed while checking this file (${error instanceof Error ? error.message : String(error)}); please report it.`;
    return { file: file.shown, status: 'unusable', findings: [{ code: 'internal/error', severity: 'error', message, path: [], file: file.shown }] };
  }
}

