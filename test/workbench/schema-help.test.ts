// Completion and hover help: where the cursor is in a half-typed YAML contract, and what the
// contract's JSON Schema says is allowed there.
import { describe, expect, it } from 'vitest';
import { contractJsonSchema } from '../../src/index.js';
import { cursorPlace, keyPathAt } from '../../src/workbench/cursor-path.js';
import { documentRole } from '../../src/workbench/document-role.js';
import { readPriceDeck } from '../../src/workbench/price-deck-text.js';
import { keyHelp, keysAt, type SchemaNode } from '../../src/workbench/schema-help.js';
import { readWorkState } from '../../src/workbench/work-state.js';

const schema = contractJsonSchema() as SchemaNode;

/** The place at the `|` in `text`. */
function at(text: string) {
  const offset = text.indexOf('|');
  return cursorPlace(text.replace('|', ''), offset);
}

describe('cursorPlace', () => {
  it('reads the enclosing keys from block indentation, lists as items', () => {
    expect(at('revenue:\n  royalties:\n    - id: r\n      ra|')).toEqual({ path: ['revenue', 'royalties', 0], key: { prefix: 'ra', from: 40 } });
    expect(at('term:\n  ye|')).toEqual({ path: ['term'], key: { prefix: 'ye', from: 8 } });
    expect(at('fi|')).toEqual({ path: [], key: { prefix: 'fi', from: 0 } });
  });

  it('skips siblings, comments and blank lines, and leaves a block when the indentation drops', () => {
    const text = 'revenue:\n  incomeTax:\n    rate: "15%"\n\n    # a comment\n  |';
    expect(at(text).path).toEqual(['revenue']);
    expect(at('term:\n  years: 20\nphase: production\n|').path).toEqual([]);
  });

  it('reads a single-line flow mapping', () => {
    expect(at('jurisdiction: { country: PK, re|')).toEqual({ path: ['jurisdiction'], key: { prefix: 're', from: 29 } });
    expect(at('commodities:\n  - { id: copper, un|')).toEqual({ path: ['commodities', 0], key: { prefix: 'un', from: 31 } });
  });

  it('is in a value, not a key, after "key: "', () => {
    expect(at('term:\n  years: 2|')).toEqual({ path: ['term', 'years'], key: undefined });
  });

  it('finds the key under the mouse with its path', () => {
    expect(keyPathAt('term:\n  years: 20\n', 9)).toEqual({ path: ['term', 'years'], from: 8, to: 13 });
    expect(keyPathAt('term:\n  years: 20\n', 16)).toBeUndefined();
  });
});

describe('schema help', () => {
  it('lists the keys of a mapping with their descriptions and whether they are required', () => {
    const keys = keysAt(schema, ['commodities', 0]);
    expect(keys.map((k) => k.name)).toEqual(['id', 'name', 'unit']);
    expect(keys.find((k) => k.name === 'id')).toMatchObject({ required: true, description: expect.stringContaining('Stable id of the commodity') });
    expect(keysAt(schema, []).map((k) => k.name)).toContain('governance');
    expect(keysAt(schema, ['revenue']).map((k) => k.name)).toContain('royalties');
  });

  it('explains one key, with the values it allows', () => {
    expect(keyHelp(schema, ['commodities', 0, 'unit'])?.description).toContain('The usual unit of quantity');
    expect(keyHelp(schema, ['phase'])?.values.length).toBeGreaterThan(1);
    expect(keyHelp(schema, ['no-such-key'])).toBeUndefined();
    expect(keyHelp(schema, ['term', 'no-such-key'])).toBeUndefined();
  });
});

describe('the workbench inputs', () => {
  it('tells a contract from actuals and a plan by their required keys', () => {
    expect(documentRole('fairlode: 1\nid: c\n')).toBe('contract');
    expect(documentRole('contract: c\nperiod: 2027-Q1\n')).toBe('actuals');
    expect(documentRole('{ "contract": "c", "period": "2027-Q1" }')).toBe('actuals');
    expect(documentRole('fairlode: 1\ncontract: c\nperiods:\n  - { period: FY2027 }\n')).toBe('plan');
  });

  it('reads a price deck as analyse --prices does, and says what is wrong with a bad one', () => {
    const deck = readPriceDeck('copper=6000,8000,10000 USD/t');
    expect(deck.ok && deck.prices).toEqual(['6000 USD/t', '8000 USD/t', '10000 USD/t']);
    expect(deck.ok && deck.deck.length).toBe(3);
    expect(readPriceDeck('copper 6000')).toMatchObject({ ok: false, message: expect.stringContaining('copper=6000,8000,10000 USD/t') });
    expect(readPriceDeck('copper=6000,8000')).toMatchObject({ ok: false, message: expect.stringContaining('currency and unit') });
  });

  it('restores saved work only when it has the expected shape', () => {
    const work = { contract: { name: 'c.yaml', text: 'x' }, actuals: [{ name: 'q1.yaml', text: 'y' }], plan: undefined, prices: '' };
    expect(readWorkState(JSON.stringify(work))).toEqual(work);
    expect(readWorkState(null)).toBeUndefined();
    expect(readWorkState('{')).toBeUndefined();
    expect(readWorkState(JSON.stringify({ contract: 'c', actuals: [] }))).toBeUndefined();
    expect(readWorkState(JSON.stringify({ ...work, actuals: [{ name: 1 }] }))).toBeUndefined();
  });
});
