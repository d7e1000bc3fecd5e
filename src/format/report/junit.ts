import { jsonPath, summarizeReport, type CheckReport, type FileReport } from './check-report.js';

/** Escapes element text: `&`, `<`, `>`, and drops the characters XML 1.0 forbids. */
function xmlText(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Escapes an attribute value: as element text, plus quotes, and line breaks and tabs as references so parsers keep them. */
function xml(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/** A unique test-case name per finding: `ruleId @ jsonPath`, numbered from the second repeat. */
function testcaseNames(f: FileReport): string[] {
  const seen = new Map<string, number>();
  return f.findings.map((d) => {
    const name = `${d.code} @ ${jsonPath(d.path)}`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

function suite(f: FileReport): string[] {
  const file = xml(f.file);
  const unusable = f.status === 'unusable';
  const cases: string[] = [];
  const names = testcaseNames(f);
  f.findings.forEach((d, i) => {
    const at = d.range ? `${f.file}:${d.range.start.line}:${d.range.start.column}` : f.file;
    const line = d.range ? ` line="${d.range.start.line}"` : '';
    const body = [`${at}: ${d.severity}: ${d.message}`, d.hint === undefined ? '' : `hint: ${d.hint}`, d.clause === undefined ? '' : `clause: ${d.clause}`, `rule: ${d.code}`, d.docsUrl === undefined ? '' : `docs: ${d.docsUrl}`]
      .filter((s) => s !== '')
      .join('\n');
    // A file that cannot be read is an error of the run (it could not be tested); any other finding fails its test.
    const element = unusable ? 'error' : 'failure';
    cases.push(`    <testcase name="${xml(names[i]!)}" classname="${file}" file="${file}"${line}>`);
    cases.push(`      <${element} message="${xml(d.message)}" type="${d.severity}">${xmlText(body)}</${element}>`);
    cases.push('    </testcase>');
  });
  if (f.findings.length === 0) cases.push(`    <testcase name="no findings" classname="${file}" file="${file}"/>`);
  const tests = Math.max(1, f.findings.length);
  const failures = unusable ? 0 : f.findings.length;
  const errors = unusable ? f.findings.length : 0;
  return [`  <testsuite name="${file}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="0">`, ...cases, '  </testsuite>'];
}

/**
 * A check report as JUnit XML, for GitLab's and other CI's test reports: one `testsuite` per file
 * (named by the file), one `testcase` per finding named `ruleId @ jsonPath` (unique within the file,
 * numbered `(2)`, `(3)` when a rule reports twice at one path) with `classname` = the file and a
 * `failure` giving `file:line:column`, the severity, message, hint, clause and rule; a clean file
 * gets one passing testcase, `no findings`. A file that cannot be read reports `error`s instead of
 * failures.
 *
 * @example
 * ```ts
 * await writeFile('fairlode-junit.xml', formatCheckJunit(report));
 * ```
 */
export function formatCheckJunit(report: CheckReport): string {
  const s = summarizeReport(report);
  const tests = report.files.reduce((n, f) => n + Math.max(1, f.findings.length), 0);
  const errors = report.files.reduce((n, f) => n + (f.status === 'unusable' ? f.findings.length : 0), 0);
  const failures = s.errors + s.warnings + s.infos - errors;
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="fairlode check" tests="${tests}" failures="${failures}" errors="${errors}">`];
  for (const f of report.files) lines.push(...suite(f));
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}
