// The Chagai example contract with hand-built actuals: each quarter written as YAML, so the tests
// read like the files users write.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadActuals, loadContract, type LoadedActuals, type LoadedContract } from 'fairlode';

const root = join(import.meta.dirname, '..', '..');

/** The Chagai contract, optionally edited (e.g. a calendar fiscal year). */
export function chagai(edit: (text: string) => string = (t) => t): LoadedContract {
  const r = loadContract(edit(readFileSync(join(root, 'examples', 'contracts', 'chagai-partnership.yaml'), 'utf8')), { filename: 'examples/contracts/chagai-partnership.yaml' });
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
}

/** One period of actuals from the YAML body below the header. */
export function period(contract: LoadedContract, label: string, body: string): LoadedActuals {
  const r = loadActuals(`contract: chagai-partnership\nperiod: ${label}\n${body}`, { contract: contract.contract, filename: `${label}.yaml` });
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
}

/** A workforce of `total` people of whom `national` are nationals and `province` from the province. */
export function workforce(total: number, national: number, province: number): string {
  return `workforce: { total: ${total}, national: ${national}, province: ${province} }\n`;
}

/** The bundled example quarter, as a file. */
export function exampleQuarter(contract: LoadedContract, label: string): LoadedActuals {
  const r = loadActuals(readFileSync(join(root, 'examples', 'actuals', 'chagai-partnership', `${label}.yaml`), 'utf8'), { contract: contract.contract, filename: `${label}.yaml` });
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
}
