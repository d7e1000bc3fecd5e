import { InvalidArgumentError, type Command } from 'commander';
import type { RunState } from './program.js';
import type { Terminal } from './terminal.js';

function portNumber(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 65535) throw new InvalidArgumentError('--port must be a whole number from 0 to 65535 (0: any free port).');
  return Number(value);
}

/**
 * Declares `fairlode workbench` on the program; its code is imported only when it runs.
 */
export function registerWorkbenchCommand(program: Command, terminal: Terminal, state: RunState): void {
  program
    .command('workbench')
    .summary('open the contract workbench in your browser')
    .description('Serves the workbench (an editor with live checking, scorecard, payouts, fiscal analysis and obligations, all computed in the browser) on 127.0.0.1 only, and opens it. Static files only; nothing you type leaves the browser. The same page also works opened directly from dist/workbench/index.html.')
    .option('--port <n>', 'the port (default: any free one)', portNumber, 0)
    .option('--no-open', 'print the address without opening a browser')
    .addHelpText('after', '\nExamples:\n  $ fairlode workbench\n  $ fairlode workbench --port 4173 --no-open\n\nExit codes: 0 stopped with Ctrl+C, 2 the port cannot be used or the workbench is not built.\n')
    .action(async (opts: Record<string, unknown>) => {
      const { runWorkbench } = await import('./commands/workbench.js');
      state.exitCode = await runWorkbench({ port: opts.port as number, open: opts.open !== false }, terminal);
    });
}
