import { lstat, mkdir, open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CONFIG_FILE_NAMES } from '../config.js';
import { STARTER_CONFIG, STARTER_CONTRACT } from '../starter-files.js';
import type { Terminal } from '../terminal.js';
import { UsageError } from '../usage-error.js';

const CONFIG = 'fairlode.config.yaml';
const CONTRACT = 'contracts/starter-contract.yaml';
const FILES: readonly (readonly [string, string])[] = [
  [CONFIG, STARTER_CONFIG],
  [CONTRACT, STARTER_CONTRACT],
];

/** Whether anything (a file, a folder, a symlink, even a dangling one) is at `path`. */
async function occupied(path: string): Promise<boolean> {
  return lstat(path).then(() => true, () => false);
}

/**
 * `fairlode init`: writes the starter config and contract. It never shadows nor overwrites: it
 * refuses when any config (`fairlode.config.yaml`, `.yml` or `.json`) or the starter contract is
 * already there, or a symlink stands at either path (dangling or not); each file is created with
 * `O_EXCL`, so nothing is written through a link that appears meanwhile.
 */
export async function runInit(terminal: Terminal, cwd: string): Promise<number> {
  const existing: string[] = [];
  for (const name of [...CONFIG_FILE_NAMES, CONTRACT]) if (await occupied(join(cwd, name))) existing.push(name);
  if (existing.length > 0) {
    throw new UsageError(`${existing.join(' and ')} already ${existing.length === 1 ? 'exists' : 'exist'} here; nothing was written (init never replaces or shadows a file: remove ${existing.length === 1 ? 'it' : 'them'} first)`);
  }
  for (const [name, text] of FILES) {
    const path = join(cwd, name);
    await mkdir(dirname(path), { recursive: true });
    let handle;
    try {
      handle = await open(path, 'wx');
    } catch (error) {
      throw new UsageError(`cannot create ${name} (${(error as NodeJS.ErrnoException).code ?? String(error)}); nothing was overwritten`);
    }
    try {
      await handle.writeFile(text);
    } finally {
      await handle.close();
    }
    terminal.out(`wrote ${name}\n`);
  }
  terminal.out(`next: edit ${CONTRACT} (its terms are placeholders), then run fairlode check\n`);
  return 0;
}
