import type { z } from 'zod';
import type { Diagnostic, PathSegment, Result, Severity } from '../diagnostics/diagnostic.js';
import { describePath } from '../contract/placement.js';
import { closestName } from '../diagnostics/closest-name.js';
import type { Rule } from './define-rule.js';
import { profileSchema, type ProfileDefinition } from './profile-schema.js';
import { SHIPPED_PROFILES } from './profiles/index.js';
import { RULES } from './rules/index.js';

/** A rule's severity in a resolved profile; `off` means it does not run. */
export type SeveritySetting = Severity | 'off';

/** A threshold as a resolved profile applies it, with its provenance. */
export interface ThresholdSetting {
  /** The option name, e.g. `maxDeadlineDays`. */
  readonly name: string;
  /** The value as written, e.g. `90` or `"1%"`. */
  readonly value: unknown;
  /** Where the value comes from. */
  readonly source: string;
  /** Whether the value was verified in its source. */
  readonly verified: boolean;
  /** The profile that set it, or `rule default`. */
  readonly setBy: string;
  /** What the threshold means. */
  readonly description: string;
}

/** One rule as a resolved profile runs it. */
export interface RuleSetting {
  /** The rule. */
  readonly rule: Rule;
  /** Its severity, or `off`. */
  readonly severity: SeveritySetting;
  /** Its thresholds, converted (what `evaluate` receives). */
  readonly options: Readonly<Record<string, unknown>>;
  /** Its thresholds as written, with their sources. */
  readonly thresholds: readonly ThresholdSetting[];
}

/** How principle scores are computed. */
export interface ScoringSettings {
  /** Whether info rules count in the scores. */
  readonly includeInfo: boolean;
  /** The weight of a rule in its principle's score, by severity. */
  readonly weights: Readonly<Record<Severity, number>>;
  /**
   * The least coverage (0–100: the share of rule weight that could be judged on known terms) that
   * every principle, and the contract overall, must reach for an achievement level;
   * {@link DEFAULT_MINIMUM_COVERAGE} when omitted.
   */
  readonly minimumCoverage?: number;
}

/** The minimum coverage of the shipped profiles: 80% of the rule weight judged on known terms. */
export const DEFAULT_MINIMUM_COVERAGE = 80;

/** A profile with its `extends` chain applied and every setting validated against the rules. */
export interface ResolvedProfile {
  /** The profile's name. */
  readonly name: string;
  /** What it is for. */
  readonly description: string | undefined;
  /** The country whose law it follows, if any. */
  readonly jurisdiction: string | undefined;
  /** The profiles applied, the most basic first, ending with this one. */
  readonly chain: readonly string[];
  /** Every rule of the catalogue with its settings, in catalogue order (rules that are off included). */
  readonly rules: readonly RuleSetting[];
  /** How scores are computed. */
  readonly scoring: ScoringSettings;
}

/** Options for {@link resolveProfile}. */
export interface ResolveOptions {
  /** Profiles that `extends` may name besides the shipped ones, by name (e.g. a ministry's base profile). */
  readonly profiles?: Readonly<Record<string, ProfileDefinition>>;
  /** The rule catalogue to resolve against; by default {@link RULES}. */
  readonly rules?: readonly Rule[];
}

/** The default weights by severity (rules.md §(c)2). */
export const DEFAULT_WEIGHTS: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

type Parsed = z.output<typeof profileSchema>;
type Problem = Omit<Diagnostic, 'severity'>;

/**
 * Resolves a profile: validates it, applies its `extends` chain (shipped profiles and any given in
 * `options.profiles`), and checks every rule id, severity and threshold against the rules. Unknown
 * rule ids, unknown options, bad values and unknown or circular `extends` are errors with a
 * did-you-mean hint where one is likely. A shipped profile may be named instead of given.
 *
 * @example
 * ```ts
 * const result = resolveProfile({
 *   name: 'ministry',
 *   extends: 'kenya',
 *   rules: {
 *     'P2-GHG-001': 'off',
 *     'G3-AMT-002': { options: { minimumRevenueRate: { value: '1.5%', source: 'Ministry circular 4/2027', verified: true } } },
 *   },
 * });
 * if (result.ok) checkContract(loaded, { profile: result.value });
 * ```
 */
export function resolveProfile(profile: ProfileDefinition | string, options: ResolveOptions = {}): Result<ResolvedProfile> {
  const catalogue = options.rules ?? RULES;
  const known: Readonly<Record<string, ProfileDefinition>> = Object.assign(Object.create(null) as Record<string, ProfileDefinition>, SHIPPED_PROFILES, options.profiles); // no prototype: "constructor" is no profile
  const problems: Problem[] = [];

  const parse = (definition: ProfileDefinition, at: PathSegment[], label: string): Parsed | undefined => {
    const parsed = profileSchema.safeParse(definition);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      problems.push({ code: 'profile/invalid', message: `${label}: ${issue.message} at ${describePath([...at, ...issue.path.map(toSegment)])}.`, path: [...at, ...issue.path.map(toSegment)] });
    }
    return undefined;
  };

  let root: Parsed | undefined;
  if (typeof profile === 'string') {
    const found = known[profile];
    if (!found) return unknownProfile(profile, known, []);
    root = parse(found, [], `Profile "${profile}"`);
  } else {
    root = parse(profile, [], 'The profile');
  }
  if (!root) return fail(problems);

  // Profiles in the order they apply: ancestors first (depth first, in `extends` order), then the root.
  const chain: { profile: Parsed; at: PathSegment[] }[] = [];
  const visit = (p: Parsed, at: PathSegment[], trail: string[]): void => {
    const parents = p.extends === undefined ? [] : typeof p.extends === 'string' ? [p.extends] : p.extends;
    parents.forEach((name, i) => {
      const where = typeof p.extends === 'string' ? [...at, 'extends'] : [...at, 'extends', i];
      if (trail.includes(name)) {
        problems.push({ code: 'profile/circular-extends', message: `Profile "${p.name}" extends "${name}", which extends it in turn (${[...trail, name].join(' → ')}).`, path: where });
        return;
      }
      if (chain.some((c) => c.profile.name === name)) return;
      const definition = known[name];
      if (!definition) {
        const guess = closestName(name, Object.keys(known), 3);
        problems.push({ code: 'profile/unknown-profile', message: `Profile "${p.name}" extends "${name}", which is not a known profile.`, path: where, hint: guess ? `did you mean "${guess}"?` : `known profiles: ${Object.keys(known).join(', ')}` });
        return;
      }
      const parent = parse(definition, where, `Profile "${name}"`);
      if (parent) visit(parent, where, [...trail, name]);
    });
    chain.push({ profile: p, at });
  };
  visit(root, [], [root.name]);

  const byId = new Map(catalogue.map((r) => [r.id, r]));
  const severity = new Map<string, SeveritySetting>(catalogue.map((r) => [r.id, r.severity]));
  const thresholds = new Map<string, Map<string, ThresholdSetting>>(
    catalogue.map((r) => [r.id, new Map(Object.entries(r.options).map(([name, t]) => [name, { name, value: t.default, source: t.source, verified: t.verified, setBy: 'rule default', description: t.description }]))]),
  );
  const where = new Map<string, PathSegment[]>();
  let includeInfo = true;
  let minimumCoverage = DEFAULT_MINIMUM_COVERAGE;
  const weights: Record<Severity, number> = { ...DEFAULT_WEIGHTS };

  for (const { profile: p, at } of chain) {
    for (const [id, setting] of Object.entries(p.rules ?? {})) {
      const rule = byId.get(id);
      const path = [...at, 'rules', id];
      if (!rule) {
        const guess = closestName(id, byId.keys(), 3);
        problems.push({ code: 'profile/unknown-rule', message: `Profile "${p.name}" sets the rule "${id}", which does not exist.`, path, hint: guess ? `did you mean "${guess}"?` : 'rule ids look like "P1-EXP-001"; see docs/rules/README.md' });
        continue;
      }
      const level = typeof setting === 'string' ? setting : setting.severity;
      if (level !== undefined) severity.set(id, level);
      if (typeof setting === 'string') continue;
      for (const [name, t] of Object.entries(setting.options ?? {})) {
        const ruleThresholds = thresholds.get(id)!;
        if (!ruleThresholds.has(name)) {
          const names = [...ruleThresholds.keys()];
          const guess = closestName(name, names, 3);
          problems.push({
            code: 'profile/unknown-option',
            message: `Profile "${p.name}" sets the option "${name}" of ${id}, which has ${names.length === 0 ? 'no options' : `the options ${names.join(', ')}`}.`,
            path: [...path, 'options', name],
            ...(guess ? { hint: `did you mean "${guess}"?` } : {}),
          });
          continue;
        }
        ruleThresholds.set(name, { ...ruleThresholds.get(name)!, value: t.value, source: t.source, verified: t.verified, setBy: p.name });
        where.set(`${id} ${name}`, [...path, 'options', name, 'value']);
      }
    }
    if (p.scoring?.includeInfo !== undefined) includeInfo = p.scoring.includeInfo;
    if (p.scoring?.minimumCoverage !== undefined) minimumCoverage = p.scoring.minimumCoverage;
    for (const [k, v] of Object.entries(p.scoring?.weights ?? {})) if (v !== undefined) weights[k as Severity] = v;
  }

  const settings: RuleSetting[] = [];
  for (const rule of catalogue) {
    const list = [...thresholds.get(rule.id)!.values()];
    const written = Object.fromEntries(list.map((t) => [t.name, t.value]));
    const parsed = rule.optionsSchema.safeParse(written);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const name = String(issue.path[0] ?? '');
        const t = list.find((x) => x.name === name);
        problems.push({
          code: 'profile/bad-option',
          message: `The option ${name} of ${rule.id} is invalid: ${issue.message} (set by ${t?.setBy ?? 'the profile'} to ${JSON.stringify(t?.value)}).`,
          path: where.get(`${rule.id} ${name}`) ?? [],
          hint: t ? `${t.description} Default: ${JSON.stringify(rule.options[name]?.default)}.` : 'see the rule\'s page for its options',
        });
      }
      continue;
    }
    settings.push({ rule, severity: severity.get(rule.id)!, options: parsed.data, thresholds: list });
  }
  if (problems.length > 0) return fail(problems);
  return {
    ok: true,
    value: { name: root.name, description: root.description, jurisdiction: root.jurisdiction, chain: chain.map((c) => c.profile.name), rules: settings, scoring: { includeInfo, weights, minimumCoverage } },
    diagnostics: [],
  };
}

function fail(problems: readonly Problem[]): Result<never> {
  return { ok: false, diagnostics: problems.map((p) => ({ ...p, severity: 'error' as const })) };
}

function unknownProfile(name: string, known: Readonly<Record<string, unknown>>, path: PathSegment[]): Result<never> {
  const guess = closestName(name, Object.keys(known), 3);
  return fail([{ code: 'profile/unknown-profile', message: `"${name}" is not a known profile.`, path, hint: guess ? `did you mean "${guess}"?` : `known profiles: ${Object.keys(known).join(', ')}` }]);
}

function toSegment(key: PropertyKey): PathSegment {
  return typeof key === 'number' ? key : String(key);
}
