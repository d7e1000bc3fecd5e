// Reading text files for the loaders and the CLI, with the path shown as users wrote it.
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import type { Diagnostic, Result } from '../diagnostics/diagnostic.js';

/** A file's path as reported in diagnostics: relative to `cwd`, with `/` separators. */
export function displayPath(path: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, path);
  return (rel.startsWith('..') ? path : rel).split(sep).join('/');
}

/**
 * Reads a file as UTF-8 text, or reports why it cannot be read as a diagnostic (`file/unreadable`)
 * naming the file as `shown`. Never throws.
 *
 * @example
 * ```ts
 * const text = await readTextFile('/repo/contracts/a.yaml', 'contracts/a.yaml');
 * if (!text.ok) console.error(text.diagnostics[0].message);
 * ```
 */
export async function readTextFile(path: string, shown: string): Promise<Result<string>> {
  try {
    return { ok: true, value: await readFile(path, 'utf8'), diagnostics: [] };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? `The file ${shown} does not exist.` : code === 'EISDIR' ? `${shown} is a folder, not a file.` : `The file ${shown} cannot be read (${code ?? 'unknown error'}).`;
    const d: Diagnostic = { code: 'file/unreadable', severity: 'error', message, path: [], file: shown };
    return { ok: false, diagnostics: [d] };
  }
}
