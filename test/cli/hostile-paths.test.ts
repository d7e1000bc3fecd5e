import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, openSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckJson } from 'fairlode';
import { ensureBuilt, fairlode, root, tempFolder } from './run-cli.js';

beforeAll(ensureBuilt);

// A path must be looked at before it is read: a device or a pipe never ends, and a huge file would
// be read whole before the parser's size check. Each is refused with one located line, unread.

const contract = join(root, 'examples/contracts/chagai-partnership.yaml');

describe('paths that are not regular files', () => {
  it.skipIf(!existsSync('/dev/zero'))('refuses /dev/zero as a contract, an actuals file and a plan', () => {
    const check = fairlode(['check', '/dev/zero', '-f', 'json']);
    expect(check.status).toBe(2);
    const finding = (JSON.parse(check.stdout) as CheckJson).files[0]!.findings[0]!;
    expect([finding.ruleId, finding.message]).toEqual(['file/unreadable', '/dev/zero is a device, not a regular file; it was not read.']);
    const payout = fairlode(['payout', contract, '/dev/zero']);
    expect([payout.status, payout.stderr]).toEqual([2, 'fairlode: 1 of 1 actuals files cannot be used\n  /dev/zero: error: /dev/zero is a device, not a regular file; it was not read. (name a YAML or JSON file) [file/unreadable]\n']);
    expect(fairlode(['analyse', contract, '/dev/zero']).stderr).toContain('/dev/zero is a device, not a regular file; it was not read.');
    expect(fairlode(['check', contract, '--config', '/dev/zero']).stderr).toBe('fairlode: the config file /dev/zero cannot be used: /dev/zero is a device, not a regular file; it was not read\n');
  });

  it('refuses a named pipe without waiting for a writer', () => {
    const t = tempFolder();
    try {
      const made = spawnSync('mkfifo', [join(t.dir, 'pipe.yaml')]);
      if (made.status !== 0) return; // no mkfifo here: nothing to test
      const run = fairlode(['check', 'pipe.yaml'], { cwd: t.dir });
      expect(run.status).toBe(2);
      expect(run.stdout).toContain('pipe.yaml is a named pipe, not a regular file; it was not read.');
    } finally {
      t.remove();
    }
  });
});

describe('files over the size limit', () => {
  it('refuses a 6 GiB contract from its size, at 1:1, without reading it', () => {
    const t = tempFolder();
    try {
      // A sparse file: 6 GiB on paper, no disk used. Read whole, it would take seconds and fail on memory.
      const fd = openSync(join(t.dir, 'huge.yaml'), 'w');
      ftruncateSync(fd, 6 * 1024 ** 3);
      closeSync(fd);
      cpSync(contract, join(t.dir, 'contract.yaml'));
      const run = fairlode(['check', 'huge.yaml', 'contract.yaml', '-f', 'json'], { cwd: t.dir });
      expect(run.status).toBe(2);
      const report = JSON.parse(run.stdout) as CheckJson;
      const d = report.files[1]!.findings[0]!;
      expect([report.files[1]!.file, d.ruleId, d.line, d.column, d.message]).toEqual(['huge.yaml', 'file/too-large', 1, 1, 'The file huge.yaml is 6442450944 bytes, over the limit of 5242880 bytes; it was not read.']);
      // The contract beside it is still checked.
      expect(report.files[0]!.status).toBe('checked');
      const payout = fairlode(['payout', 'contract.yaml', 'huge.yaml'], { cwd: t.dir });
      expect(payout.status).toBe(2);
      expect(payout.stderr).toContain('huge.yaml:1:1: error: The file huge.yaml is 6442450944 bytes, over the limit of 5242880 bytes; it was not read.');
    } finally {
      t.remove();
    }
  });
});
