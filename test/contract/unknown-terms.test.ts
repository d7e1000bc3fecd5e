// { unknown: … }, { assumed: …, basis: … } and a clause's source: read anywhere, located when
// malformed, accepted by the JSON Schema.
import { contractJsonSchema, loadContract, type Diagnostic } from 'fairlode';
import { describe, expect, it } from 'vitest';
import { baseContractText } from '../compliance/rule-example.js';

const load = (text: string) => loadContract(text, { filename: 'deal.yaml' });
const replace = (from: string, to: string) => {
  expect(baseContractText).toContain(from);
  return baseContractText.replace(from, to);
};
const codes = (ds: readonly Diagnostic[]) => ds.map((d) => `${d.code} ${d.path.join('.')} ${d.range?.start.line}:${d.range?.start.column}`);

describe('unknown terms', () => {
  it('accepts a required field written as unknown, lists it with its reason, source and place, and leaves it out', () => {
    const r = load(replace('title: Example Copper Agreement', 'title: { unknown: "redacted", source: { instrument: "Gazette notice", page: 4, confidence: high } }'));
    if (!r.ok) throw new Error(codes(r.diagnostics).join('\n'));
    const c = r.value.contract;
    expect('title' in c).toBe(false);
    // Line 6 of the base contract, from the opening brace (column 8) to the end of the 99-character line.
    expect(c.unknowns).toEqual([{ path: ['title'], reason: 'redacted', source: { instrument: 'Gazette notice', page: 4, confidence: 'high' }, range: { start: { line: 6, column: 8 }, end: { line: 6, column: 100 } } }]);
  });

  it('accepts a whole section as unknown', () => {
    const r = load(`${baseContractText}community: { unknown: "not published" }\n`);
    expect(r.ok && r.value.contract.unknowns?.map((u) => u.path)).toEqual([['community']]);
  });

  it('accepts an unknown share without asking the shares to sum to 100%', () => {
    const r = load(replace('share: "100%"', 'share: { unknown: "not disclosed" }'));
    expect(r.ok && r.value.contract.unknowns?.map((u) => [u.path, u.reason])).toEqual([[['ownership', 0, 'share'], 'not disclosed']]);
  });

  it('leaves out an unknown list item and still places later items on their own lines', () => {
    const text = replace('  - { id: soe,', '  - { unknown: "a further party is named but not identified" }\n  - { id: soe,');
    const r = load(text.replace('{ id: gsp, name: Geological Survey, role: geological-survey }', '{ id: gsp, name: Geological Survey, role: geological-surve }'));
    expect(r.ok).toBe(false);
    // parties[5] of the typed list is parties[6] as written: line 25 (one line lower than in the
    // base), on "geological-surve" at column 47.
    if (!r.ok) expect(codes(r.diagnostics)).toEqual(['contract/invalid-option parties.5.role 25:47']);
  });

  it('refuses an unknown effective date, term or currency, and suggests an assumption', () => {
    const r = load(replace('effective: 2026-01-01', 'effective: { unknown: "not published" }'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(codes(r.diagnostics)).toEqual(['contract/unknown-frame effective 10:12']);
      expect(r.diagnostics[0]!.hint).toMatch(/assumed/);
    }
  });

  it.each([
    ['an extra key', '{ unknown: "redacted", note: "x" }', 'contract/malformed-unknown title.note 6:37'],
    ['an empty reason', '{ unknown: "" }', 'contract/malformed-unknown title.unknown 6:19'],
    ['a bad source', '{ unknown: "redacted", source: { instrument: x, confidence: sure } }', 'contract/malformed-source title.source.confidence 6:68'],
    ['an assumption with no basis', '{ assumed: "Title" }', 'contract/malformed-assumption title 6:8'],
    // On the extra key's value, "§1" at column 45.
    ['an assumption with an extra key', '{ assumed: "Title", basis: "b", ref: "§1" }', 'contract/malformed-assumption title.ref 6:45'],
  ])('reports %s where it is written, and nothing else', (_name, form, expected) => {
    const r = load(replace('title: Example Copper Agreement', `title: ${form}`));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(codes(r.diagnostics)).toEqual([expected]);
  });

  it('refuses an unknown clause id', () => {
    const r = load(`${baseContractText}revenue:\n  royalties:\n    - { id: { unknown: "x" }, commodity: copper, payee: gov, rate: "5%" }\n`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics.map((d) => d.code)).toContain('contract/malformed-unknown');
  });
});

describe('assumed terms', () => {
  it('uses the assumed value and lists it with its basis', () => {
    const r = load(`${baseContractText}revenue:\n  royalties:\n    - { id: royalty, commodity: copper, payee: gov, rate: { assumed: "5%", basis: "statutory rate" } }\n`);
    if (!r.ok) throw new Error(codes(r.diagnostics).join('\n'));
    expect(r.value.contract.revenue.royalties[0]!.rate?.toString()).toBe('0.05');
    expect(r.value.contract.assumptions?.map((a) => [a.path, a.value, a.basis])).toEqual([[['revenue', 'royalties', 0, 'rate'], '5%', 'statutory rate']]);
  });

  it('places a problem in an assumed value inside the assumption', () => {
    const r = load(`${baseContractText}revenue:\n  royalties:\n    - { id: royalty, commodity: copper, payee: gov, rate: { assumed: 5, basis: "statutory rate" } }\n`);
    expect(r.ok).toBe(false);
    // Line 32, the 5 after "assumed: " (column 70).
    if (!r.ok) expect(codes(r.diagnostics)).toEqual(['contract/bare-number revenue.royalties.0.rate 32:70']);
  });
});

describe('clause sources', () => {
  it('keeps a clause\'s source with the clause', () => {
    const r = load(`${baseContractText}revenue:\n  royalties:\n    - { id: royalty, commodity: copper, payee: gov, rate: "5%", source: { instrument: "Convention 2014", article: "Art. 9", confidence: verified } }\n`);
    expect(r.ok && r.value.clauses.find((c) => c.id === 'royalty')?.source).toEqual({ instrument: 'Convention 2014', article: 'Art. 9', confidence: 'verified' });
  });
});

describe('the JSON Schema', () => {
  it('accepts the unknown and assumed forms in place of any property and list item', () => {
    const schema = contractJsonSchema() as { properties: Record<string, { anyOf?: unknown[] }>; $defs: Record<string, unknown> };
    expect(schema.properties.title!.anyOf).toEqual([{ type: 'string', minLength: 1, description: expect.any(String) }, { $ref: '#/$defs/Unknown' }, { $ref: '#/$defs/Assumed' }]);
    expect(Object.keys(schema.$defs)).toEqual(['Source', 'Unknown', 'Assumed']);
  });
});
