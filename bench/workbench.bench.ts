// The workbench (issue #18): its bundle's size, the time until a fresh page is interactive with
// the first example checked, and the time from a keystroke to the new findings on that 292-line
// contract (the 300 ms pause the editor waits for included). Needs `npm run build` and Chromium;
// skipped with a notice otherwise. Medians of N fresh pages.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../test/browser/find-chromium.js';
import { median, ms } from './measure.js';

const N = 7;
const dir = join(import.meta.dirname, '..', 'dist', 'workbench');
const chromiumPath = findChromium();
if (!existsSync(join(dir, 'workbench.js')) || chromiumPath === undefined) {
  console.log('skipped: needs `npm run build` and Chromium');
} else {
  for (const f of ['workbench.js', 'workbench.css', 'index.html']) {
    const bytes = statSync(join(dir, f)).size;
    console.log(`${f}: ${(bytes / 1024).toFixed(0)} KiB, ${(gzipSync(readFileSync(join(dir, f))).length / 1024).toFixed(0)} KiB gzipped`);
  }
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
  const editor: number[] = [];
  const ready: number[] = [];
  const recheck: number[] = [];
  for (let i = 0; i < N; i++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(dir, 'index.html')).href, { waitUntil: 'commit' });
    await page.locator('.cm-content').waitFor();
    editor.push(await page.evaluate(() => performance.now()));
    await page.locator('#scorecard [data-status]').waitFor();
    // performance.now() counts from the navigation's start.
    ready.push(await page.evaluate(() => performance.now()));
    // A keystroke that breaks the contract, until the scorecard says so.
    await page.locator('.cm-line', { hasText: /^term: / }).first().click();
    await page.keyboard.press('End');
    const t0 = await page.evaluate(() => performance.now());
    await page.keyboard.type('x');
    await page.locator('#scorecard [data-status="unusable"]').waitFor();
    recheck.push((await page.evaluate(() => performance.now())) - t0);
    await context.close();
  }
  await browser.close();
  console.log(`editor ready: median ${ms(median(editor))} of ${N} fresh pages (${editor.map((t) => t.toFixed(0)).join(', ')})`);
  console.log(`interactive with the Chagai example checked: median ${ms(median(ready))} of ${N} fresh pages (${ready.map((t) => t.toFixed(0)).join(', ')})`);
  console.log(`keystroke to new findings on 292 lines, the 300 ms pause included: median ${ms(median(recheck))} of ${N} (${recheck.map((t) => t.toFixed(0)).join(', ')})`);
}
