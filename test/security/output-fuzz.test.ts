// Issue #13: hostile strings from a contract, fed through every output format, never escape the
// rules of docs/security.md ("What is escaped where"). Each run builds real engine results (payout
// statements, an obligation report, EITI rows, a reconciliation, a fiscal analysis and price deck,
// a check report, a diagnostic, an HTML report), puts generated hostile strings into every field
// that holds text from a contract or a report read (ids, clauses, refs, names, labels, file names,
// messages), and checks the outputs. Each output is also rendered with a plain "x" in the same
// fields: a hostile string must not add a line, a CSV record or a Markdown row.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computePayouts,
  eitiPayments,
  explain,
  explainTrace,
  formatCheckGithub,
  formatCheckJson,
  formatCheckJunit,
  formatCheckMarkdown,
  formatCheckSarif,
  formatCheckStylish,
  formatEitiCsv,
  formatEitiJson,
  formatEitiMarkdown,
  formatEitiText,
  formatFiscalCsv,
  formatFiscalJson,
  formatFiscalMarkdown,
  formatFiscalText,
  formatObligationsCsv,
  formatObligationsJson,
  formatObligationsMarkdown,
  formatObligationsText,
  formatPayoutCsv,
  formatPayoutJson,
  formatPayoutMarkdown,
  formatPayoutText,
  formatReconciliationCsv,
  formatReconciliationJson,
  formatReconciliationMarkdown,
  formatReconciliationText,
  loadContract,
  reconcile,
  trackObligations,
  type Diagnostic,
  type PayoutLine,
  type PayoutStatement,
} from 'fairlode';
import { diagnosticLine } from '../../src/cli/diagnostic-line.js';
import { analyse, analysePriceDeck, flatPriceDeck } from '../../src/fiscal/index.js';
import { renderReport } from '../../src/report/index.js';
import { MINI_CONTRACT, mini } from '../fiscal/fixtures.js';
import { report as checkReport } from '../format/report-fixtures.js';
import { chagai, exampleQuarter } from '../obligations/track-fixtures.js';

// ---- hostile strings ----------------------------------------------------------------------------

const PIECES = [
  '\n', '\r', '\r\n', '\u2028', '\u2029', '\u0085', '\t', '\u0000', '\u0007', '\u001b[2J', '\u001b]0;title\u0007', '\u007f', '\u009b31m',
  '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c', 'العقد',
  "=cmd|' /C calc'!A0", '@SUM(A1:A9)', '+HYPERLINK("http://x.example")', '-2+3', '\t=1', '＝1+1', '＋1', '－1', '＠x', ' =1',
  '|', '\\|', '\\', '`', '``', '*', '_', '[a](javascript:x)', '# h', '- item', '1. item', '> q', '$x$', '~~s~~',
  '<x-evil onerror=alert(1)>', '</td><x-evil>', '&lt;x-evil&gt;', '&', '"', "'", ',', ';',
  '::stop-commands::tok', '::error file=src/app.ts,line=1::forged', '%0A::error::x', '::endgroup::', ':', '%',
] as const;

/** A hostile string: pieces and random text, now and then very long. */
const hostileText = fc.oneof(
  { weight: 8, arbitrary: fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { minLength: 1, maxLength: 6 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...PIECES), fc.integer({ min: 1_000, max: 8_000 })).map(([p, n]) => `${p}${'A'.repeat(n)}${p}`) },
);

/** Enough hostile strings for one document; they are used in turn. */
const hostilePool = fc.array(hostileText, { minLength: 1, maxLength: 12 });

// ---- putting them into results ------------------------------------------------------------------

// The fields that hold text from a contract, actuals, a plan or a report read back.
const USER_TEXT = new Set([
  'contract', 'plan', 'label', 'id', 'clause', 'ref', 'from', 'to', 'band', 'onBehalfOf', 'party', 'notes', 'problems', 'holder', 'carrier',
  'description', 'payee', 'formula', 'project', 'company', 'governmentEntity', 'stream', 'gfsCode', 'country', 'year',
  'file', 'message', 'hint', 'code', 'ruleId', 'clauseId', 'reason', 'profile', 'title', 'principle', 'government', 'investor', 'community', 'field',
]);

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

/** A copy of a value with every user-text string replaced by the next string `next` gives. */
function withText<T>(value: T, next: () => string): T {
  const walk = (v: unknown, key: string | undefined): unknown => {
    if (typeof v === 'string') return key !== undefined && USER_TEXT.has(key) ? next() : v;
    if (Array.isArray(v)) return v.map((x) => walk(x, key));
    if (isPlain(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  return walk(value, undefined) as T;
}

/** The same result twice: with the hostile strings, and with "x" in their place ("" for ""). */
function both<T>(value: T, pool: readonly string[]): { hostile: T; plain: T } {
  let i = 0;
  let j = 0;
  return { hostile: withText(value, () => pool[i++ % pool.length]!), plain: withText(value, () => (pool[j++ % pool.length] === '' ? '' : 'x')) };
}

// ---- what every output must hold ----------------------------------------------------------------

const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Plain text: no raw control or bidirectional character, and no line of its own for any string. */
function expectSafeText(hostile: string, plain: string): void {
  expect(hostile).not.toMatch(RAW_CONTROL);
  expect(hostile.split('\n').length).toBe(plain.split('\n').length);
}

/** RFC 4180 records. */
function csvRecords(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  expect(quoted).toBe(false);
  expect(cell === '' && row.length === 0).toBe(true);
  return rows;
}

const FORMULA_LEADING = /^[\s\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;
const FIGURE = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/** CSV: every record as wide as the header, as many records as with plain text, no formula cell. */
function expectSafeCsv(hostile: string, plain: string): void {
  const rows = csvRecords(hostile);
  expect(rows.length).toBe(csvRecords(plain).length);
  for (const r of rows) {
    expect(r.length).toBe(rows[0]!.length);
    for (const cell of r) if (FORMULA_LEADING.test(cell)) expect(FIGURE.test(cell), cell).toBe(true);
  }
}

/** The cells of a Markdown table row: pipes not escaped by a backslash. */
function markdownColumns(row: string): number {
  let n = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\') i++;
    else if (row[i] === '|') n++;
  }
  return n;
}

/** Markdown text without its code spans (CommonMark: a backtick run up to the next run of the same length). */
function withoutCodeSpans(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') {
      out += text.slice(i, i + 2);
      i++;
      continue;
    }
    if (text[i] !== '`') {
      out += text[i];
      continue;
    }
    const run = /^`+/.exec(text.slice(i))![0];
    const close = new RegExp(`(?<!\`)${run}(?!\`)`, 'g');
    close.lastIndex = i + run.length;
    const end = close.exec(text);
    if (end === null) out += run;
    else out += ' ';
    i = (end === null ? i + run.length : end.index + run.length) - 1;
  }
  return out;
}

/** Markdown: no raw control, no HTML, the same lines as with plain text, every table row as wide as its header. */
function expectSafeMarkdown(hostile: string, plain: string): void {
  expect(hostile).not.toMatch(RAW_CONTROL);
  // HTML is literal inside a code span; elsewhere no tag may start.
  expect(withoutCodeSpans(hostile)).not.toMatch(/<[a-z/!?]/i);
  const lines = hostile.split('\n');
  const plainLines = plain.split('\n');
  expect(lines.length).toBe(plainLines.length);
  let width: number | undefined;
  lines.forEach((l, i) => {
    if (!l.startsWith('|')) return (width = undefined);
    width ??= markdownColumns(plainLines[i]!);
    expect(markdownColumns(l), l).toBe(width);
  });
}

/** JSON and XML formats: they parse, whatever the strings. */
function expectJson(text: string): void {
  expect(() => JSON.parse(text)).not.toThrow();
}

// ---- the engine results the strings go into -----------------------------------------------------

const contract = chagai();
const actuals = ['2027-Q3', '2027-Q4'].map((q) => exampleQuarter(contract, q));
const run = computePayouts(contract, actuals);
if (!run.ok) throw new Error('payouts');
// Plain copies (the engine's statements and lines work some fields out when first read), so the strings can be replaced.
const plainLine = (l: PayoutLine): PayoutLine => ({ id: l.id, kind: l.kind, clause: l.clause, ref: l.ref, from: l.from, to: l.to, amount: l.amount, base: l.base, rate: l.rate, band: l.band, onBehalfOf: l.onBehalfOf, settlement: l.settlement, trace: l.trace });
const statements: PayoutStatement[] = run.value.statements.slice(0, 1).map((s) => ({ ...s, totals: s.totals, lines: s.lines.map(plainLine) }));
const obligations = trackObligations(contract, actuals, { asOf: '2027-12-31' as never });
const sdt = eitiPayments(contract, run.value.statements, { year: 'FY2028' });
if (!sdt.ok) throw new Error('sdt');
// The government reports a different first row and nothing else: a discrepancy and company-only rows.
const reconciliation = reconcile(sdt.value.rows, sdt.value.rows.slice(0, 1).map((r) => ({ ...r, value: { ...r.value, amount: r.value.amount.plus(1000) } })));
const { contract: miniContract, plan: miniPlan } = mini();
const fiscal = analyse(miniContract, miniPlan);
if (!fiscal.ok) throw new Error('fiscal');
const deck = analysePriceDeck(miniContract, miniPlan, flatPriceDeck('ore', ['90 USD/t', '120 USD/t']), { breakeven: false });
if (!deck.ok) throw new Error('deck');

// Few runs with a fixed seed: every run puts a dozen strings into every field of every format.
const RUNS = { numRuns: 15, seed: 1313 };

describe('every output format, fed hostile strings', () => {
  it('payout statements: text, Markdown, CSV and JSON', () => {
    fc.assert(
      fc.property(hostilePool, (pool) => {
        const { hostile, plain } = both(statements, pool);
        expectSafeText(formatPayoutText(hostile), formatPayoutText(plain));
        expectSafeMarkdown(formatPayoutMarkdown(hostile), formatPayoutMarkdown(plain));
        expectSafeCsv(formatPayoutCsv(hostile), formatPayoutCsv(plain));
        expectJson(formatPayoutJson(hostile));
        // `explain`: the first line (found by its id, the first of that id in both) and the traces of the others.
        expectSafeText(explain(hostile[0]!, hostile[0]!.lines[0]!.id), explain(plain[0]!, plain[0]!.lines[0]!.id));
        hostile[0]!.lines.forEach((l, i) => expectSafeText(explainTrace(l.trace), explainTrace(plain[0]!.lines[i]!.trace)));
      }),
      RUNS,
    );
  });

  it('obligations: text, Markdown, CSV and JSON', () => {
    fc.assert(
      fc.property(hostilePool, (pool) => {
        const { hostile, plain } = both(obligations, pool);
        expectSafeText(formatObligationsText(hostile), formatObligationsText(plain));
        expectSafeMarkdown(formatObligationsMarkdown(hostile), formatObligationsMarkdown(plain));
        expectSafeCsv(formatObligationsCsv(hostile), formatObligationsCsv(plain));
        expectJson(formatObligationsJson(hostile));
      }),
      RUNS,
    );
  });

  it('EITI payments and their reconciliation: text, Markdown, CSV and JSON', () => {
    fc.assert(
      fc.property(hostilePool, (pool) => {
        const { hostile, plain } = both(sdt.value, pool);
        expectSafeText(formatEitiText(hostile), formatEitiText(plain));
        expectSafeMarkdown(formatEitiMarkdown(hostile), formatEitiMarkdown(plain));
        expectSafeCsv(formatEitiCsv(hostile), formatEitiCsv(plain));
        expectJson(formatEitiJson(hostile));
        const { hostile: r, plain: p } = both(reconciliation, pool);
        expectSafeText(formatReconciliationText(r), formatReconciliationText(p));
        expectSafeMarkdown(formatReconciliationMarkdown(r), formatReconciliationMarkdown(p));
        expectSafeCsv(formatReconciliationCsv(r), formatReconciliationCsv(p));
        expectJson(formatReconciliationJson(r));
      }),
      RUNS,
    );
  });

  it('fiscal analyses and price decks: text, Markdown, CSV and JSON', () => {
    fc.assert(
      fc.property(hostilePool, (pool) => {
        for (const value of [fiscal.value, deck.value]) {
          const { hostile, plain } = both(value, pool);
          expectSafeText(formatFiscalText(hostile), formatFiscalText(plain));
          expectSafeMarkdown(formatFiscalMarkdown(hostile), formatFiscalMarkdown(plain));
          expectSafeCsv(formatFiscalCsv(hostile), formatFiscalCsv(plain));
          expectJson(formatFiscalJson(hostile));
        }
      }),
      RUNS,
    );
  });

  it('check reports: stylish, GitHub, Markdown, JSON, SARIF and JUnit', () => {
    fc.assert(
      fc.property(hostilePool, (pool) => {
        const { hostile, plain } = both(checkReport, pool);
        expectSafeText(formatCheckStylish(hostile), formatCheckStylish(plain));
        const coloured = formatCheckStylish(hostile, { color: true });
        // The only escapes are fairlode's own colours.
        expect(coloured.replace(/\u001b\[\d+m/g, '')).not.toMatch(RAW_CONTROL);
        const github = formatCheckGithub(hostile);
        expect(github.split('\n').length).toBe(formatCheckGithub(plain).split('\n').length);
        for (const line of github.trimEnd().split('\n')) expect(line).toMatch(/^::(group::|endgroup::$|(error|warning|notice) [^:]*::)/);
        expect(github).not.toMatch(RAW_CONTROL);
        expectSafeMarkdown(formatCheckMarkdown(hostile), formatCheckMarkdown(plain));
        expectJson(formatCheckJson(hostile));
        expectJson(formatCheckSarif(hostile, { toolVersion: '0.0.0' }));
        const junit = formatCheckJunit(hostile);
        expect(junit).not.toMatch(/<x-evil/i);
      }),
      RUNS,
    );
  });

  it('diagnostic lines on stderr', () => {
    fc.assert(
      fc.property(hostilePool, (pool) => {
        const d: Diagnostic = { code: 'contract/x', severity: 'error', message: 'm', hint: 'h', path: ['a'], file: 'f.yaml', range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } } };
        const { hostile, plain } = both(d, pool);
        expectSafeText(diagnosticLine(hostile), diagnosticLine(plain));
      }),
      RUNS,
    );
  });

  it('the HTML report: no markup and no open right-to-left override from the contract', () => {
    let rendered = 0;
    fc.assert(
      fc.property(fc.array(hostileText.filter((s) => s.length < 2_000), { minLength: 4, maxLength: 4 }), (strings) => {
        // Each string is written as a YAML double-quoted scalar (JSON's escapes are YAML's), so it reaches the report as generated.
        const withText = (strings: readonly string[]) =>
          MINI_CONTRACT.replace('title: Minimal royalty contract', `title: ${JSON.stringify(strings[0])}`)
            .replace('name: Investor', `name: ${JSON.stringify(strings[1])}`)
            .replace('name: Government', `name: ${JSON.stringify(strings[2])}`)
            .replace('{ id: royalty,', `{ id: royalty, ref: ${JSON.stringify(strings[3])},`);
        const loaded = loadContract(withText(strings), { filename: 'hostile.yaml' });
        if (!loaded.ok) return; // a string the loader refuses never reaches a report
        const html = renderReport({ contract: loaded.value, plan: miniPlan });
        rendered++;
        expect(html).not.toMatch(/<x-evil|<\/td><x-evil/i);
        // The same elements as with plain text in those fields: nothing from the contract became markup.
        const plain = loadContract(withText(['x', 'x', 'x', 'x']), { filename: 'plain.yaml' });
        if (!plain.ok) throw new Error('plain');
        const tags = (h: string) => [...new Set(h.match(/<\/?[a-z][\w-]*/gi))].sort();
        expect(tags(html)).toEqual(tags(renderReport({ contract: plain.value, plan: miniPlan })));
        // Every embedding or override is closed (U+202C) and every isolate ends (U+2069).
        const count = (re: RegExp) => (html.match(re) ?? []).length;
        expect(count(/[\u202a\u202b\u202d\u202e]/g)).toBe(count(/\u202c/g));
        expect(count(/[\u2066\u2067\u2068]/g)).toBe(count(/\u2069/g));
      }),
      { numRuns: 4, seed: 1313 },
    );
    expect(rendered).toBeGreaterThan(0);
  });
});
