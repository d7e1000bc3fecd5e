import { escapeHtml } from './escape-html.js';
import type { ReportInstrument } from './report-input.js';

/**
 * The report's "Instruments" section for a deal: each instrument in the order it applies, with its
 * kind, title, signature and effective dates, and whether it is part of the terms the report judges.
 * Every piece of text from the deal is escaped.
 */
export function instrumentsSection(instruments: readonly ReportInstrument[]): string {
  const rows = instruments
    .map((i) => `<tr><td><code>${escapeHtml(i.id)}</code></td><td>${escapeHtml(i.kind)}</td><td>${escapeHtml(i.title ?? '')}</td><td>${escapeHtml(i.signed ?? 'unknown')}</td><td>${escapeHtml(i.effective)}</td><td>${i.inForce ? 'yes' : 'no'}</td></tr>`)
    .join('');
  return `<section id="instruments" aria-labelledby="instruments-h"><h2 id="instruments-h">Instruments</h2><p>The terms judged below are the deal's terms in force on the report's date, consolidated from the instruments in force.</p><table><caption>The deal's instruments, in the order they apply</caption><thead><tr><th scope="col">id</th><th scope="col">kind</th><th scope="col">title</th><th scope="col">signed</th><th scope="col">effective</th><th scope="col">in force</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}
