import type { PayoutStatement, TermsApplied } from '../payout/index.js';
import type { DueDateTerms } from '../obligations/index.js';
import { visibleText } from '../diagnostics/visible-text.js';
import { markdownText } from './markdown-text.js';
import { payoutJsonValue, type PayoutJson, type PayoutJsonOptions } from './payout-json.js';

/** The instruments each statement was computed under, joined with ` + `, in statement order. */
export function instrumentsPerStatement(statements: readonly PayoutStatement[], terms: readonly TermsApplied[]): string[] {
  const out: string[] = [];
  let r = 0;
  for (const s of statements) {
    const run = terms[r];
    out.push(run === undefined ? '' : run.instruments.join(' + '));
    if (run !== undefined && s.period.label === run.periods[1]) r++;
  }
  return out;
}

function periodsOf(t: TermsApplied): string {
  return t.periods[0] === t.periods[1] ? t.periods[0] : `${t.periods[0]} to ${t.periods[1]}`;
}

/**
 * Which instruments governed each run of periods of a deal, as plain text: a heading, then one line
 * per run (`  2031 to 2033: base + first-amendment`). Ids are shown with their control characters
 * escaped.
 *
 * @example
 * ```ts
 * dealTermsText('kanda-copper', run.terms);
 * // 'Deal kanda-copper: each period under the terms in force in it\n  2030: base\n  2031: base + first-amendment\n'
 * ```
 */
export function dealTermsText(deal: string, terms: readonly TermsApplied[]): string {
  return `Deal ${visibleText(deal)}: each period under the terms in force in it\n${terms.map((t) => `  ${visibleText(periodsOf(t))}: ${t.instruments.map(visibleText).join(' + ')}\n`).join('')}`;
}

/**
 * {@link dealTermsText} as Markdown: a heading and a table of the runs of periods and their instruments.
 *
 * @example
 * ```ts
 * dealTermsMarkdown('kanda-copper', run.terms).split('\n')[0]; // '## Deal kanda-copper: terms in force'
 * ```
 */
export function dealTermsMarkdown(deal: string, terms: readonly TermsApplied[]): string {
  return [`## Deal ${markdownText(deal)}: terms in force`, '', '| periods | instruments in force |', '|---|---|', ...terms.map((t) => `| ${markdownText(periodsOf(t))} | ${t.instruments.map(markdownText).join(' + ')} |`), '', ''].join('\n');
}

/** The JSON of a deal's payouts: the payout JSON plus the deal id and the instruments each run of periods used. */
export interface DealPayoutJson extends PayoutJson {
  /** The deal id. */
  deal: string;
  /** Each run of consecutive periods under the same terms, in order. */
  terms: { periods: [string, string]; instruments: string[] }[];
}

/**
 * A deal's payouts as the plain JSON value: `{ deal, terms, statements }`, the statements as
 * {@link payoutJsonValue} gives them.
 *
 * @example
 * ```ts
 * dealPayoutJsonValue('kanda-copper', run.terms, run.statements).terms[0]; // { periods: ['2030', '2030'], instruments: ['base'] }
 * ```
 */
export function dealPayoutJsonValue(deal: string, terms: readonly TermsApplied[], statements: readonly PayoutStatement[], options: PayoutJsonOptions = {}): DealPayoutJson {
  return { deal, terms: terms.map((t) => ({ periods: [t.periods[0], t.periods[1]], instruments: [...t.instruments] })), ...payoutJsonValue(statements, options) };
}

/**
 * The line that heads a deal's obligations: the instruments whose terms judged each run of due dates.
 *
 * @example
 * ```ts
 * dealObligationTerms('kanda-copper', [{ from: undefined, instruments: ['base'] }, { from: '2031-01-01', instruments: ['base', 'first-amendment'] }]);
 * // 'Deal kanda-copper: each obligation under the terms in force on its due date: base; from 2031-01-01, base + first-amendment'
 * ```
 */
export function dealObligationTerms(deal: string, terms: readonly DueDateTerms[]): string {
  return `Deal ${deal}: each obligation under the terms in force on its due date: ${terms.map((t) => `${t.from === undefined ? '' : `from ${t.from}, `}${t.instruments.join(' + ')}`).join('; ')}`;
}
