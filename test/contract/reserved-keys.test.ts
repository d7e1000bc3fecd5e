import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadActuals, loadContract, resolveProfile } from 'fairlode';

const base = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'invalid', '_base.yaml'), 'utf8');
const SPLIT = 'split: { gob: "85%", gop: "15%" }';
const splitLine = base.split('\n').findIndex((l) => l.includes(SPLIT)) + 1;

describe.each(['__proto__', 'constructor', 'prototype'])('the key %s', (key) => {
  it('in a government split is a located error on the key, not dropped', () => {
    // Before: __proto__ vanished (the split loaded as gob 85% + gop 15%), the others were "unknown parties".
    const text = base.replace(SPLIT, `split: { gob: "85%", gop: "15%", ${key}: "0%" }`);
    const r = loadContract(text, { filename: 'split.yaml' });
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['contract/reserved-key']);
    const d = r.diagnostics[0]!;
    expect(d.path).toEqual(['revenue', 'governmentShares', 0, 'split', key]);
    const column = base.split('\n')[splitLine - 1]!.indexOf(SPLIT) + `split: { gob: "85%", gop: "15%", `.length + 1;
    expect(d.range).toEqual({ start: { line: splitLine, column }, end: { line: splitLine, column: column + key.length } });
  });

  it('in the actuals\' fx is a located error', () => {
    const r = loadActuals(`contract: base-deal\nperiod: 2027-Q1\nfx:\n  PKR: "278.4"\n  ${key}: "2"\n`, { filename: 'q1.yaml' });
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => [d.code, d.path, d.range?.start])).toEqual([['contract/reserved-key', ['fx', key], { line: 5, column: 3 }]]);
  });

  it('as a JSON key is reported too', () => {
    const r = loadActuals(JSON.stringify({ contract: 'base-deal', period: '2027-Q1', costs: { [key]: '1 USD' } }), { format: 'json' });
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([['contract/reserved-key', ['costs', key]]]);
  });

  it('as a profile name is an unknown profile, not a property of every object', () => {
    const r = resolveProfile(key);
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['profile/unknown-profile']);
  });
});

describe('a map key of the wrong form', () => {
  it('an fx key that is not a currency code is placed on the key, saying what a key must be', () => {
    const r = loadActuals('contract: base-deal\nperiod: 2027-Q1\nfx:\n  pkr: "278.4"\n');
    expect(r.diagnostics.map((d) => [d.code, d.path, d.range?.start, d.message])).toEqual([
      ['contract/invalid-key', ['fx', 'pkr'], { line: 4, column: 3 }, '"pkr" is not allowed as a key in "fx": expected an ISO 4217 currency code such as "PKR".'],
    ]);
  });

  it('a split key that is not a party id says so', () => {
    const r = loadContract(base.replace(SPLIT, 'split: { gob: "85%", "Gop 2": "15%" }'));
    expect(r.diagnostics.find((d) => d.code === 'contract/invalid-key')?.message).toBe('"Gop 2" is not allowed as a key in "revenue.governmentShares[0].split": expected a party id as the key: a kebab-case identifier such as "gob".');
  });
});
