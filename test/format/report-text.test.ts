import { describe, expect, it } from 'vitest';
import { checkReportJsonValue, formatCheckMarkdown, formatCheckStylish, jsonPath, summarizeReport } from 'fairlode';
import { report } from './report-fixtures.js';

describe('summary and paths', () => {
  it('counts findings by severity, files and exemptions', () => {
    expect(summarizeReport(report)).toEqual({ files: 3, filesWithFindings: 2, unusableFiles: 1, errors: 2, warnings: 1, infos: 1, exemptions: 1, exempted: 1 });
  });
  it('writes contract paths as JSONPath', () => {
    expect(jsonPath([])).toBe('$');
    expect(jsonPath(['revenue', 'royalties', 0, 'rate'])).toBe('$.revenue.royalties[0].rate');
    expect(jsonPath(['split', 'gob-2', "it's"])).toBe("$.split.gob-2['it\\'s']");
  });
});

describe('stylish', () => {
  it('groups by file and ends with one summary line', () => {
    const text = formatCheckStylish(report);
    expect(text).toContain('contracts/broken.yaml (could not be read)\n  4:15  error  This { is never closed. (add the closing }) ');
    // A clean file shows only its level.
    expect(text).toContain('contracts/clean.yaml\n  level 100 (recommended): P2 57.8 · G3 43.7\n\n');
    expect(text.trimEnd().split('\n').at(-1)).toBe('✖ 4 findings (2 errors, 1 warning, 1 info) in 2 of 3 files; 1 exemption (1 finding exempted); 1 file could not be read');
    expect(text).toContain('exempt');
    expect(text).not.toContain('\u001b[');
  });
  it('colours only when asked', () => {
    expect(formatCheckStylish(report, { color: true })).toContain('\u001b[31merror');
  });
});

describe('json', () => {
  it('has the documented shape with nulls for absent facts', () => {
    const json = checkReportJsonValue(report);
    expect(Object.keys(json)).toEqual(['files', 'summary']);
    expect(json.files[0]!.findings[0]).toEqual({
      ruleId: 'source/syntax', severity: 'error', message: 'This { is never closed.', path: [], jsonPath: '$', line: 4, column: 15, endLine: 4, endColumn: 16,
      clause: null, hint: 'add the closing }', principle: null, rating: null, docsUrl: null, source: null, unknownReason: null, assumptions: [], fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    expect(json.files[1]!.scorecard?.level).toBe('level-100');
    expect(json.files[2]!.exemptions[0]).toMatchObject({ ruleId: 'P5-PRO-001', line: 30, column: 7, suppressed: 1 });
  });
});

describe('markdown', () => {
  it('has a summary table per file and per principle, with cells escaped', () => {
    const md = formatCheckMarkdown(report);
    expect(md).toContain('| `contracts/broken.yaml` | unreadable | 1 | 0 | 0 | 0 |');
    expect(md).toContain('| P2 Environmental stewardship | 57.8 | – | 0 | 1 | 1 |');
    expect(md).toContain('a\\|b.');
    expect(md).toContain('&lt;none&gt;');
  });
});
