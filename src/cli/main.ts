import { oneLineText } from '../diagnostics/visible-text.js';
import { provideRequire } from './node-require.js';
import { processTerminal } from './terminal.js';
import { UsageError } from './usage-error.js';

// The fairlode command. Argument parsing, exit codes and rendering only: everything else is the
// library's. Errors the user can fix end in one line on stderr and exit code 2, never a stack trace
// (set FAIRLODE_DEBUG=1 to see one).

provideRequire();
const { CommanderError } = await import('commander');
const { buildProgram } = await import('./program.js');

const terminal = processTerminal();
const state = { exitCode: 0 };
const args = process.argv.slice(2);
const program = buildProgram(terminal, process.cwd(), state);

try {
  if (args.length === 0) program.outputHelp();
  else await program.parseAsync(args, { from: 'user' });
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version end with code 0; every parsing error has already been printed in one line.
    state.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (error instanceof UsageError) {
    // Messages name files and quote contracts: one line each, controls shown (see diagnosticLine).
    terminal.err(`fairlode: ${oneLineText(error.message)}\n${error.details.map((d) => `  ${oneLineText(d)}\n`).join('')}`);
    state.exitCode = 2;
  } else {
    const reason = error instanceof Error ? error.message : String(error);
    terminal.err(`fairlode: internal error: ${oneLineText(reason.split('\n')[0]!)} (please report it; FAIRLODE_DEBUG=1 shows the stack)\n`);
    if (process.env.FAIRLODE_DEBUG) terminal.err(`${error instanceof Error ? error.stack : ''}\n`);
    state.exitCode = 2;
  }
}
process.exitCode = state.exitCode;
