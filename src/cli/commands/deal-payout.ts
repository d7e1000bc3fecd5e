import { computeDealPayouts, computeProjectPayouts, type PayoutStatement } from '../../payout/index.js';
import type { LoadedActuals } from '../../contract/index.js';
import type { ProjectDeal } from '../../deal/index.js';
import { markdownText } from '../../format/markdown-text.js';
import { visibleText } from '../../diagnostics/visible-text.js';
import type { InputFile } from '../output-file.js';
import { combinedStatementsCsv, combinedStatementsJson, combinedStatementsMarkdown, combinedStatementsText, dealPayoutJsonValue, dealTermsMarkdown, dealTermsText, formatPayoutCsv, formatPayoutMarkdown, formatPayoutText, instrumentsPerStatement } from '../../format/index.js';
import { diagnosticLine } from '../diagnostic-line.js';
import { hasProjects, loadDealInputs } from '../deal-inputs.js';
import { writeOutput } from '../output-file.js';
import { reportWarnings } from '../payout-inputs.js';
import type { Terminal } from '../terminal.js';
import { UsageError } from '../usage-error.js';
import { balanceExitCode } from '../balance-exit-code.js';
import type { PayoutCommandOptions } from './payout.js';

/**
 * `fairlode payout <deal>`: each period under the terms in force in it (`computeDealPayouts`), the
 * output naming the instruments that governed each run of periods. A broken chain, actuals that do
 * not fit the terms of their period, or a period in which the terms change is exit 2. A deal with
 * ring-fenced projects: each project's statements, each taxed on its own, then per period a
 * combined statement per party (`computeProjectPayouts`); CSV writes the combined statements.
 */
export async function runDealPayout(dealPath: string, actualsPaths: readonly string[], options: PayoutCommandOptions, terminal: Terminal, cwd: string): Promise<number> {
  const { deal, actuals, inputs } = await loadDealInputs(cwd, dealPath, actualsPaths, terminal);
  if (hasProjects(deal)) return projectPayout(deal, actuals, options, inputs, terminal, cwd);
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

/** `fairlode payout` on a deal with ring-fenced projects: each project's statements, then the combined statement per party. */
async function projectPayout(deal: ProjectDeal, actuals: readonly LoadedActuals[], options: PayoutCommandOptions, inputs: readonly InputFile[], terminal: Terminal, cwd: string): Promise<number> {
  const run = computeProjectPayouts(deal, actuals);
  if (!run.ok) throw new UsageError('the payouts cannot be computed', run.diagnostics.map(diagnosticLine));
  reportWarnings(run.diagnostics, terminal);
  const { projects } = run.value;
  const text =
    options.format === 'json'
      ? `${JSON.stringify({ deal: deal.id, projects: projects.map((p) => ({ project: p.id, ...dealPayoutJsonValue(p.id, p.run.terms, p.run.statements, { traces: options.traces }) })), combined: combinedStatementsJson(run.value) }, null, 2)}\n`
      : options.format === 'markdown'
        ? projects.map((p) => `# Project ${markdownText(p.id)}\n\n${dealTermsMarkdown(p.id, p.run.terms)}${formatPayoutMarkdown(p.run.statements)}`).join('\n') + `\n# Deal ${markdownText(deal.id)}: the projects combined\n\n${combinedStatementsMarkdown(run.value)}`
        : options.format === 'csv'
          ? combinedStatementsCsv(run.value)
          : projects.map((p) => `Project ${visibleText(p.id)}, taxed on its own\n${dealTermsText(p.id, p.run.terms)}\n${formatPayoutText(p.run.statements, { details: options.details })}`).join('\n') + `\nDeal ${visibleText(deal.id)}: the projects combined\n\n${combinedStatementsText(run.value)}`;
  await writeOutput(text.endsWith('\n') ? text : `${text}\n`, options.output, terminal, cwd, inputs);
  return balanceExitCode(projects.flatMap((p) => p.run.statements), terminal);
}
