// Issue #13, "Injection": what each output does with hostile text from a contract. The expected
// strings are written by hand from the rules in docs/security.md ("What is escaped where"): OWASP's
// CSV-injection cheat sheet for spreadsheets, @actions/core's escapeData/escapeProperty for GitHub,
// CommonMark/GFM for Markdown and Unicode's bidirectional algorithm (UAX #9) for isolates.
import { describe, expect, it } from 'vitest';
import {
  explain,
  formatCheckGithub,
  formatCheckMarkdown,
  formatCheckStylish,
  formatEitiCsv,
  formatEitiMarkdown,
  formatEitiText,
  formatObligationsCsv,
  formatObligationsMarkdown,
  formatObligationsText,
  formatPayoutCsv,
  formatPayoutMarkdown,
  formatPayoutText,
  formatReconciliationCsv,
  formatReconciliationMarkdown,
  money,
  parseSdtCsv,
  reconcile,
  type CheckReport,
  type ObligationReport,
  type SdtPayments,
  type SdtRow,
} from 'fairlode';
import { diagnosticLine } from '../../src/cli/diagnostic-line.js';
import { csvCell } from '../../src/format/csv-cell.js';
import { markdownCode, markdownText } from '../../src/format/markdown-text.js';
import { oneLineText, visibleText } from '../../src/diagnostics/visible-text.js';
import { escapeHtml } from '../../src/report/escape-html.js';
import { contractOf, statementsOf } from '../payout/payout-fixtures.js';
import { checkedFile } from './report-fixtures.js';

const RLO = '\u202e';

describe('visible text (terminal and plain-text outputs)', () => {
  it('shows every control, separator and bidirectional character, and leaves other text alone', () => {
    expect(visibleText('§4\n::stop-commands::x')).toBe('§4\\n::stop-commands::x');
    expect(visibleText('a\rb\tc\u0000d\u001b[2Je\u007ff\u0085g\u009b')).toBe('a\\rb\\tc\\x00d\\x1b[2Je\\x7ff\\x85g\\x9b');
    expect(visibleText(`fee${RLO}lave\u2066x\u2069\u200f\u061c\u2028`)).toBe('fee<U+202E>lave<U+2066>x<U+2069><U+200F><U+061C><U+2028>');
    expect(visibleText('Règlement § 4 – 50 % “binding”, العقد')).toBe('Règlement § 4 – 50 % “binding”, العقد');
  });
  it('puts a message on one line, a line break and the spaces around it becoming one space', () => {
    expect(oneLineText('add a deadline,\n  such as 90 days\r\n\u001b[31m')).toBe('add a deadline, such as 90 days \\x1b[31m');
  });
});

describe('CSV cells (OWASP CSV injection)', () => {
  it('quotes and prefixes with a single quote every text cell a spreadsheet would run', () => {
    expect(csvCell("=cmd|' /C calc'!A0")).toBe(`"'=cmd|' /C calc'!A0"`);
    expect(csvCell('@SUM(A1:A9)')).toBe(`"'@SUM(A1:A9)"`);
    expect(csvCell('+HYPERLINK("http://x.example","y")')).toBe(`"'+HYPERLINK(""http://x.example"",""y"")"`);
    expect(csvCell('-2+3')).toBe(`"'-2+3"`);
    expect(csvCell('\t=1')).toBe(`"'\t=1"`);
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    expect(csvCell('  =1')).toBe(`"'  =1"`);
    expect(csvCell('＝1+1')).toBe(`"'＝1+1"`);
    expect(csvCell('＠x')).toBe(`"'＠x"`);
    // A text cell that happens to be a negative number is text from the contract: it is neutralised too.
    expect(csvCell('-5')).toBe(`"'-5"`);
  });
  it('leaves other text as RFC 4180 says, and figures as numbers', () => {
    expect(csvCell('Royalties, gold')).toBe('"Royalties, gold"');
    expect(csvCell('a"b')).toBe('"a""b"');
    expect(csvCell('1+1=2')).toBe('1+1=2');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell('-1234.56', 'figure')).toBe('-1234.56');
    expect(csvCell('-1e-9', 'figure')).toBe('-1e-9');
    // Only an exact decimal counts as a figure; anything else is neutralised as text.
    expect(csvCell('-1+cmd', 'figure')).toBe(`"'-1+cmd"`);
  });
});

describe('Markdown text', () => {
  it('keeps a table row on one line and its columns, and shows no HTML', () => {
    expect(markdownText('a | b\rc\r\nd\ne')).toBe('a \\| b c d e');
    expect(markdownText('<img src=x onerror=alert(1)> &amp;')).toBe('&lt;img src=x onerror=alert(1)&gt; &amp;amp;');
    expect(markdownText('C:\\path')).toBe('C:\\\\path');
  });
  it('escapes what changes rendering', () => {
    expect(markdownText('**bold** _em_ [link](javascript:x) ~~s~~ `code` $x$')).toBe('\\*\\*bold\\*\\* \\_em\\_ \\[link\\](javascript:x) \\~\\~s\\~\\~ \\`code\\` \\$x\\$');
    expect(markdownText('# heading')).toBe('\\# heading');
    expect(markdownText('- item')).toBe('\\- item');
    expect(markdownText('12. item')).toBe('12\\. item');
    expect(markdownText('===')).toBe('\\===');
    // Figures and words that only look like a marker stay as they are.
    expect(markdownText('16.67%')).toBe('16.67%');
    expect(markdownText('-1,234.5 #1 +cmd')).toBe('-1,234.5 #1 +cmd');
    expect(markdownText('chagai-partnership 2027-Q1')).toBe('chagai-partnership 2027-Q1');
    expect(markdownText(`x${RLO}\u001b`)).toBe('x&lt;U+202E&gt;\\\\x1b');
  });
  it('fences a code span with more backticks than it holds', () => {
    expect(markdownCode('G1-TRN-001')).toBe('`G1-TRN-001`');
    expect(markdownCode('a`b|c\nd')).toBe('`` a`b\\|c d ``');
    expect(markdownCode('')).toBe('');
  });
});

describe('HTML isolation of right-to-left text', () => {
  const FSI = '\u2068';
  const PDI = '\u2069';
  const PDF = '\u202c';
  it('leaves left-to-right text only escaped', () => {
    expect(escapeHtml('Fees < 5% & "bonus"')).toBe('Fees &lt; 5% &amp; &quot;bonus&quot;');
    expect(escapeHtml(12)).toBe('12');
  });
  it('isolates text with a bidirectional control or right-to-left letters, closing what it leaves open', () => {
    expect(escapeHtml(`fee${RLO}evil`)).toBe(`${FSI}fee${RLO}evil${PDF}${PDI}`);
    expect(escapeHtml('العقد')).toBe(`${FSI}العقد${PDI}`);
    // A closer with nothing to close (an attempt to end the isolate around it) is dropped.
    expect(escapeHtml(`${PDI}${RLO}x`)).toBe(`${FSI}${RLO}x${PDF}${PDI}`);
    expect(escapeHtml(`\u2067a${RLO}b${PDI}c`)).toBe(`${FSI}\u2067a${RLO}b${PDI}c${PDI}`);
  });
});

// A check report whose contract carries hostile text in the clause, file name and exemption.
const hostileFile = 'contracts/evil\n::error file=src/app.ts,line=1::forged.yaml';
const hostile: CheckReport = {
  files: [
    {
      ...checkedFile,
      file: hostileFile,
      findings: checkedFile.findings.map((f) => ({ ...f, file: hostileFile, clause: `§14\n::stop-commands::pwned\r\u001b[2J${RLO}` })),
      exemptions: [{ ...checkedFile.exemptions![0]!, clauseId: 'proc\nessing', ruleId: 'P5\u001b[31m' }],
    },
  ],
};

describe('terminal and CI outputs start no line from contract text', () => {
  it('stylish shows the clause, file and exemption escaped', () => {
    const text = formatCheckStylish(hostile);
    expect(text).not.toMatch(/^::/m);
    expect(text).toContain('contracts/evil\\n::error file=src/app.ts,line=1::forged.yaml\n');
    expect(text).toContain(' §14\\n::stop-commands::pwned\\r\\x1b[2J<U+202E>  G3-BND-002');
    expect(text).toContain('P5\\x1b[31m on clause "proc\\nessing"');
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
  });
  it('GitHub annotations keep every line a command of their own, escaped as @actions/core does', () => {
    const lines = formatCheckGithub(hostile).trimEnd().split('\n');
    for (const l of lines) expect(l).toMatch(/^::(group|endgroup|error|warning|notice)[ :]/);
    expect(lines[0]).toBe('::group::contracts/evil%0A::error file=src/app.ts,line=1::forged.yaml');
    expect(lines[1]).toContain('title=G3-BND-002 (§14%0A%3A%3Astop-commands%3A%3Apwned%0D\\x1b[2J<U+202E>)::');
  });
  it('a diagnostic line on stderr is one line', () => {
    const line = diagnosticLine({ code: 'contract/x\n', severity: 'error', message: 'Unknown key "a\n::stop-commands::t"', hint: `did you mean\r${RLO}b?`, path: [], file: 'c\u001b]0;title\u0007.yaml', range: { start: { line: 1, column: 2 }, end: { line: 1, column: 3 } } });
    expect(line).toBe('c\\x1b]0;title\\x07.yaml:1:2: error: Unknown key "a ::stop-commands::t" (did you mean <U+202E>b?) [contract/x\\n]');
  });
});

describe('check Markdown', () => {
  it('keeps the columns of every row and shows no HTML from a finding', () => {
    const md = formatCheckMarkdown({ files: [{ ...checkedFile, findings: checkedFile.findings.map((f) => ({ ...f, clause: 'a\rb|c<script>', code: 'X`|' })) }] });
    const rows = md.split('\n').filter((l) => l.startsWith('| 12:5'));
    expect(rows).toEqual(['| 12:5 | error | `` X`\\| `` | The community development agreement has no deadline: 50% of "binding", &lt;none&gt;, a\\|b. (add a deadline, such as 90 days) | a b\\|c&lt;script&gt; |']);
  });
});

// A payout contract whose ids and references are hostile (ids must be slugs; refs and names are free text).
const payoutContract = contractOf({
  revenue: { royalties: [{ id: 'royalty', ref: `=HYPERLINK("http://x")\r| <b>x</b> ${RLO}`, commodity: 'copper', payee: 'state', rate: '5%' }] } as never,
});
const payouts = statementsOf(payoutContract, [{ period: '2027-Q1', sales: [{ commodity: 'copper', quantity: '100 t', price: '9000 USD/t' }], costs: { operating: '300000 USD' } }]);

describe('payout outputs', () => {
  it('CSV neutralises the reference and keeps the amounts numbers', () => {
    const row = formatPayoutCsv(payouts).split('\n').find((l) => l.includes(',royalty,'))!;
    expect(row).toBe(`test-deal,2027-Q1,royalty,royalty,royalty,"'=HYPERLINK(""http://x"")\r| <b>x</b> ${RLO}",company,state,45000.00,USD,gross revenue of copper,900000.00,5%,,,,,`);
  });
  it('Markdown keeps the row on one line and shows no HTML', () => {
    const row = formatPayoutMarkdown(payouts).split('\n').find((l) => l.startsWith('| royalty'))!;
    expect(row).toBe('| royalty | royalty | company | state | 45,000.00 USD | royalty | =HYPERLINK("http://x") \\| &lt;b&gt;x&lt;/b&gt; &lt;U+202E&gt; |  |');
  });
  it('text shows the CR and the override', () => {
    expect(formatPayoutText(payouts)).toContain('royalty =HYPERLINK("http://x")\\r| <b>x</b> <U+202E>\n');
  });
  it('explain shows them too', () => {
    const text = explain(payouts[0]!, 'royalty');
    expect(text.split('\n')[0]).toBe('royalty: company → state 45000.00 USD (royalty, royalty, =HYPERLINK("http://x")\\r| <b>x</b> <U+202E>)');
    expect(text).not.toMatch(/[\r\u202e]/);
  });
});

const obligations: ObligationReport = {
  contract: 'deal',
  asOf: '2028-12-31' as never,
  horizonDays: 90,
  periods: ['2028-Q4'],
  counts: { missed: 0, 'at-risk': 0, 'no-data': 1, 'not-yet-due': 0, met: 0 },
  obligations: [
    { id: 'hire|local', clause: 'hire', ref: '@SUM(A1)\n::error::x', kind: 'employment-share', description: `Hire <b>locally</b>\r| evil ${RLO}`, due: '2028-12-31', status: 'no-data', reason: 'no-actuals', required: undefined, actual: undefined, expected: undefined, shortfall: undefined, penalty: undefined, fulfilled: undefined, evidence: [], path: [], range: undefined, checks: [] },
  ],
} as unknown as ObligationReport;

describe('obligation outputs', () => {
  it('CSV neutralises the reference', () => {
    expect(formatObligationsCsv(obligations).split('\n').slice(1).join('\n')).toBe(`deal,2028-12-31,hire|local,hire,"'@SUM(A1)\n::error::x",employment-share,2028-12-31,no-data,no-actuals,,,,,,,,,,,,,,"Hire <b>locally</b>\r| evil ${RLO}"\n`);
  });
  it('Markdown keeps six columns and shows no HTML; text keeps one line per field', () => {
    const row = formatObligationsMarkdown(obligations).split('\n').find((l) => l.startsWith('| no-data'))!;
    expect(row).toBe('| no-data | `hire\\|local` | @SUM(A1) ::error::x | 2028-12-31 | Hire &lt;b&gt;locally&lt;/b&gt; \\| evil &lt;U+202E&gt; | no-actuals |');
    const text = formatObligationsText(obligations);
    expect(text).toContain('  no-data     hire|local @SUM(A1)\\n::error::x due 2028-12-31\n');
    expect(text).toContain('              Hire <b>locally</b> | evil <U+202E>\n');
  });
});

const sdtRow = (project: string, entity: string, stream: string, value: string): SdtRow => ({ country: 'PK', year: 'FY2028', project, company: '+cmd', governmentEntity: entity, stream, gfsCode: '1415E1', value: money(value, 'USD') });
const sdt: SdtPayments = { year: { label: 'FY2028', start: '2027-07-01', end: '2028-06-30' }, periods: ['2027-Q3'], missingPeriods: [], rows: [sdtRow('=1+1', 'Gov | <i>x</i>', `Roy\nalties${RLO}`, '-1234.56')] } as unknown as SdtPayments;

describe('EITI outputs', () => {
  it('CSV neutralises text and keeps the value a number, and reads back as written', () => {
    const csv = formatEitiCsv(sdt);
    expect(csv.split('\n').slice(1).join('\n')).toBe(`PK,FY2028,"'=1+1","'+cmd",,Gov | <i>x</i>,"Roy\nalties${RLO}",1415E1,USD,-1234.56,2027-Q3\n`);
    const back = parseSdtCsv(csv);
    expect(back.ok && back.value[0]).toMatchObject({ project: '=1+1', company: '+cmd', stream: `Roy\nalties${RLO}` });
  });
  it('Markdown escapes every cell', () => {
    expect(formatEitiMarkdown(sdt).split('\n').at(-2)).toBe('| PK | FY2028 | =1+1 | +cmd | Gov \\| &lt;i&gt;x&lt;/i&gt; | Roy alties&lt;U+202E&gt; | 1415E1 | USD | -1234.56 |');
  });
  it('text shows the line break and the override', () => {
    expect(formatEitiText(sdt)).toContain('Roy\\nalties<U+202E>\n');
  });
  it('the reconciliation CSV and Markdown escape too', () => {
    const other = sdtRow('=1+1', 'Gov | <i>x</i>', `Roy\nalties${RLO}`, '-1000.00');
    const r = reconcile(sdt.rows, [other]);
    expect(formatReconciliationCsv(r).split('\n')[1]).toBe(`discrepancy,FY2028,"'+cmd","'=1+1",Gov | <i>x</i>,"Roy`);
    expect(formatReconciliationMarkdown(r).split('\n').at(-2)).toBe('| discrepancy | FY2028 | +cmd | =1+1 | Gov \\| &lt;i&gt;x&lt;/i&gt; | Roy alties&lt;U+202E&gt; | 1415E1 | -1234.56 USD | -1000.00 USD | -234.56 USD |');
  });
});
