import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from '../../src/diagnostics/closest-name.js';

/** The textbook full-table distance (optimal string alignment), the reference the bounded one must match. */
function fullTableDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

describe('editDistance', () => {
  it('counts edits by hand: kitten → sitting is 3, treshold → threshold is 1, ab → ba is 1 (a transposition)', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('treshold', 'threshold')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
  });

  it('with a bound, gives the exact distance up to the bound and bound + 1 beyond it', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 8 }), (a, b, max) => {
        const exact = fullTableDistance(a, b);
        expect(editDistance(a, b)).toBe(exact);
        expect(editDistance(a, b, max)).toBe(exact <= max ? exact : max + 1);
      }),
      { numRuns: 3000 },
    );
  });

  it('compares two 2 MB strings within a small bound without building a 2 MB × 2 MB table', () => {
    // One substitution at the end: distance 1; two letters appended: 2; five: over the bound of 3.
    // The full table would need 4·10¹² cells and never finish.
    const long = 'k'.repeat(2_000_000);
    expect(editDistance(long, `${long.slice(0, -1)}x`, 3)).toBe(1);
    expect(editDistance(long, `${long}xy`, 3)).toBe(2);
    expect(editDistance(long, `${long}xxxxx`, 3)).toBe(4);
  });
});

describe('closestName', () => {
  it('skips a candidate far longer or shorter than the input instead of comparing it', () => {
    // A 2 MB key against the contract's field names: no candidate is within 2 edits, so no hint.
    expect(closestName('k'.repeat(2_000_000), ['title', 'term', 'currency'], 2)).toBeUndefined();
    expect(closestName('titel', ['title', 'term'], 2)).toBe('title');
  });
});
