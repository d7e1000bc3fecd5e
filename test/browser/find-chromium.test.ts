// The browser tests skip on a machine without Chromium, and fail where CI requires a browser.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserRequired, chromiumOrSkip, findChromium } from './find-chromium.js';

describe('finding Chromium for the browser tests', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('finds an executable chromium on PATH, and nothing on an empty PATH', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fairlode-chromium-'));
    const exe = join(dir, 'chromium');
    writeFileSync(exe, '#!/bin/sh\n');
    chmodSync(exe, 0o755);
    expect(findChromium({ PATH: dir })).toBe(exe);
    expect(findChromium({ PATH: mkdtempSync(join(tmpdir(), 'fairlode-empty-')) })).toBeUndefined();
    expect(findChromium({ PATH: '', CHROMIUM_PATH: exe })).toBe(exe);
  });

  it('skips with a visible notice when no browser is found and none is required', () => {
    vi.stubEnv('PATH', mkdtempSync(join(tmpdir(), 'fairlode-empty-')));
    vi.stubEnv('CHROMIUM_PATH', '');
    vi.stubEnv('FAIRLODE_REQUIRE_BROWSER', '');
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(chromiumOrSkip('the test suite')).toBeUndefined();
    expect(String(write.mock.calls[0]?.[0])).toContain('notice: skipping the test suite: no Chromium found');
  });

  it('fails when CI requires the browser and none is found', () => {
    vi.stubEnv('PATH', mkdtempSync(join(tmpdir(), 'fairlode-empty-')));
    vi.stubEnv('CHROMIUM_PATH', '');
    vi.stubEnv('FAIRLODE_REQUIRE_BROWSER', '1');
    expect(browserRequired()).toBe(true);
    expect(() => chromiumOrSkip('the test suite')).toThrow(/FAIRLODE_REQUIRE_BROWSER is set/);
  });
});
