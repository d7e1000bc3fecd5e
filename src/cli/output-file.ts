import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Terminal } from './terminal.js';
import { UsageError } from './usage-error.js';

/** Writes a command's output to a file (creating its folder), or to stdout when `file` is undefined. */
export async function writeOutput(text: string, file: string | undefined, terminal: Terminal, cwd: string): Promise<void> {
  if (file === undefined) {
    terminal.out(text);
    return;
  }
  const path = resolve(cwd, file);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  } catch (error) {
    throw new UsageError(`cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}
