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
    ['computePayouts without a contract', call(computePayouts, undefined, [january]), 'computePayouts: the argument "contract" must be a contract (what loadContract returns, or its .contract), got undefined.'],
    ['computePayouts with a contract missing its revenue', call(computePayouts, { id: 'x', currency: 'USD' }, [january]), 'the argument "contract" must be a contract'],
    ['computePayouts with actuals that are not an array', call(computePayouts, c, january), 'computePayouts: the argument "actuals" must be an array of period actuals, got an object.'],
    ['computePayouts with actuals in a Map', call(computePayouts, c, new Map([['2026-01', january]])), 'the argument "actuals" must be an array of period actuals, got a Map.'],
    ['computePayouts with a list holding null', call(computePayouts, c, [january, null]), 'computePayouts: the argument "actuals[1]" must be period actuals (what loadActuals returns, or its .actuals), got null.'],
    ['computePayouts with null options', call(computePayouts, c, [january], null), 'computePayouts: the argument "options" must be an object of options, or left out, got null.'],
    ['computePayouts with an opening that is a number', call(computePayouts, c, [january], { opening: 42 }), 'the argument "options.opening" must be an object of options, or left out, got a number (42).'],
    ['computePeriod without a state', call(computePeriod, c, january, undefined), 'computePeriod: the argument "state" must be a payout state (from initialPayoutState or a previous step), got undefined.'],
    ['computePeriod with actuals as a string', call(computePeriod, c, 'january.yaml', initialPayoutState(c)), 'computePeriod: the argument "actuals" must be period actuals (what loadActuals returns, or its .actuals), got a string ("january.yaml").'],
    ['initialPayoutState with null balances', call(initialPayoutState, c, null), 'initialPayoutState: the argument "opening" must be an object of options, or left out, got null.'],
    ['explain without a statement', call(explain, undefined, 'royalty'), 'explain: the argument "statement" must be a payout statement, got undefined.'],
    ['explain with a line id that is a number', call(explain, statement, 7), 'explain: the argument "lineId" must be a text, got a number (7).'],
    ['explain with null options', call(explain, statement, 'royalty', null), 'explain: the argument "options" must be an object of options, or left out, got null.'],
    ['explainTrace without a trace', call(explainTrace, undefined), 'explainTrace: the argument "trace" must be a trace (a line\'s .trace), got undefined.'],
    ['checkConservation without lines', call(checkConservation, undefined, 'USD'), 'checkConservation: the argument "lines" must be a list of payout lines, got undefined.'],
  ])('%s: a FairlodeError naming the argument', (_what, fn, message) => {
    // Before: TypeError (e.g. "Cannot read properties of undefined (reading 'contract')").
    const e = thrown(fn);
    expect(e).toBeInstanceOf(FairlodeError);
    expect((e as FairlodeError).code).toBe('payout/invalid-argument');
    expect((e as FairlodeError).message).toContain(message);
  });

  it('still accepts what loadContract and loadActuals return, and plain values', () => {
    expect(run.ok).toBe(true);
    // 10 t × 8000 USD/t = 80,000.00 USD; 5% royalty = 4,000.00 USD.
    expect(statement?.lines.find((l) => l.id === 'royalty')?.amount.amount.toFixed(2)).toBe('4000.00');
    expect(computePeriod(c, january, initialPayoutState(c)).statement.lines.length).toBe(statement?.lines.length);
  });
});
