import { describe, expect, it } from 'vitest';
import { consolidateDeal, diffContracts } from 'fairlode';
import { renderReport } from '../../src/report/index.js';
import { fixtureDeal } from '../deal/deal-fixture.js';

describe('the HTML report with a diff', () => {
  it('has a "What changed" section with the terms in words, escaped', () => {
    const deal = fixtureDeal('copper-chain');
    const before = consolidateDeal(deal, '2030-12-31');
    const after = consolidateDeal(deal, '2031-01-01');
    if (!before.ok || !after.ok) throw new Error('fixture');
    const diff = diffContracts(before.value.contract, after.value.contract, { labels: { before: 'base <2030>', after: 'amended' } });
    if (!diff.ok) throw new Error('diff');
    const html = renderReport({ contract: after.value.contract, changes: diff.value });
    expect(html).toContain('<li><a href="#changes">What changed</a></li>');
    expect(html).toContain('<td>changed</td><td>royalty on copper (§7.1)</td><td>5% of gross revenue → incremental bands 4%–10% of gross revenue</td>');
    expect(html).toContain('base &lt;2030&gt; → amended');
    expect(renderReport({ contract: after.value.contract })).not.toContain('What changed');
  });
});
