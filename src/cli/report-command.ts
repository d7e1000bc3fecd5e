import type { Command } from 'commander';
import { addPriceRiskOptions, priceRiskFlags } from './price-risk-options.js';
import type { RunState } from './program.js';
import type { Terminal } from './terminal.js';

/**
 * Declares `fairlode report` on the program; its code (and the charting it needs) is imported
 * only when it runs.
 */
export function registerReportCommand(program: Command, terminal: Terminal, cwd: string, state: RunState): void {
  const command = program
    .command('report')
    .summary('write a self-contained HTML report with charts')
    .description('Writes one HTML file that opens anywhere, offline, and prints well: parties, ownership, term, achievement level and the eight principle scores; the net flow of each party per period (government shares passed on counted once, cash calls below the axis); government take and investor IRR against price with the breakeven (with --plan); obligations by status (with --actuals); and the findings with the offending lines of the contract. With --plan and --paths, a fan chart of each simulated price and the distribution of the fiscal figures over the paths.')
    .argument('<contract>', 'the contract file, or a deal (a folder with deal.yaml, or the manifest)')
    .option('--actuals <paths...>', 'period actuals: files, folders or globs')
    .option('--plan <file>', 'a life-of-mine plan for the price sensitivity')
    .option('--opening <file>', 'with --actuals, an opening-state file: the balances the payouts start from')
    .option('--as-of <date>', 'the date obligations are judged on (default: the end of the latest period)')
    .option('--date <date>', 'the date printed on the report (default: none, so the same inputs give the same file)')
    .option('--profile <name>', 'the compliance profile (default: recommended)')
    .option('-o, --out <file>', 'write to this file instead of stdout');
  addPriceRiskOptions(command)
    .addHelpText('after', '\nExamples:\n  $ fairlode report examples/contracts/chagai-partnership.yaml --actuals examples/actuals/chagai-partnership --plan examples/plans/chagai-partnership.yaml --out report.html\n  $ fairlode report examples/contracts/chagai-partnership.yaml --plan examples/plans/chagai-partnership.yaml --paths 1000 --volatility copper=30%,gold=15% --out report.html\n\nExit codes: 0 written, 2 unusable input.\n')
    .action(async (contract: string, opts: Record<string, unknown>) => {
      const { runReport } = await import('./commands/report.js');
      state.exitCode = await runReport(
        contract,
        {
          actuals: (opts.actuals as string[] | undefined) ?? [],
          plan: opts.plan as string | undefined,
          out: opts.out as string | undefined,
          asOf: opts.asOf as string | undefined,
          date: opts.date as string | undefined,
          profile: opts.profile as string | undefined,
          risk: priceRiskFlags(opts),
          concurrency: opts.concurrency as number | undefined,
          progress: opts.progress !== false,
          opening: opts.opening as string | undefined,
        },
        terminal,
        cwd,
      );
    });
}
