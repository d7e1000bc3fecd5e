import { consolidateDeal, type Consolidation } from '../../deal/index.js';
import { parseDate } from '../../time/index.js';
import { loadDealPath } from '../../node/load-deal-files.js';
import { diagnosticLine } from '../diagnostic-line.js';
import { writeOutput } from '../output-file.js';
import { reportWarnings } from '../payout-inputs.js';
import type { Terminal } from '../terminal.js';
import { UsageError } from '../usage-error.js';

/** The options of `fairlode consolidate`. */
export interface ConsolidateCommandOptions {
  /** The date of the terms, YYYY-MM-DD. */
  readonly asOf: string;
  /** yaml (the contract, with provenance comments) or json (the contract and the provenance). */
  readonly format: 'yaml' | 'json';
  /** The file to write, or stdout. */
  readonly output: string | undefined;
}

/** The consolidation as JSON: the deal, the date, the instruments in force, who set each clause, and the contract as written. */
export function consolidationJson(c: Consolidation): string {
  return `${JSON.stringify(
    {
      deal: c.deal,
      asOf: c.asOf,
      instruments: c.instruments,
      clauses: c.clauses.map((p) => ({ id: p.id, ref: p.ref, path: p.path, setBy: p.setBy.id, history: p.history.map((h) => h.id) })),
      fields: c.fields.map((f) => ({ path: f.path, setBy: f.setBy.id })),
      contract: c.contract.source.value,
    },
    null,
    2,
  )}\n`;
}

/**
 * `fairlode consolidate`: writes the terms of a deal in force on a date as one contract, each
 * clause with a comment naming the instrument that set it. Exit 0 when written, 2 when the deal
 * cannot be used or nothing is in force on the date.
 */
export async function runConsolidate(dealPath: string, options: ConsolidateCommandOptions, terminal: Terminal, cwd: string): Promise<number> {
  if (!parseDate(options.asOf).ok) throw new UsageError(`--as-of must be a date written YYYY-MM-DD, not "${options.asOf}"`);
  const { result, files } = await loadDealPath(dealPath, { cwd });
  if (!result.ok) throw new UsageError(`the deal ${dealPath} cannot be used`, result.diagnostics.map(diagnosticLine));
  reportWarnings(result.diagnostics, terminal);
  const terms = consolidateDeal(result.value, options.asOf);
  if (!terms.ok) throw new UsageError(`the terms of ${dealPath} on ${options.asOf} cannot be consolidated`, terms.diagnostics.map(diagnosticLine));
  const text = options.format === 'json' ? consolidationJson(terms.value) : terms.value.text;
  await writeOutput(text, options.output, terminal, cwd, files.map((path) => ({ path, role: 'an instrument of the deal' })));
  return 0;
}
