// The bundled contracts behave as their design says: the strong partnership reaches Level 100
// with no findings; the weak contract fails rules under every principle and reform, with findings
// on the offending lines; the Reko Diq-style contract lies in between, with one exemption counted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContract, loadContract, PRINCIPLE_IDS, type ComplianceReport, type RuleFinding } from 'fairlode';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
function check(name: string): { report: ComplianceReport; text: string } {
  const file = `examples/contracts/${name}.yaml`;
  const text = readFileSync(join(root, file), 'utf8');
  const loaded = loadContract(text, { filename: file });
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return { report: checkContract(loaded.value), text };
}
const scores = (r: ComplianceReport) => Object.fromEntries(r.scorecard.principles.map((p) => [p.principle, p.score]));

const strong = check('chagai-partnership');
const middle = check('reko-diq-style');
const weak = check('weak-extraction');

describe('chagai-partnership (strong)', () => {
  it('reaches Level 100 with every principle and reform at 100 and no findings', () => {
    expect(strong.report.scorecard.level).toBe('level-100');
    expect(Object.values(scores(strong.report))).toEqual(Array(PRINCIPLE_IDS.length).fill(100));
    expect(strong.report.findings).toEqual([]);
  });

  it('lists the rules that do not apply to it', () => {
    expect(strong.report.scorecard.notApplicable).toEqual(['F1-DIL-001', 'F1-DIV-001', 'F1-GTK-001', 'F1-PRG-001', 'F1-ROY-001', 'P2-LIV-001', 'P3-INF-005', 'P5-PRO-002']);
  });
});

describe('weak-extraction (weak)', () => {
  it('does not achieve a level, and every critical rule it is rated on falls short', () => {
    expect(weak.report.scorecard.level).toBe('not-achieved');
    expect(weak.report.scorecard.critical.every((g) => g.rating === 'does-not-meet')).toBe(true);
  });

  it('fails a rule under every principle and every reform', () => {
    for (const p of PRINCIPLE_IDS) {
      const failed = weak.report.findings.filter((f): f is RuleFinding => f.kind === 'rule' && f.principle === p && f.severity === 'error' && f.rating === 'does-not-meet');
      expect(failed.length, p).toBeGreaterThan(0);
      expect(scores(weak.report)[p], p).toBeLessThan(25);
    }
  });

  // Each finding points at the offending text itself: line:column and the source there.
  it.each([
    ['P1-EXP-001', 'missing', '44:1', 'exploration'],
    ['P2-CLO-002', 'corporate-guarantee', '55:68', 'corporate-guarantee'],
    ['P3-INF-002', 'closed', '58:156', 'false'],
    ['G1-CNF-001', 'not-carved-out', '71:55', 'carveOuts'],
    ['G2-ACC-001', 'private-account', '73:71', 'company'],
    ['G3-BND-001', 'discretionary', '61:58', 'endeavour'],
    ['G3-BND-002', 'discretionary', '36:54', 'may'],
  ])('%s (%s) is reported at %s, on "%s"', (ruleId, messageId, at, text) => {
    const f = weak.report.findings.find((x): x is RuleFinding => x.kind === 'rule' && x.ruleId === ruleId && x.messageId === messageId)!;
    expect(f, `${ruleId} ${messageId}`).toBeDefined();
    expect(`${f.range!.start.line}:${f.range!.start.column}`).toBe(at);
    const line = weak.text.split('\n')[f.range!.start.line - 1]!;
    expect(line.slice(f.range!.start.column - 1, f.range!.end.column - 1)).toBe(text);
    expect(f.file).toBe('examples/contracts/weak-extraction.yaml');
    expect(f.docsUrl).toBe(`docs/rules/${ruleId}.md`);
  });

  it('names the legal clause of a finding inside a numbered clause', () => {
    const f = weak.report.findings.find((x) => x.code === 'G1-CNF-001')!;
    expect(f.clause).toBe('§22');
  });
});

describe('reko-diq-style (in between)', () => {
  it('scores between the weak and the strong contract under every principle and reform', () => {
    for (const p of PRINCIPLE_IDS) {
      expect(scores(middle.report)[p]!, p).toBeGreaterThanOrEqual(scores(weak.report)[p]!);
      expect(scores(middle.report)[p]!, p).toBeLessThan(100);
    }
    expect(middle.report.scorecard.level).toBe('not-achieved');
  });

  it('counts and reports its exemption, and leaves the exempted rule out of the score', () => {
    expect(middle.report.exemptions).toHaveLength(1);
    const e = middle.report.exemptions[0]!;
    expect([e.ruleId, e.clauseId, e.suppressed.length]).toEqual(['P3-INF-002', 'port-access', 1]);
    expect(e.reason).toMatch(/Gwadar/);
    expect(middle.report.scorecard.exempted).toEqual(['P3-INF-002']);
    expect(middle.report.findings.some((f) => f.code === 'P3-INF-002')).toBe(false);
  });
});

it('reports findings sorted by file, line, column and rule', () => {
  const key = (f: ComplianceReport['findings'][number]) => [f.range!.start.line, f.range!.start.column, f.code] as const;
  const keys = weak.report.findings.map(key);
  const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
  expect(keys).toEqual(sorted);
});

it('docs/compliance.md prints the scores these contracts get', () => {
  const page = readFileSync(join(root, 'docs', 'compliance.md'), 'utf8');
  for (const [name, { report }] of [['chagai-partnership', strong], ['reko-diq-style', middle], ['weak-extraction', weak]] as const) {
    const row = page.split('\n').find((l) => l.startsWith(`| ${name} `))!;
    expect(row, name).toBeDefined();
    const cells = row.split('|').slice(2, 2 + PRINCIPLE_IDS.length).map((c) => c.trim());
    expect(cells, name).toEqual(PRINCIPLE_IDS.map((p) => String(scores(report)[p])));
  }
});
