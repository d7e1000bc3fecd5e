import { mkdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckJson } from 'fairlode';
import { sarifErrors } from '../format/sarif-schema.js';
import { ensureBuilt, fairlode, root, tempFolder } from './run-cli.js';

beforeAll(ensureBuilt);

const examples = 'examples/contracts';
const chagai = 'examples/contracts/chagai-partnership.yaml';
const weak = 'examples/contracts/weak-extraction.yaml';
const json = (args: string[]) => JSON.parse(fairlode(['check', ...args, '-f', 'json']).stdout) as CheckJson;

describe('fairlode check on the bundled examples', () => {
  it('passes a compliant contract (exit 0) and fails the weak one (exit 1)', () => {
    const ok = fairlode(['check', chagai]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('level 100 (recommended)');
    expect(ok.stdout.trimEnd().split('\n').at(-1)).toBe('✔ 0 findings (0 errors, 0 warnings, 0 infos) in 0 of 1 file; 0 exemptions');
    const bad = fairlode(['check', weak]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^examples\/contracts\/weak-extraction\.yaml\n {2}\d+:\d+ +(error|warning|info) /);
    expect(bad.stderr).toBe('');
  });

  it('reports every file of a folder, in path order, with an exemption counted', () => {
    const report = json([examples]);
    expect(report.files.map((f) => f.file)).toEqual(['examples/contracts/chagai-partnership.yaml', 'examples/contracts/reko-diq-style.yaml', 'examples/contracts/weak-extraction.yaml']);
    expect(report.files.every((f) => f.status === 'checked' && f.scorecard !== null)).toBe(true);
    expect(report.summary.exemptions).toBeGreaterThan(0);
    const finding = report.files[2]!.findings[0]!;
    expect(Object.keys(finding)).toEqual(['ruleId', 'severity', 'message', 'path', 'jsonPath', 'line', 'column', 'endLine', 'endColumn', 'clause', 'hint', 'principle', 'rating', 'docsUrl', 'source', 'unknownReason', 'assumptions', 'fingerprint']);
  });

  it('finds the contracts from the current folder when given no paths, leaving other YAML alone', () => {
    const report = JSON.parse(fairlode(['check', '-f', 'json'], { cwd: join(root, 'examples') }).stdout) as CheckJson;
    // examples/actuals/** are YAML too, but not contracts; nor are a deal's manifest, plan and
    // amendments (examples/deals/**, examples/projects/**), whose whole-contract instruments are checked.
    expect(report.files.map((f) => f.file)).toEqual(['contracts/chagai-partnership.yaml', 'contracts/reko-diq-style.yaml', 'contracts/weak-extraction.yaml', 'deals/cobre-panama/1997-law-9-contract.yaml', 'deals/cobre-panama/2023-law-406-contract.yaml', 'deals/reko-diq/1993-chejva.yaml', 'deals/reko-diq/2022-definitive-agreements.yaml', 'deals/sicomines/2008-convention.yaml', 'deals/sicomines/2024-fifth-amendment.yaml', 'projects/lakeside-copper/north/base.yaml', 'projects/lakeside-copper/south/base.yaml']);
  });

  it('writes byte-identical output run after run, in every format', () => {
    const t = tempFolder();
    try {
      const formats = ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown'];
      const run = (dir: string, concurrency: string) => {
        const args = ['check', examples, 'test/fixtures/invalid', '--concurrency', concurrency];
        for (const f of formats) args.push('-f', f, '-o', join(t.dir, dir, `out.${f}`));
        fairlode(args);
      };
      run('a', '8');
      run('b', '1');
      for (const f of formats) {
        const a = readFileSync(join(t.dir, 'a', `out.${f}`), 'utf8');
        expect(a.length).toBeGreaterThan(0);
        expect(readFileSync(join(t.dir, 'b', `out.${f}`), 'utf8'), f).toBe(a);
      }
    } finally {
      t.remove();
    }
  });
});

describe('exit codes', () => {
  it('--fail-severity and --max-warnings decide between 0 and 1', () => {
    const reko = 'examples/contracts/reko-diq-style.yaml';
    expect(fairlode(['check', reko, '--quiet']).status).toBe(1);
    const counts = json([reko]).summary;
    expect(counts.errors).toBeGreaterThan(0);
    expect(fairlode(['check', chagai, '--fail-severity', 'info']).status).toBe(0);
    expect(fairlode(['check', chagai, '--max-warnings', '0']).status).toBe(0);
    expect(fairlode(['check', weak, '--fail-severity', 'warning']).status).toBe(1);
  });

  it('--max-warnings fails a run whose only findings are warnings', () => {
    const t = tempFolder();
    try {
      cpSync(join(root, weak), join(t.dir, 'c.yaml'));
      // A profile that turns every rule the weak contract breaks at error into a warning.
      const errors = new Set(json([weak]).files[0]!.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId));
      writeFileSync(join(t.dir, 'lenient.yaml'), `name: lenient\nextends: recommended\nrules:\n${[...errors].map((id) => `  ${id}: warning\n`).join('')}`);
      const run = fairlode(['check', 'c.yaml', '--profile', 'lenient.yaml', '-f', 'json'], { cwd: t.dir });
      const summary = (JSON.parse(run.stdout) as CheckJson).summary;
      expect([summary.errors, run.status]).toEqual([0, 0]);
      expect(summary.warnings).toBeGreaterThan(1);
      expect(fairlode(['check', 'c.yaml', '--profile', 'lenient.yaml', '--max-warnings', '0'], { cwd: t.dir }).status).toBe(1);
      expect(fairlode(['check', 'c.yaml', '--profile', 'lenient.yaml', '--max-warnings', String(summary.warnings)], { cwd: t.dir }).status).toBe(0);
      expect(fairlode(['check', 'c.yaml', '--profile', 'lenient.yaml', '--fail-severity', 'warning'], { cwd: t.dir }).status).toBe(1);
    } finally {
      t.remove();
    }
  });

  it('exits 2 with one line and no stack trace for an unknown option, command or bad value', () => {
    for (const args of [['check', '--bogus'], ['frobnicate'], ['check', '--fail-severity', 'fatal'], ['check', '--max-warnings', 'many'], ['check', '-f', 'xml']]) {
      const run = fairlode(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.startsWith('fairlode: ')).toBe(true);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.stderr.trimEnd().split('\n').length).toBeLessThanOrEqual(2);
    }
  });

  it('exits 2 when a path or glob matches nothing', () => {
    const run = fairlode(['check', 'nowhere/**/*.yaml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('fairlode: no files match "nowhere/**/*.yaml"\n');
  });
});

describe('broken files', () => {
  it('checks the 67 invalid fixtures that are contracts, reports each, and exits 2 because some do not parse', () => {
    const run = fairlode(['check', 'test/fixtures/invalid', 'examples/contracts/chagai-partnership.yaml', '-f', 'json']);
    expect(run.status).toBe(2);
    const report = JSON.parse(run.stdout) as CheckJson;
    // 80 fixtures, of which 13 have no top-level "fairlode:" (8 actuals, empty, comment-only, a
    // scalar root, a JSON list root, one without the version): a folder, like `check` with no path,
    // leaves them out.
    expect(report.files).toHaveLength(68);
    const byStatus = (s: string) => report.files.filter((f) => f.status === s).length;
    expect(byStatus('unusable')).toBeGreaterThan(0);
    expect(byStatus('invalid')).toBeGreaterThan(0);
    // The good contract beside them is still checked and scored.
    expect(report.files.find((f) => f.file === chagai)?.scorecard?.level).toBe('level-100');
    for (const f of report.files) if (f.file !== chagai && f.file !== 'test/fixtures/invalid/_base.yaml') expect(f.findings.length, f.file).toBeGreaterThan(0);
    // Every finding of a file is located, except for a file that cannot be read at all.
    for (const f of report.files) for (const d of f.findings) expect(d.line, `${f.file} ${d.ruleId}`).not.toBeNull();
  });

  it('reports a missing file like any broken file, and goes on', () => {
    const run = fairlode(['check', 'missing.yaml', chagai, '-f', 'json']);
    expect(run.status).toBe(2);
    const report = JSON.parse(run.stdout) as CheckJson;
    expect(report.files.map((f) => [f.file, f.status])).toEqual([
      [chagai, 'checked'],
      ['missing.yaml', 'unusable'],
    ]);
    expect(report.files[1]!.findings[0]!.ruleId).toBe('file/unreadable');
  });
});

describe('one golden fixture, every format, the same line and column', () => {
  // test/fixtures/invalid/json-unknown-key-typo.json: "payeee" at line 62, column 9, counted by hand
  // in test/contract/invalid-fixtures.test.ts.
  const file = 'test/fixtures/invalid/json-unknown-key-typo.json';
  const out = (format: string) => fairlode(['check', file, '-f', format]).stdout;

  it('stylish, json, sarif, junit, github and markdown agree on 62:9', () => {
    expect(out('stylish')).toContain('\n  62:9  error  "payeee" is not a known field');
    const j = (JSON.parse(out('json')) as CheckJson).files[0]!.findings[0]!;
    expect([j.line, j.column]).toEqual([62, 9]);
    const sarif = JSON.parse(out('sarif'));
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.region).toMatchObject({ startLine: 62, startColumn: 9, endLine: j.endLine, endColumn: j.endColumn });
    const junit = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(out('junit'));
    expect(junit.testsuites.testsuite.testcase.line).toBe('62');
    expect(junit.testsuites.testsuite.testcase.failure['#text']).toContain(`${file}:62:9: error:`);
    expect(out('github')).toContain(`::error file=${file},line=62,endLine=62,col=9,endColumn=${j.endColumn},title=contract/unknown-key (§9.1)::`);
    expect(out('markdown')).toContain('| 62:9 | error | `contract/unknown-key` |');
  });
});

describe('outputs', () => {
  it('pairs each --output with the --format before it', () => {
    const t = tempFolder();
    try {
      const sarif = join(t.dir, 'reports', 'fairlode.sarif');
      const junit = join(t.dir, 'junit.xml');
      const run = fairlode(['check', examples, '-f', 'sarif', '-o', sarif, '-f', 'stylish', '-f', 'junit', '-o', junit]);
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('weak-extraction.yaml');
      expect(sarifErrors(JSON.parse(readFileSync(sarif, 'utf8')))).toEqual([]);
      expect(new XMLParser().parse(readFileSync(junit, 'utf8')).testsuites).toBeDefined();
    } finally {
      t.remove();
    }
  });

  it('lets an --output before any --format wait for the next one, and refuses an --output left over', () => {
    const t = tempFolder();
    try {
      const file = join(t.dir, 'out.json');
      expect(fairlode(['check', chagai, '-o', file, '-f', 'json']).status).toBe(0);
      expect((JSON.parse(readFileSync(file, 'utf8')) as CheckJson).files).toHaveLength(1);
      const leftOver = fairlode(['check', chagai, '-f', 'json', '-o', file, '-o', join(t.dir, 'b.json')]);
      expect(leftOver.status).toBe(2);
      expect(leftOver.stderr).toMatch(/^fairlode: --output .*b\.json follows no --format of its own/);
    } finally {
      t.remove();
    }
  });

  it('SARIF of the examples and of the broken fixtures is valid SARIF 2.1.0', () => {
    const log = JSON.parse(fairlode(['check', examples, 'test/fixtures/invalid', '-f', 'sarif']).stdout);
    expect(sarifErrors(log)).toEqual([]);
    const rules = log.runs[0].tool.driver.rules as { id: string; helpUri: string; fullDescription: { text: string } }[];
    const g3 = rules.find((r) => r.id.startsWith('G3-'))!;
    expect(g3.helpUri).toBe(`https://fairlode.dev/docs/rules/${g3.id}.md`);
    expect(g3.fullDescription.text.length).toBeGreaterThan(20);
  });

  it('colours stylish output only when allowed: NO_COLOR, FORCE_COLOR and --color', () => {
    const colored = /\u001b\[\d+m/;
    expect(fairlode(['check', weak]).stdout).not.toMatch(colored); // not a terminal
    expect(fairlode(['check', weak], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(colored);
    expect(fairlode(['check', weak], { env: { FORCE_COLOR: '0' } }).stdout).not.toMatch(colored);
    expect(fairlode(['check', weak, '--color'], { env: { NO_COLOR: '1' } }).stdout).toMatch(colored);
    expect(fairlode(['check', weak, '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(colored);
    expect(fairlode(['check', weak, '-f', 'json'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(colored);
  });

  it('adds GitHub annotations to a plain run in GitHub Actions, and never a progress line in CI', () => {
    const run = fairlode(['check', weak], { env: { GITHUB_ACTIONS: 'true', CI: 'true' } });
    expect(run.stdout).toContain('::group::examples/contracts/weak-extraction.yaml');
    expect(run.stderr).toBe('');
    expect(fairlode(['check', weak, '-f', 'json'], { env: { GITHUB_ACTIONS: 'true' } }).stdout).not.toContain('::group::');
  });

  it('--quiet reports errors only', () => {
    const report = JSON.parse(fairlode(['check', weak, '-f', 'json', '--quiet']).stdout) as CheckJson;
    expect(report.files[0]!.findings.every((f) => f.severity === 'error')).toBe(true);
    expect(report.summary.warnings).toBe(0);
  });
});

describe('a folder of contracts beside other files', () => {
  it('checks only what it is given, reading concurrently', () => {
    const t = tempFolder();
    try {
      mkdirSync(join(t.dir, 'contracts'));
      for (let i = 0; i < 30; i++) cpSync(join(root, chagai), join(t.dir, 'contracts', `c${String(i).padStart(2, '0')}.yaml`));
      const run = fairlode(['check', 'contracts', '-f', 'json', '--concurrency', '4'], { cwd: t.dir });
      expect(run.status).toBe(0);
      const report = JSON.parse(run.stdout) as CheckJson;
      expect(report.files.map((f) => f.file)).toEqual(Array.from({ length: 30 }, (_, i) => `contracts/c${String(i).padStart(2, '0')}.yaml`));
    } finally {
      t.remove();
    }
  });
});
