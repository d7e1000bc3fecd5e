// The workbench in a real browser (Debian's Chromium through playwright-core; skipped with a
// notice without one, required in CI): opened from file://, a user loads an example, makes a
// mistake and sees it at its line, fixes it, changes a term and sees the scorecard move, pastes
// actuals and reads a payout line, and downloads the report. No request leaves the page's own
// folder, and the console stays free of errors. Screenshots go to test-artifacts/workbench-*.png
// (`npm run docs:workbench` copies them to docs/workbench/).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContract, loadContract } from '../../src/index.js';
import { CHROMIUM_ARGS, chromiumOrSkip } from '../browser/find-chromium.js';
import { recordPage } from '../browser/page-recorder.js';
import { ROOT, builtWorkbenchOrSkip } from './built-workbench.js';

const CHROMIUM = chromiumOrSkip('the workbench browser test');
const BUILT = CHROMIUM === undefined ? undefined : builtWorkbenchOrSkip('the workbench browser test');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const WEAK = readFileSync(join(ROOT, 'examples/contracts/weak-extraction.yaml'), 'utf8');
const WEAK_Q1 = readFileSync(join(ROOT, 'examples/actuals/weak-extraction/2027-Q1.yaml'), 'utf8');
const WEAK_Q2 = readFileSync(join(ROOT, 'examples/actuals/weak-extraction/2027-Q2.yaml'), 'utf8');

/** A page that records every request outside the workbench's folder and every console error. */
async function openWorkbench(context: BrowserContext, url: string, folderUrl: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await context.newPage();
  const { errors, requests } = recordPage(page, (u) => u.startsWith(folderUrl) || u.startsWith('blob:'));
  await page.goto(url, { waitUntil: 'load' });
  await page.locator('#scorecard [data-status]').waitFor();
  return { page, errors, requests };
}

/**
 * Replaces the editor line that contains `find` (after its indentation) by typing, as a user
 * would: End, then Shift+Home, which selects back to the indentation. The page must be wide
 * enough that the line does not wrap (Home and End work on the visible line).
 */
async function retype(page: Page, find: string, replacement: string): Promise<void> {
  await page.locator('.cm-line', { hasText: find }).first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type(replacement);
}

describe.skipIf(BUILT === undefined)('the workbench in a real browser', () => {
  let browser: Browser;
  let context: BrowserContext;
  const folderUrl = BUILT === undefined ? '' : pathToFileURL(BUILT).href;
  const url = `${folderUrl}/index.html`;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM as string, headless: true, args: CHROMIUM_ARGS });
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    // Nothing outside the page's folder may be fetched: such a request fails (and is recorded).
    await context.route('**', (route) => (route.request().url().startsWith(folderUrl) ? route.continue() : route.abort()));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('checks as the user types, links findings to lines, computes a pasted period and downloads the report', { timeout: 120_000 }, async () => {
    const { page, errors, requests } = await openWorkbench(context, url, folderUrl);
    await page.screenshot({ path: join(ARTIFACTS, 'workbench-overview.png') });
    // Wide enough that no line of the example wraps, so Home and End reach the ends of a line.
    await page.setViewportSize({ width: 2200, height: 1000 });

    // Load the weak example: a valid contract that reaches no level.
    await page.selectOption('#example', 'weak-extraction');
    await page.click('#load-example');
    await expect.poll(() => page.locator('#scorecard [data-status]').getAttribute('data-level')).toBe('not-achieved');
    expect(await page.locator('#file-name').textContent()).toBe('weak-extraction.yaml');

    // A mistake on line 13 (term: { years: 20, renewal: … }): the editor marks it in that line and the
    // scorecard lists it with a link to line 13; the contract can no longer be used.
    await retype(page, 'term: { years: 20, renewal', 'term: { years: twenty, renewal: { years: 20, times: 1, onSameTerms: true } }');
    await expect.poll(() => page.locator('#scorecard [data-status]').getAttribute('data-status')).toBe('unusable');
    await expect.poll(() => page.locator('.cm-line', { hasText: 'twenty' }).locator('.cm-lintRange-error').count()).toBeGreaterThan(0);
    const finding = page.locator('#scorecard li.finding[data-code="contract/wrong-type"]');
    expect(await finding.textContent()).toContain('"term.years" should be a whole number, not the text "twenty".');
    expect(await finding.locator('button.where').getAttribute('data-line')).toBe('13');
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.locator('.cm-line', { hasText: 'twenty' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'workbench-mistake.png') });
    await page.setViewportSize({ width: 2200, height: 1000 });

    // Clicking the finding's line puts the cursor on line 13.
    await page.locator('#scorecard').getByRole('button', { name: 'Line 1' }).first().click();
    await finding.locator('button.where').click();
    expect(await page.locator('.cm-activeLine').textContent()).toBe('term: { years: twenty, renewal: { years: 20, times: 1, onSameTerms: true } }');

    // Fixed: the contract is checked again, as the library checks the file.
    await retype(page, 'term: { years: twenty', 'term: { years: 20, renewal: { years: 20, times: 1, onSameTerms: true } }');
    await expect.poll(() => page.locator('#scorecard [data-status]').getAttribute('data-status')).toBe('checked');
    const expected = (text: string) => {
      const loaded = loadContract(text, { filename: 'weak-extraction.yaml' });
      if (!loaded.ok) throw new Error('the example does not load');
      return checkContract(loaded.value).scorecard.principles.find((p) => p.principle === 'G1')!.score;
    };
    const g1 = () => page.locator('#scorecard tr[data-principle="G1"] td.score').textContent();
    await expect.poll(g1).toBe(`${expected(WEAK)} of 100`);

    // Publishing the contract raises the transparency reform's score (G1: 13.3 -> 19).
    await retype(page, 'disclosure: { id: disclosure, contractPublished: false', 'disclosure: { id: disclosure, contractPublished: true, annexes: false, amendments: false, eiti: false }');
    await expect.poll(g1).toBe(`${expected(WEAK.replace('contractPublished: false', 'contractPublished: true'))} of 100`);
    expect(await g1()).toBe('19 of 100');
    // The changes panel compares the contract with the file as opened (issue #16's diff).
    await expect.poll(() => page.locator('#changes pre[data-diff]').textContent()).toContain('contractPublished: false → true');

    // Payouts: remove the example's three quarters, paste 2027-Q1.
    for (let i = 0; i < 3; i++) await page.locator('#payouts .actuals-files button').first().click();
    expect(await page.locator('#payouts table.statement').count()).toBe(0);
    await page.fill('#actuals-paste', WEAK_Q1);
    await page.click('#payouts button[type="submit"]');
    const row = (id: string) => page.locator(`#payouts table.statement[data-period="2027-Q1"] tr[data-line-id="${id}"] td.amount`);
    // By hand: 60 000 t × 1 150 USD/t = 69 000 000 USD of revenue; the royalty is 2% of gross
    // revenue, 0.02 × 69 000 000 = 1 380 000 USD. What is left, 69 000 000 − 21 000 000 operating
    // − 4 000 000 capital − 1 380 000 royalty = 42 620 000, goes 95% / 5%: 40 489 000 to the
    // operator and 2 131 000 to the state enterprise.
    await expect.poll(() => row('royalty').textContent()).toBe('1380000.00 USD');
    expect(await row('distributions/operator').textContent()).toBe('40489000.00 USD');
    expect(await row('distributions/zccm').textContent()).toBe('2131000.00 USD');
    await page.getByRole('button', { name: 'Explain royalty in 2027-Q1' }).click();
    expect(await page.locator('#explanation').textContent()).toContain('1380000');
    await page.locator('#payouts').screenshot({ path: join(ARTIFACTS, 'workbench-payouts.png') });

    // The HTML report downloads, for this contract.
    const [report] = await Promise.all([page.waitForEvent('download'), page.click('#download-report')]);
    expect(report.suggestedFilename()).toBe('weak-extraction-report.html');
    const html = readFileSync((await report.path())!, 'utf8');
    expect(html).toContain('Northern Lithium Extraction Licence Agreement');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#download-eiti')]);
    expect(csv.suggestedFilename()).toBe('weak-extraction-eiti-FY2027.csv');
    expect(readFileSync((await csv.path())!, 'utf8')).toContain('1380000');

    // The work survives closing the tab.
    await page.close();
    const again = await openWorkbench(context, url, folderUrl);
    // (The editor draws only the lines in view, so the restored edit is read from its effect.)
    await expect.poll(() => again.page.locator('#scorecard tr[data-principle="G1"] td.score').textContent()).toBe('19 of 100');
    expect(await again.page.locator('#payouts .actuals-files li').count()).toBe(1);
    await again.page.close();

    expect([...errors, ...again.errors]).toEqual([]);
    expect([...requests, ...again.requests]).toEqual([]);
  });

  it('opens and takes dropped files, and is usable from the keyboard and at 200% zoom', { timeout: 60_000 }, async () => {
    const { page, errors, requests } = await openWorkbench(context, url, folderUrl);
    // The first Tab reaches the visible skip link, which moves focus to the editor's section.
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.className')).toBe('skip-link');
    expect(await page.evaluate("getComputedStyle(document.activeElement).outlineStyle")).toBe('solid');
    const top = await page.evaluate('document.activeElement.getBoundingClientRect().top');
    expect(top).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate('location.hash')).toBe('#editor-section');
    // Files in: the file picker takes a plan, and a file dropped on the page is told apart by its
    // keys (here, the actuals of 2027-Q2, added beside the 2027-Q1 pasted in the first test).
    await page.setInputFiles('#open-files', join(ROOT, 'examples/plans/chagai-partnership.yaml'));
    await expect.poll(() => page.locator('#fiscal').textContent()).toContain('Plan: chagai-partnership.yaml');
    const dropped = await page.evaluateHandle(`(() => { const dt = new DataTransfer(); dt.items.add(new File([${JSON.stringify(WEAK_Q2)}], '2027-Q2.yaml')); return dt; })()`);
    await page.dispatchEvent('main', 'drop', { dataTransfer: dropped });
    await expect.poll(() => page.locator('#payouts table.statement').evaluateAll((t) => t.map((e) => e.getAttribute('data-period')))).toEqual(['2027-Q1', '2027-Q2']);
    // Completion from the schema: Ctrl+Space on a new line under "revenue:" offers its keys.
    await page.locator('.cm-line', { hasText: /^revenue:$/ }).first().click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('  roy');
    await page.keyboard.press('Control+Space');
    await expect.poll(() => page.locator('.cm-tooltip-autocomplete li').allTextContents()).toContain('royalties');
    // The line under the editor says where the cursor is and what that key means, for keyboard users.
    expect(await page.locator('#cursor-help').textContent()).toMatch(/^revenue: \S/);
    await page.keyboard.press('Escape');
    // Every rating is written out, not shown by colour alone.
    expect(await page.locator('#scorecard .badge').first().textContent()).toMatch(/^(Error|Warning|Note)$/);
    // 200% zoom on a 1280-pixel screen: the page reflows into one column with nothing cut off sideways.
    await page.setViewportSize({ width: 640, height: 800 });
    const wide = await page.evaluate(`[...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > 641).map((e) => e.tagName + '#' + e.id + '.' + e.className).slice(0, 5)`);
    expect(wide).toEqual([]);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(640);
    await page.close();
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
  });
});
