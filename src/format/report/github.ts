import type { Severity } from '../../diagnostics/diagnostic.js';
import { visibleExceptLineBreaks as shown } from '../../diagnostics/visible-text.js';
import { countOf, summarizeReport, type CheckReport } from './check-report.js';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * Escapes a workflow command's message exactly as `@actions/core` does (`escapeData`): `%`, CR
 * and LF become `%25`, `%0D` and `%0A`.
 *
 * @example
 * ```ts
 * escapeWorkflowData('50% of\nrevenue'); // '50%25 of%0Arevenue'
 * ```
 */
export function escapeWorkflowData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * Escapes a workflow command's property value exactly as `@actions/core` does
 * (`escapeProperty`): as {@link escapeWorkflowData}, and `:` and `,` become `%3A` and `%2C`.
 *
 * @example
 * ```ts
 * escapeWorkflowProperty('G3-BND-002: binding, funded'); // 'G3-BND-002%3A binding%2C funded'
 * ```
 */
export function escapeWorkflowProperty(text: string): string {
  return escapeWorkflowData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * A check report as GitHub Actions workflow commands: one `::group::` per file with findings, and
 * in it one annotation per finding (`::error`, `::warning` or `::notice`) with the file, line,
 * column, end line and (on a single line) end column, titled by the rule id, escaped as GitHub's
 * toolkit escapes them (so no text from a contract can end the command and start another, such as
 * `::stop-commands::`), with control and bidirectional characters other than CR and LF shown as
 * escapes; then a notice with the counts. The annotations appear on the lines of the
 * pull request's diff.
 *
 * @example
 * ```ts
 * process.stdout.write(formatCheckGithub(report));
 * // ::group::examples/contracts/weak-extraction.yaml
 * // ::warning file=examples/contracts/weak-extraction.yaml,line=33,endLine=33,col=3,endColumn=12,title=G2-SUB-001::No royalty is split …
 * // ::endgroup::
 * ```
 */
export function formatCheckGithub(report: CheckReport): string {
  const out: string[] = [];
  for (const f of report.files) {
    if (f.findings.length === 0) continue;
    out.push(`::group::${escapeWorkflowData(shown(f.file))}`);
    for (const d of f.findings) {
      const props = [`file=${escapeWorkflowProperty(shown(f.file))}`];
      if (d.range) {
        props.push(`line=${d.range.start.line}`, `endLine=${d.range.end.line}`, `col=${d.range.start.column}`);
        // GitHub takes an end column only for an annotation on one line.
        if (d.range.end.line === d.range.start.line) props.push(`endColumn=${d.range.end.column}`);
      }
      props.push(`title=${escapeWorkflowProperty(shown(d.clause === undefined ? d.code : `${d.code} (${d.clause})`))}`);
      const message = d.hint === undefined ? d.message : `${d.message} (${d.hint})`;
      out.push(`::${COMMAND[d.severity]} ${props.join(',')}::${escapeWorkflowData(shown(message))}`);
    }
    out.push('::endgroup::');
  }
  const s = summarizeReport(report);
  const summary = `fairlode check: ${countOf(s.errors, 'error')}, ${countOf(s.warnings, 'warning')}, ${countOf(s.infos, 'info')} in ${s.filesWithFindings} of ${countOf(s.files, 'file')}; ${countOf(s.exemptions, 'exemption')}`;
  out.push(`::notice title=fairlode::${escapeWorkflowData(summary)}`);
  return `${out.join('\n')}\n`;
}
