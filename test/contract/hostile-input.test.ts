import { describe, expect, it } from 'vitest';
import { loadContract } from 'fairlode';
import { parseSource } from '../../src/document/index.js';

// Hostile shapes the loader must answer quickly and in plain words (issue 13, "Stalls"). The times
// are in bench/hostile-load.bench.ts; these tests pin what the user sees.

const head = 'fairlode: 1\nid: hostile\ntitle: Hostile\n';

describe('loadContract: hostile keys', () => {
  it('a 2 MB unknown key gets one located diagnostic, its name shortened in the message, and no hint search', () => {
    // Before the did-you-mean distance was bounded this took 81 s and 1.86 GB.
    const key = 'k'.repeat(2 * 1024 * 1024);
    const r = loadContract(`${head}${key}: 1\n`, { filename: 'long-key.yaml' });
    expect(r.ok).toBe(false);
    const unknown = r.diagnostics.filter((d) => d.code === 'contract/unknown-key');
    expect(unknown).toHaveLength(1);
    // The key starts on line 4, column 1, and runs 2,097,152 characters: the end column is one past it.
    expect(unknown[0]!.range).toEqual({ start: { line: 4, column: 1 }, end: { line: 4, column: 2 * 1024 * 1024 + 1 } });
    // 80 characters of the key and an ellipsis, not 2 MB of message.
    expect(unknown[0]!.message).toBe(`"${'k'.repeat(80)}…" is not a known field at the top of the contract.`);
    expect(unknown[0]!.hint).toMatch(/^allowed here: fairlode, id, title/);
  });

  it('each of 2,000 unknown keys is placed on its own line (the key index finds the right one, not the first)', () => {
    const keys = Array.from({ length: 2000 }, (_, i) => `unknown${i}: 1`).join('\n');
    const r = loadContract(`${head}${keys}\n`);
    const unknown = r.diagnostics.filter((d) => d.code === 'contract/unknown-key');
    expect(unknown).toHaveLength(2000);
    // unknown0 is on line 4 (after the three head lines), unknownN on line 4 + N.
    for (const d of unknown) expect(d.range!.start.line).toBe(4 + Number(String(d.path[0]).slice('unknown'.length)));
  });
});

describe('loadContract: the did-you-mean work is capped per mapping', () => {
  it('the first 200 unknown keys of a mapping get a did-you-mean; past them a typo gets the allowed keys', () => {
    const typo = (n: number) => `${Array.from({ length: n }, (_, i) => `unknown${i}: 1`).join('\n')}\ncurrensy: USD\n`;
    const hintFor = (text: string) => loadContract(`${head}${text}`).diagnostics.find((d) => d.path[0] === 'currensy')?.hint;
    expect(hintFor(typo(199))).toBe('did you mean "currency"?');
    expect(hintFor(typo(200))).toMatch(/^allowed here: fairlode, id, title, /);
  });
});

describe('source map: a key that repeats', () => {
  it('reports the duplicate at the second key with the first as related, in a wide mapping', () => {
    const lines = Array.from({ length: 500 }, (_, i) => `k${i}: 1`);
    lines.push('k250: 2');
    const r = parseSource(lines.join('\n'));
    expect(r.ok).toBe(false);
    // k250 first sits on line 251; the repeat on line 501.
    expect(r.diagnostics[0]!.range!.start.line).toBe(501);
    expect(r.diagnostics[0]!.related![0]!.range!.start.line).toBe(251);
  });
});
