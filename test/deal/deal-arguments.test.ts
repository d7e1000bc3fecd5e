import { describe, expect, it } from 'vitest';
import { computeDealPayouts, consolidateDeal, diffContracts, FairlodeError, loadDeal, parseDealManifest, type Deal } from 'fairlode';
import { fixtureDeal } from './deal-fixture.js';

// A library caller's mistakes are FairlodeErrors naming the argument, never a TypeError.
function thrown(fn: () => unknown): FairlodeError {
  try {
    fn();
  } catch (e) {
    if (e instanceof FairlodeError) return e;
    throw e;
  }
  throw new Error('nothing thrown');
}

describe('wrong arguments', () => {
  it('are named', () => {
    expect(thrown(() => loadDeal('base.yaml' as never)).message).toBe('loadDeal: files must be a list of { name, text } files, not the text "base.yaml".');
    expect(thrown(() => loadDeal([{ name: 'a.yaml' }] as never)).message).toContain('loadDeal: files[0] must be a file { name, text }');
    expect(thrown(() => parseDealManifest(42 as never)).code).toBe('argument/invalid');
    expect(thrown(() => consolidateDeal(null as never, '2031-01-01')).message).toContain('consolidateDeal: deal must be a deal');
    const deal: Deal = fixtureDeal('copper-chain');
    expect(thrown(() => consolidateDeal(deal, '2031-13-01')).message).toContain('consolidateDeal: asOf must be a date written YYYY-MM-DD');
    expect(thrown(() => computeDealPayouts(deal, 'x' as never)).message).toContain('computeDealPayouts: actuals');
    expect(thrown(() => diffContracts({} as never, {} as never)).message).toContain('diffContracts: before must be a contract');
  });
});
