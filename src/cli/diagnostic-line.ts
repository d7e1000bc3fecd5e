import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** A diagnostic as one line for stderr: `file:line:column: severity: message (hint) [code]`. */
export function diagnosticLine(d: Diagnostic): string {
  const at = d.range ? `${d.file ?? ''}:${d.range.start.line}:${d.range.start.column}` : (d.file ?? '');
  const hint = d.hint === undefined ? '' : ` (${d.hint})`;
  return `${at ? `${at}: ` : ''}${d.severity}: ${d.message}${hint} [${d.code}]`;
}
