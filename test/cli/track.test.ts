// fairlode track, eiti and reconcile as users run them: formats, exit codes, byte-identical output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, fairlode, root } from './run-cli.js';

beforeAll(ensureBuilt);

const contract = 'examples/contracts/chagai-partnership.yaml';
const actuals = 'examples/actuals/chagai-partnership';
const fixtures = 'test/eiti/fixtures';

describe('fairlode track', () => {
  it('reports every obligation and fails on a missed one only when asked', () => {
    const plain = fairlode(['track', contract, actuals, '--as-of', '2027-12-31']);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toContain('chagai-partnership: obligations as of 2027-12-31');
    expect(plain.stdout).toMatch(/missed {6}host-area-hiring@2027-12-31 §16\.3/);
    expect(fairlode(['track', contract, actuals, '--as-of', '2027-12-31', '--fail-on', 'missed']).status).toBe(1);
  });

  it('writes JSON, CSV and Markdown, the same bytes every run', () => {
    for (const format of ['json', 'csv', 'markdown']) {
      const a = fairlode(['track', contract, actuals, '--as-of', '2027-12-31', '-f', format]);
      expect(a.status, format).toBe(0);
      expect(fairlode(['track', contract, actuals, '--as-of', '2027-12-31', '-f', format]).stdout).toBe(a.stdout);
    }
    const json = JSON.parse(fairlode(['track', contract, actuals, '--as-of', '2027-12-31', '-f', 'json']).stdout);
    // host-area-hiring §16.3: 60% of the 1240 unskilled workers = 744; 560 from the host area → 184 short.
    expect(json.obligations.find((o: { id: string }) => o.id === 'host-area-hiring@2027-12-31').shortfall).toEqual({ value: '184', unit: 'people' });
  });

  it('reads two folders as one run of quarters: the five-year scenario, two targets at risk', () => {
    const args = ['track', contract, actuals, 'examples/scenarios/chagai-2028-2031', '--as-of', '2031-09-30', '--horizon', '180'];
    const run = fairlode([...args, '-f', 'json']);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.periods).toHaveLength(19); // 2027-Q1 … 2031-Q3
    // National hiring §16.1: path 80% + 10% × 1369/1461 days = 89.37%; 2490 of 2820 = 88.30%.
    const national = json.obligations.find((o: { id: string }) => o.id === 'national-hiring@2031-12-31');
    expect([national.status, national.actual.value, national.expected.value.slice(0, 6)]).toEqual(['at-risk', '0.8829787234', '0.8937']);
    expect(fairlode([...args, '--fail-on', 'at-risk']).status).toBe(1);
  });

  it('refuses a bad date with exit 2', () => {
    expect(fairlode(['track', contract, actuals, '--as-of', '2027-13-01']).status).toBe(2);
  });
});

describe('fairlode eiti and reconcile', () => {
  it('exports a fiscal year as SDT CSV', () => {
    const run = fairlode(['eiti', contract, actuals, '--year', 'FY2028', '-f', 'csv']);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[1]).toBe('PK,FY2028,chagai-partnership,chagai-partnership project company,,Government of Balochistan,Royalties,1415E1,USD,18187600.00,2027-Q3 2027-Q4');
    expect(fairlode(['eiti', contract, actuals, '--year', 'FY2040']).status).toBe(2);
  });

  it('reconciles two reports and exits 1 on a discrepancy or an unmatched row', () => {
    const run = fairlode(['reconcile', `${fixtures}/company-FY2028.csv`, `${fixtures}/government-FY2028.csv`]);
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n')[0]).toBe('Reconciliation (discrepancy threshold 1%): 3 matched, 1 discrepancies, 1 company only, 2 government only');
    const same = fairlode(['reconcile', `${fixtures}/company-FY2028.csv`, `${fixtures}/company-FY2028.csv`, '-f', 'json']);
    expect(same.status).toBe(0);
    expect(readFileSync(join(root, fixtures, 'company-FY2028.csv'), 'utf8')).toContain('1415E4');
  });
});
