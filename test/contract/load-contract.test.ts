import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { Decimal, loadContract, moneyToString, type LoadedContract, type Result } from 'fairlode';

const root = join(import.meta.dirname, '..', '..');
const contractsDir = join(root, 'examples', 'contracts');
const examples = readdirSync(contractsDir).filter((f) => f.endsWith('.yaml')).sort();
const readExample = (name: string): string => readFileSync(join(contractsDir, name), 'utf8');
const fixture = (name: string): string => readFileSync(join(root, 'test', 'fixtures', 'invalid', name), 'utf8');

function loaded(text: string, filename: string): LoadedContract {
  const r = loadContract(text, { filename });
  expect(r.diagnostics).toEqual([]);
  if (!r.ok) throw new Error(`${filename} did not load`);
  return r.value;
}

/**
 * The same document as JSON text. Converted with js-yaml's own loader (YAML 1.2 core schema, so
 * dates stay text), independent of fairlode's source layer.
 */
function asJson(yamlText: string): string {
  return JSON.stringify(load(yamlText, { schema: CORE_SCHEMA }), null, 2);
}

describe('loadContract: the example contracts', () => {
  it('there are three', () => {
    expect(examples).toEqual(['chagai-partnership.yaml', 'reko-diq-style.yaml', 'weak-extraction.yaml']);
  });

  it.each(examples)('%s loads with no diagnostics', (name) => {
    const r = loadContract(readExample(name), { filename: `examples/contracts/${name}` });
    expect(r.diagnostics).toEqual([]);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.contract.id).toBe(name.replace(/\.yaml$/, ''));
      expect(r.value.source.file).toBe(`examples/contracts/${name}`);
      expect(r.value.clauses.length).toBeGreaterThan(0);
    }
  });
});

describe('loadContract: values come out exact and typed', () => {
  // Expected values are read off examples/contracts/chagai-partnership.yaml.
  const chagai = loaded(readExample('chagai-partnership.yaml'), 'chagai-partnership.yaml');
  const c = chagai.contract;

  it('a rate is a Decimal, exactly the fraction written as a percentage ("1%" → 0.01)', () => {
    const fund = c.revenue.communityFunds[0]!;
    expect(fund.id).toBe('cdf-contribution');
    expect(fund.rate).toBeInstanceOf(Decimal);
    expect(fund.rate.eq('0.01')).toBe(true);
    expect(fund.rate.toString()).toBe('0.01');
    // "6.5%" has no exact binary float; the Decimal is exact.
    expect(c.revenue.royalties[0]!.sliding!.bands[1]!.rate.toString()).toBe('0.065');
  });

  it('money is an exact Decimal amount with its currency', () => {
    const fund = c.revenue.communityFunds[0]!;
    expect(fund.minimumAnnual).toBeDefined();
    expect(fund.minimumAnnual!.amount).toBeInstanceOf(Decimal);
    expect(fund.minimumAnnual!.amount.eq(2000000)).toBe(true);
    expect(fund.minimumAnnual!.currency).toBe('USD');
    expect(moneyToString(fund.minimumAnnual!)).toBe('2000000.00 USD'); // shown with USD's two minor digits
  });

  it('a unit price has its amount, currency and unit', () => {
    const upTo = c.revenue.royalties[0]!.sliding!.bands[0]!.upTo!;
    expect(upTo.amount.eq(4000)).toBe(true);
    expect(upTo.currency).toBe('USD');
    expect(upTo.per.symbol).toBe('t');
  });

  it('dates stay ISO text, and the term ends the day before effective + 25 years', () => {
    expect(c.signed).toBe('2025-09-08');
    expect(c.effective).toBe('2026-01-01');
    expect(c.term.years).toBe(25);
    expect(c.termEnd).toBe('2050-12-31');
  });

  it('stated values are kept, and what is left out gets its documented default', () => {
    expect(c.fiscalYear.startMonth).toBe(7);
    expect(c.rounding.mode).toBe('half-even');
    expect(c.allocation.method).toBe('largest-remainder');
    // weak-extraction.yaml states neither rounding nor allocation.
    const weak = loaded(readExample('weak-extraction.yaml'), 'weak-extraction.yaml').contract;
    expect(weak.rounding.mode).toBe('half-even');
    expect(weak.allocation.method).toBe('largest-remainder');
    expect(weak.termEnd).toBe('2046-02-28'); // effective 2026-03-01 + 20 years, less a day
  });

  it('clauses are listed in document order with their legal references', () => {
    const first = chagai.clauses[0]!;
    expect(first).toMatchObject({ id: 'copper-royalty', ref: '§9.1', path: ['revenue', 'royalties', 0], section: 'revenue' });
    const ids = chagai.clauses.map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('cdf-contribution');
  });

  it('Reko Diq-style ownership: shares sum to exactly 1, and the 25% holding names three parties', () => {
    // Ownership as written in examples/contracts/reko-diq-style.yaml: 50 + 10 + 15 + 25 (in thirds).
    const reko = loaded(readExample('reko-diq-style.yaml'), 'reko-diq-style.yaml').contract;
    const total = reko.ownership.reduce((sum, h) => sum.plus(h.share), new Decimal(0));
    expect(total.eq(1)).toBe(true);
    expect(total.toString()).toBe('1');
    const thirds = reko.ownership.find((h) => h.share.eq('0.25') && h.parties !== undefined);
    expect(thirds?.parties).toEqual(['ogdcl', 'ppl', 'ghpl']);
    expect(thirds?.party).toBeUndefined();
    const gob = reko.ownership.find((h) => h.party === 'gob');
    expect(gob?.carried?.recovery).toBe('from-dividends');
    expect(gob?.carried?.interest?.isZero()).toBe(true);
  });
});

describe('loadContract: the same contract in other spellings', () => {
  it.each(examples)('%s as JSON text loads to the same contract', (name) => {
    const yaml = loaded(readExample(name), name);
    const jsonText = asJson(readExample(name));
    expect(jsonText.trimStart().startsWith('{')).toBe(true);
    const json = loaded(jsonText, name.replace(/\.yaml$/, '.json'));
    expect(json.source.format).toBe('json');
    expect(json.contract).toEqual(yaml.contract);
    expect(json.clauses).toEqual(yaml.clauses);
  });

  it.each(examples)('%s with CRLF line ends, a BOM, or both, loads identically', (name) => {
    const text = readExample(name);
    const lf = loaded(text, name);
    for (const variant of [text.replace(/\n/g, '\r\n'), `\uFEFF${text}`, `\uFEFF${text.replace(/\n/g, '\r\n')}`]) {
      const other = loaded(variant, name);
      expect(other.contract).toEqual(lf.contract);
      expect(other.clauses).toEqual(lf.clauses);
      expect(other.source.text).toBe(lf.source.text);
      expect(other.source.rangeOf(['revenue', 'royalties', 0, 'commodity'])).toEqual(lf.source.rangeOf(['revenue', 'royalties', 0, 'commodity']));
    }
  });

  it('a broken document reports the same diagnostics with CRLF and a BOM as with LF', () => {
    const lf = fixture('rate-bare-integer.yaml');
    const crlfBom = `\uFEFF${lf.replace(/\n/g, '\r\n')}`;
    const a = loadContract(lf, { filename: 'x.yaml' });
    const b = loadContract(crlfBom, { filename: 'x.yaml' });
    expect(a.ok).toBe(false);
    expect(b.diagnostics).toEqual(a.diagnostics);
    // The committed BOM + CRLF fixture is that same file saved by another editor.
    expect(fixture('bom-crlf-bare-rate.yaml').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n').split('\n').slice(2)).toEqual(lf.split('\n').slice(2));
  });

  it('a .json file name selects the JSON reader, and format overrides the name', () => {
    const jsonText = asJson(fixture('_base.yaml'));
    expect(loadContract(jsonText, { filename: 'deal.json' }).ok).toBe(true);
    expect(loadContract(jsonText, { filename: 'deal.txt', format: 'json' }).ok).toBe(true);
    // JSON is YAML too, so the YAML reader takes it as well; but YAML is not JSON.
    expect(loadContract(fixture('_base.yaml'), { filename: 'deal.json' }).diagnostics[0]?.code).toBe('source/syntax');
  });
});

describe('loadContract: diagnostics', () => {
  const isSorted = (r: Result<unknown>): boolean =>
    r.diagnostics.every((d, i, all) => {
      if (i === 0) return true;
      const p = all[i - 1]!;
      const [pl, pc, l, c] = [p.range!.start.line, p.range!.start.column, d.range!.start.line, d.range!.start.column];
      return pl < l || (pl === l && (pc < c || (pc === c && p.code <= d.code)));
    });

  // Two integrity problems that the checks find in the opposite order from the file's: the
  // duplicate id (checked first, line 51) and the shares (checked after, line 23).
  const twoProblems = fixture('duplicate-clause-id.yaml').replace('share: "25%"', 'share: "24%"');
  // Two schema problems: an enum typo on line 17 and a bare-number rate on line 43.
  const twoSchemaProblems = fixture('rate-bare-integer.yaml').replace('role: investor }', 'role: investr }');

  it.each([
    ['integrity', twoProblems, ['contract/shares-not-100', 'contract/duplicate-id']],
    ['schema', twoSchemaProblems, ['contract/invalid-option', 'contract/bare-number']],
  ])('are sorted by line and column (%s problems)', (_kind, text, codes) => {
    const r = loadContract(text, { filename: 'x.yaml' });
    expect(r.diagnostics.map((d) => d.code)).toEqual(codes);
    expect(isSorted(r)).toBe(true);
  });

  it('are deterministic: the same input gives deep-equal output', () => {
    for (const text of [twoProblems, twoSchemaProblems, fixture('missing-required-fields.yaml'), fixture('syntax-unclosed-quote.yaml')]) {
      const a = loadContract(text, { filename: 'x.yaml' });
      const b = loadContract(text, { filename: 'x.yaml' });
      expect(b).toEqual(a);
      expect(JSON.stringify(b.diagnostics)).toBe(JSON.stringify(a.diagnostics));
      expect(isSorted(a)).toBe(true);
    }
  });

  it('missing fields are reported in order of their names, all at the document', () => {
    const r = loadContract(fixture('missing-required-fields.yaml'), { filename: 'x.yaml' });
    expect(r.diagnostics.map((d) => d.path[0])).toEqual(['commodities', 'currency', 'effective', 'jurisdiction', 'ownership', 'parties', 'signed', 'term', 'title']);
  });

  it('without a file name, diagnostics still have a range (and no file)', () => {
    const r = loadContract(fixture('rate-bare-integer.yaml'));
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]!.file).toBeUndefined();
    expect(r.diagnostics[0]!.range?.start).toEqual({ line: 43, column: 13 });
  });

  it('a diagnostic inside a clause carries the clause\'s legal reference', () => {
    const r = loadContract(fixture('dangling-party.yaml'), { filename: 'x.yaml' });
    expect(r.diagnostics[0]).toMatchObject({ code: 'contract/unknown-party', clause: '§9.1', path: ['revenue', 'royalties', 0, 'payee'] });
  });

  it('the range ends after the value (end column exclusive)', () => {
    // Line 43 of rate-bare-integer.yaml is `      rate: 5`: the 5 is column 13, so the range ends at 14.
    const r = loadContract(fixture('rate-bare-integer.yaml'), { filename: 'x.yaml' });
    expect(r.diagnostics[0]!.range).toEqual({ start: { line: 43, column: 13 }, end: { line: 43, column: 14 } });
  });
});

describe('loadContract: a penalty that raises a rate', () => {
  const hiring = '      penalty: { perUnitShortfall: "20000 USD", payee: cdf }';
  const withPenalty = (penalty: string) => readExample('chagai-partnership.yaml').replace(hiring, `      penalty: ${penalty}`);

  it('names a royalty or community fund, and is read with its rate exact', () => {
    const text = withPenalty('{ perUnitShortfall: "20000 USD", payee: cdf, settledBy: escrow-drawdown, rateIncrease: { of: copper-royalty, by: "0.5%" } }');
    expect(text).not.toBe(readExample('chagai-partnership.yaml'));
    const r = loadContract(text, { filename: 'c.yaml' });
    expect(r.diagnostics).toEqual([]);
    if (!r.ok) return;
    const p = r.value.contract.community?.employment.find((e) => e.id === 'local-hiring')?.penalty;
    expect([p?.settledBy, p?.rateIncrease?.of, p?.rateIncrease?.by.toString()]).toEqual(['escrow-drawdown', 'copper-royalty', '0.005']);
  });

  it('refuses a clause of another kind, pointing at both places', () => {
    const r = loadContract(withPenalty('{ payee: cdf, rateIncrease: { of: income-tax, by: "1%" } }'), { filename: 'c.yaml' });
    expect(r.diagnostics.map((d) => [d.code, d.path.join('.'), d.related?.[0]?.path.join('.')])).toEqual([
      ['contract/wrong-clause-kind', 'community.employment.1.penalty.rateIncrease.of', 'revenue.incomeTax'],
    ]);
  });

  it('refuses an unknown clause with a did-you-mean', () => {
    const r = loadContract(withPenalty('{ payee: cdf, rateIncrease: { of: coper-royalty, by: "1%" } }'), { filename: 'c.yaml' });
    expect(r.diagnostics.map((d) => [d.code, d.hint])).toEqual([['contract/unknown-clause', 'did you mean "copper-royalty"?']]);
  });
});
