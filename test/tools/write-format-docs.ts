// Regenerates the parts of the repository that are derived from the contract schema:
//   - the reference section of docs/contract-format.md (between the generated markers),
//   - the worked example in the same page (copied from examples/contracts/chagai-partnership.yaml),
//   - schema/contract.schema.json, schema/actuals.schema.json and schema/opening.schema.json, shipped in the package.
// Run with `npm run docs:format`. test/contract/format-reference.test.ts and
// test/contract/json-schema.test.ts fail when any of these is out of date.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderFormatReference } from '../../src/contract/format-reference.js';
import { actualsJsonSchema, contractJsonSchema, openingJsonSchema } from '../../src/contract/json-schema.js';

/** The repository root. */
export const root = join(import.meta.dirname, '..', '..');

/** The format page, relative to the root. */
export const DOCS_FILE = 'docs/contract-format.md';

/** The contract shown in full as the worked example. */
export const WORKED_EXAMPLE = 'examples/contracts/chagai-partnership.yaml';

/** The JSON Schema files shipped in the package, each with the function that produces it. */
export const SCHEMA_FILES: Readonly<Record<string, () => Record<string, unknown>>> = {
  'schema/contract.schema.json': contractJsonSchema,
  'schema/actuals.schema.json': actualsJsonSchema,
  'schema/opening.schema.json': openingJsonSchema,
};

/** A region of a Markdown page owned by the generator. */
export interface Region {
  readonly start: string;
  readonly end: string;
}

/** The generated reference. */
export const REFERENCE: Region = { start: '<!-- generated:start -->', end: '<!-- generated:end -->' };

/** The worked example's full contract. */
export const EXAMPLE: Region = { start: `<!-- example:start ${WORKED_EXAMPLE} -->`, end: '<!-- example:end -->' };

/** A JSON Schema as it is written to its file: two-space indentation and a final newline. */
export function schemaFileText(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** The Markdown block that shows a YAML file in full. */
export function yamlBlock(text: string): string {
  const body = text.replace(/\r\n?/g, '\n');
  return `\`\`\`yaml\n${body}${body.endsWith('\n') ? '' : '\n'}\`\`\`\n`;
}

/** Where a region's content lies in a page (after the start marker's line, up to the end marker). */
function locate(page: string, region: Region): { from: number; to: number } | undefined {
  const start = page.indexOf(`${region.start}\n`);
  if (start < 0) return undefined;
  const from = start + region.start.length + 1;
  const to = page.indexOf(region.end, from);
  if (to < 0 || page.indexOf(region.start, from) >= 0) return undefined;
  return { from, to };
}

/** The content of a region, or undefined if the page does not have the region exactly once. */
export function regionContent(page: string, region: Region): string | undefined {
  const at = locate(page, region);
  return at && page.slice(at.from, at.to);
}

/** The page with a region's content replaced. */
export function withRegion(page: string, region: Region, content: string): string {
  const at = locate(page, region);
  if (!at) throw new Error(`${DOCS_FILE} must contain "${region.start}" on a line of its own, followed later by "${region.end}", once each.`);
  return page.slice(0, at.from) + content + page.slice(at.to);
}

/** The format page as it should be: its hand-written parts kept, its generated regions current. */
export function currentDocs(page: string): string {
  const example = readFileSync(join(root, WORKED_EXAMPLE), 'utf8');
  return withRegion(withRegion(page, REFERENCE, renderFormatReference()), EXAMPLE, yamlBlock(example));
}

function writeIfChanged(path: string, text: string): void {
  const file = join(root, path);
  let old: string | undefined;
  try {
    old = readFileSync(file, 'utf8');
  } catch {
    old = undefined;
  }
  if (old === text) {
    console.log(`unchanged ${path}`);
    return;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`wrote     ${path}`);
}

function main(): void {
  writeIfChanged(DOCS_FILE, currentDocs(readFileSync(join(root, DOCS_FILE), 'utf8')));
  for (const [path, schema] of Object.entries(SCHEMA_FILES)) writeIfChanged(path, schemaFileText(schema()));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
