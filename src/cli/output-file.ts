import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { displayPath } from '../node/text-files.js';
import type { Terminal } from './terminal.js';
import { UsageError } from './usage-error.js';

/** A file a command read, that none of its outputs may replace. */
export interface InputFile {
  /** The path (absolute, or relative to the working folder). */
  readonly path: string;
  /** What it is to the command, e.g. `the contract`, `an actuals file`. */
  readonly role: string;
}

/** A file's identity on disk (device and inode), which every path to it (a symlink, a hard link) shares. */
async function identity(path: string): Promise<string | undefined> {
  try {
    const s = await stat(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * Refuses an output path that is one of the command's inputs, by the file it resolves to (so a
 * symlink, a hard link or `./x/../contract.yaml` to an input is caught), or that is a dangling
 * symlink or a folder. Throws a {@link UsageError} (exit 2, one line); nothing has been written.
 */
export async function refuseInputAsOutput(file: string, inputs: readonly InputFile[], cwd: string): Promise<void> {
  const path = resolve(cwd, file);
  const target = await identity(path);
  if (target === undefined) {
    const link = await lstat(path).then((s) => s.isSymbolicLink(), () => false);
    if (link) throw new UsageError(`refusing to write ${file}: it is a symbolic link to a file that does not exist`);
    return;
  }
  for (const input of inputs) {
    if ((await identity(resolve(cwd, input.path))) === target) {
      throw new UsageError(`refusing to write ${file}: it is ${input.role} ${displayPath(resolve(cwd, input.path), cwd)}, an input of this command; choose another output file`);
    }
  }
  if ((await stat(path)).isDirectory()) throw new UsageError(`refusing to write ${file}: it is a folder`);
}

/** The real path of the nearest part of `path` that exists, with the rest appended. */
async function realPathSoFar(path: string): Promise<string> {
  let head = path;
  const rest: string[] = [];
  for (;;) {
    try {
      return join(await realpath(head), ...rest.reverse());
    } catch {
      const parent = dirname(head);
      if (parent === head) return path;
      rest.push(basename(head));
      head = parent;
    }
  }
}

/**
 * Refuses an output path taken from a config file that leaves the config's folder (`../x`, an
 * absolute path elsewhere, or a symlinked folder that points out of it): a repository's config must
 * not make fairlode write outside the repository. Paths given on the command line are the user's
 * own choice and are not checked.
 */
export async function refuseOutsideConfigFolder(path: string, config: { readonly file: string; readonly dir: string }): Promise<void> {
  const dir = await realPathSoFar(resolve(config.dir));
  const target = await realPathSoFar(resolve(config.dir, path));
  const rel = relative(dir, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new UsageError(`refusing to write ${path} from ${config.file}: an output file in a config must stay inside the config's folder; give it on the command line with -o to write there`);
  }
}

/**
 * Writes a file atomically: the text goes to a new temporary file in the same folder, which then
 * replaces the target in one rename, so a run that fails midway never leaves a truncated file and a
 * reader never sees half of one. A symlink is followed (its target is replaced, the link kept); a
 * device or pipe (`/dev/null`, `/dev/stdout`) is written directly. An existing file keeps its mode.
 */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  let target = path;
  let mode: number | undefined;
  try {
    target = await realpath(path);
    const s = await stat(target);
    if (!s.isFile()) {
      await writeFile(target, text);
      return;
    }
    mode = s.mode & 0o7777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(dirname(path), { recursive: true });
  }
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', 0o666);
  let renamed = false;
  try {
    await handle.writeFile(text);
    if (mode !== undefined) await handle.chmod(mode);
    await handle.sync();
    await handle.close();
    await rename(temporary, target);
    renamed = true;
  } finally {
    if (!renamed) {
      await handle.close().catch(() => undefined);
      await unlink(temporary).catch(() => undefined);
    }
  }
}

/** Why a write failed, as a one-line usage error. */
export function cannotWrite(file: string, error: unknown): UsageError {
  if (error instanceof UsageError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EROFS' ? 'read-only file system' : (code ?? String(error));
  return new UsageError(`cannot write ${file} (${reason}); nothing was written`);
}

/**
 * Writes a command's output to a file, or to stdout when `file` is undefined. The file must not
 * be one of the command's `inputs` (see {@link refuseInputAsOutput}) and is written atomically
 * (see {@link writeFileAtomically}); any failure is a one-line {@link UsageError}.
 */
export async function writeOutput(text: string, file: string | undefined, terminal: Terminal, cwd: string, inputs: readonly InputFile[]): Promise<void> {
  if (file === undefined) {
    terminal.out(text);
    return;
  }
  await refuseInputAsOutput(file, inputs, cwd);
  try {
    await writeFileAtomically(resolve(cwd, file), text);
  } catch (error) {
    throw cannotWrite(file, error);
  }
}
