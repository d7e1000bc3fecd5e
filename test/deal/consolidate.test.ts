import { describe, expect, it } from 'vitest';
import { consolidateDeal } from 'fairlode';
import { fixtureDeal } from './deal-fixture.js';

describe('consolidateDeal', () => {
  const deal = fixtureDeal('copper-chain');

  it('orders the chain: the base, then the two instruments of 2031-01-01 by id', () => {
    expect(deal.id).toBe('kanda-copper');
    expect(deal.instruments.map((i) => `${i.effective} ${i.kind} ${i.id}`)).toEqual([
      '2026-01-01 base base',
      '2031-01-01 amendment first-amendment',
      '2031-01-01 side-agreement road-agreement',
    ]);
  });

  it('gives the base terms before the amendment, with the deal id', () => {
    const r = consolidateDeal(deal, '2030-12-31');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const c = r.value.contract.contract;
    expect(c.id).toBe('kanda-copper');
    expect(c.term.years).toBe(25);
    expect(c.revenue.royalties[0]!.rate?.toString()).toBe('0.05');
    expect(r.value.instruments.map((i) => i.id)).toEqual(['base']);
    expect(r.value.clauses.find((p) => p.id === 'copper-royalty')?.setBy.id).toBe('base');
  });

  it('applies the amendment and the side agreement from their effective date, saying who set each clause', () => {
    const r = consolidateDeal(deal, '2031-01-01');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const c = r.value.contract.contract;
    expect(c.term.years).toBe(30);
    // 2026-01-01 + 30 years - 1 day
    expect(c.termEnd).toBe('2055-12-31');
    const royalty = c.revenue.royalties[0]!;
    expect(royalty.id).toBe('copper-royalty');
    expect(royalty.sliding?.mode).toBe('incremental');
    expect(royalty.ref).toBe('§7.1');
    expect(c.revenue.communityFunds.map((f) => f.id)).toEqual(['community-fund']);
    expect(c.infrastructure.map((i) => i.id)).toEqual(['haul-road']);
    const by = Object.fromEntries(r.value.clauses.map((p) => [p.id, `${p.setBy.id} ${p.setBy.article ?? ''}`.trim()]));
    expect(by).toEqual({ 'copper-royalty': 'first-amendment Art. 2', 'community-fund': 'first-amendment Art. 4', 'haul-road': 'road-agreement Clause 1' });
    expect(r.value.clauses.find((p) => p.id === 'copper-royalty')?.history.map((h) => h.id)).toEqual(['base', 'first-amendment']);
    expect(r.value.fields).toEqual([expect.objectContaining({ path: 'term.years', setBy: expect.objectContaining({ id: 'first-amendment', article: 'Art. 3' }) })]);
    expect(r.value.text).toContain('# set by amendment "first-amendment" (effective 2031-01-01), Art. 2, confidence verified');
  });

  it('refuses a date before the base and after the term, at the date that decides it', () => {
    const before = consolidateDeal(deal, '2025-12-31');
    expect(before.ok).toBe(false);
    expect(before.diagnostics[0]).toMatchObject({ code: 'deal/not-yet-in-force', file: 'deals/copper-chain/base.yaml', range: { start: { line: 8 } } });
    // With the amendment the term is 30 years: it ends on 2055-12-31.
    expect(consolidateDeal(deal, '2055-12-31').ok).toBe(true);
    const after = consolidateDeal(deal, '2056-01-01');
    expect(after.diagnostics[0]).toMatchObject({ code: 'deal/expired' });
  });
});
