import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderFormatReference } from '../../src/contract/format-reference.js';
import { contractJsonSchema } from '../../src/contract/json-schema.js';
import { DOCS_FILE, EXAMPLE, REFERENCE, regionContent, root, WORKED_EXAMPLE, yamlBlock } from '../tools/write-format-docs.js';

const REGENERATE = `${DOCS_FILE} is out of date with the schema in src/contract: run \`npm run docs:format\` and commit the result.`;
const page = readFileSync(join(root, DOCS_FILE), 'utf8');
const reference = renderFormatReference();

describe('docs/contract-format.md', () => {
  it('has the generated reference exactly as renderFormatReference() renders it', () => {
    const committed = regionContent(page, REFERENCE);
    expect(committed, `${DOCS_FILE} needs one "${REFERENCE.start}" line and one "${REFERENCE.end}" line after it`).toBeDefined();
    expect(committed, REGENERATE).toBe(reference);
  });

  it(`shows ${WORKED_EXAMPLE} in full as the worked example`, () => {
    const committed = regionContent(page, EXAMPLE);
    expect(committed, `${DOCS_FILE} needs one "${EXAMPLE.start}" line and one "${EXAMPLE.end}" line after it`).toBeDefined();
    expect(committed, REGENERATE).toBe(yamlBlock(readFileSync(join(root, WORKED_EXAMPLE), 'utf8')));
  });
});

describe('renderFormatReference', () => {
  it('is deterministic', () => {
    expect(renderFormatReference()).toBe(reference);
  });

  it('documents every top-level field of the contract, sections in file order', () => {
    const schema = contractJsonSchema() as { properties: Record<string, unknown> };
    const positions = Object.keys(schema.properties).map((key) => {
      const heading = reference.indexOf(`### \`${key}\`\n`);
      return heading >= 0 ? heading : reference.indexOf(`| \`${key}\` |`);
    });
    expect(positions.every((p) => p >= 0)).toBe(true);
    const sections = ['parties', 'ownership', 'revenue', 'exploration', 'environment', 'infrastructure', 'community', 'processing', 'governance'];
    const order = sections.map((s) => reference.indexOf(`### \`${s}\`\n`));
    expect(order.every((p) => p >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('names nested fields by their full path, with their type, requirement, default and description', () => {
    const row = (path: string) => reference.split('\n').find((line) => line.startsWith(`| \`${path}\` |`));
    expect(row('revenue.royalties[].sliding.bands[].upTo')).toBe(
      '| `revenue.royalties[].sliding.bands[].upTo` | price per unit, e.g. `"9200 USD/t"` | optional |  | The band\'s upper price edge; omitted on the last band. |',
    );
    expect(row('revenue.royalties[].sliding.mode')).toContain('| one of: `whole-value` \\| `incremental` | required |');
    expect(row('ownership[].share')).toContain('| percentage, e.g. `"5%"` | required |');
    expect(row('revenue.bonuses[].amount')).toContain('| money, e.g. `"2500000 USD"` | required |');
    expect(row('signed')).toContain('| date YYYY-MM-DD | required |');
    expect(row('fiscalYear')).toContain('| optional | `{ startMonth: 1 }` | The month the fiscal year starts in');
    expect(row('parties')).toBeUndefined(); // a section: described in its intro, not in a row
    expect(row('community.employment[].targets[].share')).toContain('| percentage, e.g. `"5%"` | required |');
    expect(row('revenue.incomeTax.depreciation.years')).toContain('| required when `method: straight-line` |');
    expect(row('workforce.categories.*.total')).toContain('| whole number, 0 or more | required |');
  });

  it('keeps every table row to five cells, escaping pipes inside cells', () => {
    const rows = reference.split('\n').filter((line) => line.startsWith('| '));
    for (const line of rows) expect(line.replace(/\\\|/g, '').split('|').length, line).toBe(7);
  });
});
