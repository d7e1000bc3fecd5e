import type { Diagnostic, Result } from '../diagnostics/diagnostic.js';
import { compareDiagnostics } from '../contract/diagnostic-order.js';
import { notAMapping, readSource } from '../contract/load-contract.js';
import { placeAt } from '../contract/placement.js';
import { diagnosticsFromIssues } from '../contract/zod-issues.js';
import { profileSchema, type ProfileDefinition } from './profile-schema.js';
import { resolveProfile, type ResolveOptions, type ResolvedProfile } from './resolve-profile.js';

/** Options for {@link loadProfile}. */
export interface LoadProfileOptions extends ResolveOptions {
  /** The file name, reported in every diagnostic; `.json` selects the JSON reader. */
  readonly filename?: string;
}

// Diagnostics about where a key is (an unknown rule or option) point at the key, not its value.
const ON_KEY = new Set(['profile/unknown-rule', 'profile/unknown-option']);

/**
 * Loads a compliance profile from YAML or JSON text and resolves it (see {@link resolveProfile}).
 * Never throws for a problem in the text: schema errors, unknown rule ids and options (with
 * did-you-mean), bad threshold values and unknown `extends` come back as diagnostics with file,
 * line and column.
 *
 * @example
 * ```ts
 * const text = [
 *   'name: ministry',
 *   'extends: kenya',
 *   'rules:',
 *   '  P2-GHG-001: off',
 *   '  G1-TIM-001:',
 *   '    options:',
 *   '      maxMonths: { value: 12, source: "Ministry circular 4/2027", verified: true }',
 * ].join('\n');
 * const profile = loadProfile(text, { filename: 'fairlode-profile.yaml' });
 * if (profile.ok) checkContract(loaded, { profile: profile.value });
 * ```
 */
export function loadProfile(text: string, options: LoadProfileOptions = {}): Result<ResolvedProfile> {
  const read = readSource(text, options.filename === undefined ? {} : { filename: options.filename });
  if (!read.ok) return read;
  const source = read.value;
  const rootProblem = notAMapping(source, 'profile');
  if (rootProblem) return { ok: false, diagnostics: [{ ...rootProblem, code: 'profile/not-a-mapping', hint: 'start with "name: my-profile" and "extends: recommended"' }] };
  const parsed = profileSchema.safeParse(source.value);
  if (!parsed.success) {
    const diagnostics = diagnosticsFromIssues(parsed.error.issues, profileSchema, source, 'profile').map((d) => ({ ...d, code: d.code.replace(/^contract\//, 'profile/') }));
    return { ok: false, diagnostics: diagnostics.sort(compareDiagnostics) };
  }
  const resolved = resolveProfile(source.value as ProfileDefinition, options);
  if (resolved.ok) return resolved;
  const diagnostics: Diagnostic[] = resolved.diagnostics.map(({ path, file: _file, range: _range, ...rest }) => placeAt(source, path, rest, ON_KEY.has(rest.code)));
  return { ok: false, diagnostics: diagnostics.sort(compareDiagnostics) };
}
