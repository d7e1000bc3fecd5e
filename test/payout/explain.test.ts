// explain: every line can say how its amount was computed, as indented text.
import { describe, expect, it } from 'vitest';
import { explain, explainTrace, FairlodeError } from 'fairlode';
import { contractOf, statementsOf } from './payout-fixtures.js';

describe('explain', () => {
  const c = contractOf({
    revenue: {
      royalties: [{ id: 'copper-royalty', ref: '§9.1', commodity: 'copper', payee: 'state', rate: '5%' }],
      governmentShares: [{ of: 'copper-royalty', ref: '§9.4', split: { state: '80%', county: '20%' } }],
    } as never,
  });
  const [s] = statementsOf(c, [{ period: '2027-Q1', sales: [{ commodity: 'copper', quantity: '11800 t', price: '8700 USD/t' }] }]);

  it('renders the trace tree of a line, indented, with clause, reference and formula', () => {
    expect(explain(s!, 'copper-royalty')).toBe([
      'copper-royalty: company → state 5133000.00 USD (royalty, copper-royalty, §9.1)',
      'royalty on copper: 5133000.00 USD  [copper-royalty, §9.1]',
      '  = rate × gross revenue; rounded half-even to the minor unit',
      '  rate: 5%  [copper-royalty, §9.1]',
      '  gross revenue of copper: 102660000.00 USD',
      '    = the one sale below',
      '    sale 1: 11800 t of copper at 8700 USD/t: 102660000.00 USD',
      '      = quantity × price',
    ].join('\n'));
  });

  it('a government share explains the receipt it comes from', () => {
    const text = explain(s!, 'copper-royalty/county');
    expect(text.split('\n')[0]).toBe('copper-royalty/county: state → county 1026600.00 USD (government-share, copper-royalty, §9.4)');
    expect(text).toContain('  royalty on copper: 5133000.00 USD  [copper-royalty, §9.1]');
    expect(text).toContain('    county: 20%: 1026600.00 USD');
  });

  it('can stop at a depth', () => {
    expect(explainTrace(s!.lines[0]!.trace, { maxDepth: 0 })).toBe('gross revenue of copper: 102660000.00 USD\n  = the one sale below');
  });

  it('refuses an unknown line with a did-you-mean hint', () => {
    expect(() => explain(s!, 'copper-royalti')).toThrow(FairlodeError);
    try {
      explain(s!, 'copper-royalti');
    } catch (e) {
      expect((e as FairlodeError).code).toBe('payout/unknown-line');
      expect((e as FairlodeError).hint).toBe('did you mean "copper-royalty"?');
    }
  });
});
