import { describe, expect, it } from 'vitest';
import { fixtureText, loadFixture } from './deal-fixture.js';

const amendment = fixtureText('copper-chain', 'amendment-2031.yaml');
const side = fixtureText('copper-chain', 'road-side-agreement.yaml');

describe('a chain with problems', () => {
  it('names both places when two instruments of one day change the same clause', () => {
    // The side agreement now also touches the royalty, on the amendment's day.
    const clash = side.replace('changes:\n', 'changes:\n  - ref: Clause 0\n    set: copper-royalty.payee\n    value: holding\n');
    const r = loadFixture('copper-chain', { 'road-side-agreement.yaml': clash });
    expect(r.ok).toBe(false);
    const d = r.diagnostics.find((x) => x.code === 'deal/conflicting-changes');
    // road-agreement sorts after first-amendment, so its change is the second one, placed at its "set" (line 10).
    expect(d).toMatchObject({ file: 'deals/copper-chain/road-side-agreement.yaml', range: { start: { line: 10, column: 10 } } });
    expect(d?.message).toContain('deals/copper-chain/amendment-2031.yaml:11:14');
    expect(d?.related?.[0]).toMatchObject({ file: 'deals/copper-chain/amendment-2031.yaml', range: { start: { line: 11 } } });
  });

  it('reports an amendment to a clause that does not exist, with a guess', () => {
    const r = loadFixture('copper-chain', { 'amendment-2031.yaml': amendment.replace('replace: copper-royalty', 'replace: coper-royalty') });
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]).toMatchObject({ code: 'deal/unknown-clause', file: 'deals/copper-chain/amendment-2031.yaml', range: { start: { line: 11 } }, hint: 'did you mean "copper-royalty"?' });
    expect(r.diagnostics[0]?.related?.[0]).toMatchObject({ file: 'deals/copper-chain/base.yaml' });
  });

  it('reports an instrument that takes effect before the base, naming the base\'s date', () => {
    const r = loadFixture('copper-chain', { 'amendment-2031.yaml': amendment.replace('effective: 2031-01-01', 'effective: 2025-06-01').replace('signed: 2030-06-30', 'signed: 2025-05-01') });
    const d = r.diagnostics.find((x) => x.code === 'deal/before-base');
    expect(d).toMatchObject({ file: 'deals/copper-chain/amendment-2031.yaml', range: { start: { line: 7 } } });
    expect(d?.message).toContain('deals/copper-chain/base.yaml:8:12');
  });

  it('reports a gap: a restatement that starts after the terms in force have ended', () => {
    const restated = fixtureText('copper-chain', 'base.yaml').replace('id: copper-base', 'id: copper-restated').replace(/2026-01-01/g, '2052-01-01');
    const manifest = fixtureText('copper-chain', 'deal.yaml') + '  - file: restated.yaml\n    kind: restatement\n';
    const r = loadFixture('copper-chain', { 'deal.yaml': manifest, 'restated.yaml': restated, 'amendment-2031.yaml': amendment.replace('value: 30', 'value: 25') });
    // The base runs 2026-01-01 to 2050-12-31; the restatement starts on 2052-01-01.
    const d = r.diagnostics.find((x) => x.code === 'deal/gap');
    expect(d?.message).toBe('The terms of base agreement "base" (effective 2026-01-01) ended on 2050-12-31, and restatement "restated" (effective 2052-01-01) takes effect only on 2052-01-01: nothing is in force in between.');
    expect(d).toMatchObject({ file: 'deals/copper-chain/restated.yaml' });
  });

  it('places a problem of the consolidated terms in the amendment that wrote it', () => {
    // A royalty paid to a party that does not exist: the loader's integrity check, placed in the amendment.
    const r = loadFixture('copper-chain', { 'amendment-2031.yaml': amendment.replace('      payee: ministry\n      sliding', '      payee: minstry\n      sliding') });
    expect(r.ok).toBe(false);
    const d = r.diagnostics.find((x) => x.file === 'deals/copper-chain/amendment-2031.yaml');
    expect(d).toMatchObject({ range: { start: { line: 16, column: 14 } } });
    expect(d?.message).toContain('first-amendment');
  });

  it('refuses two amendments naming the same id, with both places', () => {
    const r = loadFixture('copper-chain', { 'road-side-agreement.yaml': side.replace('id: road-agreement', 'id: first-amendment') });
    expect(r.diagnostics[0]).toMatchObject({ code: 'deal/duplicate-instrument', related: [expect.objectContaining({ file: 'deals/copper-chain/amendment-2031.yaml' })] });
  });
});
