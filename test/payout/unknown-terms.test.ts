// An engine never computes on a term written as unknown: it refuses, naming the term and where it
// is written, and suggests an assumption.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computePayouts, loadActuals, loadContract } from 'fairlode';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const contractText = readFileSync(join(root, 'examples/contracts/chagai-partnership.yaml'), 'utf8');
const actualsFile = 'examples/actuals/chagai-partnership/2027-Q1.yaml';

function run(text: string) {
  const contract = loadContract(text, { filename: 'chagai.yaml' });
  if (!contract.ok) throw new Error(contract.diagnostics.map((d) => d.message).join('\n'));
  const actuals = loadActuals(readFileSync(join(root, actualsFile), 'utf8'), { filename: actualsFile });
  if (!actuals.ok) throw new Error('actuals');
  return { contract, result: computePayouts(contract.value, [actuals.value]) };
}

describe('computePayouts on unknown terms', () => {
  // The gold royalty's rate, "5%" on line 60 of the contract.
  const rate = /(payee: gob\n {6}rate: )"(5%)"(\n {2}netSmelterReturn)/;

  it('refuses a royalty rate written as unknown, at the line where it is written', () => {
    expect(contractText).toMatch(rate);
    const { result } = run(contractText.replace(rate, '$1{ unknown: "redacted" }$3'));
    expect(result.ok).toBe(false);
    const d = result.diagnostics.find((x) => x.code === 'contract/unknown-term')!;
    expect(d.message).toBe('The payout computation needs "revenue.royalties[1].rate", which is unknown (redacted).');
    expect([d.file, d.range?.start.line, d.range?.start.column]).toEqual(['chagai.yaml', 60, 13]);
    expect(d.hint).toMatch(/assumed/);
  });

  it('computes on the same rate written as an assumption', () => {
    const written = rate.exec(contractText)![2]!;
    const { result } = run(contractText.replace(rate, `$1{ assumed: "${written}", basis: "statutory rate" }$3`));
    expect(result.ok).toBe(true);
  });
});
