// The payout API called from JavaScript with the wrong arguments (issue 13): a FairlodeError that
// names the argument, never a TypeError from inside the engine.
import { describe, expect, it } from 'vitest';
import { checkConservation, computePayouts, computePeriod, explain, explainTrace, FairlodeError, initialPayoutState } from 'fairlode';
import { actualsOf, contractOf } from './payout-fixtures.js';

/** Calls `fn` and returns what it threw. */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

const c = contractOf({ revenue: { royalties: [{ id: 'royalty', commodity: 'copper', payee: 'state', rate: '5%' }] } as never });
const january = actualsOf(c, { period: '2026-01', sales: [{ commodity: 'copper', quantity: '10 t', price: '8000 USD/t' }] } as never);
const run = computePayouts(c, [january]);
const statement = run.ok ? run.value.statements[0]! : undefined;
const call = (fn: (...args: never[]) => unknown, ...args: unknown[]) => () => (fn as (...a: unknown[]) => unknown)(...args);

describe('the payout API called with wrong arguments', () => {
  it.each([
    ['computePayouts without a contract', call(computePayouts, undefined, [january]), 'computePayouts: contract must be a contract (what loadContract returns, or its .contract), not undefined.'],
    ['computePayouts with a contract missing its revenue', call(computePayouts, { id: 'x', currency: 'USD' }, [january]), 'contract must be a contract'],
    ['computePayouts with actuals that are not an array', call(computePayouts, c, january), 'computePayouts: actuals must be an array of period actuals, not an object.'],
    ['computePayouts with actuals in a Map', call(computePayouts, c, new Map([['2026-01', january]])), 'actuals must be an array of period actuals, not a Map.'],
    ['computePayouts with a list holding null', call(computePayouts, c, [january, null]), 'computePayouts: actuals[1] must be period actuals (what loadActuals returns, or its .actuals), not null.'],
    ['computePayouts with null options', call(computePayouts, c, [january], null), 'computePayouts: options must be an object of options, or left out, not null.'],
    ['computePayouts with an opening that is a number', call(computePayouts, c, [january], { opening: 42 }), 'options.opening must be an object of options, or left out, not the number 42.'],
    ['computePeriod without a state', call(computePeriod, c, january, undefined), 'computePeriod: state must be a payout state (from initialPayoutState or a previous step), not undefined.'],
    ['computePeriod with actuals as a string', call(computePeriod, c, 'january.yaml', initialPayoutState(c)), 'computePeriod: actuals must be period actuals (what loadActuals returns, or its .actuals), not the text "january.yaml".'],
    ['initialPayoutState with null balances', call(initialPayoutState, c, null), 'initialPayoutState: opening must be an object of options, or left out, not null.'],
    ['explain without a statement', call(explain, undefined, 'royalty'), 'explain: statement must be a payout statement, not undefined.'],
    ['explain with a line id that is a number', call(explain, statement, 7), 'explain: lineId must be a text, not the number 7.'],
    ['explain with null options', call(explain, statement, 'royalty', null), 'explain: options must be an object of options, or left out, not null.'],
    ['explainTrace without a trace', call(explainTrace, undefined), 'explainTrace: trace must be a trace (a line\'s .trace), not undefined.'],
    ['checkConservation without lines', call(checkConservation, undefined, 'USD'), 'checkConservation: lines must be a list of payout lines, not undefined.'],
  ])('%s: a FairlodeError naming the argument', (_what, fn, message) => {
    // Before: TypeError (e.g. "Cannot read properties of undefined (reading 'contract')").
    const e = thrown(fn);
    expect(e).toBeInstanceOf(FairlodeError);
    expect((e as FairlodeError).code).toBe('argument/invalid');
    expect((e as FairlodeError).message).toContain(message);
  });

  it('still accepts what loadContract and loadActuals return, and plain values', () => {
    expect(run.ok).toBe(true);
    // 10 t × 8000 USD/t = 80,000.00 USD; 5% royalty = 4,000.00 USD.
    expect(statement?.lines.find((l) => l.id === 'royalty')?.amount.amount.toFixed(2)).toBe('4000.00');
    expect(computePeriod(c, january, initialPayoutState(c)).statement.lines.length).toBe(statement?.lines.length);
  });
});
