import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Terminal } from '../terminal.js';
import { UsageError } from '../usage-error.js';
import { serveWorkbench, type WorkbenchServer } from '../workbench-server.js';

/** The options of `fairlode workbench`. */
export interface WorkbenchCommandOptions {
  /** The port; 0 (the default) picks a free one. */
  readonly port: number;
  /** Whether to open the browser. */
  readonly open: boolean;
}

/**
 * Where the built workbench is: beside the CLI in the package (dist/cli -> dist/workbench), or in
 * dist/ when fairlode runs from its sources.
 */
export function workbenchFolder(): string | undefined {
  const candidates = [new URL('../workbench/', import.meta.url), new URL('../../../dist/workbench/', import.meta.url)];
  for (const c of candidates) {
    const dir = fileURLToPath(c);
    if (existsSync(`${dir}index.html`) && existsSync(`${dir}workbench.js`)) return dir;
  }
  return undefined;
}

/** Opens a URL in the user's browser; reports (never fails) when it cannot. */
function openBrowser(url: string, terminal: Terminal): void {
  const [command, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
    child.on('error', () => terminal.err(`fairlode: could not open a browser; open ${url} yourself\n`));
    child.unref();
  } catch {
    terminal.err(`fairlode: could not open a browser; open ${url} yourself\n`);
  }
}

/**
 * `fairlode workbench`: serves the workbench on 127.0.0.1 until interrupted (Ctrl+C), prints its
 * URL and opens it unless told not to. Exit 0 when stopped, 2 when the port cannot be used or the
 * workbench was not built.
 */
export async function runWorkbench(options: WorkbenchCommandOptions, terminal: Terminal, until: Promise<void> = interrupted()): Promise<number> {
  const folder = workbenchFolder();
  if (folder === undefined) throw new UsageError('the workbench is not built: run npm run build first');
  let server: WorkbenchServer;
  try {
    server = await serveWorkbench(folder, options.port);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'EADDRINUSE' ? `port ${options.port} is already in use: choose another with --port, or --port 0 for any free one` : `the workbench server cannot start (${code ?? String(error)})`);
  }
  terminal.out(`fairlode workbench: ${server.url}\n(serving on this machine only; press Ctrl+C to stop)\n`);
  if (options.open) openBrowser(server.url, terminal);
  await until;
  await server.close();
  return 0;
}

/** Resolves on Ctrl+C or a termination signal. */
function interrupted(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
