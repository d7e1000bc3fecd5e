import { oneLineText } from '../diagnostics/visible-text.js';
import type { PayoutStatement } from '../payout/index.js';
import type { Terminal } from './terminal.js';

/** Exit 1 with a line on stderr for each statement that does not balance, else 0. */
export function balanceExitCode(statements: readonly PayoutStatement[], terminal: Terminal): number {
  const unbalanced = statements.filter((s) => !s.conservation.balanced);
  for (const s of unbalanced) terminal.err(`fairlode: the statement for ${s.period.label} does not balance: ${oneLineText(s.conservation.problems.join('; '))}\n`);
  return unbalanced.length > 0 ? 1 : 0;
}
