import { access } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceDocument } from '../document/index.js';
import { notAMapping, readSource } from '../contract/load-contract.js';
import { diagnosticsFromIssues } from '../contract/zod-issues.js';
import { compareDiagnostics } from '../contract/diagnostic-order.js';
import { ruleSetting } from '../compliance/profile-schema.js';
import { displayPath, readTextFile } from '../node/text-files.js';
import { diagnosticLine } from './diagnostic-line.js';
import { REPORT_FORMATS, SEVERITIES } from './report-formats.js';
import { UsageError } from './usage-error.js';

/** The names a config file may have, in the order they are looked for in each folder. */
export const CONFIG_FILE_NAMES = ['fairlode.config.yaml', 'fairlode.config.yml', 'fairlode.config.json'] as const;

const formatName = z.enum(REPORT_FORMATS).meta({ description: 'A report format.' });

/** The schema of `fairlode.config.yaml`. Paths and globs in it are relative to the file's folder. */
export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  profile: z.string().min(1).optional().meta({ description: 'A shipped profile (recommended, strict, kenya) or the path of a profile file.' }),
  contracts: z.array(z.string().min(1)).min(1).optional().meta({ description: 'Globs of the contracts `fairlode check` checks when given no paths.' }),
  ignore: z.array(z.string().min(1)).optional().meta({ description: 'Globs of files never checked.' }),
  overrides: z
    .array(
      z.strictObject({
        files: z.array(z.string().min(1)).min(1).meta({ description: 'Globs of the contracts this override applies to.' }),
        rules: z.record(z.string(), ruleSetting).meta({ description: 'Rule settings for those contracts, as in a profile: a severity or off, and options.' }),
      }),
    )
    .optional()
    .meta({ description: 'Rule settings for some contracts; later overrides win.' }),
  output: z
    .strictObject({
      formats: z.array(z.union([formatName, z.strictObject({ format: formatName, file: z.string().min(1) })])).min(1).optional(),
      failSeverity: z.enum(SEVERITIES).optional(),
      maxWarnings: z.int().min(0).optional(),
      docsBaseUrl: z.url().optional(),
    })
    .optional(),
});

/** A config file's contents, validated. */
export type FairlodeConfig = z.output<typeof configSchema>;

/** A loaded config: its contents, its file and the folder its paths are relative to. */
export interface LoadedConfig {
  /** The validated contents. */
  readonly config: FairlodeConfig;
  /** The config file, as shown in messages. */
  readonly file: string;
  /** The folder that holds it (absolute). */
  readonly dir: string;
  /** The parsed source, to place diagnostics about settings found later (e.g. an unknown rule). */
  readonly source: SourceDocument;
}

/** Looks for a config file from `start` upwards; returns its absolute path, or undefined. */
async function discoverConfig(start: string): Promise<string | undefined> {
  let dir = resolve(start);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      try {
        await access(candidate);
        return candidate;
      } catch {
        // not here; keep looking
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Reads a config or profile file's text with the loaders' checks (a regular file under the size
 * limit); a file that cannot be read is a one-line {@link UsageError}.
 */
export async function readSettingsText(path: string, shown: string, what: 'config' | 'profile'): Promise<string> {
  const read = await readTextFile(path, shown);
  if (read.ok) return read.value;
  const d = read.diagnostics[0]!;
  throw new UsageError(/ does not exist\.$/.test(d.message) ? `the ${what} file ${shown} does not exist` : `the ${what} file ${shown} cannot be used: ${d.message.replace(/\.$/, '')}`);
}

/** Throws a {@link UsageError} listing a config file's diagnostics, one per line. */
export function configProblems(file: string, diagnostics: readonly Diagnostic[]): UsageError {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return new UsageError(`the config file ${file} has ${errors === 1 ? 'a problem' : `${errors} problems`}`, [...diagnostics].sort(compareDiagnostics).map(diagnosticLine));
}

/**
 * Loads the config: the file given with `--config`, or the first `fairlode.config.yaml`, `.yml`
 * or `.json` found from `cwd` upwards (as ESLint and Prettier look for theirs). Returns undefined
 * when there is none. A config that cannot be read or is invalid is a {@link UsageError} with
 * each problem located.
 */
export async function loadConfig(cwd: string, explicit: string | undefined): Promise<LoadedConfig | undefined> {
  const path = explicit === undefined ? await discoverConfig(cwd) : resolve(cwd, explicit);
  if (path === undefined) return undefined;
  const file = displayPath(path, cwd);
  const text = await readSettingsText(path, file, 'config');
  const read = readSource(text, { filename: file });
  if (!read.ok) throw configProblems(file, read.diagnostics);
  const source = read.value;
  const root = notAMapping(source, 'config');
  if (root) throw configProblems(file, [{ ...root, code: 'config/not-a-mapping', message: 'A config file must be a mapping of settings.', hint: 'start with "profile: recommended"' }]);
  const parsed = configSchema.safeParse(source.value);
  if (!parsed.success) {
    const diagnostics = diagnosticsFromIssues(parsed.error.issues, configSchema, source, 'config').map((d) => ({ ...d, code: d.code.replace(/^contract\//, 'config/') }));
    throw configProblems(file, diagnostics);
  }
  return { config: parsed.data, file, dir: dirname(path), source };
}
