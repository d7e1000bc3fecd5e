// fairlode eiti -f part4-csv / part5-csv and reconcile on the template's own tables, as users run them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, fairlode, root, tempFolder } from './run-cli.js';

beforeAll(ensureBuilt);

const contract = 'examples/contracts/chagai-partnership.yaml';
const actuals = 'examples/actuals/chagai-partnership';
const fixtures = 'test/eiti/fixtures';

describe('fairlode eiti in the template\'s shape', () => {
  it('writes Part 4 and Part 5 with the template\'s headers, naming the paying company', () => {
    const part4 = fairlode(['eiti', contract, actuals, '--year', 'FY2028', '-f', 'part4-csv']);
    expect(part4.status).toBe(0);
    expect(part4.stdout.split('\n').slice(0, 2)).toEqual(['GFS classification,Sector,Revenue stream name,Government entity,Revenue value,Currency', 'Royalties (1415E1),Mining,Royalties,Government of Balochistan,18187600.00,USD']);
    // The JV's project company is not named in the contract: a warning on stderr, exit 0.
    expect(part4.stderr).toContain('[eiti/reporting-entity-unnamed]');
    const part5 = fairlode(['eiti', contract, actuals, '--year', 'FY2028', '-f', 'part5-csv', '--company', 'Chagai Project Company', '--company-id', '0012345']);
    expect(part5.status).toBe(0);
    expect(part5.stdout.split('\n')[1]!.startsWith('Chagai Project Company,Government of Balochistan,Royalties,Y,Y,')).toBe(true);
    expect(part5.stdout).toContain('Company ID: 0012345.');
    expect(part5.stderr).not.toContain('reporting-entity-unnamed');
  });

  it('docs/eiti.md shows the Part 4 and Part 5 the CLI writes for the Chagai example', () => {
    const docs = readFileSync(join(root, 'docs/eiti.md'), 'utf8');
    for (const format of ['part4-csv', 'part5-csv']) {
      const out = fairlode(['eiti', contract, actuals, '--year', 'FY2028', '-f', format]).stdout;
      expect(docs, format).toContain(`\`\`\`csv\n${out}\`\`\``);
    }
  });

  it('refuses an empty --company', () => {
    expect(fairlode(['eiti', contract, actuals, '--year', 'FY2028', '--company', ' ']).status).toBe(2);
  });

  it('reconciles its own Part 5 against its own Part 4, exit 0', () => {
    const { dir, remove } = tempFolder();
    expect(fairlode(['eiti', join(root, contract), join(root, actuals), '--year', 'FY2028', '-f', 'part4-csv', '-o', join(dir, 'part4.csv')]).status).toBe(0);
    expect(fairlode(['eiti', join(root, contract), join(root, actuals), '--year', 'FY2028', '-f', 'part5-csv', '-o', join(dir, 'part5.csv')]).status).toBe(0);
    const run = fairlode(['reconcile', join(dir, 'part5.csv'), join(dir, 'part4.csv'), '--period', 'FY2028']);
    expect(run.stdout.split('\n')[0]).toBe('Reconciliation (discrepancy threshold 1%): 5 matched, 0 discrepancies, 0 company only, 0 government only; period FY2028');
    expect(run.status).toBe(0);
    remove();
  });

  it('reconciles a francophone Part 5 of two years against a Part 4, with decimal commas', () => {
    const run = fairlode(['reconcile', `${fixtures}/burkina-part5-2017-2018.csv`, `${fixtures}/burkina-2018-part4.csv`, '--period', '2018', '--decimal', 'comma', '-f', 'csv']);
    expect(run.status).toBe(1);
    // Taxe superficiaire: 642 500 000 against 672 500 000 (see test/eiti/sdt-template.test.ts).
    expect(run.stdout).toContain('discrepancy,2018,,,Direction Générale des Impôts,Taxe superficiaire,1415E5,XOF,642500000.00,672500000.00,-30000000.00,');
    expect(run.stdout.match(/^out-of-scope-company,2017,/gm)).toHaveLength(2);
    expect(readFileSync(join(root, fixtures, 'burkina-2018-part4.csv'), 'utf8')).toContain('Other rent payments (1415E5)');
  });
});
