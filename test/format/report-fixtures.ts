import type { CheckReport, FileReport, ReportFinding } from 'fairlode';

// A hand-made report for the formatter tests: one contract with findings of each severity (one with
// characters every format must escape), one clean contract and one that cannot be parsed.

/** The golden finding: every format must place it at line 12, column 5 (end 12:27). */
export const golden: ReportFinding = {
  code: 'G3-BND-002',
  severity: 'error',
  message: 'The community development agreement has no deadline: 50% of "binding", <none>, a|b.',
  path: ['community', 'developmentAgreement'],
  file: 'contracts/north, east.yaml',
  range: { start: { line: 12, column: 5 }, end: { line: 12, column: 27 } },
  clause: '§14',
  hint: 'add a deadline,\nsuch as 90 days',
  principle: 'G3',
  rating: 'partially-meets',
  docsUrl: 'docs/rules/G3-BND-002.md',
};

const warning: ReportFinding = {
  code: 'P2-GHG-001',
  severity: 'warning',
  message: 'The contract does not require greenhouse-gas reporting.',
  path: ['environment'],
  file: 'contracts/north, east.yaml',
  range: { start: { line: 20, column: 1 }, end: { line: 24, column: 9 } },
  principle: 'P2',
  rating: 'does-not-meet',
  docsUrl: 'docs/rules/P2-GHG-001.md',
};

const info: ReportFinding = { ...warning, code: 'P2-GHG-001', severity: 'info', message: 'A second finding of the same rule at the same path.' };

const scorecard = {
  profile: 'recommended',
  level: 'not-achieved',
  governance: 40.5,
  principles: [
    { principle: 'P2', title: 'Environmental stewardship', score: 57.8 },
    { principle: 'G3', title: 'Binding community development', score: 43.7 },
  ],
  critical: [{ ruleId: 'G3-BND-002', principle: 'G3', rating: 'partially-meets' }],
};

/** A checked contract with three findings and one exemption. */
export const checkedFile: FileReport = {
  file: 'contracts/north, east.yaml',
  status: 'checked',
  findings: [golden, warning, info],
  scorecard,
  exemptions: [{ ruleId: 'P5-PRO-001', clauseId: 'processing', clause: '§18', reason: 'No smelter within 500 km.', path: ['processing', 'exempt', 0], range: { start: { line: 30, column: 7 }, end: { line: 30, column: 20 } }, suppressed: [{}] }],
};

/** A contract with no findings. */
export const cleanFile: FileReport = { file: 'contracts/clean.yaml', status: 'checked', findings: [], scorecard: { ...scorecard, level: 'level-100' }, exemptions: [] };

/** A file that does not parse. */
export const brokenFile: FileReport = {
  file: 'contracts/broken.yaml',
  status: 'unusable',
  findings: [{ code: 'source/syntax', severity: 'error', message: 'This { is never closed.', path: [], file: 'contracts/broken.yaml', range: { start: { line: 4, column: 15 }, end: { line: 4, column: 16 } }, hint: 'add the closing }' }],
};

/** The three together, in path order. */
export const report: CheckReport = { files: [brokenFile, cleanFile, checkedFile] };
