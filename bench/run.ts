// `npm run bench`: runs every bench/*.bench.ts in its own process, one after another, so that one
// benchmark's garbage and JIT state do not colour the next. Each prints its own figures.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, totalmem } from 'node:os';

const dir = import.meta.dirname;
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`# fairlode benchmarks — node ${process.version}, ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
for (const file of files) {
  console.log(`\n## ${file}`);
  execFileSync(join(dir, '..', 'node_modules', '.bin', 'tsx'), [join(dir, file)], { stdio: 'inherit' });
}
