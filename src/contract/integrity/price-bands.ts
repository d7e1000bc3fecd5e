import { FairlodeError } from '../../diagnostics/diagnostic.js';
import { convertUnitPrice, type UnitPrice } from '../../quantity/index.js';
import type { ContractTerms } from '../contract.js';
import type { IntegrityProblem } from './integrity-problem.js';

/**
 * Sliding-scale bands must be in order: every band but the last has an upper edge, the last has
 * none, and the edges rise strictly (in one currency and compatible units).
 */
export function checkPriceBands(c: ContractTerms): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  c.revenue.royalties.forEach((r, i) => {
    const bands = r.sliding?.bands;
    if (!bands) return;
    const base = ['revenue', 'royalties', i, 'sliding', 'bands'];
    let previous: { price: UnitPrice; index: number } | undefined;
    bands.forEach((band, j) => {
      const last = j === bands.length - 1;
      if (band.upTo === undefined) {
        if (!last) problems.push({ code: 'contract/band-without-edge', message: `Band ${j + 1} has no upper edge, but only the last band may be open.`, path: [...base, j], hint: 'add "upTo" or move this band to the end' });
        return;
      }
      if (last && bands.length > 0) {
        problems.push({ code: 'contract/last-band-closed', message: `The last band has an upper edge (${band.upTo.amount.toString()} ${band.upTo.currency}), so prices above it have no rate.`, path: [...base, j, 'upTo'], hint: 'add a final band with no "upTo"' });
      }
      if (previous) {
        let comparable: UnitPrice;
        try {
          if (band.upTo.currency !== previous.price.currency) throw new FairlodeError({ code: 'money/currency-mismatch', message: 'currencies differ' });
          comparable = convertUnitPrice(band.upTo, previous.price.per);
        } catch {
          problems.push({ code: 'contract/bands-incomparable', message: `Band ${j + 1}'s edge is not in the same currency and kind of unit as band ${previous.index + 1}'s.`, path: [...base, j, 'upTo'], related: { message: 'the earlier edge', path: [...base, previous.index, 'upTo'] } });
          return;
        }
        if (!comparable.amount.gt(previous.price.amount)) {
          problems.push({
            code: 'contract/bands-out-of-order',
            message: `Band ${j + 1}'s upper edge is not above band ${previous.index + 1}'s.`,
            path: [...base, j, 'upTo'],
            hint: 'list the bands from the lowest price to the highest',
            related: { message: 'the earlier band\'s edge', path: [...base, previous.index, 'upTo'] },
          });
        }
      }
      previous = { price: band.upTo, index: j };
    });
  });
  return problems;
}
