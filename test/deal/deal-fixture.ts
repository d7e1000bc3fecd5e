// Reads the synthetic test chains under test/fixtures/deals/ as the CLI would: the manifest, then
// the files it lists.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadDeal, parseDealManifest, type Deal, type DealFile } from 'fairlode';

const FIXTURES = fileURLToPath(new URL('../fixtures/deals/', import.meta.url));

/** The text of a fixture file. */
export function fixtureText(deal: string, file: string): string {
  return readFileSync(`${FIXTURES}${deal}/${file}`, 'utf8');
}

/** The instrument files of a fixture deal (every YAML file but the manifest). */
export function fixtureFiles(deal: string): DealFile[] {
  return readdirSync(`${FIXTURES}${deal}`)
    .filter((f) => f.endsWith('.yaml') && f !== 'deal.yaml')
    .sort()
    .map((name) => ({ name, shown: `deals/${deal}/${name}`, text: fixtureText(deal, name) }));
}

/** A fixture deal loaded through its manifest; fails the test when it does not load. */
export function fixtureDeal(deal: string, replace: Record<string, string> = {}): Deal {
  const loaded = loadFixture(deal, replace);
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => `${d.file}:${d.range?.start.line} ${d.message}`).join('\n'));
  return loaded.value;
}

/** A fixture deal loaded through its manifest, with some files' texts replaced. */
export function loadFixture(deal: string, replace: Record<string, string> = {}) {
  const manifest = parseDealManifest(replace['deal.yaml'] ?? fixtureText(deal, 'deal.yaml'), `deals/${deal}/deal.yaml`);
  if (!manifest.ok) return manifest;
  const files = fixtureFiles(deal).map((f) => (replace[f.name] === undefined ? f : { ...f, text: replace[f.name]! }));
  for (const [name, text] of Object.entries(replace)) if (name !== 'deal.yaml' && !files.some((f) => f.name === name)) files.push({ name, shown: `deals/${deal}/${name}`, text });
  return loadDeal(files, { manifest: manifest.value });
}
