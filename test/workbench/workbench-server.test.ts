// The server of `fairlode workbench`: the built files to this machine only, and nothing else.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWorkbench } from '../../src/cli/commands/workbench.js';
import { LOOPBACK, serveWorkbench, type WorkbenchServer } from '../../src/cli/workbench-server.js';
import { cli, ensureBuilt, fairlode } from '../cli/run-cli.js';
import { ROOT, builtWorkbenchOrSkip } from './built-workbench.js';

const SITE = join(ROOT, 'test-artifacts', 'workbench-server');
const ROOT_DIR = join(SITE, 'www');

/** A raw request: the path is sent exactly as written (no normalisation of `..`). */
function get(server: WorkbenchServer, path: string, options: { method?: string; host?: string } = {}): Promise<{ status: number; body: string; type: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: LOOPBACK, port: server.port, path, method: options.method ?? 'GET', headers: { host: options.host ?? `${LOOPBACK}:${server.port}` } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, type: res.headers['content-type'] }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the workbench server', () => {
  let server: WorkbenchServer;

  beforeAll(async () => {
    rmSync(SITE, { recursive: true, force: true });
    mkdirSync(join(ROOT_DIR, 'sub'), { recursive: true });
    mkdirSync(join(ROOT_DIR, 'empty'), { recursive: true });
    writeFileSync(join(ROOT_DIR, 'index.html'), '<p>workbench</p>');
    writeFileSync(join(ROOT_DIR, 'workbench.js'), 'void 0;');
    writeFileSync(join(ROOT_DIR, 'sub', 'index.html'), '<p>sub</p>');
    writeFileSync(join(SITE, 'secret.txt'), 'outside the served folder');
    symlinkSync(join(SITE, 'secret.txt'), join(ROOT_DIR, 'link.txt'));
    server = await serveWorkbench(ROOT_DIR, 0);
  });

  afterAll(async () => {
    await server?.close();
    rmSync(SITE, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 and serves the page and its files with their types', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(await get(server, '/')).toEqual({ status: 200, body: '<p>workbench</p>', type: 'text/html; charset=utf-8' });
    expect(await get(server, '/workbench.js?v=1')).toEqual({ status: 200, body: 'void 0;', type: 'text/javascript; charset=utf-8' });
    expect((await get(server, '/sub/')).body).toBe('<p>sub</p>');
    expect((await get(server, '/', { method: 'HEAD' })).status).toBe(200);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/sub/../../secret.txt', '/%2e%2e%5csecret.txt', '/link.txt', '/index.html%00.js', '/%zz', '/empty/', '/missing.js'])('refuses %s (404, no content from outside)', async (path) => {
    const res = await get(server, path);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('outside the served folder');
  });

  it('answers only GET and HEAD, and only to the loopback host names', async () => {
    expect((await get(server, '/', { method: 'POST' })).status).toBe(405);
    expect((await get(server, '/', { method: 'PUT' })).status).toBe(405);
    // A page elsewhere whose DNS name points at 127.0.0.1 sends its own Host: refused.
    expect((await get(server, '/', { host: `evil.example:${server.port}` })).status).toBe(421);
    expect((await get(server, '/', { host: `localhost:${server.port}` })).status).toBe(200);
  });
});

const BUILT = builtWorkbenchOrSkip('fairlode workbench');

describe.skipIf(BUILT === undefined)('fairlode workbench', () => {
  it('prints the address, serves the built page there, and stops when told', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const terminal = { stdoutIsTTY: false, stderrIsTTY: false, out: (t: string) => out.push(t), err: (t: string) => err.push(t), env: {} } as unknown as Parameters<typeof runWorkbench>[1];
    let stop!: () => void;
    const until = new Promise<void>((resolve) => (stop = resolve));
    const running = runWorkbench({ port: 0, open: false }, terminal, until);
    await expect.poll(() => out.join('')).toMatch(/^fairlode workbench: http:\/\/127\.0\.0\.1:\d+\/\n/);
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out.join(''))![0];
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<script src="workbench.js"></script>');
    stop();
    expect(await running).toBe(0);
    expect(err).toEqual([]);
    await expect(fetch(url)).rejects.toThrow();
  });
});

describe('the fairlode workbench command line', () => {
  it('has help with examples, and refuses a port that is not one (exit 2)', () => {
    ensureBuilt();
    const help = fairlode(['workbench', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: fairlode workbench');
    expect(help.stdout).toMatch(/\nExamples:\n {2}\$ fairlode workbench/);
    expect(fairlode(['--help']).stdout).toContain('  workbench');
    const bad = fairlode(['workbench', '--port', 'eighty']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--port must be a whole number from 0 to 65535');
  });

  it.skipIf(BUILT === undefined)('serves the built workbench from the built CLI until interrupted (exit 0)', async () => {
    const child = spawn(process.execPath, [cli, 'workbench', '--no-open'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await expect.poll(() => out, { timeout: 20_000 }).toMatch(/http:\/\/127\.0\.0\.1:\d+\//);
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)![0];
    const page = await fetch(`${url}workbench.js`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});
