import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { formatCheckJunit } from 'fairlode';
import { golden, report } from './report-fixtures.js';

describe('JUnit', () => {
  const text = formatCheckJunit(report);
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testsuite' || name === 'testcase' }).parse(text);

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(text)).toBe(true);
  });

  it('has one testsuite per file, named by the file', () => {
    expect(xml.testsuites.testsuite.map((s: { name: string }) => s.name)).toEqual(['contracts/broken.yaml', 'contracts/clean.yaml', golden.file]);
  });

  it('names each testcase "ruleId @ jsonPath", uniquely, with the file as classname', () => {
    const suite = xml.testsuites.testsuite[2];
    const names = suite.testcase.map((t: { name: string }) => t.name);
    expect(names).toEqual(['G3-BND-002 @ $.community.developmentAgreement', 'P2-GHG-001 @ $.environment', 'P2-GHG-001 @ $.environment (2)']);
    for (const t of suite.testcase) expect(t.classname).toBe(golden.file);
    expect(suite.failures).toBe('3');
  });

  it('keeps the message exactly, escaped characters included', () => {
    const t = xml.testsuites.testsuite[2].testcase[0];
    expect(t.failure.message).toBe(golden.message);
    expect(t.failure.type).toBe('error');
    expect(t.failure['#text']).toContain('hint: add a deadline,\nsuch as 90 days');
  });

  it('gives a clean file one passing testcase', () => {
    const suite = xml.testsuites.testsuite[1];
    expect(suite.testcase).toHaveLength(1);
    expect(suite.testcase[0].failure).toBeUndefined();
    expect(suite.tests).toBe('1');
    expect(suite.failures).toBe('0');
  });

  it('reports a file that cannot be parsed as an error, not a failure', () => {
    const suite = xml.testsuites.testsuite[0];
    expect(suite.errors).toBe('1');
    expect(suite.testcase[0].error.message).toBe('This { is never closed.');
    expect(xml.testsuites.errors).toBe('1');
    expect(xml.testsuites.failures).toBe('3');
    expect(xml.testsuites.tests).toBe('5');
  });
});
