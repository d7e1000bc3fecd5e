import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FairlodeError, loadActuals, loadContract, parseSource, type Contract, type LoadedContract } from 'fairlode';

const root = join(import.meta.dirname, '..', '..');
const chagaiText = readFileSync(join(root, 'examples', 'contracts', 'chagai-partnership.yaml'), 'utf8');
const q1 = readFileSync(join(root, 'examples', 'actuals', 'chagai-partnership', '2027-Q1.yaml'), 'utf8');

function loadedChagai(): LoadedContract {
  const r = loadContract(chagaiText, { filename: 'chagai-partnership.yaml' });
  if (!r.ok) throw new Error('the example must load');
  return r.value;
}

/** The FairlodeError a call throws, or undefined; a TypeError is re-thrown so the test fails on it. */
function thrown(call: () => unknown): FairlodeError | undefined {
  try {
    call();
  } catch (error) {
    if (error instanceof FairlodeError) return error;
    throw error;
  }
  return undefined;
}

describe('loadActuals accepts what loadContract returns', () => {
  it('a LoadedContract works as the contract, the same as its plain Contract', () => {
    const loaded = loadedChagai();
    const fromLoaded = loadActuals(q1, { contract: loaded });
    const fromPlain = loadActuals(q1, { contract: loaded.contract });
    expect(fromLoaded.diagnostics).toEqual([]);
    expect(fromLoaded.ok).toBe(true);
    // Chagai's fiscal year starts in July, so 2027-Q1 (calendar) runs 2027-01-01 to 2027-03-31 either way.
    if (fromLoaded.ok && fromPlain.ok) expect(fromLoaded.value.actuals.period).toEqual(fromPlain.value.actuals.period);
  });

  it('a LoadedContract\'s contract id is checked as a plain contract\'s is', () => {
    const r = loadActuals(q1.replace('contract: chagai-partnership', 'contract: other-deal'), { contract: loadedChagai() });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['actuals/wrong-contract']);
  });

  it('something that is neither is a FairlodeError naming options.contract', () => {
    const e = thrown(() => loadActuals(q1, { contract: { id: 'x' } as unknown as Contract }));
    expect(e?.code).toBe('argument/invalid');
    expect(e?.message).toBe('loadActuals: options.contract must be a Contract or the LoadedContract that loadContract returns, not an object.');
  });
});

describe('public arguments outside the types give a FairlodeError naming the argument', () => {
  const bad: [string, () => unknown, string][] = [
    ['options: null', () => loadContract('fairlode: 1\n', null as never), 'loadContract: options must be an object (or left out), not null.'],
    ['filename: 42', () => loadContract('fairlode: 1\n', { filename: 42 as never }), 'loadContract: options.filename must be a string, not the number 42.'],
    ['format: xml', () => loadContract('fairlode: 1\n', { format: 'xml' as never }), 'loadContract: options.format must be "yaml" or "json", not the text "xml".'],
    ['maxBytes: NaN', () => loadContract('fairlode: 1\n', { limits: { maxBytes: Number.NaN } }), 'loadContract: options.limits.maxBytes must be a whole number, zero or more, not NaN.'],
    ['maxBytes: -1', () => loadContract('fairlode: 1\n', { limits: { maxBytes: -1 } }), 'loadContract: options.limits.maxBytes must be a whole number, zero or more, not the number -1.'],
    ['maxDepth: 2.5', () => loadContract('fairlode: 1\n', { limits: { maxDepth: 2.5 } }), 'loadContract: options.limits.maxDepth must be a whole number, zero or more, not the number 2.5.'],
    ['limits: "big"', () => loadContract('fairlode: 1\n', { limits: 'big' as never }), 'loadContract: options.limits must be an object such as { maxBytes: 1048576 }, not the text "big".'],
    ['text: a number', () => loadContract(42 as never), 'loadContract: text must be the text of the file, a string, not the number 42.'],
    ['text: undefined', () => loadActuals(undefined as never), 'loadActuals: text must be the text of the file, a string, not undefined.'],
    ['actuals options: null', () => loadActuals('contract: x\n', null as never), 'loadActuals: options must be an object (or left out), not null.'],
    ['actuals maxNodes: NaN', () => loadActuals('contract: x\n', { limits: { maxNodes: Number.NaN } }), 'loadActuals: options.limits.maxNodes must be a whole number, zero or more, not NaN.'],
    ['parseSource file: 42', () => parseSource('a: 1\n', { file: 42 as never }), 'parseSource: options.file must be a string, not the number 42.'],
    ['parseSource maxBytes: NaN', () => parseSource('a: 1\n', { limits: { maxBytes: Number.NaN } }), 'parseSource: options.limits.maxBytes must be a whole number, zero or more, not NaN.'],
  ];
  it.each(bad)('%s', (_, call, message) => {
    const e = thrown(call);
    expect(e?.code).toBe('argument/invalid');
    expect(e?.message).toBe(message);
  });

  it('maxBytes: NaN never turns the size limit off: a file over the default 5 MiB is still refused', () => {
    // Before the check, NaN made `text.length > maxBytes` false and the 6 MB file was read.
    expect(thrown(() => loadContract(`title: ${'x'.repeat(6 * 1024 * 1024)}\n`, { limits: { maxBytes: Number.NaN } }))?.code).toBe('argument/invalid');
    expect(loadContract(`title: ${'x'.repeat(6 * 1024 * 1024)}\n`).diagnostics.map((d) => d.code)).toEqual(['source/too-large']);
  });
});

describe('a term that runs past the calendar', () => {
  it('a 99-year term from 9950-01-01 is a located error on term.years, not a throw', () => {
    // 9950 + 99 = 10049: the term would end on 10048-12-31, after 9999-12-31.
    const text = chagaiText.replace(/^effective: .*$/m, 'effective: 9950-01-01').replace(/^signed: .*$/m, 'signed: 9949-12-01').replace(/^term: .*$/m, 'term: { years: 99 }');
    const r = loadContract(text, { filename: 'far.yaml' });
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['contract/term-beyond-calendar']);
    expect(r.diagnostics[0]!.path).toEqual(['term', 'years']);
    expect(r.diagnostics[0]!.range!.start.line).toBe(text.split('\n').findIndex((l) => l.startsWith('term:')) + 1);
  });
});
