// Five years of the Chagai example (2027 to 2031): an obligation met, then missed, then caught up.
// `npx tsx examples/obligation-history.ts`. The 2027 quarters are examples/actuals/chagai-partnership;
// 2028 to 2031 are examples/scenarios/chagai-2028-2031 (its README.md tells the story).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isoDate, measureText, moneyToString, trackObligations, type LoadedActuals, type ObligationReport } from 'fairlode';
import { loadActualsFile, loadContractFile } from 'fairlode/node';

const root = join(import.meta.dirname, '..');
const contract = await loadContractFile(join(root, 'examples/contracts/chagai-partnership.yaml'), { cwd: root });
if (!contract.ok) throw new Error('the example contract does not load');
const actuals: LoadedActuals[] = [];
for (const dir of ['examples/actuals/chagai-partnership', 'examples/scenarios/chagai-2028-2031']) {
  for (const f of readdirSync(join(root, dir)).filter((x) => x.endsWith('.yaml')).sort()) {
    const a = await loadActualsFile(join(root, dir, f), { contract: contract.value.contract, cwd: root });
    if (!a.ok) throw new Error(`${dir}/${f} does not load`);
    actuals.push(a.value);
  }
}

const track = (asOf: string): ObligationReport => trackObligations(contract.value, actuals, { asOf: isoDate(asOf), horizonDays: 180 });
const line = (report: ObligationReport, id: string): string => {
  const o = report.obligations.find((x) => x.id === id);
  if (!o) return `${id}: not tracked`;
  const parts = [o.status, o.actual && `actual ${measureText(o.actual)}`, o.expected && `path ${measureText(o.expected)}`, o.shortfall && `short ${measureText(o.shortfall)}`, o.penalty && `penalty ${moneyToString(o.penalty.amount)} to ${o.penalty.payee}`];
  return `${o.id.padEnd(26)} ${parts.filter(Boolean).join('; ')}`;
};

// The same two hiring targets (§16.1: 80% national; §16.2: 50% from the province) judged on five dates.
console.log('National and provincial hiring, judged quarter by quarter');
for (const asOf of ['2028-12-31', '2029-06-30', '2029-09-30', '2029-12-31', '2031-09-30', '2031-12-31']) {
  const report = track(asOf);
  console.log(`\nas of ${asOf}`);
  for (const id of ['national-hiring@2027-12-31', 'local-hiring@2027-12-31', 'national-hiring@2031-12-31', 'local-hiring@2031-12-31']) console.log(`  ${line(report, id)}`);
}

// On the last date, the whole history of the first target: met, missed during the 2029 expansion, caught up.
const final = track('2031-12-31');
const national = final.obligations.find((x) => x.id === 'national-hiring@2027-12-31');
console.log('\nnational-hiring@2027-12-31, every quarter it bound:');
for (const c of national?.checks ?? []) console.log(`  ${c.period}  ${c.status.padEnd(6)} ${c.actual ? measureText(c.actual).padStart(7) : ''}${c.shortfall ? `  short ${measureText(c.shortfall)}` : ''}`);

// And every status in one report.
console.log(`\nas of 2031-12-31: ${final.obligations.length} obligations; ${Object.entries(final.counts).map(([s, n]) => `${n} ${s}`).join(', ')}`);
