import { FairlodeError } from '../../diagnostics/diagnostic.js';
import { computePayouts, explain } from '../../payout/index.js';
import { payoutJsonValue } from '../../format/index.js';
import { diagnosticLine } from '../diagnostic-line.js';
import { loadPayoutInputs, reportWarnings } from '../payout-inputs.js';
import type { Terminal } from '../terminal.js';
import { UsageError } from '../usage-error.js';

/** The options of `fairlode explain`. */
export interface ExplainCommandOptions {
  /** The statement line to explain. */
  readonly line: string;
  /** The period, or the last. */
  readonly period: string | undefined;
  /** Levels of inputs to show. */
  readonly depth: number | undefined;
  /** text or json. */
  readonly format: 'text' | 'json';
}

/** `fairlode explain`: the computation tree of one amount. Exit 0, or 2 when it cannot be computed or found. */
export async function runExplain(contractPath: string, actualsPaths: readonly string[], options: ExplainCommandOptions, terminal: Terminal, cwd: string): Promise<number> {
  const { contract, actuals } = await loadPayoutInputs(cwd, contractPath, actualsPaths, terminal);
  const run = computePayouts(contract, actuals);
  if (!run.ok) throw new UsageError('the payouts cannot be computed', run.diagnostics.map(diagnosticLine));
  reportWarnings(run.diagnostics, terminal);
  const { statements } = run.value;
  const statement = options.period === undefined ? statements.at(-1) : statements.find((s) => s.period.label === options.period);
  if (statement === undefined) throw new UsageError(`no statement for the period "${options.period}"; the periods are ${statements.map((s) => s.period.label).join(', ')}`);
  if (options.format === 'json') {
    const json = payoutJsonValue(statement, { traces: true }).statements[0]!;
    const line = json.lines.find((l) => l.id === options.line);
    if (line === undefined) throw new UsageError(`the statement for ${statement.period.label} has no line "${options.line}"; its lines are ${json.lines.map((l) => l.id).join(', ')}`);
    terminal.out(`${JSON.stringify({ contract: json.contract, period: json.period, currency: json.currency, line }, null, 2)}\n`);
    return 0;
  }
  try {
    terminal.out(`${explain(statement, options.line, options.depth === undefined ? {} : { maxDepth: options.depth })}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof FairlodeError)) throw error;
    throw new UsageError(error.message);
  }
}
