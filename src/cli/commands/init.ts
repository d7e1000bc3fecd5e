import { access, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { STARTER_CONFIG, STARTER_CONTRACT } from '../starter-files.js';
import type { Terminal } from '../terminal.js';
import { UsageError } from '../usage-error.js';

const FILES: readonly (readonly [string, string])[] = [
  ['fairlode.config.yaml', STARTER_CONFIG],
  ['contracts/starter-contract.yaml', STARTER_CONTRACT],
];

/** `fairlode init`: writes the starter config and contract; refuses to overwrite unless forced. */
export async function runInit(options: { force: boolean }, terminal: Terminal, cwd: string): Promise<number> {
  if (!options.force) {
    const existing: string[] = [];
    for (const [name] of FILES) {
      if (await access(join(cwd, name)).then(() => true, () => false)) existing.push(name);
    }
    if (existing.length > 0) throw new UsageError(`${existing.join(' and ')} already ${existing.length === 1 ? 'exists' : 'exist'}; nothing was written (--force overwrites)`);
  }
  for (const [name, text] of FILES) {
    await mkdir(dirname(join(cwd, name)), { recursive: true });
    await writeFile(join(cwd, name), text);
    terminal.out(`wrote ${name}\n`);
  }
  terminal.out('next: edit contracts/starter-contract.yaml, then run fairlode check\n');
  return 0;
}
