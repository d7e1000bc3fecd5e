import type { Severity } from '../diagnostics/diagnostic.js';
import type { CheckSummary } from '../format/report/index.js';

/** What makes `fairlode check` fail. */
export interface FailurePolicy {
  /** Findings at or above this severity fail the run (exit 1). */
  readonly failSeverity: Severity;
  /** More warnings than this fail the run (exit 1); no limit when undefined. */
  readonly maxWarnings: number | undefined;
}

/**
 * The exit code of a check: 2 when a file could not be read or parsed (the input is unusable),
 * 1 when a finding reaches the failing severity or warnings exceed the maximum, 0 otherwise.
 */
export function checkExitCode(summary: CheckSummary, policy: FailurePolicy): 0 | 1 | 2 {
  if (summary.unusableFiles > 0) return 2;
  const failing = summary.errors + (policy.failSeverity === 'error' ? 0 : summary.warnings) + (policy.failSeverity === 'info' ? summary.infos : 0);
  if (failing > 0) return 1;
  if (policy.maxWarnings !== undefined && summary.warnings > policy.maxWarnings) return 1;
  return 0;
}
