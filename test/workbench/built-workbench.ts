// Where the e2e tests find the built workbench (`npm run build` writes it to dist/workbench), and
// what they do when it is not built: skip with a notice, or fail when the browser tests are
// required (CI, where `npm test` builds first).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { browserRequired } from '../browser/find-chromium.js';

/** The repository's root. */
export const ROOT = join(import.meta.dirname, '..', '..');

/** The built workbench's folder. */
export const WORKBENCH_DIR = join(ROOT, 'dist', 'workbench');

/** The folder, or undefined after printing why the workbench tests are skipped. */
export function builtWorkbenchOrSkip(suite: string): string | undefined {
  if (existsSync(join(WORKBENCH_DIR, 'index.html')) && existsSync(join(WORKBENCH_DIR, 'workbench.js'))) return WORKBENCH_DIR;
  const why = 'the workbench is not built (run `npm run build`)';
  if (browserRequired()) throw new Error(`${suite}: ${why}, and FAIRLODE_REQUIRE_BROWSER is set`);
  process.stderr.write(`\n  notice: skipping ${suite}: ${why}\n`);
  return undefined;
}
