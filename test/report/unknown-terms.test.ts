// The HTML report says what is unknown and what is assumed, and shows the coverage.
import { loadContract } from 'fairlode';
import { buildReportData, renderReport } from '../../src/report/index.js';
import { describe, expect, it } from 'vitest';
import { baseContractText } from '../compliance/rule-example.js';

describe('the report on unknown and assumed terms', () => {
  const text = `${baseContractText.replace('share: "100%"', 'share: { unknown: "not disclosed" }')}revenue:\n  royalties:\n    - { id: royalty, commodity: copper, payee: gov, rate: { assumed: "5%", basis: "statutory rate" } }\n`;
  const loaded = loadContract(text, { filename: 'deal.yaml' });
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));

  it('lists each unknown and each assumption in the notes, and shows an unknown share as unknown', () => {
    const data = buildReportData({ contract: loaded.value });
    expect(data.notes).toContain('Unknown: "ownership[0].share" is unknown (not disclosed).');
    expect(data.notes).toContain('Assumed: "revenue.royalties[0].rate" is taken as "5%" (statutory rate); every figure that depends on it rests on this assumption.');
    expect(data.ownership[0]!.label).toBe('unknown');
    expect(data.coverage?.minimum).toBe(80);
  });

  it('prints the coverage beside each principle score', () => {
    const html = renderReport({ contract: loaded.value });
    expect(html).toMatch(/<caption>Principle scores<\/caption><thead><tr><th scope="col">Principle or reform<\/th><th[^>]*>Score<\/th><th[^>]*>Coverage<\/th>/);
    expect(html).toMatch(/of the rule weight judged on known terms \(a level requires 80%\)/);
  });
});
