// The escapers of every output on long hostile strings: `npx tsx bench/escaping.bench.ts`. Medians
// over repeated runs (bench/measure.ts). Each row is the same work at ¼ MB and at 1 MB: the time
// must grow about fourfold (linear), never sixteenfold, whatever the string holds.
import { median, ms, sample } from './measure.js';
import { oneLineText, visibleText } from '../src/diagnostics/visible-text.js';
import { csvCell } from '../src/format/csv-cell.js';
import { markdownCode, markdownText } from '../src/format/markdown-text.js';
import { escapeHtml } from '../src/report/escape-html.js';

const MB = 250_000;
const texts = (size: number) => ({
  'spaces around one line break': `${' '.repeat(size / 2)}\n${' '.repeat(size / 2)}`,
  'controls and overrides': '\u001b\u202e\n\u0000'.repeat(size / 4),
  'Markdown metacharacters': '|<`*'.repeat(size / 4),
  'nested overrides, then isolate ends': `${'\u202e'.repeat(size / 2)}${'\u2069'.repeat(size / 2)}`,
  'spaces before a formula': `${' '.repeat(size)}=`,
});
const escapers: [string, (s: string) => string][] = [
  ['visibleText', visibleText],
  ['oneLineText', oneLineText],
  ['markdownText', markdownText],
  ['markdownCode', markdownCode],
  ['csvCell', (s) => csvCell(s)],
  ['escapeHtml', escapeHtml],
];

let sink = 0; // keeps results alive so the work is not optimised away
for (const [name, escape] of escapers) {
  const small = texts(MB);
  const large = texts(4 * MB);
  for (const kind of Object.keys(small) as (keyof typeof small)[]) {
    const a = median(sample(() => (sink += escape(small[kind]).length), 3, 1));
    const b = median(sample(() => (sink += escape(large[kind]).length), 3, 1));
    console.log(`${`${name}: ${kind}`.padEnd(56)} ¼ MB ${ms(a).padStart(10)}   1 MB ${ms(b).padStart(10)}   ×${(b / a).toFixed(1)}`);
  }
}
if (sink < 0) console.log(sink);
