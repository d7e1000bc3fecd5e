/** What the CLI needs to know about where it writes. */
export interface Terminal {
  /** Environment variables. */
  readonly env: NodeJS.ProcessEnv;
  /** Whether stdout is a terminal. */
  readonly stdoutIsTTY: boolean;
  /** Whether stderr is a terminal. */
  readonly stderrIsTTY: boolean;
  /** Writes to stdout. */
  readonly out: (text: string) => void;
  /** Writes to stderr. */
  readonly err: (text: string) => void;
}

/** The process's own terminal. */
export function processTerminal(): Terminal {
  // Output that cannot be written (a closed pipe, `| head -0`; a full disk, `> /dev/full`) is not a
  // success and not a finding: one line on stderr and exit 2, never a stack trace. Only the first
  // failure is reported; the writes still queued fail the same way.
  let failed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (failed) return;
    failed = true;
    const reason = error.code === 'EPIPE' ? 'the reader closed the pipe' : error.code === 'ENOSPC' ? 'no space left on the device' : (error.code ?? error.message);
    try {
      process.stderr.write(`fairlode: cannot write to standard output (${reason}); the output is incomplete\n`);
    } finally {
      process.exit(2);
    }
  });
  return {
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  };
}

/**
 * Whether to colour output written to stdout: `--color`/`--no-color` first, then FORCE_COLOR
 * (any value but `0` and `false` forces colour) and NO_COLOR (any non-empty value turns it off,
 * see no-color.org), then whether stdout is a terminal that is not `dumb`.
 */
export function useColor(flag: boolean | undefined, terminal: Terminal): boolean {
  if (flag !== undefined) return flag;
  const force = terminal.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (terminal.env.NO_COLOR !== undefined && terminal.env.NO_COLOR !== '') return false;
  return terminal.stdoutIsTTY && terminal.env.TERM !== 'dumb';
}

/** Whether the run is in CI, where progress lines would only clutter the log. */
function inCi(env: NodeJS.ProcessEnv): boolean {
  return (env.CI !== undefined && env.CI !== '' && env.CI !== '0' && env.CI !== 'false') || env.GITHUB_ACTIONS === 'true' || env.GITLAB_CI !== undefined || env.BUILDKITE !== undefined || env.TF_BUILD !== undefined;
}

/** A progress indicator for long runs. */
export interface Progress {
  /** One more file is done. */
  tick(): void;
  /** Clears the indicator. */
  done(): void;
}

/** The progress line of `check`: `checking 120/1000 files`. */
export function checkingFiles(count: number, total: number): string {
  return `checking ${count}/${total} files`;
}

/** The progress bar of price-risk paths: `simulating 1200/10000 paths [##        ] 12%`. */
export function simulatingPaths(count: number, total: number): string {
  const filled = Math.floor((count / total) * 20);
  return `simulating ${count}/${total} paths [${'#'.repeat(filled)}${' '.repeat(20 - filled)}] ${Math.floor((count / total) * 100)}%`;
}

/**
 * A progress line on stderr (by default `checking 120/1000 files`; `label` words it), redrawn at
 * most every 100 ms, only when stderr is a terminal and the run is not in CI; otherwise it does
 * nothing, so stdout (JSON, CSV) never holds it.
 */
export function progressOnStderr(total: number, terminal: Terminal, enabled: boolean, now: () => number = Date.now, label: (count: number, total: number) => string = checkingFiles): Progress {
  if (!enabled || !terminal.stderrIsTTY || inCi(terminal.env) || total < 2) return { tick() {}, done() {} };
  let count = 0;
  let last = 0;
  let drawn = false;
  return {
    tick() {
      count++;
      const t = now();
      if (t - last < 100 && count < total) return;
      last = t;
      drawn = true;
      terminal.err(`\r\u001b[K${label(count, total)}`);
    },
    done() {
      if (drawn) terminal.err('\r\u001b[K');
    },
  };
}
