import { resolve } from 'node:path';
import type { Diagnostic, PathSegment } from '../diagnostics/diagnostic.js';
import { readSource } from '../contract/load-contract.js';
import { placeAt } from '../contract/placement.js';
import { loadProfile, resolveProfile, SHIPPED_PROFILES, type ProfileDefinition, type ResolvedProfile } from '../compliance/index.js';
import { displayPath } from '../node/text-files.js';
import { configProblems, readSettingsText, type LoadedConfig } from './config.js';
import { diagnosticLine } from './diagnostic-line.js';
import { UsageError } from './usage-error.js';

/** The profile each contract is checked against: the configured one, with the overrides that match the file. */
export interface ProfileChoice {
  /** The base profile's name. */
  readonly name: string;
  /** The profile file read (absolute), when the profile is a file rather than a shipped profile. */
  readonly file?: string;
  /** The resolved profile for a contract file (absolute path). */
  profileFor(file: string): ResolvedProfile;
}

const ON_KEY = new Set(['profile/unknown-rule', 'profile/unknown-option']);

function looksLikePath(spec: string): boolean {
  return /[\\/]/.test(spec) || /\.(ya?ml|json)$/i.test(spec);
}

/** Reads a profile file: its resolved profile and its definition as written (for `extends`). */
async function profileFile(path: string, cwd: string): Promise<{ resolved: ResolvedProfile; definition: ProfileDefinition }> {
  const shown = displayPath(path, cwd);
  const text = await readSettingsText(path, shown, 'profile');
  const loaded = loadProfile(text, { filename: shown });
  if (!loaded.ok) throw new UsageError(`the profile file ${shown} has ${loaded.diagnostics.length === 1 ? 'a problem' : `${loaded.diagnostics.length} problems`}`, loaded.diagnostics.map(diagnosticLine));
  const read = readSource(text, { filename: shown });
  return { resolved: loaded.value, definition: (read.ok ? read.value.value : {}) as ProfileDefinition };
}

/**
 * Chooses the profiles for a check: `--profile`, else the config's `profile`, else `recommended`;
 * a name is a shipped profile, anything that looks like a path is a profile file. Each override in
 * the config is resolved on top of it up front, so an unknown rule or a bad threshold in the config
 * is reported at its line before any contract is read.
 */
export async function chooseProfiles(cwd: string, flag: string | undefined, config: LoadedConfig | undefined): Promise<ProfileChoice> {
  const spec = flag ?? config?.config.profile ?? 'recommended';
  const specDir = flag === undefined && config ? config.dir : cwd;
  const definitions: Record<string, ProfileDefinition> = {};
  let base: ResolvedProfile;
  let file: string | undefined;
  if (Object.hasOwn(SHIPPED_PROFILES, spec) || !looksLikePath(spec)) {
    const resolved = resolveProfile(spec);
    if (!resolved.ok) {
      const d = resolved.diagnostics[0]!;
      if (flag === undefined && config) throw configProblems(config.file, [placeAt(config.source, ['profile'], { code: d.code, severity: 'error', message: d.message, ...(d.hint === undefined ? {} : { hint: d.hint }) })]);
      throw new UsageError(`${d.message}${d.hint === undefined ? '' : ` (${d.hint})`}`);
    }
    base = resolved.value;
  } else {
    file = resolve(specDir, spec);
    const read = await profileFile(file, cwd);
    base = read.resolved;
    definitions[base.name] = read.definition;
  }

  const overrides = config?.config.overrides ?? [];
  const problems: Diagnostic[] = [];
  const matches: Set<string>[] = [];
  overrides.forEach((o, i) => {
    const name = `override-${i + 1}`;
    const definition: ProfileDefinition = { name, extends: base.name, rules: o.rules as ProfileDefinition['rules'] };
    const resolved = resolveProfile(definition, { profiles: definitions });
    if (!resolved.ok) {
      for (const { path, file: _f, range: _r, ...rest } of resolved.diagnostics) {
        const at: PathSegment[] = ['overrides', i, ...path];
        problems.push(placeAt(config!.source, at, rest, ON_KEY.has(rest.code)));
      }
    }
    definitions[name] = definition;
  });
  if (problems.length > 0) throw configProblems(config!.file, problems);
  if (overrides.length > 0) {
    const { glob } = await import('tinyglobby');
    for (const o of overrides) matches.push(new Set(await glob(o.files, { cwd: config!.dir, absolute: true, onlyFiles: true, expandDirectories: false })));
  }

  const cache = new Map<string, ResolvedProfile>();
  return {
    name: base.name,
    ...(file === undefined ? {} : { file }),
    profileFor(file) {
      const applying = matches.flatMap((set, i) => (set.has(file) ? [`override-${i + 1}`] : []));
      if (applying.length === 0) return base;
      const key = applying.join(',');
      let profile = cache.get(key);
      if (!profile) {
        const resolved = resolveProfile({ name: `${base.name}-with-overrides`, extends: applying }, { profiles: definitions });
        if (!resolved.ok) throw new UsageError(`the overrides ${key} of ${config!.file} do not combine`, resolved.diagnostics.map(diagnosticLine));
        profile = resolved.value;
        cache.set(key, profile);
      }
      return profile;
    },
  };
}
