import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadActuals, loadContract, type Contract, type Diagnostic, type Result } from 'fairlode';

// Every file in test/fixtures/invalid is a broken contract (or actuals) document. This table pins,
// for each, the diagnostic a user must see: its code and where it starts (line:column, 1-based, as an
// editor shows them). The positions were counted by hand in the files, not copied from the loader's
// output; derived fixtures keep _base.yaml's line numbers except where a line was added or removed.

const dir = join(import.meta.dirname, '..', 'fixtures', 'invalid');
const read = (name: string): string => readFileSync(join(dir, name), 'utf8');

/** The contract the actuals fixtures are loaded against: _base.yaml (base-deal, 2026-01-01 to 2035-12-31). */
function baseContract(): Contract {
  const r = loadContract(read('_base.yaml'), { filename: '_base.yaml' });
  if (!r.ok) throw new Error(`_base.yaml must load cleanly: ${JSON.stringify(r.diagnostics)}`);
  return r.value.contract;
}
const base = baseContract();

/** Loads a fixture the way a user would: actuals-*.yaml against the base contract, anything else as a contract. */
function load(name: string): Result<unknown> {
  const filename = `test/fixtures/invalid/${name}`;
  return name.startsWith('actuals-') ? loadActuals(read(name), { filename, contract: base }) : loadContract(read(name), { filename });
}

interface Expected {
  /** The diagnostic code. */
  code: string;
  /** Where it starts, "line:column". */
  at: string;
  /** How many diagnostics the fixture gives in all, where that is meaningful (one typo → one diagnostic). */
  count?: number;
  /** A substring of the hint. */
  hint?: string;
  /** A substring of the message. */
  message?: string;
  /** Where the first related location starts, "line:column". */
  related?: string;
  /** The JSON path of the diagnostic. */
  path?: (string | number)[];
  /** The enclosing clause's legal reference. */
  clause?: string;
}

const table: Record<string, Expected> = {
  // YAML syntax
  'syntax-bad-indentation.yaml': { code: 'source/syntax', at: '6:3', count: 1, message: 'does not match the entries around it' },
  'syntax-unclosed-quote.yaml': { code: 'source/syntax', at: '4:8', count: 1, message: 'never closed', hint: 'closing "', related: '5:1' },
  'syntax-unclosed-flow-mapping.yaml': { code: 'source/syntax', at: '4:15', count: 1, message: 'This { on line 4 is never closed', hint: 'closing }' },
  'syntax-tab-indentation.yaml': { code: 'source/syntax', at: '5:1', count: 1, message: 'tab' },
  'syntax-two-values-on-a-line.yaml': { code: 'source/syntax', at: '4:12', count: 1, hint: 'quotes' },
  'syntax-indented-deeper.yaml': { code: 'source/syntax', at: '4:2', count: 1, message: 'This line is indented more than the entries around it.', hint: 'line it up with its siblings: start it in column 1, like "id" on line 3' },
  'syntax-list-entry-misaligned.yaml': { code: 'source/syntax', at: '6:4', count: 1, message: 'This entry is not lined up with the key above it', hint: 'indent "name" to column 5, where "id" starts' },
  'duplicate-key-block.yaml': { code: 'source/duplicate-key', at: '7:1', count: 1, path: ['currency'], related: '5:1' },
  'duplicate-key-flow.yaml': { code: 'source/duplicate-key', at: '5:51', count: 1, path: ['jurisdiction', 'country'], related: '5:17' },
  'multiple-documents.yaml': { code: 'source/multiple-documents', at: '4:1', count: 1 },
  'undefined-alias.yaml': { code: 'source/undefined-alias', at: '4:11', count: 1, path: ['currency'] },

  // Features that make a document mean something other than it says
  'alias-bomb.yaml': { code: 'source/alias-limit', at: '9:8', count: 1, path: ['f', 0] },
  'custom-tag.yaml': { code: 'source/custom-tag', at: '5:10', count: 1, message: '!include' },
  'merge-key.yaml': { code: 'source/merge-key', at: '24:7', count: 1, path: ['ownership', 1, '<<'] },

  // Not a document at all
  'empty.yaml': { code: 'source/empty', at: '1:1', count: 1 },
  'comment-only.yaml': { code: 'source/empty', at: '1:1', count: 1, message: 'only comments' },
  'binary-garbage.yaml': { code: 'source/binary', at: '2:5', count: 1, message: 'NUL' },
  'scalar-root.yaml': { code: 'contract/not-a-mapping', at: '2:1', count: 1 },

  // JSON
  'json-array-root.json': { code: 'contract/not-a-mapping', at: '1:1', count: 1, message: 'a list' },
  'json-syntax-error.json': { code: 'source/syntax', at: '5:3', count: 1, message: 'comma' },
  'json-unclosed-object.json': { code: 'source/syntax', at: '7:1', count: 1, hint: '}', related: '1:1' },
  'json-duplicate-key.json': { code: 'source/duplicate-key', at: '5:3', count: 1, related: '4:3' },
  'json-unknown-key-typo.json': { code: 'contract/unknown-key', at: '62:9', count: 1, hint: 'did you mean "payee"?', clause: '§9.1' },

  // Wrong types
  'type-string-for-list.yaml': { code: 'contract/wrong-type', at: '16:10', count: 1, message: 'should be a list' },
  'type-list-for-mapping.yaml': { code: 'contract/wrong-type', at: '6:15', count: 1, message: 'should be a mapping, not a list' },
  'type-number-for-text.yaml': { code: 'contract/wrong-type', at: '5:8', count: 1, message: 'the number 2026' },
  'boolean-yes.yaml': { code: 'contract/wrong-type', at: '53:14', count: 1, message: 'true or false' },
  'identifier-not-kebab-case.yaml': { code: 'contract/invalid-format', at: '51:11', count: 1, message: 'kebab-case' },

  // Unknown keys, with and without a did-you-mean (a typo gives exactly one diagnostic: the
  // "missing currency" it implies is not reported again)
  'unknown-key-top-level-typo.yaml': { code: 'contract/unknown-key', at: '10:1', count: 1, path: ['currncy'], hint: 'did you mean "currency"?' },
  'unknown-key-top-level.yaml': { code: 'contract/unknown-key', at: '12:1', count: 1, hint: 'allowed here: fairlode, id, title' },
  'unknown-key-nested-typo.yaml': { code: 'contract/unknown-key', at: '31:7', count: 1, hint: 'did you mean "payee"?', clause: '§9.1' },
  'unknown-key-nested.yaml': { code: 'contract/unknown-key', at: '32:7', count: 1, hint: 'allowed here: id, ref', clause: '§9.1' },

  // Missing fields, versions, enums
  'missing-required-fields.yaml': { code: 'contract/missing-field', at: '3:1', count: 9, message: '"title" is required' },
  'format-version-2.yaml': { code: 'contract/format-version', at: '3:11', count: 1, hint: 'fairlode: 1' },
  'invalid-enum-typo.yaml': { code: 'contract/invalid-option', at: '17:54', count: 1, hint: 'did you mean "investor"?' },

  // Dates
  'date-february-30.yaml': { code: 'date/impossible', at: '56:17', count: 1, message: 'February 2027 has 28 days', hint: '2027-02-28' },
  'date-month-13.yaml': { code: 'date/impossible', at: '8:12', count: 1, message: 'no month 13' },
  'date-february-29-not-leap.yaml': { code: 'date/impossible', at: '56:17', count: 1, message: 'not a leap year' },

  // Exact values written as bare numbers, or without what makes them exact
  'rate-bare-integer.yaml': { code: 'contract/bare-number', at: '43:13', count: 1, hint: 'write 5% as "5%"', clause: '§15.2' },
  'bom-crlf-bare-rate.yaml': { code: 'contract/bare-number', at: '43:13', count: 1, hint: 'write 5% as "5%"' },
  'money-bare-number.yaml': { code: 'contract/bare-number', at: '45:22', count: 1, hint: '"500000 USD"' },
  'money-without-currency.yaml': { code: 'contract/invalid-format', at: '45:22', count: 1, message: '"2500000 USD"' },
  'money-unknown-currency.yaml': { code: 'currency/unknown', at: '45:22', count: 1, message: '"XYZ" is not an ISO 4217 currency code' },
  'money-huge-amount.yaml': { code: 'money/invalid', at: '45:22', count: 1, hint: 'plain decimal' },
  'money-too-large.yaml': { code: 'money/invalid', at: '45:22', count: 1, message: 'too large' },
  'price-unknown-unit.yaml': { code: 'quantity/unknown-unit', at: '35:21', count: 1, message: '"bushel"', hint: 'ozt' },
  'currency-mismatch.yaml': { code: 'contract/currency-mismatch', at: '45:22', count: 1, hint: 'state it in USD', related: '10:11' },

  // Shares that must make a whole
  'shares-sum-99.99.yaml': { code: 'contract/shares-not-100', at: '23:3', count: 1, message: '99.99%', hint: '0.01% is unassigned', related: '24:26' },
  'shares-sum-100.01.yaml': { code: 'contract/shares-not-100', at: '23:3', count: 1, message: '100.01%', hint: '0.01% too much', related: '24:26' },
  'government-split-90.yaml': { code: 'contract/split-not-100', at: '47:36', count: 1, message: 'sums to 90%', related: '47:13' },

  // References
  'dangling-party.yaml': { code: 'contract/unknown-party', at: '31:14', count: 1, hint: 'did you mean "gob"?', clause: '§9.1' },
  'dangling-clause.yaml': { code: 'contract/unknown-clause', at: '47:13', count: 1, message: '"copper-royalties"' },
  'dangling-commodity.yaml': { code: 'contract/unknown-commodity', at: '30:18', count: 1, hint: 'did you mean "copper"?' },
  'wrong-clause-kind.yaml': { code: 'contract/wrong-clause-kind', at: '47:13', count: 1, related: '39:7' },
  'duplicate-party-id.yaml': { code: 'contract/duplicate-id', at: '19:11', count: 1, message: 'party id "gob"', related: '18:11' },
  'duplicate-clause-id.yaml': { code: 'contract/duplicate-id', at: '51:11', count: 1, message: 'clause id "cdf-contribution"', related: '39:11' },

  // Clause shapes
  'holding-party-and-parties.yaml': { code: 'contract/invalid', at: '24:5', count: 1, message: 'either "party" or "parties"' },
  'royalty-rate-and-sliding.yaml': { code: 'contract/invalid', at: '28:7', count: 1, message: 'exactly one of "rate", "perUnit", "sliding" or "profitLinked"' },

  // Price bands
  'bands-out-of-order.yaml': { code: 'contract/bands-out-of-order', at: '36:21', count: 1, related: '35:21', clause: '§9.1' },
  'band-without-edge-in-middle.yaml': { code: 'contract/band-without-edge', at: '36:13', count: 1, message: 'Band 2' },
  'last-band-closed.yaml': { code: 'contract/last-band-closed', at: '37:21', count: 1 },

  // Dates against the contract
  'date-outside-term.yaml': { code: 'contract/date-outside-term', at: '57:17', count: 1, message: '2035-12-31', related: '9:7' },
  'schedule-backwards.yaml': { code: 'contract/schedule-backwards', at: '57:17', count: 1, related: '56:17' },
  'signed-after-effective.yaml': { code: 'contract/signed-after-effective', at: '7:9', count: 1, related: '8:12' },

  // Actuals (loaded against _base.yaml)
  // Fixed after the suite found them (see the loader-problems report): each now has its expectation.
  'duplicate-clause-id-referenced.yaml': { code: 'contract/duplicate-id', at: '51:11', count: 1, related: '28:11' },
  'rate-bare-fraction.yaml': { code: 'contract/bare-number', at: '43:13', count: 1, hint: 'write "5%" if 0.05 is a fraction, or "0.05%"' },
  'json-rate-bare-fraction.json': { code: 'contract/bare-number', at: '87:17', count: 1, hint: 'write "5%" if 0.05 is a fraction, or "0.05%"' },
  'rate-negative.yaml': { code: 'rate/negative', at: '43:13', count: 1, message: '"revenue.communityFunds[0].rate": the rate "-1%" is negative.' },
  'missing-format-version.yaml': { code: 'contract/missing-field', at: '3:1', count: 1, message: 'does not say which format version', hint: 'fairlode: 1' },
  'actuals-period-bare-year.yaml': { code: 'contract/bare-number', at: '3:9', count: 1, hint: 'quote it: "2027"' },
  'actuals-list-root.yaml': { code: 'contract/not-a-mapping', at: '2:1', count: 1, message: 'An actuals file must be a mapping', hint: 'contract:' },
  'missing-enum-field.yaml': { code: 'contract/missing-field', at: '17:5', count: 1, hint: 'one of host-government' },
  'term-years-huge.yaml': { code: 'contract/too-large', at: '9:16', count: 1, message: 'it must be at most 99.' },
  'actuals-wrong-contract.yaml': { code: 'actuals/wrong-contract', at: '2:11', count: 1, message: '"other-deal"' },
  'actuals-unknown-commodity.yaml': { code: 'actuals/unknown-commodity', at: '6:18', count: 1, path: ['sales', 1, 'commodity'], hint: 'copper' },
  'actuals-period-outside-term.yaml': { code: 'actuals/outside-term', at: '3:9', count: 1, message: '2026-01-01 to 2035-12-31' },
  'actuals-period-invalid.yaml': { code: 'contract/invalid-format', at: '3:9', count: 1, message: 'period' },
  'actuals-bare-quantity.yaml': { code: 'contract/bare-number', at: '6:15', count: 1 },
  'actuals-unknown-key.yaml': { code: 'contract/unknown-key', at: '4:1', count: 1, hint: 'did you mean "sales"?' },
};

/**
 * Fixtures that show a loader problem, kept out of the table above until the loader is fixed; each
 * says what should happen. They still take part in the checks every fixture must pass.
 */
const knownProblems: Record<string, string> = {};

const at = (d: Diagnostic | { range?: Diagnostic['range'] } | undefined): string | undefined =>
  d?.range ? `${d.range.start.line}:${d.range.start.column}` : undefined;

const fixtures = readdirSync(dir).filter((f) => !f.startsWith('_')).sort();

describe('invalid fixtures', () => {
  it('there are at least 45 of them, and each is either in the table or a known problem', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(45);
    const listed = new Set([...Object.keys(table), ...Object.keys(knownProblems)]);
    expect(fixtures.filter((f) => !listed.has(f))).toEqual([]);
    expect([...listed].filter((f) => !fixtures.includes(f))).toEqual([]);
  });

  it('the base they are derived from loads cleanly', () => {
    const r = loadContract(read('_base.yaml'), { filename: '_base.yaml' });
    expect(r.diagnostics).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('a derived fixture differs from the base in a line or two, so it breaks one thing only', () => {
    const baseLines = read('_base.yaml').split('\n').slice(2);
    for (const name of fixtures.filter((f) => f.endsWith('.yaml'))) {
      const text = read(name).replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
      if (!text.split('\n')[1]?.startsWith('# Derived from _base.yaml')) continue;
      const lines = text.split('\n').slice(2);
      const remaining = [...baseLines];
      let added = 0;
      for (const line of lines) {
        const i = remaining.indexOf(line);
        if (i === -1) added++;
        else remaining.splice(i, 1);
      }
      expect({ name, added: added <= 2, removed: remaining.length <= 5 }).toEqual({ name, added: true, removed: true });
    }
  });

  describe.each(Object.entries(table))('%s', (name, expected) => {
    it(`gives ${expected.code} at ${expected.at}`, () => {
      const r = load(name);
      expect(r.ok).toBe(false);
      const found = r.diagnostics.filter((d) => d.code === expected.code && at(d) === expected.at);
      expect(found.length, `${expected.code} at ${expected.at}; got ${r.diagnostics.map((d) => `${d.code} at ${at(d)}`).join(', ')}`).toBeGreaterThanOrEqual(1);
      if (expected.count !== undefined) expect(r.diagnostics).toHaveLength(expected.count);
      const d = found[0]!;
      expect(d.severity).toBe('error');
      expect(d.file).toBe(`test/fixtures/invalid/${name}`);
      if (expected.hint !== undefined) expect(d.hint).toContain(expected.hint);
      if (expected.message !== undefined) expect(found.map((x) => x.message).join('\n')).toContain(expected.message);
      if (expected.related !== undefined) expect(at(d.related?.[0])).toBe(expected.related);
      if (expected.path !== undefined) expect(d.path).toEqual(expected.path);
      if (expected.clause !== undefined) expect(d.clause).toBe(expected.clause);
    });
  });

  // The fixtures in knownProblems are loader problems still open (what should happen is written
  // beside each); they are checked by "every fixture" below (they fail, located, without throwing)
  // but their exact message and position are not pinned until the source layer is fixed.

  describe('every fixture', () => {
    it.each(fixtures)('%s: fails without throwing, every diagnostic located in the file', (name) => {
      const text = read(name);
      const lineCount = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).length;
      const filename = `test/fixtures/invalid/${name}`;
      // Whatever it is meant to be, it can be given to either loader without an exception.
      expect(() => loadContract(text, { filename })).not.toThrow();
      expect(() => loadActuals(text, { filename, contract: base })).not.toThrow();
      const r = load(name);
      expect(r.ok).toBe(false);
      expect(r.diagnostics.length).toBeGreaterThan(0);
      for (const d of r.diagnostics) {
        expect(d.file).toBe(filename);
        expect(d.severity).toBe('error');
        expect(d.message.length).toBeGreaterThan(0);
        expect(d.range).toBeDefined();
        const { start, end } = d.range!;
        expect(start.line).toBeGreaterThanOrEqual(1);
        expect(start.column).toBeGreaterThanOrEqual(1);
        expect(end.line).toBeLessThanOrEqual(lineCount);
        expect(end.line > start.line || (end.line === start.line && end.column >= start.column)).toBe(true);
        for (const rel of d.related ?? []) {
          expect(rel.range?.start.line).toBeGreaterThanOrEqual(1);
          expect(rel.range?.start.column).toBeGreaterThanOrEqual(1);
        }
      }
    });
  });
});

describe('deep nesting (100,000 levels, generated)', () => {
  const levels = 100_000;
  // The root mapping is level 1 and its value level 2, so the first collection too deep for the
  // default limit of 64 levels is the 64th bracket.
  it('JSON arrays: refused at the 64th bracket, quickly and without a stack overflow', () => {
    const prefix = '{"fairlode": 1, "x": ';
    const text = `${prefix}${'['.repeat(levels)}${']'.repeat(levels)}}`;
    const started = performance.now();
    const r = loadContract(text, { filename: 'deep.json' });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.ok).toBe(false);
    expect(r.diagnostics).toHaveLength(1);
    const d = r.diagnostics[0]!;
    expect(d.code).toBe('source/too-deep');
    expect(d.file).toBe('deep.json');
    expect(at(d)).toBe(`1:${prefix.length + 64}`);
    expect(d.path).toEqual(['x', ...Array<number>(63).fill(0)]);
  });

  it('JSON objects: refused too', () => {
    const text = `{"fairlode": 1, "x": ${'{"a": '.repeat(levels)}1${'}'.repeat(levels)}}`;
    const r = loadContract(text, { filename: 'deep.json' });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['source/too-deep']);
  });

  // YAML gives the same place and path as JSON: the root mapping is level 1, `x`'s list level 2,
  // so the 64th bracket (column 3 + 64, after "x: ") is the first collection too deep.
  it('YAML flow sequences: refused at the 64th bracket, as JSON is', () => {
    const prefix = 'x: ';
    const text = `fairlode: 1\n${prefix}${'['.repeat(levels)}${']'.repeat(levels)}\n`;
    const started = performance.now();
    const r = loadContract(text, { filename: 'deep.yaml' });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.diagnostics.map((d) => [d.code, d.file, at(d)])).toEqual([['source/too-deep', 'deep.yaml', `2:${prefix.length + 64}`]]);
    expect(r.diagnostics[0]!.path).toEqual(['x', ...Array<number>(63).fill(0)]);
  });

  // The k-th "- " starts in column 3 + 2 × (k - 1); the first is `x`'s list (level 2), so the 64th
  // (column 129) is the first too deep.
  it('YAML block sequences (- - - ...): refused at the 64th "- ", as flow is', () => {
    const text = `fairlode: 1\nx:\n  ${'- '.repeat(levels)}a\n`;
    const r = loadContract(text, { filename: 'deep.yaml' });
    expect(r.diagnostics.map((d) => [d.code, d.file, at(d)])).toEqual([['source/too-deep', 'deep.yaml', `3:${3 + 2 * 63}`]]);
    expect(r.diagnostics[0]!.path).toEqual(['x', ...Array<number>(63).fill(0)]);
  });

  // Block and flow YAML count depth alike: the root mapping, a's mapping and b's list are three
  // levels, the scalar x none. At maxDepth 2 the list is the first collection too deep: the "-" in
  // block style (line 3, column 5), the "[" in flow style (column 9).
  it('YAML block and flow styles: the same depth is accepted and refused alike', () => {
    const block = 'a:\n  b:\n    - x\n';
    const flow = 'a: { b: [x] }\n';
    const sourceProblems = (text: string, maxDepth: number) =>
      loadContract(text, { filename: 'depth.yaml', limits: { maxDepth } })
        .diagnostics.filter((d) => d.code.startsWith('source/'))
        .map((d) => [d.code, at(d), d.path]);
    expect(sourceProblems(block, 3)).toEqual([]);
    expect(sourceProblems(flow, 3)).toEqual([]);
    expect(sourceProblems(block, 2)).toEqual([['source/too-deep', '3:5', ['a', 'b']]]);
    expect(sourceProblems(flow, 2)).toEqual([['source/too-deep', '1:9', ['a', 'b']]]);
  });
});
