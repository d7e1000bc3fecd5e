import { describe, expect, it } from 'vitest';
import { escapeWorkflowData, escapeWorkflowProperty, formatCheckGithub } from 'fairlode';
import { report } from './report-fixtures.js';

// The escaping of @actions/core (packages/core/src/command.ts): escapeData replaces %, \r, \n;
// escapeProperty also : and ,. The expected strings are written out by hand from that code.

describe('GitHub workflow commands', () => {
  it('escape data and properties as @actions/core does', () => {
    expect(escapeWorkflowData('50% of\r\nrevenue: a, b')).toBe('50%25 of%0D%0Arevenue: a, b');
    expect(escapeWorkflowProperty('50% of\r\nrevenue: a, b')).toBe('50%25 of%0D%0Arevenue%3A a%2C b');
  });

  const lines = formatCheckGithub(report).trimEnd().split('\n');

  it('groups annotations per file and skips clean files', () => {
    expect(lines.filter((l) => l.startsWith('::group::'))).toEqual(['::group::contracts/broken.yaml', '::group::contracts/north, east.yaml']);
    expect(lines.filter((l) => l === '::endgroup::')).toHaveLength(2);
  });

  it('writes one annotation per finding with escaped file, title and message', () => {
    expect(lines).toContain(
      '::error file=contracts/north%2C east.yaml,line=12,endLine=12,col=5,endColumn=27,title=G3-BND-002 (§14)::The community development agreement has no deadline: 50%25 of "binding", <none>, a|b. (add a deadline,%0Asuch as 90 days)',
    );
    // A finding over several lines has no end column; info becomes a notice.
    expect(lines).toContain('::warning file=contracts/north%2C east.yaml,line=20,endLine=24,col=1,title=P2-GHG-001::The contract does not require greenhouse-gas reporting.');
    expect(lines.some((l) => l.startsWith('::notice file='))).toBe(true);
  });

  it('ends with a summary notice', () => {
    expect(lines.at(-1)).toBe('::notice title=fairlode::fairlode check: 2 errors, 1 warning, 1 info in 2 of 3 files; 1 exemption');
  });
});
