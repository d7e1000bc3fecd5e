import { FairlodeError } from '../diagnostics/diagnostic.js';
import { closestName } from '../diagnostics/closest-name.js';
import { moneyToString } from '../money/money.js';
import { exchangeRateToString } from '../money/fx.js';
import { oneLineText, visibleText } from '../diagnostics/visible-text.js';
import { objectWithListsArgument, optionsArgument, textArgument } from './payout-arguments.js';
import type { PayoutStatement } from './payout-statement.js';
import type { Trace } from './trace.js';

/**
 * Options for {@link explain} and {@link explainTrace}.
 *
 * @example
 * ```ts
 * explain(statement, 'copper-royalty', { maxDepth: 1 });
 * ```
 */
export interface ExplainOptions {
  /** How many levels of inputs to show below the line itself (default: all). */
  maxDepth?: number;
}

/**
 * Renders an explanation tree as indented text, one value per line: its label and value, the
 * clause and legal reference it comes from, and on the next line how it was computed; its inputs
 * follow, indented by two spaces.
 *
 * @example
 * ```ts
 * explainTrace({ label: 'royalty', value: '5.00 USD', formula: 'rate × base', inputs: [{ label: 'rate', value: '5%' }] });
 * // royalty: 5.00 USD
 * //   = rate × base
 * //   rate: 5%
 * ```
 */
export function explainTrace(trace: Trace, options: ExplainOptions = {}): string {
  objectWithListsArgument('explainTrace', trace, 'trace', 'a trace (a line\'s .trace)', []);
  optionsArgument('explainTrace', options);
  const out: string[] = [];
  const max = options.maxDepth ?? Number.POSITIVE_INFINITY;
  const walk = (t: Trace, depth: number) => {
    const pad = '  '.repeat(depth);
    // Labels, clauses and references quote the contract: shown on one line, never obeyed.
    const source = visibleText([t.clause, t.ref].filter((x) => x !== undefined).join(', '));
    out.push(`${pad}${oneLineText(t.label)}: ${oneLineText(t.value)}${source ? `  [${source}]` : ''}`);
    if (t.formula !== undefined) out.push(`${pad}  = ${oneLineText(t.formula)}`);
    if (depth >= max) return;
    for (const input of t.inputs ?? []) walk(input, depth + 1);
  };
  walk(trace, 0);
  return out.join('\n');
}

/**
 * Explains one line of a payout statement: who pays whom and under which clause, then the tree of
 * inputs and operations that produced the amount, as indented text (see {@link explainTrace}).
 *
 * @throws FairlodeError `argument/invalid` when `statement` is not a statement, `lineId` not a
 * text or `options` not an object.
 * @throws FairlodeError `payout/unknown-line` when the statement has no line with that id (with a
 * did-you-mean hint).
 * @example
 * ```ts
 * console.log(explain(statement, 'copper-royalty'));
 * // copper-royalty: company → gob 6667000.00 USD (royalty, copper-royalty, §9.1)
 * // royalty on copper: 6667000.00 USD  [copper-royalty, §9.1]
 * //   = quantity × Σ (band rate × slice of the price in the band); rounded half-even to the minor unit
 * //   ...
 * ```
 */
export function explain(statement: PayoutStatement, lineId: string, options: ExplainOptions = {}): string {
  objectWithListsArgument('explain', statement, 'statement', 'a payout statement', ['lines']);
  textArgument('explain', lineId, 'lineId');
  optionsArgument('explain', options);
  const line = statement.lines.find((l) => l.id === lineId);
  if (line === undefined) {
    const close = closestName(lineId, statement.lines.map((l) => l.id), 3);
    throw new FairlodeError({
      code: 'payout/unknown-line',
      message: `The statement for ${statement.period.label} has no line "${lineId}".`,
      hint: close === undefined ? `its lines are ${statement.lines.map((l) => l.id).join(', ')}` : `did you mean "${close}"?`,
    });
  }
  const source = visibleText([line.kind, line.clause, line.ref].filter((x) => x !== undefined).join(', '));
  const head = [`${visibleText(line.id)}: ${visibleText(line.from)} → ${visibleText(line.to)} ${moneyToString(line.amount)} (${source})`];
  if (line.onBehalfOf !== undefined) head.push(`on behalf of ${visibleText(line.onBehalfOf)}`);
  if (line.settlement !== undefined) head.push(`paid as ${moneyToString(line.settlement.amount)} at ${exchangeRateToString(line.settlement.rate)}, rounded ${statement.rounding} once`);
  return `${head.join('\n')}\n${explainTrace(line.trace, options)}`;
}
