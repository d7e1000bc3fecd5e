// Every rule has its page, generated from its metadata and current; no page is left for a rule
// that does not exist; and the index lists every rule. Regenerate with `npm run docs:rules`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from 'fairlode';
import { describe, expect, it } from 'vitest';
import { expectedFiles, INDEX_FILE, root, RULE_DOCS_DIR } from '../tools/write-rule-docs.js';

const expected = expectedFiles();

describe('rule pages', () => {
  it.each([...expected.keys()])('%s is current (run `npm run docs:rules`)', (path) => {
    let actual: string | undefined;
    try {
      actual = readFileSync(join(root, path), 'utf8');
    } catch {
      actual = undefined;
    }
    expect(actual, `${path} is missing`).toBeDefined();
    expect(actual).toBe(expected.get(path));
  });

  it('there is no page for a rule that does not exist', () => {
    const pages = readdirSync(join(root, RULE_DOCS_DIR)).filter((f) => f !== 'README.md');
    expect(pages.sort()).toEqual(RULES.map((r) => `${r.id}.md`).sort());
  });

  it('the index links every rule, and explains the rule left out', () => {
    const index = readFileSync(join(root, INDEX_FILE), 'utf8');
    for (const r of RULES) expect(index).toContain(`[${r.id}](${r.id}.md)`);
    expect(index).toMatch(/G2-RCN-001: company payments reconcile with government receipts/);
  });
});
