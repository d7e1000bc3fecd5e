import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { oneLineText, visibleText } from '../diagnostics/visible-text.js';

/**
 * A diagnostic as one line for stderr: `file:line:column: severity: message (hint) [code]`. The
 * file name, message and hint come from the user's files: their control and bidirectional
 * characters are shown as escapes, so a contract cannot start a line of its own (CI runners read
 * workflow commands such as `::error` on stderr too) or reorder the line.
 */
export function diagnosticLine(d: Diagnostic): string {
  const file = d.file === undefined ? '' : visibleText(d.file);
  const at = d.range ? `${file}:${d.range.start.line}:${d.range.start.column}` : file;
  const hint = d.hint === undefined ? '' : ` (${oneLineText(d.hint)})`;
  return `${at ? `${at}: ` : ''}${d.severity}: ${oneLineText(d.message)}${hint} [${visibleText(d.code)}]`;
}
