// Unknown is not absent: a rule whose facts are unknown rates insufficient-data, never
// does-not-meet; the score is on what is known and the coverage says how much that is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { checkContract, loadContract, parseSource, type ComplianceReport, type PathSegment, type RuleFinding } from 'fairlode';
import { describe, expect, it } from 'vitest';
import { exampleContract } from './rule-example.js';

const root = join(import.meta.dirname, '..', '..');
const check = (yaml: string) => checkContract(exampleContract(yaml));
const outcome = (r: ComplianceReport, id: string) => r.outcomes.find((o) => o.ruleId === id)!;

describe('insufficient-data', () => {
  it('rates a rule insufficient-data when the section it reads is unknown, and does-not-meet when it is known to be absent', () => {
    const unknown = check('community: { unknown: "not published" }\n');
    const absent = check('community: { training: [] }\n');
    // G3-BND-001 (a binding CDA) reads community.developmentAgreement.
    expect(outcome(unknown, 'G3-BND-001').rating).toBe('insufficient-data');
    expect(outcome(absent, 'G3-BND-001').rating).toBe('does-not-meet');
    const f = unknown.findings.find((x): x is RuleFinding => x.kind === 'rule' && x.ruleId === 'G3-BND-001')!;
    expect(f.rating).toBe('insufficient-data');
    expect(f.message).toBe('Binding community development agreement required: cannot be judged, "community" is unknown (not published).');
    expect(f.hint).toMatch(/assumed/);
  });

  it('rates P1-CAP-001 insufficient-data when the training places are unknown, and fully-meets on an assumed 24', () => {
    const programme = (slots: string) => `exploration:\n  jointProgramme: { id: joint-exploration, modality: shall, hostEntity: gsp, foreignPartner: investor, trainingSlots: ${slots} }\n`;
    expect(outcome(check(programme('{ unknown: "redacted" }')), 'P1-CAP-001').rating).toBe('insufficient-data');
    const assumed = check(programme('{ assumed: 24, basis: "press release" }'));
    expect(outcome(assumed, 'P1-CAP-001').rating).toBe('fully-meets');
    expect(outcome(assumed, 'P1-CAP-001').assumptions?.map((a) => a.basis)).toEqual(['press release']);
  });

  it('keeps a known failure: a discretionary CDA with an unknown remedy does not meet G3-BND-002', () => {
    const r = check('community:\n  developmentAgreement: { id: cda, modality: may, required: true, binding: true, remedy: { unknown: "redacted" } }\n');
    expect(outcome(r, 'G3-BND-002').rating).toBe('does-not-meet');
  });

  it('cites the clause\'s source with a finding about it', () => {
    const r = check('community:\n  developmentAgreement: { id: cda, modality: may, required: true, binding: true, source: { instrument: "Convention 2014", article: "Art. 31", confidence: medium } }\n');
    const f = r.findings.find((x): x is RuleFinding => x.kind === 'rule' && x.ruleId === 'G3-BND-001')!;
    expect(f.source).toEqual({ instrument: 'Convention 2014', article: 'Art. 31', confidence: 'medium' });
  });

  it('scores on what is known and reports the coverage, per principle and overall', () => {
    const r = check('community: { unknown: "not published" }\n');
    const g3 = r.scorecard.principles.find((p) => p.principle === 'G3')!;
    // G3's community-fund rules read revenue.communityFunds, known to be empty: G3-AMT-001 (error, 3)
    // and G3-AMT-002 (warning, 2) do not meet, score 0. The six rules that read the CDA or the community
    // obligations (errors BND-001 and BND-002, 3 each; warnings DIS, ENF, GOV, REV, 2 each; 14 in
    // all) cannot be judged: coverage 5 ÷ 19 = 26.3%.
    expect(g3.rules.filter((x) => x.rating === 'insufficient-data').map((x) => x.ruleId)).toEqual(['G3-BND-001', 'G3-BND-002', 'G3-DIS-001', 'G3-ENF-001', 'G3-GOV-001', 'G3-REV-001']);
    expect([g3.score, g3.coverage]).toEqual([0, 26.3]);
    expect(r.scorecard.coverage).toBeLessThan(100);
    expect(r.scorecard.shortfalls.some((s) => s.reason === 'coverage' && s.principle === 'G3')).toBe(true);
  });
});

// Property: replacing a known leaf by { unknown } never turns insufficient-data into a meets rating,
// and never raises the coverage.
const NEVER = new Set(['fairlode', 'id', 'effective', 'term', 'currency', 'unknown']);
function leaves(value: unknown, path: PathSegment[] = []): PathSegment[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => (NEVER.has(k) ? [] : leaves(v, [...path, k])));
  return path.length === 0 ? [] : [path];
}
function withUnknown(value: unknown, path: readonly PathSegment[]): unknown {
  if (path.length === 0) return { unknown: 'not disclosed' };
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? withUnknown(v, rest) : v));
  return { ...(value as Record<string, unknown>), [head!]: withUnknown((value as Record<string, unknown>)[head!], rest) };
}
function report(value: unknown): ComplianceReport {
  const loaded = loadContract(JSON.stringify(value), { filename: 'deal.json' });
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => `${d.path.join('.')}: ${d.message}`).join('\n'));
  return checkContract(loaded.value);
}
const MEETS = new Set(['fully-meets', 'substantially-meets', 'partially-meets']);

describe('knowing less never looks better', () => {
  const contracts = ['reko-diq-style', 'weak-extraction', 'chagai-partnership'].map((name) => {
    const parsed = parseSource(readFileSync(join(root, 'examples', 'contracts', `${name}.yaml`), 'utf8'), { format: 'yaml' });
    if (!parsed.ok) throw new Error(name);
    return parsed.value.value;
  });

  it('replacing any known leaf by unknown never turns insufficient-data into meets and never raises coverage', () => {
    fc.assert(
      fc.property(fc.constantFrom(...contracts), fc.nat(), fc.nat(), (contract, i, j) => {
        const all = leaves(contract);
        const first = withUnknown(contract, all[i % all.length]!);
        const second = leaves(first);
        const both = withUnknown(first, second[j % second.length]!);
        const before = report(first);
        const after = report(both);
        for (const o of before.outcomes) {
          if (o.rating !== 'insufficient-data') continue;
          const now = after.outcomes.find((x) => x.ruleId === o.ruleId)!;
          expect(MEETS.has(now.rating ?? ''), `${o.ruleId} became ${now.rating}`).toBe(false);
        }
        expect(after.scorecard.coverage ?? 0).toBeLessThanOrEqual(before.scorecard.coverage ?? 0);
      }),
      { numRuns: 60 },
    );
  });
});
