// Reading text files for the loaders and the CLI, with the path shown as users wrote it.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import type { Diagnostic, Result } from '../diagnostics/diagnostic.js';
import { DEFAULT_SOURCE_LIMITS } from '../document/limits.js';

/** A file's path as reported in diagnostics: relative to `cwd`, with `/` separators. */
export function displayPath(path: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, path);
  return (rel.startsWith('..') ? path : rel).split(sep).join('/');
}

/** Options of {@link readTextFile}. */
export interface ReadTextFileOptions {
  /**
   * The largest file read, in bytes (default: the loaders' `maxBytes`, 5 MiB). A larger file is
   * refused from its size on disk, before any of it is read.
   */
  maxBytes?: number;
}

const BEGINNING = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

function refusal(shown: string, message: string, hint?: string, code = 'file/unreadable'): Result<string> {
  const d: Diagnostic = { code, severity: 'error', message, path: [], file: shown, ...(code === 'file/too-large' ? { range: BEGINNING } : {}), ...(hint === undefined ? {} : { hint }) };
  return { ok: false, diagnostics: [d] };
}

/** What a file that is not a regular file is, in words. */
function kindOf(stats: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * The buffer to read on into: `buffer` while it has room, else a copy twice as large (at most
 * `limit + 1` bytes); undefined once more than `limit` bytes have been read.
 */
function roomToRead(buffer: Buffer, length: number, limit: number): Buffer | undefined {
  if (length < buffer.length) return buffer;
  if (length > limit) return undefined;
  const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit + 1));
  buffer.copy(grown, 0, 0, length);
  return grown;
}

/** Reads at most `limit + 1` bytes, so that a file that grew after its size was taken is still bounded. */
async function readBounded(handle: FileHandle, expected: number, limit: number): Promise<Buffer | undefined> {
  let buffer: Buffer | undefined = Buffer.allocUnsafe(Math.min(expected, limit) + 1);
  for (let length = 0, read = -1; read !== 0; length += read) {
    if ((buffer = roomToRead(buffer, length, limit)) === undefined) return undefined;
    if ((read = (await handle.read(buffer, length, buffer.length - length, null)).bytesRead) === 0) return buffer.subarray(0, length);
  }
  return undefined;
}

/** {@link readBounded} in blocking calls. */
function readBoundedSync(fd: number, expected: number, limit: number): Buffer | undefined {
  let buffer: Buffer | undefined = Buffer.allocUnsafe(Math.min(expected, limit) + 1);
  for (let length = 0, read = -1; read !== 0; length += read) {
    if ((buffer = roomToRead(buffer, length, limit)) === undefined) return undefined;
    if ((read = readSync(fd, buffer, length, buffer.length - length, null)) === 0) return buffer.subarray(0, length);
  }
  return undefined;
}

/**
 * Reads a file as UTF-8 text, or reports why it cannot be read as a diagnostic naming the file as
 * `shown`: `file/unreadable`, or `file/too-large` (at line 1, column 1). Never throws. The file is looked at before it is read: a folder, a
 * device (`/dev/zero`), a named pipe or a socket is refused without reading, and so is a file over
 * `maxBytes`, so a hostile path can neither stall the caller nor fill its memory.
 *
 * @example
 * ```ts
 * const text = await readTextFile('/repo/contracts/a.yaml', 'contracts/a.yaml');
 * if (!text.ok) console.error(text.diagnostics[0]!.message);
 * ```
 */
export async function readTextFile(path: string, shown: string, options: ReadTextFileOptions = {}): Promise<Result<string>> {
  const limit = options.maxBytes ?? DEFAULT_SOURCE_LIMITS.maxBytes;
  let handle: FileHandle | undefined;
  try {
    // O_NONBLOCK: opening a named pipe must not wait for a writer; it changes nothing for a regular file.
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stats = await handle.stat();
    const refused = refusedUnread(stats, shown, limit);
    if (refused) return refused;
    return textOf(await readBounded(handle, stats.size, limit), shown, limit);
  } catch (error) {
    return unreadable(error, shown);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * {@link readTextFile} without waiting on the thread pool: the same checks, refusals and
 * diagnostics, in blocking calls. For a command that reads many small files one after the other
 * and has nothing else to do meanwhile (`fairlode check`), where each awaited call of
 * `readTextFile` costs more than the read itself.
 *
 * @example
 * ```ts
 * const text = readTextFileSync('/repo/contracts/a.yaml', 'contracts/a.yaml');
 * if (!text.ok) console.error(text.diagnostics[0]!.message);
 * ```
 */
export function readTextFileSync(path: string, shown: string, options: ReadTextFileOptions = {}): Result<string> {
  const limit = options.maxBytes ?? DEFAULT_SOURCE_LIMITS.maxBytes;
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stats = fstatSync(fd);
    const refused = refusedUnread(stats, shown, limit);
    if (refused) return refused;
    return textOf(readBoundedSync(fd, stats.size, limit), shown, limit);
  } catch (error) {
    return unreadable(error, shown);
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Nothing was lost: the text has been read.
      }
    }
  }
}

/** The refusal of a file that is not a regular file or is over the limit, decided from its stats alone. */
function refusedUnread(stats: Stats, shown: string, limit: number): Result<string> | undefined {
  if (!stats.isFile()) {
    return refusal(shown, stats.isDirectory() ? `${shown} is a folder, not a file.` : `${shown} is ${kindOf(stats)}, not a regular file; it was not read.`, 'name a YAML or JSON file');
  }
  if (stats.size > limit) {
    return refusal(shown, `The file ${shown} is ${stats.size} bytes, over the limit of ${limit} bytes; it was not read.`, 'a contract is a few kilobytes; split the file, or raise the maxBytes limit', 'file/too-large');
  }
  return undefined;
}

/** The text of the bytes read, or the refusal of a file that grew past the limit while it was read. */
function textOf(bytes: Buffer | undefined, shown: string, limit: number): Result<string> {
  if (bytes === undefined) return refusal(shown, `The file ${shown} grew past the limit of ${limit} bytes while it was read.`, undefined, 'file/too-large');
  return { ok: true, value: bytes.toString('utf8'), diagnostics: [] };
}

/** Why opening or reading failed, in words. */
function unreadable(error: unknown, shown: string): Result<string> {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return refusal(shown, `${shown} is a folder, not a file.`, 'name a YAML or JSON file');
  return refusal(shown, code === 'ENOENT' ? `The file ${shown} does not exist.` : `The file ${shown} cannot be read (${code ?? 'unknown error'}).`);
}
