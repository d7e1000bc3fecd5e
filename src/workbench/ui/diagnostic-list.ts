// Problems in an actuals or plan file, listed with their file, line and column.
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { h } from './element.js';
import { SEVERITY_LABELS } from './labels.js';

/** A list of located problems, or nothing when there are none. */
export function diagnosticList(diagnostics: readonly Diagnostic[]): HTMLElement | undefined {
  if (diagnostics.length === 0) return undefined;
  return h(
    'ul',
    { class: 'problems' },
    ...diagnostics.map((d) =>
      h(
        'li',
        { class: `severity-${d.severity}` },
        h('span', { class: `badge badge-${d.severity}` }, SEVERITY_LABELS[d.severity]),
        ` ${d.file ?? ''}${d.range === undefined ? '' : `:${d.range.start.line}:${d.range.start.column}`} ${d.message}${d.hint === undefined ? '' : ` ${d.hint}`}`,
      ),
    ),
  );
}
