import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FairlodeError } from '../../src/diagnostics/diagnostic.js';
import { loadActualsFiles, loadActualsFolder, loadContractFile, loadPlanFile, readTextFile, readTextFileSync } from '../../src/node/index.js';
import { root, tempFolder } from '../cli/run-cli.js';

const contractPath = join(root, 'examples/contracts/chagai-partnership.yaml');
const folder = join(root, 'examples/actuals/chagai-partnership');

async function chagai() {
  const loaded = await loadContractFile(contractPath, { cwd: root });
  if (!loaded.ok) throw new Error('the example contract must load');
  return loaded.value;
}

describe('loadActualsFolder', () => {
  it('loads every period of a folder in file order, given the LoadedContract or the Contract', async () => {
    const contract = await chagai();
    // examples/actuals/chagai-partnership holds 2027-Q1.yaml … 2027-Q4.yaml, one quarter each.
    for (const c of [contract, contract.contract]) {
      const result = await loadActualsFolder(folder, { contract: c, cwd: root });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value.map((a) => a.actuals.period.label)).toEqual(['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4']);
      expect(result.value.map((a) => a.source.file)).toEqual(['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4'].map((q) => `examples/actuals/chagai-partnership/${q}.yaml`));
    }
  });

  it('reports every broken file of the folder, not only the first, and checks the contract id', async () => {
    const t = tempFolder();
    try {
      cpSync(folder, join(t.dir, 'actuals'), { recursive: true });
      writeFileSync(join(t.dir, 'actuals', '2027-Q2.yaml'), 'contract: chagai-partnership\nperiod: 2027-Q2\nsales: [ {\n');
      writeFileSync(join(t.dir, 'actuals', '2027-Q3.yaml'), 'contract: another-deal\nperiod: 2027-Q3\n');
      const result = await loadActualsFolder('actuals', { contract: await chagai(), cwd: t.dir });
      expect(result.ok).toBe(false);
      const files = new Set(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
      expect([...files].sort()).toEqual(['actuals/2027-Q2.yaml', 'actuals/2027-Q3.yaml']);
    } finally {
      t.remove();
    }
  });

  it('is a diagnostic, not a throw, for a folder that is missing, empty or a file', async () => {
    const t = tempFolder();
    try {
      mkdirSync(join(t.dir, 'empty'));
      const missing = await loadActualsFolder('nowhere', { cwd: t.dir });
      expect(missing).toEqual({ ok: false, diagnostics: [{ code: 'file/unreadable', severity: 'error', message: 'The folder nowhere does not exist.', path: [], file: 'nowhere' }] });
      const empty = await loadActualsFolder('empty', { cwd: t.dir });
      expect(empty.ok ? '' : empty.diagnostics[0]!.message).toBe('The folder empty holds no YAML or JSON files.');
      const file = await loadActualsFolder(contractPath, { cwd: root });
      expect(file.ok ? '' : file.diagnostics[0]!.message).toBe('examples/contracts/chagai-partnership.yaml is not a folder; load one file with loadActualsFile.');
    } finally {
      t.remove();
    }
  });
});

describe('loadActualsFiles', () => {
  it('keeps the order given and refuses a list that is not one', async () => {
    const result = await loadActualsFiles([join(folder, '2027-Q2.yaml'), join(folder, '2027-Q1.yaml')], { contract: await chagai() });
    expect(result.ok && result.value.map((a) => a.actuals.period.label)).toEqual(['2027-Q2', '2027-Q1']);
    await expect(loadActualsFiles('2027-Q1.yaml' as unknown as string[])).rejects.toThrow(new FairlodeError({ code: 'argument/invalid', message: 'paths must be a list of file paths, not string.' }));
  });
});

describe('loadPlanFile', () => {
  it('loads the example plan against its contract: 30 fiscal years, FY2026 to FY2055', async () => {
    const result = await loadPlanFile(join(root, 'examples/plans/chagai-partnership.yaml'), { contract: await chagai(), cwd: root });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.plan.id).toBe('chagai-life-of-mine');
    expect(result.value.plan.periods).toHaveLength(30);
    expect(result.value.source.file).toBe('examples/plans/chagai-partnership.yaml');
  });

  it('answers a missing file with a diagnostic and a wrong argument with a FairlodeError naming it', async () => {
    const missing = await loadPlanFile(join(root, 'no-such-plan.yaml'), { cwd: root });
    expect(missing.ok ? '' : missing.diagnostics[0]!.message).toBe('The file no-such-plan.yaml does not exist.');
    await expect(loadPlanFile(42 as unknown as string)).rejects.toThrow('path must be a non-empty string, not number.');
    await expect(loadPlanFile('plan.yaml', null as unknown as object)).rejects.toThrow('options must be an object, not null.');
    await expect(loadPlanFile('plan.yaml', { contract: 'chagai' as never })).rejects.toThrow('options.contract must be a contract or a loaded contract, not string.');
  });
});

describe('readTextFile looks before it reads', () => {
  it('refuses a file over maxBytes from its size, located at 1:1, without reading it', async () => {
    const t = tempFolder();
    try {
      // 11 bytes against a limit of 10: refused; the same file under a limit of 11: read.
      writeFileSync(join(t.dir, 'a.yaml'), 'fairlode: 1');
      const over = await readTextFile(join(t.dir, 'a.yaml'), 'a.yaml', { maxBytes: 10 });
      expect(over).toEqual({
        ok: false,
        diagnostics: [
          {
            code: 'file/too-large',
            severity: 'error',
            message: 'The file a.yaml is 11 bytes, over the limit of 10 bytes; it was not read.',
            hint: 'a contract is a few kilobytes; split the file, or raise the maxBytes limit',
            path: [],
            file: 'a.yaml',
            range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
          },
        ],
      });
      expect(await readTextFile(join(t.dir, 'a.yaml'), 'a.yaml', { maxBytes: 11 })).toEqual({ ok: true, value: 'fairlode: 1', diagnostics: [] });
      // The loaders pass their own limit on.
      const loaded = await loadContractFile(join(t.dir, 'a.yaml'), { limits: { maxBytes: 10 } });
      expect(loaded.ok ? '' : loaded.diagnostics[0]!.code).toBe('file/too-large');
    } finally {
      t.remove();
    }
  });
});

describe('readTextFileSync reads and refuses as readTextFile does', () => {
  it('gives the same result for a file, a file over the limit, a folder, a missing file and a device', async () => {
    const t = tempFolder();
    try {
      writeFileSync(join(t.dir, 'a.yaml'), 'fairlode: 1');
      const cases: [string, number | undefined][] = [
        [join(t.dir, 'a.yaml'), undefined],
        [join(t.dir, 'a.yaml'), 10],
        [t.dir, undefined],
        [join(t.dir, 'missing.yaml'), undefined],
        ...(existsSync('/dev/zero') ? [['/dev/zero', undefined] as [string, undefined]] : []),
      ];
      for (const [path, maxBytes] of cases) {
        const options = maxBytes === undefined ? {} : { maxBytes };
        expect(readTextFileSync(path, 'shown.yaml', options)).toEqual(await readTextFile(path, 'shown.yaml', options));
      }
      // The values themselves, by hand: the text as written, then the three refusals' first words.
      expect(readTextFileSync(join(t.dir, 'a.yaml'), 'a.yaml')).toEqual({ ok: true, value: 'fairlode: 1', diagnostics: [] });
      const messages = cases.slice(1).map(([path, maxBytes]) => {
        const r = readTextFileSync(path, 'shown.yaml', maxBytes === undefined ? {} : { maxBytes });
        return r.ok ? '' : r.diagnostics[0]!.message;
      });
      expect(messages.slice(0, 3)).toEqual([
        'The file shown.yaml is 11 bytes, over the limit of 10 bytes; it was not read.',
        'shown.yaml is a folder, not a file.',
        'The file shown.yaml does not exist.',
      ]);
    } finally {
      t.remove();
    }
  });
});
