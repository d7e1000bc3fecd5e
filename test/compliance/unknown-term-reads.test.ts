// A rule that cannot go on because a required term is unknown is rated insufficient-data; a rule
// that crashes for any other reason is a bug, and the check must say so instead of hiding it as
// "insufficient data" whenever the contract happens to have an unknown term (review finding, #15).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContract, defineRule, loadContract, resolveProfile, type Rule } from 'fairlode';
import { describe, expect, it } from 'vitest';
import { exampleContract } from './rule-example.js';

function profileOf(rule: Rule) {
  const resolved = resolveProfile('recommended', { rules: [rule] });
  if (!resolved.ok) throw new Error(resolved.diagnostics.map((d) => d.message).join('; '));
  return resolved.value;
}

const root = join(import.meta.dirname, '..', '..');

const base = {
  principle: 'F1' as const,
  severity: 'warning' as const,
  critical: false,
  title: 'A test rule',
  description: 'Reads the term.',
  rationale: 'For the test.',
  references: [],
  messages: { short: 'The term is short.' },
  examples: { passing: '', failing: '' },
};

// Reads who ratified, a required term of the ratification clause: when it is unknown, \`by\` is
// absent and reading its length throws a TypeError.
const readsRatifier = defineRule({ ...base, id: 'F1-TST-001', evaluate: (c) => ({ rating: c.governance!.ratification!.by.length > 4 ? 'fully-meets' : 'does-not-meet', evidence: [['governance', 'ratification']], messages: [] }) });
// A bug: throws whatever the contract says.
const buggy = defineRule({ ...base, id: 'F1-TST-002', evaluate: () => { throw new TypeError('a bug in the rule'); } });
// A bug behind a known term: reads a property of a value that is never there.
const buggyRead = defineRule({ ...base, id: 'F1-TST-003', evaluate: (c) => ({ rating: (c as unknown as { nothing: { here: boolean } }).nothing.here ? 'fully-meets' : 'does-not-meet', evidence: [['term']], messages: [] }) });

// A real rule on the Chagai example with one hiring target's share unknown: the shipped employment
// rule hands the absent share to decimal.js, which throws its own error, not a TypeError. Found by
// the property test "knowing less never looks better" (community.employment[1].targets[0].share).
describe('a shipped rule that hands an unknown value to decimal.js', () => {
  it('is rated insufficient-data at that term, not a crash of the check', () => {
    const text = readFileSync(join(root, 'examples/contracts/chagai-partnership.yaml'), 'utf8')
      .replace('targets: [ { by: 2027-12-31, share: "50%" }', 'targets: [ { by: 2027-12-31, share: { unknown: "not in the summary" } }');
    const loaded = loadContract(text, { filename: 'chagai.yaml' });
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const r = checkContract(loaded.value);
    const at = r.findings.filter((f) => f.kind === 'rule' && f.rating === 'insufficient-data' && f.path.join('.') === 'community.employment.1.targets.0.share');
    expect(at.length).toBeGreaterThan(0);
  });
});

describe('a rule that throws on a contract with unknown terms', () => {
  it('is rated insufficient-data, at the unknown term it read (not the first unknown of the file), when a required term is unknown', () => {
    const r = checkContract(exampleContract('community: { unknown: "not published" }\ngovernance:\n  ratification: { id: ratification, by: { unknown: "not found in the published summary" } }\n'), { profile: profileOf(readsRatifier) });
    expect(r.outcomes[0]!.rating).toBe('insufficient-data');
    expect(r.findings[0]!.path).toEqual(['governance', 'ratification', 'by']);
    expect(r.findings[0]!.message).toBe('A test rule: cannot be judged, "governance.ratification.by" is unknown (not found in the published summary).');
  });

  it('surfaces a bug in the rule, even though the contract has an unknown term', () => {
    // Before the fix every exception was caught and the rule rated insufficient-data.
    const contract = exampleContract('community: { unknown: "not published" }\n');
    expect(() => checkContract(contract, { profile: profileOf(buggy) })).toThrow('a bug in the rule');
    expect(() => checkContract(contract, { profile: profileOf(buggyRead) })).toThrow(TypeError);
  });

  it('surfaces a bug that is not a failed read even after the rule read an unknown term', () => {
    const rangeBug = defineRule({ ...base, id: 'F1-TST-004', evaluate: (c) => { if (c.community === undefined) throw new RangeError('out of range'); return { rating: 'fully-meets', evidence: [], messages: [] }; } });
    expect(() => checkContract(exampleContract('community: { unknown: "not published" }\n'), { profile: profileOf(rangeBug) })).toThrow(RangeError);
  });
});
