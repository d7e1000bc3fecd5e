// Property: the scorecard does not depend on the order of the rules, nor on the order of the
// clauses in the file (list entries and mapping keys alike).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { checkContract, loadContract, parseSource, resolveProfile, RULES, type Scorecard } from 'fairlode';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const names = ['chagai-partnership', 'reko-diq-style', 'weak-extraction'];
const values = names.map((n) => {
  const parsed = parseSource(readFileSync(join(root, 'examples', 'contracts', `${n}.yaml`), 'utf8'), { format: 'yaml' });
  if (!parsed.ok) throw new Error(n);
  return parsed.value.value;
});

// The lists whose entries are clauses (or parties), whose order in the file carries no meaning.
// Lists inside a clause that are schedules (price bands, dated targets, levy steps) must stay in
// date or price order, and the loader checks that they do, so they are not reordered.
const CLAUSE_LISTS = new Set([
  'parties', 'commodities', 'ownership', 'infrastructure', 'revenue.royalties', 'revenue.priceParticipation',
  'revenue.communityFunds', 'revenue.governmentShares', 'revenue.bonuses', 'exploration.geodata',
  'exploration.jointProgramme.workProgramme', 'community.employment', 'community.training',
  'processing.commitments', 'governance.paymentAccounts', 'governance.beneficialOwners',
]);

/** Reorders the clause lists and every mapping's keys in a plain value, drawing sort keys from `keys`. */
function reorder(value: unknown, keys: readonly number[], path: string[] = [], next = { i: 0 }): unknown {
  const draw = () => keys[next.i++ % keys.length]!;
  const shuffle = <T>(items: T[]): T[] => items.map((item) => ({ item, k: draw() })).sort((a, b) => a.k - b.k).map((x) => x.item);
  if (Array.isArray(value)) {
    const items = value.map((v) => reorder(v, keys, path, next));
    return CLAUSE_LISTS.has(path.join('.')) ? shuffle(items) : items;
  }
  if (value !== null && typeof value === 'object') return Object.fromEntries(shuffle(Object.entries(value).map(([k, v]) => [k, reorder(v, keys, [...path, k], next)] as const)));
  return value;
}

function scorecard(value: unknown, profile = resolveProfile('recommended')): Scorecard {
  const loaded = loadContract(JSON.stringify(value), { format: 'json', filename: 'c.json' });
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('; '));
  if (!profile.ok) throw new Error('profile');
  return checkContract(loaded.value, { profile: profile.value }).scorecard;
}

const baseline = values.map((v) => scorecard(v));

describe('order independence', () => {
  it('reordering the clauses of a contract leaves its scorecard unchanged', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.array(fc.nat(), { minLength: 1, maxLength: 50 }), (which, keys) => {
        expect(scorecard(reorder(values[which], keys))).toEqual(baseline[which]);
      }),
      { numRuns: 60 },
    );
  });

  it('running the rules in another order leaves every scorecard unchanged', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...RULES], { minLength: RULES.length, maxLength: RULES.length }), (rules) => {
        const profile = resolveProfile('recommended', { rules });
        values.forEach((v, i) => expect(scorecard(v, profile)).toEqual(baseline[i]));
      }),
      { numRuns: 30 },
    );
  });
});
