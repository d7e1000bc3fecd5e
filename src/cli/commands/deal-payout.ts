import { computeDealPayouts, type PayoutStatement } from '../../payout/index.js';
import { dealPayoutJsonValue, dealTermsMarkdown, dealTermsText, formatPayoutCsv, formatPayoutMarkdown, formatPayoutText, instrumentsPerStatement } from '../../format/index.js';
import { oneLineText } from '../../diagnostics/visible-text.js';
import { diagnosticLine } from '../diagnostic-line.js';
import { loadDealInputs } from '../deal-inputs.js';
import { writeOutput } from '../output-file.js';
import { reportWarnings } from '../payout-inputs.js';
import type { Terminal } from '../terminal.js';
import { UsageError } from '../usage-error.js';
import type { PayoutCommandOptions } from './payout.js';

/** Exit 1 with a line on stderr for each statement that does not balance, else 0. */
export function balanceExitCode(statements: readonly PayoutStatement[], terminal: Terminal): number {
  const unbalanced = statements.filter((s) => !s.conservation.balanced);
  for (const s of unbalanced) terminal.err(`fairlode: the statement for ${s.period.label} does not balance: ${oneLineText(s.conservation.problems.join('; '))}\n`);
  return unbalanced.length > 0 ? 1 : 0;
}

/**
 * `fairlode payout <deal>`: each period under the terms in force in it (`computeDealPayouts`), the
 * output naming the instruments that governed each run of periods. A broken chain, actuals that do
 * not fit the terms of their period, or a period in which the terms change is exit 2.
 */
export async function runDealPayout(dealPath: string, actualsPaths: readonly string[], options: PayoutCommandOptions, terminal: Terminal, cwd: string): Promise<number> {
  const { deal, actuals, inputs } = await loadDealInputs(cwd, dealPath, actualsPaths, terminal);
  const run = computeDealPayouts(deal, actuals);
  if (!run.ok) throw new UsageError('the payouts cannot be computed', run.diagnostics.map(diagnosticLine));
  reportWarnings(run.diagnostics, terminal);
  const { statements, terms } = run.value;
  const text =
    options.format === 'json'
      ? `${JSON.stringify(dealPayoutJsonValue(deal.id, terms, statements, { traces: options.traces }), null, 2)}\n`
      : options.format === 'markdown'
        ? dealTermsMarkdown(deal.id, terms) + formatPayoutMarkdown(statements)
        : options.format === 'csv'
          ? formatPayoutCsv(statements, instrumentsPerStatement(statements, terms))
          : `${dealTermsText(deal.id, terms)}\n${formatPayoutText(statements, { details: options.details })}`;
  await writeOutput(text.endsWith('\n') ? text : `${text}\n`, options.output, terminal, cwd, inputs);
  return balanceExitCode(statements, terminal);
}
