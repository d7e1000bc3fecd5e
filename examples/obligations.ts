// Obligation tracking and EITI export on the bundled Chagai example: `npx tsx examples/obligations.ts`.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { computePayouts, eitiPayments, formatEitiText, formatObligationsText, isoDate, trackObligations, type LoadedActuals } from 'fairlode';
import { loadActualsFile, loadContractFile } from 'fairlode/node';

const root = join(import.meta.dirname, '..');
const contract = await loadContractFile(join(root, 'examples/contracts/chagai-partnership.yaml'), { cwd: root });
if (!contract.ok) throw new Error('the example contract does not load');
const dir = join(root, 'examples/actuals/chagai-partnership');
const actuals: LoadedActuals[] = [];
for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml')).sort()) {
  const a = await loadActualsFile(join(dir, f), { contract: contract.value.contract, cwd: root });
  if (a.ok) actuals.push(a.value);
}

// Every dated obligation on 2027-12-31, with a 180-day horizon for "at risk".
const report = trackObligations(contract.value, actuals, { asOf: isoDate('2027-12-31'), horizonDays: 180 });
console.log(formatObligationsText(report));

// The payments to government in FY2028 (July 2027 to June 2028), as EITI reports them.
const run = computePayouts(contract.value, actuals);
if (run.ok) {
  const sdt = eitiPayments(contract.value, run.value.statements, { year: 'FY2028' });
  if (sdt.ok) console.log(formatEitiText(sdt.value));
}
