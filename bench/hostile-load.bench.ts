// Hostile documents through the loader (issue 13, "Stalls"): every input under the documented
// limits must load in time linear in its size. Each row is one deliberately hostile contract; the
// figures are medians of a few runs, printed and not recorded.
//
// - a 2 MB unknown key (the did-you-mean distance once had no length cap: 81 s, 1.86 GB);
// - 49,000 unknown keys (placing each diagnostic once scanned every key: 11.7 s);
// - a deep and wide document (64 levels of nesting, each level a few hundred keys wide).
import { loadActuals, loadContract } from '../src/contract/index.js';
import { median, ms, sample } from './measure.js';

const RUNS = Number(process.env.HOSTILE_RUNS ?? 3);

const head = 'fairlode: 1\nid: hostile\ntitle: Hostile\n';

const longKey = `${head}${'k'.repeat(2 * 1024 * 1024)}: 1\n`;
const manyKeys = head + Array.from({ length: 49_000 }, (_, i) => `unknown${i}: 1`).join('\n') + '\n';
function deepWide(depth: number, width: number): string {
  let text = head;
  for (let level = 0; level < depth - 1; level++) {
    const indent = '  '.repeat(level);
    for (let k = 0; k < width; k++) text += `${indent}w${k}: 1\n`;
    text += `${indent}d${level}:\n`;
  }
  return `${text}${'  '.repeat(depth - 1)}leaf: 1\n`;
}
const deep = deepWide(60, 300);
const actualsKeys = 'contract: hostile\nperiod: 2027-Q1\nfx:\n' + Array.from({ length: 30_000 }, (_, i) => `  unknown${i}: "1"`).join('\n') + '\n';

const rows: [string, string, () => unknown][] = [
  ['2 MB unknown key', longKey, () => loadContract(longKey)],
  ['49,000 unknown keys', manyKeys, () => loadContract(manyKeys)],
  ['60 levels deep × 300 keys wide', deep, () => loadContract(deep)],
  ['actuals: 30,000 bad fx keys', actualsKeys, () => loadActuals(actualsKeys)],
];
console.log(`hostile loads, median of ${RUNS} runs`);
for (const [name, text, run] of rows) {
  const t = median(sample(run, RUNS, 1));
  console.log(`${name.padEnd(34)} ${(text.length / 1024).toFixed(0).padStart(6)} KiB  ${ms(t)}`);
}
