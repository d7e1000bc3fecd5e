// Where the browser tests find Chromium, and what they do when there is none.
//
// The tests drive Debian's `chromium` package through playwright-core (nothing downloads a
// browser here). Without one they skip with a one-line notice, so a contributor's fresh clone
// stays green; with FAIRLODE_REQUIRE_BROWSER=1 (set by .ci/run after it installs Chromium) a
// missing browser fails the run instead, so CI always runs them.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The Chromium executable: $CHROMIUM_PATH if set, else the first of the usual names on $PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : (env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((dir) => NAMES.map((n) => join(dir, n)));
  return candidates.find((file) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** True when the environment says the browser tests must run (CI), so a missing Chromium fails. */
export function browserRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.FAIRLODE_REQUIRE_BROWSER === '1' || env.FAIRLODE_REQUIRE_BROWSER === 'true';
}

/**
 * The Chromium to use, or undefined after printing why the browser tests are skipped. Throws when
 * a browser is required and none is found.
 */
export function chromiumOrSkip(suite: string): string | undefined {
  const found = findChromium();
  if (found !== undefined) return found;
  const why = 'no Chromium found (install Debian\'s `chromium`, or set CHROMIUM_PATH)';
  if (browserRequired()) throw new Error(`${suite}: ${why}, and FAIRLODE_REQUIRE_BROWSER is set`);
  process.stderr.write(`\n  notice: skipping ${suite}: ${why}\n`);
  return undefined;
}

/** Chromium's flags for these tests: offline, no first-run or background traffic. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
