// Regression from issue #12 (labels): a whole-value band's description named the edge convention
// ("edge price in this band") for every price; it matters, and is named, only for a price on an edge.
import { describe, expect, it } from 'vitest';
import { Decimal, type SlidingScale } from 'fairlode';
import { describeBands, prepareSlidingScale, slidingPerUnit } from '../../src/payout/sliding-scale.js';
import { contractOf } from './payout-fixtures.js';

// Ghana 2025 gold bands in part (see sliding-scale.test.ts for the source): whole value, an edge
// price in the band it closes (this-band): 5% up to 1,900, 6% to 2,000, 7% above.
const scale = contractOf({
  commodities: [{ id: 'metal', unit: 'ozt' }],
  revenue: { royalties: [{ id: 'royalty', commodity: 'metal', payee: 'state', sliding: { mode: 'whole-value', edge: 'this-band', bands: [{ upTo: '1900 USD/ozt', rate: '5%' }, { upTo: '2000 USD/ozt', rate: '6%' }, { rate: '7%' }] } as never }] },
}).revenue.royalties[0]!.sliding as SlidingScale;

const describe_ = (price: string) => {
  const prepared = prepareSlidingScale(scale);
  return describeBands(prepared, slidingPerUnit(prepared, new Decimal(price)).bands);
};

describe('a whole-value band in words', () => {
  it('names the edge convention for a price on an edge', () => {
    // 2,000 closes the 6% band (this-band).
    expect(describe_('2000')).toBe('6% of the whole value (1900 to 2000 USD/ozt, edge price in this band)');
  });

  it('does not for a price inside a band', () => {
    expect(describe_('1950')).toBe('6% of the whole value (1900 to 2000 USD/ozt)');
    expect(describe_('2400')).toBe('7% of the whole value (from 2000 USD/ozt)');
  });
});
