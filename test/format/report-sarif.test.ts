import { describe, expect, it } from 'vitest';
import { formatCheckSarif, findingFingerprints, type CheckReport, type ReportFinding } from 'fairlode';
import { checkedFile, golden, report } from './report-fixtures.js';
import { sarifErrors } from './sarif-schema.js';

const rules = [{ id: 'G3-BND-002', title: 'Binding community development agreement', description: 'The agreement binds, with deadlines.', rationale: 'Voluntary promises are not kept.', docsUrl: 'docs/rules/G3-BND-002.md', severity: 'error' as const, principle: 'G3' }];

describe('SARIF', () => {
  const log = JSON.parse(formatCheckSarif(report, { toolVersion: '1.2.3', rules }));
  const run = log.runs[0];

  it('is valid SARIF 2.1.0 by the official schema', () => {
    expect(sarifErrors(log)).toEqual([]);
  });

  it('describes every rule it reports, with a help link', () => {
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual(['G3-BND-002', 'P2-GHG-001', 'source/syntax']);
    const [bnd, ghg, syntax] = run.tool.driver.rules;
    expect(bnd.shortDescription.text).toBe('Binding community development agreement');
    expect(bnd.fullDescription.text).toBe('The agreement binds, with deadlines.');
    expect(bnd.helpUri).toBe('https://fairlode.dev/docs/rules/G3-BND-002.md');
    expect(bnd.help.markdown).toContain('Voluntary promises are not kept.');
    // Without metadata, the finding's own docs link and a description of its family.
    expect(ghg.helpUri).toBe('https://fairlode.dev/docs/rules/P2-GHG-001.md');
    expect(syntax.helpUri).toBe('https://fairlode.dev/docs/contract-format.md#strict-documents');
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
  });

  it('uses repository-relative URIs, 1-based regions and severity levels', () => {
    const r = run.results.find((x: { ruleId: string }) => x.ruleId === 'G3-BND-002');
    expect(r.locations[0].physicalLocation.artifactLocation.uri).toBe('contracts/north%2C%20east.yaml');
    expect(r.level).toBe('error');
    expect(r.locations[0].logicalLocations[0].fullyQualifiedName).toBe('$.community.developmentAgreement');
    expect(run.results.map((x: { level: string }) => x.level).sort()).toEqual(['error', 'error', 'note', 'warning']);
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('fingerprints by rule id, file and contract path, not by line', () => {
    const moved: ReportFinding = { ...golden, range: { start: { line: 40, column: 1 }, end: { line: 40, column: 9 } } };
    expect(findingFingerprints(golden.file!, [moved])).toEqual(findingFingerprints(golden.file!, [golden]));
    expect(findingFingerprints('other.yaml', [golden])).not.toEqual(findingFingerprints(golden.file!, [golden]));
    // Two findings of one rule at one path stay distinct.
    const fps = run.results.map((x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints['fairlode/v1']);
    expect(new Set(fps).size).toBe(fps.length);
  });

  it('keeps at most 5,000 results and says how many were left out', () => {
    const many: ReportFinding[] = Array.from({ length: 5003 }, (_, i) => ({ ...golden, path: ['clauses', i], range: { start: { line: i + 1, column: 1 }, end: { line: i + 1, column: 2 } } }));
    const big: CheckReport = { files: [{ ...checkedFile, findings: many }] };
    const capped = JSON.parse(formatCheckSarif(big, { toolVersion: '1.2.3' }));
    expect(capped.runs[0].results).toHaveLength(5000);
    expect(capped.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toContain('5000 of 5003');
    expect(sarifErrors(capped)).toEqual([]);
  });

  it('is the same text every time', () => {
    expect(formatCheckSarif(report, { toolVersion: '1.2.3', rules })).toBe(formatCheckSarif(report, { toolVersion: '1.2.3', rules }));
  });
});
