import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PriceRiskJson } from 'fairlode';
import { progressOnStderr, simulatingPaths, type Terminal } from '../../src/cli/terminal.js';
import { MINI_CONTRACT, MINI_PLAN } from '../fiscal/fixtures.js';
import { ensureBuilt, fairlode, tempFolder } from './run-cli.js';

beforeAll(ensureBuilt);

const contract = 'examples/contracts/chagai-partnership.yaml';
const plan = 'examples/plans/chagai-partnership.yaml';
const chagaiRisk = ['analyse', contract, plan, '--beyond-term', 'extend', '--paths', '12', '--seed', '7', '--volatility', 'copper=30%,gold=15%', '--correlation', '0.5', '--no-progress'];

describe('analyse --paths (price risk)', () => {
  it('gives the hand-computed figures of a case with no volatility (mini contract, drift 10%)', () => {
    // The mini plan: 10 t in 2028 and 2029, a 5% royalty, discount 10%, the first period undiscounted.
    // Drift 10%, no volatility: 2028 price 100·e^0.1 = 110.517… → 110.52; 2029 100·e^0.2 = 122.140… → 122.14.
    // State NPV = 0.05·10·110.52/1.1 + 0.05·10·122.14/1.21 = 50.2363636… + 50.4710743… = 100.707438016…
    const t = tempFolder();
    try {
      writeFileSync(join(t.dir, 'mini.yaml'), MINI_CONTRACT);
      writeFileSync(join(t.dir, 'plan.yaml'), MINI_PLAN);
      const run = fairlode(['analyse', 'mini.yaml', 'plan.yaml', '--paths', '3', '--volatility', '0', '--drift', '10%', '-f', 'json'], { cwd: t.dir });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const json = JSON.parse(run.stdout) as PriceRiskJson;
      expect(json).toMatchObject({ contract: 'mini', plan: 'mini-plan', paths: 3, seed: '1', model: 'gbm', parameters: { volatility: 0, drift: 0.1 }, priceUnits: { ore: 'USD/t' } });
      expect(json.stateNpv.p50!.slice(0, 14)).toBe('100.7074380165');
      expect(json.stateNpv.standardDeviation).toBe('0');
      expect(json.priceBands['ore']!.map((b) => b.p50)).toEqual(['100', '110.52', '122.14']);
      expect(json.probabilityStateNpvBelowZero).toBe('0');
      expect(json.riskShare).toBeNull();
    } finally {
      t.remove();
    }
  });

  it('writes text, Markdown, JSON and CSV; the exact formats byte-identical in this process and on two workers', () => {
    for (const format of ['text', 'markdown', 'json', 'csv']) {
      const one = fairlode([...chagaiRisk, '-f', format, '--concurrency', '1']);
      expect(one.status, format).toBe(0);
      expect(one.stdout.length).toBeGreaterThan(500);
      // Two workers, each taking ranges of paths in whatever order they finish: the exact figures
      // (every one of which the text and Markdown round) are the same to the byte.
      if (format === 'json' || format === 'csv') expect(fairlode([...chagaiRisk, '-f', format, '--concurrency', '2']).stdout, format).toBe(one.stdout);
      if (format === 'json') {
        const json = JSON.parse(one.stdout) as PriceRiskJson;
        expect(json.commodities).toEqual(['copper', 'gold']);
        expect(json.priceBands['copper']![0]).toEqual({ period: 'FY2026', p10: '8700', p50: '8700', p90: '8700' });
        expect(json.stateNpv.count + json.stateNpv.undefinedPaths).toBe(12);
        expect(Number(json.riskShare!.state) + Number(json.riskShare!.investor)).toBeCloseTo(1, 12);
      }
      if (format === 'markdown') expect(one.stdout).toMatch(/^## Price risk: chagai-partnership, plan chagai-life-of-mine\n/);
      if (format === 'csv') expect(one.stdout.split('\n')[0]).toBe('figure,period,statistic,value,unit');
      if (format === 'text') expect(one.stdout).toMatch(/^Price risk: chagai-partnership, plan chagai-life-of-mine\nModel: geometric Brownian motion of copper, gold; volatility copper 30%, gold 15%; correlation 0\.5\./);
    }
  }, 240_000);

  it('refuses bad or misplaced flags with one line and exit 2, before reading a file', () => {
    const cases: [string[], RegExp][] = [
      [['--volatility', '30%'], /--volatility needs --paths/],
      [['--paths', '5'], /--paths needs --volatility/],
      [['--paths', '0', '--volatility', '30%'], /--paths must be a whole number, 1 or more, not "0"/],
      [['--paths', '5', '--volatility', 'lots'], /--volatility must be a number or a percentage/],
      [['--paths', '5', '--volatility', '30%', '--model', 'mean-reverting'], /needs --reversion/],
      [['--paths', '5', '--volatility', '30%', '--reversion', '0.5'], /belong to --model mean-reverting/],
      [['--paths', '5', '--volatility', '30%', '--seed', '-1'], /--seed must be a whole number/],
      [['--paths', '5', '--volatility', '30%', '--prices', 'copper=8000 USD/t'], /--prices and --paths cannot be combined/],
    ];
    for (const [flags, message] of cases) {
      const run = fairlode(['analyse', 'no-such-contract.yaml', 'no-such-plan.yaml', ...flags]);
      expect(run.status, flags.join(' ')).toBe(2);
      expect(run.stderr, flags.join(' ')).toMatch(message);
      expect(run.stderr.trim().split('\n'), flags.join(' ')).toHaveLength(1);
      expect(run.stdout).toBe('');
    }
  });

  it('names the flag when the model refuses a value once the plan is read', () => {
    const base = ['analyse', contract, plan, '--beyond-term', 'extend', '--paths', '2'];
    const negative = fairlode([...base, '--volatility', '-30%']);
    expect(negative.status).toBe(2);
    expect(negative.stderr).toMatch(/fairlode: --volatility: -0\.3 for copper is not a volatility of 0 or more/);
    const misspelt = fairlode([...base, '--volatility', 'coper=30%,gold=15%']);
    expect(misspelt.status).toBe(2);
    expect(misspelt.stderr).toMatch(/fairlode: --volatility names coper, which the plan does not price \(it prices copper, gold\)/);
    const correlation = fairlode([...base, '--volatility', '30%', '--correlation', '1.5']);
    expect(correlation.status).toBe(2);
    expect(correlation.stderr).toMatch(/correlation must be a number in \[-1, 1\]/);
  });

  it('writes the result to a file with --output, and never progress into a pipe', () => {
    const t = tempFolder();
    try {
      const out = join(t.dir, 'risk.csv');
      const run = fairlode([...chagaiRisk.filter((a) => a !== '--no-progress'), '-f', 'csv', '-o', out]);
      expect(run.status).toBe(0);
      expect(run.stdout).toBe('');
      expect(run.stderr).not.toMatch(/simulating/);
      expect(readFileSync(out, 'utf8')).toMatch(/^figure,period,statistic,value,unit\ngovernment_take,,count,/);
    } finally {
      t.remove();
    }
  });
});

describe('the progress bar of price-risk paths', () => {
  it('draws a bar of 20 cells on a terminal', () => {
    expect(simulatingPaths(1200, 10000)).toBe('simulating 1200/10000 paths [##                  ] 12%');
    expect(simulatingPaths(10000, 10000)).toBe('simulating 10000/10000 paths [####################] 100%');
    const errors: string[] = [];
    const term: Terminal = { env: {}, stdoutIsTTY: false, stderrIsTTY: true, out: () => {}, err: (s) => errors.push(s) };
    let t = 0;
    const p = progressOnStderr(4, term, true, () => (t += 1000), simulatingPaths);
    for (let i = 0; i < 4; i++) p.tick();
    p.done();
    expect(errors.at(-2)).toBe('\r\u001b[Ksimulating 4/4 paths [####################] 100%');
    expect(errors.at(-1)).toBe('\r\u001b[K');
  });
});
