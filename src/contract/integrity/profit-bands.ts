import type { ContractTerms } from '../contract.js';
import type { IntegrityProblem } from './integrity-problem.js';

/**
 * The bands of a profit-linked royalty (`profitLinked`) must be in order, like price bands: every
 * band but the last has an upper edge, the last has none, and the edges rise strictly.
 */
export function checkProfitBands(c: ContractTerms): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  c.revenue.royalties.forEach((r, i) => {
    const bands = r.profitLinked?.bands;
    if (!bands) return;
    const base = ['revenue', 'royalties', i, 'profitLinked', 'bands'];
    let previous: number | undefined;
    bands.forEach((band, j) => {
      const last = j === bands.length - 1;
      const edge = band.upTo;
      if (edge === undefined) {
        if (!last) problems.push({ code: 'contract/band-without-edge', message: `Band ${j + 1} has no upper edge, but only the last band may be open.`, path: [...base, j], hint: 'add "upTo" or move this band to the end' });
        return;
      }
      if (last) problems.push({ code: 'contract/last-band-closed', message: `The last band has an upper edge (${edge.toString()}), so a higher ${r.profitLinked!.measure} has no rate.`, path: [...base, j, 'upTo'], hint: 'add a final band with no "upTo"' });
      if (previous !== undefined && !edge.gt(bands[previous]!.upTo!)) {
        problems.push({
          code: 'contract/bands-out-of-order',
          message: `Band ${j + 1}'s upper edge is not above band ${previous + 1}'s.`,
          path: [...base, j, 'upTo'],
          hint: `list the bands from the lowest ${r.profitLinked!.measure} to the highest`,
          related: { message: 'the earlier band\'s edge', path: [...base, previous, 'upTo'] },
        });
      }
      previous = j;
    });
  });
  return problems;
}
