// The benchmark corpus of realistic contracts: deterministic variants of the three bundled example
// contracts (titles and money amounts vary, so no two files are the same text; every variant is
// still a valid contract). Shared by the load and compliance benchmarks so both measure the same files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// mulberry32: a seeded generator, so every run sees the same corpus.
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `files` contract texts, cycling through the strong, in-between and weak examples. */
export function contractCorpus(files: number): string[] {
  const root = join(import.meta.dirname, '..', 'examples', 'contracts');
  const bases = ['chagai-partnership', 'reko-diq-style', 'weak-extraction'].map((n) => readFileSync(join(root, `${n}.yaml`), 'utf8'));
  const rnd = seeded(20261128);
  return Array.from({ length: files }, (_, i) =>
    bases[i % bases.length]!
      .replace(/^title: (.*)$/m, (_m, t: string) => `title: ${t} No. ${i}`)
      .replace(/"(\d+) USD"/g, () => `"${Math.floor(1_000_000 + rnd() * 900_000_000)} USD"`)
      .replace(/maximumAnnual: "\d+ USD"/, 'maximumAnnual: "950000000 USD"'),
  );
}
