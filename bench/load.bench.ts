// Loading contracts end to end: parse with positions, schema validation, conversion to exact
// values and integrity checks, per realistic contract file, beside the bare YAML parse of the same
// files (the floor). Target (issue 3): at most 1 ms per file and at most 2.5× the floor.
//
// The corpus is 1,000 deterministic variants of the three bundled example contracts (150–290
// lines each, about 200 on average): money amounts and titles vary so no two files are the same
// text, and every variant is still a valid contract (the benchmark checks that).
import { load as jsYamlLoad, CORE_SCHEMA } from 'js-yaml';
import { loadContract } from '../src/contract/index.js';
import { parseSource } from '../src/document/index.js';
import { contractCorpus } from './contract-corpus.js';
import { median, ms, sample } from './measure.js';

const FILES = 1000;
const RUNS = 15;

const corpus = contractCorpus(FILES);
const lines = corpus.reduce((n, t) => n + t.split('\n').length, 0) / FILES;
const bytes = corpus.reduce((n, t) => n + t.length, 0) / FILES;

let failures = 0;
for (const [i, text] of corpus.entries()) {
  const r = loadContract(text, { filename: `c${i}.yaml` });
  if (!r.ok) {
    failures++;
    if (failures === 1) console.error(r.diagnostics.slice(0, 3));
  }
}
if (failures) throw new Error(`${failures} corpus files did not load: the benchmark would measure the error path`);

const perFile = (fn: (text: string, i: number) => unknown) => {
  const passes = sample(() => corpus.forEach((t, i) => fn(t, i)), RUNS, 3);
  return median(passes) / FILES;
};
const bare = perFile((t) => jsYamlLoad(t, { schema: CORE_SCHEMA }));
const source = perFile((t, i) => parseSource(t, { file: `c${i}.yaml` }));
const full = perFile((t, i) => loadContract(t, { filename: `c${i}.yaml` }));

console.log(`corpus: ${FILES} files, ${lines.toFixed(0)} lines and ${(bytes / 1024).toFixed(1)} KiB per file on average; median of ${RUNS} passes`);
console.log(`bare js-yaml load (floor)          ${ms(bare)} per file`);
console.log(`parseSource (value + source map)   ${ms(source)} per file  (${(source / bare).toFixed(2)}× floor)`);
console.log(`loadContract (everything)          ${ms(full)} per file  (${(full / bare).toFixed(2)}× floor)  target ≤ 1 ms and ≤ 2.5× floor: ${full <= 1 && full / bare <= 2.5 ? 'met' : 'MISSED'}`);
