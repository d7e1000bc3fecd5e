import { describe, expect, it } from 'vitest';
import { consolidateDeal, diffContracts, formatDiffJson, formatDiffMarkdown, formatDiffText, loadActuals, type ContractDiff } from 'fairlode';
import { fixtureDeal, fixtureText } from '../deal/deal-fixture.js';

// The copper chain before and after its first amendment (and the road side agreement), both of 2031-01-01.
const deal = fixtureDeal('copper-chain');
const before = consolidateDeal(deal, '2030-12-31');
const after = consolidateDeal(deal, '2031-01-01');
if (!before.ok || !after.ok) throw new Error('the fixture chain does not consolidate');
const actuals = ['2030', '2031'].map((p) => {
  const a = loadActuals(fixtureText('copper-chain', `actuals/${p}.yaml`), { contract: before.value.contract.contract, filename: `actuals/${p}.yaml` });
  if (!a.ok) throw new Error(a.diagnostics[0]!.message);
  return a.value;
});

function diff(): ContractDiff {
  const d = diffContracts(before.ok ? before.value.contract : undefined!, after.ok ? after.value.contract : undefined!, { actuals, labels: { before: 'kanda on 2030-12-31', after: 'kanda on 2031-01-01' } });
  if (!d.ok) throw new Error(d.diagnostics[0]!.message);
  return d.value;
}

describe('diffContracts on an amendment', () => {
  const d = diff();

  it('says what changed, clause by clause, in a lawyer\'s words', () => {
    expect(d.terms.map((t) => `${t.kind} ${t.subject}${t.ref ? ` (${t.ref})` : ''}: ${t.before ?? ''} → ${t.after ?? ''}`)).toEqual([
      'changed royalty on copper (§7.1): 5% of gross revenue → incremental bands 4%–10% of gross revenue',
      'added community fund "community-fund" (§14):  → 1% of gross revenue, to trust',
      'added infrastructure "haul-road":  → Public haul road to the rail siding',
      'changed term: 25 years → 30 years',
    ]);
    expect(d.terms[3]!.fields).toEqual([{ field: 'term.years', before: '25', after: '30' }]);
  });

  it('computes each party\'s payouts before and after, as by hand', () => {
    // Each year: 10,000 t × 9,000 USD/t = 90,000,000 gross revenue; operating costs 40,000,000.
    // Before: royalty 5% = 4,500,000; distributable 90,000,000 − 40,000,000 − 4,500,000 = 45,500,000,
    //   of which operator 90% = 40,950,000 and holding 10% = 4,550,000.
    // After: royalty 4% × 8,000 + 10% × 1,000 = 420 USD/t × 10,000 t = 4,200,000; community fund
    //   1% = 900,000; distributable 90,000,000 − 40,000,000 − 4,200,000 − 900,000 = 44,900,000,
    //   of which operator 40,410,000 and holding 4,490,000.
    const total = Object.fromEntries(d.payouts!.total.map((p) => [p.party, [p.before, p.after, p.change].map((m) => m.amount.toFixed(2))]));
    expect(total).toEqual({
      operator: ['81900000.00', '80820000.00', '-1080000.00'],
      ministry: ['9000000.00', '8400000.00', '-600000.00'],
      holding: ['9100000.00', '8980000.00', '-120000.00'],
      trust: ['0.00', '1800000.00', '1800000.00'],
    });
    expect(d.payouts!.periods.map((p) => p.period)).toEqual(['2030', '2031']);
    expect(d.payouts!.periods[1]!.parties.find((p) => p.party === 'ministry')?.change.amount.toFixed(2)).toBe('-300000.00');
  });

  it('compares the verdicts: infrastructure now exists, a road without access terms is a new finding', () => {
    expect(d.verdicts.disappeared.map((f) => f.rule)).toContain('P3-INF-001');
    expect(d.verdicts.appeared.map((f) => f.rule)).toContain('P3-INF-002');
    const p3 = d.verdicts.scores.find((s) => s.principle === 'P3')!;
    expect([p3.before, p3.after]).toEqual([0, 70]);
  });

  it('writes text, Markdown and JSON', () => {
    const text = formatDiffText(d);
    expect(text).toContain('  changed  royalty on copper (§7.1): 5% of gross revenue → incremental bands 4%–10% of gross revenue\n');
    expect(text).toMatch(/total +ministry +9,000,000\.00 USD +8,400,000\.00 USD +−600,000\.00 USD\n/);
    const md = formatDiffMarkdown(d);
    expect(md).toContain('| ✏️ changed | royalty on copper (§7.1) | 5% of gross revenue → incremental bands 4%–10% of gross revenue |');
    expect(md).toContain('| **total** | trust | 0.00 USD | 1,800,000.00 USD | **1,800,000.00 USD** |');
    const json = JSON.parse(formatDiffJson(d)) as { fairlodeDiff: number; unchanged: boolean; payouts: { total: { party: string; change: string }[] } };
    expect(json.fairlodeDiff).toBe(1);
    expect(json.unchanged).toBe(false);
    expect(json.payouts.total.find((p) => p.party === 'holding')?.change).toBe('-120000.00');
  });

  it('escapes contract text in Markdown, so a note cannot inject a link', () => {
    const md = formatDiffMarkdown({ ...d, terms: [{ ...d.terms[0]!, subject: 'royalty [click](http://x) <img>' }] });
    expect(md).toContain('royalty \\[click\\](http://x) &lt;img&gt;');
  });
});
