import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkContract, consolidateDeal, diffTerms, diffVerdicts, loadContract, loadDeal, type DealFile } from 'fairlode';
import { fixtureText } from '../deal/deal-fixture.js';

const baseText = fixtureText('copper-chain', 'base.yaml');

/** An amendment file as JSON text (JSON is read by the same loader, with positions). */
function amendment(id: string, effective: string, changes: unknown[]): DealFile {
  return { name: `${id}.json`, text: JSON.stringify({ 'fairlode-amendment': 1, id, effective, changes }, null, 2) };
}

const rate = fc.integer({ min: 1, max: 200 }).map((n) => `${n / 10}%`);
const years = fc.integer({ min: 25, max: 60 });

function consolidated(files: DealFile[], asOf: string) {
  const deal = loadDeal([{ name: 'base.yaml', text: baseText }, ...files]);
  if (!deal.ok) throw new Error(deal.diagnostics.map((d) => d.message).join('\n'));
  const terms = consolidateDeal(deal.value, asOf);
  if (!terms.ok) throw new Error(terms.diagnostics.map((d) => d.message).join('\n'));
  return terms.value;
}

describe('diff and consolidation properties', () => {
  it('the diff of a contract with itself is empty', () => {
    fc.assert(
      fc.property(rate, years, fc.boolean(), (r, y, fund) => {
        let text = baseText.replace('rate: "5%"', `rate: "${r}"`).replace('years: 25', `years: ${y}`);
        if (fund) text += '  communityFunds:\n    - { id: fund, modality: shall, payee: trust, rate: "1%", base: gross-revenue }\n';
        const c = loadContract(text);
        if (!c.ok) throw new Error(c.diagnostics[0]!.message);
        const again = loadContract(text);
        if (!again.ok) throw new Error('reload');
        expect(diffTerms(c.value.source.value, again.value.source.value)).toEqual([]);
        const v = diffVerdicts(checkContract(c.value), checkContract(again.value));
        expect([v.appeared, v.disappeared, v.scores.filter((s) => s.before !== s.after)]).toEqual([[], [], []]);
      }),
      { numRuns: 30 },
    );
  });

  it('the order of unrelated amendments does not change the consolidated terms', () => {
    const dates = ['2027-01-01', '2028-01-01', '2029-01-01'];
    fc.assert(
      fc.property(rate, years, fc.constantFrom(...[[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]]), (r, y, order) => {
        // Three amendments touching different clauses: the royalty's rate, the term, a new fund.
        const make = (at: readonly number[]) => [
          amendment('royalty-rate', dates[at[0]!]!, [{ set: 'copper-royalty.rate', value: r }]),
          amendment('longer-term', dates[at[1]!]!, [{ set: 'term.years', value: y }]),
          amendment('trust-fund', dates[at[2]!]!, [{ add: 'revenue.communityFunds', clause: { id: 'trust-fund', modality: 'shall', payee: 'trust', rate: '1%', base: 'gross-revenue' } }]),
        ];
        const inOrder = consolidated(make([0, 1, 2]), '2030-01-01');
        const permuted = consolidated(make(order), '2030-01-01');
        expect(diffTerms(inOrder.contract.source.value, permuted.contract.source.value)).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it('consolidating then diffing against the last instrument is consistent', () => {
    fc.assert(
      fc.property(rate, years, rate, (r, y, restatedRate) => {
        // base → an amendment → a restatement; on the restatement's date the terms are the restatement's.
        const restated = baseText.replace('id: copper-base', 'id: copper-restated').replace(/2026-01-01/g, '2030-01-01').replace('rate: "5%"', `rate: "${restatedRate}"`);
        const files = [amendment('first', '2028-01-01', [{ set: 'copper-royalty.rate', value: r }, { set: 'term.years', value: y }]), { name: 'restated.yaml', text: restated }];
        const terms = consolidated(files, '2030-01-01');
        const last = loadContract(restated);
        if (!last.ok) throw new Error('restated');
        expect(diffTerms(terms.contract.source.value, last.value.source.value)).toEqual([]);
        // And on the amendment's date, the diff against the base names exactly what the amendment changed.
        const amended = consolidated(files, '2028-01-01');
        const base = loadContract(baseText);
        if (!base.ok) throw new Error('base');
        const changed = diffTerms(base.value.source.value, amended.contract.source.value).map((t) => t.clause ?? t.section);
        expect(changed).toEqual([...(r === '5%' ? [] : ['copper-royalty']), ...(y === 25 ? [] : ['term'])]);
      }),
      { numRuns: 25 },
    );
  });
});
