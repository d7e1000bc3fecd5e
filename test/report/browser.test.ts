// Opens each bundled example's report in headless Chromium (Debian's package, installed by
// .ci/run; skipped with a notice where none is installed, required in CI) and checks what a reader would get: no errors, no network, every chart drawn with the
// series and marks its data calls for, a table under each chart, and a screenshot.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportData, renderReportData, type ReportData } from '../../src/report/index.js';
import { CHROMIUM_ARGS, chromiumOrSkip } from '../browser/find-chromium.js';
import { recordPage } from '../browser/page-recorder.js';
import { EXAMPLES, ROOT, exampleInput } from './example-inputs.js';

const CHROMIUM = chromiumOrSkip('the HTML report browser test');
const ARTIFACTS = join(ROOT, 'test-artifacts');

/** The charts a report's data calls for, with their series and mark counts. */
function expectedCharts(d: ReportData): Record<string, { series: number; marks: number }> {
  const charts: Record<string, { series: number; marks: number }> = {
    ownership: { series: 1, marks: d.ownership.length },
    principles: { series: 1, marks: d.principles.filter((p) => p.score !== null).length },
  };
  if (d.revenue !== undefined) charts.revenue = { series: d.revenue.series.length, marks: d.revenue.series.length * d.revenue.periods.length };
  if (d.sensitivity !== undefined) {
    const pts = d.sensitivity.points;
    charts.sensitivity = { series: 2, marks: pts.filter((p) => p.governmentTake !== null).length + pts.filter((p) => p.investorIrr !== null).length };
  }
  if (d.obligations !== undefined && d.obligations.items.length > 0) {
    charts.obligations = { series: new Set(d.obligations.items.map((i) => i.status)).size, marks: d.obligations.items.length };
  }
  return charts;
}

describe.skipIf(CHROMIUM === undefined)('the HTML report in a real browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM as string, // defined here: the suite is skipped otherwise
      headless: true,
      // Without the background-networking flags Chromium tries to reach Google at start-up,
      // which this network refuses; the report must not depend on it either way.
      args: CHROMIUM_ARGS,
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(EXAMPLES)('%s: opens offline without errors, with every chart and its table', async (name) => {
    const data = buildReportData(await exampleInput(name));
    const file = join(ARTIFACTS, `report-${name}.html`);
    writeFileSync(file, renderReportData(data));
    const url = pathToFileURL(file).href;

    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const { errors, requests } = recordPage(page, (u) => u === url);
    await page.goto(url, { waitUntil: 'load' });

    // Ids are unique, so every in-page link and aria-labelledby points at one element.
    const ids = await page.$$eval('[id]', (els) => els.map((e) => e.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);

    const charts = await page.$$eval('svg.chart', (svgs) =>
      svgs.map((s) => ({
        id: s.getAttribute('data-chart') ?? '',
        series: s.querySelectorAll('g.series').length,
        marks: s.querySelectorAll('.mark').length,
        declared: { series: Number(s.getAttribute('data-series')), marks: Number(s.getAttribute('data-marks')) },
        width: s.getBoundingClientRect().width,
        title: s.querySelector('title')?.textContent ?? '',
        table: s.closest('figure')?.querySelector('.alternative table') !== null && s.closest('figure')?.querySelector('.alternative table') !== undefined,
      })),
    );
    const expected = expectedCharts(data);
    expect(charts.map((c) => c.id).sort()).toEqual(Object.keys(expected).sort());
    for (const c of charts) {
      expect({ id: c.id, series: c.series, marks: c.marks }).toEqual({ id: c.id, ...expected[c.id] });
      expect(c.declared).toEqual(expected[c.id]);
      expect(c.width, `${c.id} is drawn`).toBeGreaterThan(300);
      expect(c.title, `${c.id} has an accessible title`).not.toBe('');
      expect(c.table, `${c.id} has a table alternative`).toBe(true);
    }

    // The principle scores chart names all eight, scored or not; its table lists all eight.
    expect(await page.$$eval('svg[data-chart="principles"] .axis-band text', (t) => t.length)).toBe(9);
    expect(await page.$$eval('[data-alternative-for="principles"] tbody tr', (r) => r.length)).toBe(9);
    if (data.sensitivity?.breakeven !== undefined) expect(await page.locator('svg[data-chart="sensitivity"] [data-rule="breakeven"]').count()).toBe(1);
    const findings = data.findings.reduce((n, g) => n + g.findings.length, 0);
    expect(await page.locator('article.finding').count()).toBe(findings);
    if (findings > 0) expect(await page.locator('article.finding pre.source').count()).toBeGreaterThan(0);

    // The whole page of the first example (docs/report.png is refreshed from it by `npm run
    // docs:report`); the first screen of the others, since a long page is slow to capture.
    await page.screenshot({ path: join(ARTIFACTS, `report-${name}.png`), fullPage: name === EXAMPLES[0] });

    // Responsive: on a phone-sized screen nothing pushes the page sideways (wide tables and
    // source lines scroll inside their own boxes).
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    // Print: no contents links, and every table flows in full instead of scrolling in a box.
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(`getComputedStyle(document.querySelector('nav.toc')).display`)).toBe('none');
    expect(await page.evaluate(`[...document.querySelectorAll('.table-wrap')].map((w) => getComputedStyle(w).maxHeight).filter((h) => h !== 'none')`)).toEqual([]);
    await page.close();

    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
  });
});
