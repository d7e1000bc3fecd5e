import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { formatCheckGithub, formatCheckJson, formatCheckJunit, formatCheckMarkdown, formatCheckSarif, formatCheckStylish, type CheckJson } from 'fairlode';
import { golden, report } from './report-fixtures.js';

// One coordinate convention everywhere (style.md §1): the golden finding is at 12:5–12:27 in its
// file, and every format must say so. Spectral's 0-based JSON against 1-based HTML (#1748) is the
// failure this pins.

describe('every format reports the golden finding at line 12, column 5', () => {
  it('stylish', () => {
    const lines = formatCheckStylish(report).split('\n');
    const line = lines.find((l) => l.includes('G3-BND-002'))!;
    expect(line.trim().startsWith('12:5 ')).toBe(true);
  });
  it('json', () => {
    const json = JSON.parse(formatCheckJson(report)) as CheckJson;
    const f = json.files[2]!.findings[0]!;
    expect([f.line, f.column, f.endLine, f.endColumn]).toEqual([12, 5, 12, 27]);
  });
  it('sarif', () => {
    const sarif = JSON.parse(formatCheckSarif(report, { toolVersion: '0.0.0' }));
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'G3-BND-002');
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 12, startColumn: 5, endLine: 12, endColumn: 27 });
  });
  it('junit', () => {
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(formatCheckJunit(report));
    const suite = xml.testsuites.testsuite.find((s: { name: string }) => s.name === golden.file);
    const testcase = suite.testcase.find((t: { name: string }) => t.name.startsWith('G3-BND-002'));
    expect(testcase.line).toBe('12');
    expect(testcase.failure['#text']).toContain(`${golden.file}:12:5:`);
  });
  it('github', () => {
    const line = formatCheckGithub(report).split('\n').find((l) => l.startsWith('::error') && l.includes('G3-BND-002'))!;
    expect(line).toContain(',line=12,endLine=12,col=5,endColumn=27,');
  });
  it('markdown', () => {
    expect(formatCheckMarkdown(report)).toContain('| 12:5 | error | `G3-BND-002` |');
  });
});
