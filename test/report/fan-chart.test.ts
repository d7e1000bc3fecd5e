import { describe, expect, it } from 'vitest';
import { FairlodeError } from '../../src/diagnostics/diagnostic.js';
import { priceRisk } from '../../src/fiscal/index.js';
import { renderReport } from '../../src/report/index.js';
import { mini } from '../fiscal/fixtures.js';

describe('the price-risk section of the report', () => {
  it('draws a fan chart of each simulated price with its table, and the distribution of the figures', () => {
    // No volatility, drift 10%: every path is 100, 110.52, 122.14 (100·e^0.1t to the cent), so
    // P10 = median = P90 in each period, and the band is a line.
    const { contract, plan } = mini();
    const risk = priceRisk(contract, plan, { paths: 3, seed: 1, model: 'gbm', volatility: 0, drift: 0.1 });
    if (!risk.ok) throw new Error('analysis failed');
    const html = renderReport({ contract, plan, priceRisk: risk.value });
    expect(html).toContain('<a href="#price-risk">Price risk</a>');
    const section = html.slice(html.indexOf('<section id="price-risk"'), html.indexOf('</section>', html.indexOf('<section id="price-risk"')));
    expect(section).toContain('data-chart="fan-ore"');
    expect(section).toMatch(/data-marks="3"/);
    expect(section).toContain('<th scope="row">2028</th><td class="num">110.52</td><td class="num">110.52</td><td class="num">110.52</td>');
    expect(section).toContain("The state's NPV is below zero on 0.0% of the paths");
    expect(section).toContain('neither side bears price risk');
    // State NPV 100.707438… (the hand calculation in test/fiscal/price-risk.test.ts), shown to the unit.
    expect(section).toContain('State&#39;s NPV</th><td class="num">101</td>');
  });

  it('escapes names from the run and refuses what is not a run', () => {
    const { contract, plan } = mini();
    const risk = priceRisk(contract, plan, { paths: 2, seed: 1, model: 'gbm', volatility: 0.2 });
    if (!risk.ok) throw new Error('analysis failed');
    const hostile = { ...risk.value, seed: '<script>1</script>' };
    expect(renderReport({ contract, plan, priceRisk: hostile })).not.toContain('<script>1');
    expect(() => renderReport({ contract, priceRisk: { paths: 3 } as never })).toThrow(FairlodeError);
    expect(() => renderReport({ contract, priceRisk: { paths: 3 } as never })).toThrow(/input\.priceRisk must be the PriceRisk that priceRisk returns/);
  });
});
