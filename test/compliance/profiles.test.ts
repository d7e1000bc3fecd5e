// Profiles: shipped ones resolve; extends, overrides and `off` apply in order; unknown rule ids,
// unknown options, bad values and unknown or circular `extends` are clear errors with hints.
import { checkContract, FairlodeError, loadProfile, resolveProfile, RULES, type ProfileDefinition, type ResolvedProfile } from 'fairlode';
import { describe, expect, it } from 'vitest';
import { exampleContract } from './rule-example.js';

function resolved(profile: ProfileDefinition | string, profiles?: Record<string, ProfileDefinition>): ResolvedProfile {
  const r = resolveProfile(profile, profiles ? { profiles } : {});
  if (!r.ok) throw new Error(r.diagnostics.map((d) => `${d.code}: ${d.message}`).join('\n'));
  return r.value;
}
const setting = (p: ResolvedProfile, id: string) => p.rules.find((s) => s.rule.id === id)!;
const threshold = (p: ResolvedProfile, id: string, name: string) => setting(p, id).thresholds.find((t) => t.name === name)!;

describe('shipped profiles', () => {
  it('recommended runs every rule at its own severity and thresholds', () => {
    const p = resolved('recommended');
    expect(p.chain).toEqual(['recommended']);
    expect(p.rules.map((s) => [s.rule.id, s.severity])).toEqual(RULES.map((r) => [r.id, r.severity]));
    expect(threshold(p, 'G3-AMT-002', 'minimumRevenueRate')).toMatchObject({ value: '1%', setBy: 'rule default', verified: true });
    expect(p.scoring).toEqual({ includeInfo: true, weights: { error: 3, warning: 2, info: 1 }, minimumCoverage: 80 });
  });

  it('strict extends recommended: warnings become errors and thresholds tighten, each with its source', () => {
    const p = resolved('strict');
    expect(p.chain).toEqual(['recommended', 'strict']);
    expect(setting(p, 'P4-EMP-002').severity).toBe('error');
    expect(threshold(p, 'P4-EMP-002', 'minimumShare')).toMatchObject({ value: '95%', setBy: 'strict', verified: true });
    expect(setting(p, 'P4-EMP-002').options.minimumShare!.toString()).toBe('0.95');
    expect(setting(p, 'P1-EXP-001').severity).toBe('error');
  });

  it('kenya sets the Mining Act 2016 royalty shares and the 1% of sales revenue, citing them', () => {
    const p = resolved('kenya');
    expect(p.jurisdiction).toBe('KE');
    expect(threshold(p, 'P4-REV-001', 'minimumSubnationalShare')).toMatchObject({ value: '20%', setBy: 'kenya' });
    expect(threshold(p, 'P4-REV-001', 'minimumCommunityShare').source).toMatch(/Mining Act 2016/);
    expect(threshold(p, 'G3-AMT-002', 'minimumRevenueRate').source).toMatch(/1% of sales revenue/);
  });
});

describe('extends, overrides and off', () => {
  const ministry: ProfileDefinition = {
    name: 'ministry',
    extends: 'kenya',
    rules: {
      'P2-GHG-001': 'off',
      'G1-TIM-001': { severity: 'error', options: { maxMonths: { value: 12, source: 'Ministry circular 4/2027', verified: true } } },
    },
  };

  it('applies the chain base first, the profile itself last', () => {
    const p = resolved(ministry);
    expect(p.chain).toEqual(['recommended', 'kenya', 'ministry']);
    expect(setting(p, 'G1-TIM-001').severity).toBe('error');
    expect(setting(p, 'G1-TIM-001').options).toEqual({ maxMonths: 12 });
    expect(threshold(p, 'P4-REV-001', 'minimumCommunityShare').setBy).toBe('kenya');
  });

  it('a later profile overrides an earlier one, and an unset option keeps the earlier value', () => {
    const child: ProfileDefinition = { name: 'child', extends: ['strict', 'ministry'], rules: { 'G1-TIM-001': 'warning' } };
    const p = resolved(child, { ministry });
    expect(p.chain).toEqual(['recommended', 'strict', 'kenya', 'ministry', 'child']);
    expect(setting(p, 'G1-TIM-001').severity).toBe('warning');
    expect(threshold(p, 'G1-TIM-001', 'maxMonths').setBy).toBe('ministry');
  });

  it('a rule that is off does not run and is not scored', () => {
    const loaded = exampleContract('environment: {}\n');
    const report = checkContract(loaded, { profile: resolved(ministry) });
    expect(report.outcomes.some((o) => o.ruleId === 'P2-GHG-001')).toBe(false);
    expect(report.findings.some((f) => f.code === 'P2-GHG-001')).toBe(false);
    expect(checkContract(loaded).findings.some((f) => f.code === 'P2-GHG-001')).toBe(true);
  });

  it('scoring settings are inherited and can exclude info rules', () => {
    const p = resolved({ name: 'no-info', extends: 'recommended', scoring: { includeInfo: false, weights: { warning: 1 } } });
    expect(p.scoring).toEqual({ includeInfo: false, weights: { error: 3, warning: 1, info: 1 }, minimumCoverage: 80 });
  });
});

describe('errors', () => {
  const problems = (profile: ProfileDefinition, profiles?: Record<string, ProfileDefinition>) => {
    const r = resolveProfile(profile, profiles ? { profiles } : {});
    expect(r.ok).toBe(false);
    return r.diagnostics;
  };

  it('an unknown rule id, with a did-you-mean', () => {
    const [d] = problems({ name: 'x', rules: { 'P2-GHG-01': 'off' } });
    expect(d).toMatchObject({ code: 'profile/unknown-rule', severity: 'error', path: ['rules', 'P2-GHG-01'], hint: 'did you mean "P2-GHG-001"?' });
    expect(d!.message).toMatch(/"P2-GHG-01", which does not exist/);
  });

  it('an unknown option, with a did-you-mean', () => {
    const [d] = problems({ name: 'x', rules: { 'G1-TIM-001': { options: { maxMonth: { value: 12, source: 's', verified: false } } } } });
    expect(d).toMatchObject({ code: 'profile/unknown-option', path: ['rules', 'G1-TIM-001', 'options', 'maxMonth'], hint: 'did you mean "maxMonths"?' });
  });

  it('a bad option value: a bare number for a percentage, or a negative count', () => {
    const [rate] = problems({ name: 'x', rules: { 'G3-AMT-002': { options: { minimumRevenueRate: { value: 1, source: 's', verified: false } } } } });
    expect(rate).toMatchObject({ code: 'profile/bad-option', path: ['rules', 'G3-AMT-002', 'options', 'minimumRevenueRate', 'value'] });
    expect(rate!.message).toMatch(/minimumRevenueRate of G3-AMT-002 is invalid/);
    const [days] = problems({ name: 'x', rules: { 'P1-GEO-001': { options: { maxDeadlineDays: { value: -5, source: 's', verified: false } } } } });
    expect(days).toMatchObject({ code: 'profile/bad-option' });
  });

  it('a threshold without its source', () => {
    const [d] = problems({ name: 'x', rules: { 'G1-TIM-001': { options: { maxMonths: { value: 12, source: ' ', verified: true } } } } });
    expect(d).toMatchObject({ code: 'profile/invalid' });
    expect(d!.message).toMatch(/needs a source/);
  });

  it('an unknown or circular extends', () => {
    const [unknown] = problems({ name: 'x', extends: 'recomended' });
    expect(unknown).toMatchObject({ code: 'profile/unknown-profile', path: ['extends'], hint: 'did you mean "recommended"?' });
    const [cycle] = problems({ name: 'a', extends: 'b' }, { b: { name: 'b', extends: 'a' }, a: { name: 'a', extends: 'b' } });
    expect(cycle).toMatchObject({ code: 'profile/circular-extends' });
    expect(cycle!.message).toMatch(/a → b → a/);
  });

  it('checkContract refuses a shipped-profile name that does not exist', () => {
    expect(() => checkContract(exampleContract('environment: {}\n'), { profile: 'recomended' })).toThrow(FairlodeError);
  });
});

describe('loadProfile (a profile file in the user\'s repository)', () => {
  it('loads, extends a shipped profile and resolves', () => {
    const text = ['name: ministry', 'extends: kenya', 'rules:', '  P2-GHG-001: off', '  G1-TIM-001:', '    options:', '      maxMonths: { value: 12, source: "Ministry circular 4/2027", verified: true }', ''].join('\n');
    const r = loadProfile(text, { filename: 'fairlode-profile.yaml' });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.chain).toEqual(['recommended', 'kenya', 'ministry']);
  });

  it('places errors on their lines: an unknown rule on its key, a bad value on the value', () => {
    const text = ['name: ministry', 'extends: recommended', 'rules:', '  P2-GHG-01: off', '  G3-AMT-002:', '    options:', '      minimumRevenueRate: { value: "one percent", source: "x", verified: false }', ''].join('\n');
    const r = loadProfile(text, { filename: 'p.yaml' });
    expect(r.ok).toBe(false);
    const at = r.diagnostics.map((d) => `${d.file}:${d.range?.start.line}:${d.range?.start.column} ${d.code}`);
    expect(at).toEqual(['p.yaml:4:3 profile/unknown-rule', 'p.yaml:7:36 profile/bad-option']);
    expect(r.diagnostics[0]!.hint).toBe('did you mean "P2-GHG-001"?');
  });

  it('reports a misspelt severity with the allowed values', () => {
    const r = loadProfile('name: x\nrules:\n  P2-GHG-001: of\n', { filename: 'p.yaml' });
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]).toMatchObject({ range: { start: { line: 3, column: 15 } } });
    expect(r.diagnostics[0]!.hint).toMatch(/did you mean "off"/);
  });

  it('reports an unknown key at the top of the profile with a did-you-mean', () => {
    const r = loadProfile('name: x\nextend: recommended\n', { filename: 'p.yaml' });
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]).toMatchObject({ code: 'profile/unknown-key', hint: 'did you mean "extends"?' });
  });
});
