// Payouts: who is owed what, why, and does every cent add up. `npx tsx examples/payout.ts`
// computes the Chagai partnership's four quarters of 2027, prints the statement for 2027-Q2 (the
// quarter that closes Pakistan's fiscal year, so the annual income tax is assessed in it), explains
// two of its lines, and shows the same statement's first lines as JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computePayouts, exchangeRateToString, explain, formatPayoutText, loadContract, moneyToString, payoutJsonValue, type LoadedActuals } from 'fairlode';
import { loadActualsFile, loadContractFile } from 'fairlode/node';

const root = join(import.meta.dirname, '..');
const contract = await loadContractFile(join(root, 'examples', 'contracts', 'chagai-partnership.yaml'), { cwd: root });
if (!contract.ok) throw new Error('the example contract does not load');
const dir = join(root, 'examples', 'actuals', 'chagai-partnership');
const actuals: LoadedActuals[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
  const a = await loadActualsFile(join(dir, file), { contract: contract.value.contract, cwd: root });
  if (!a.ok) throw new Error(`${file} does not load`);
  actuals.push(a.value);
}

const run = computePayouts(contract.value, actuals);
if (!run.ok) {
  for (const d of run.diagnostics) console.log(`${d.file ?? ''}:${d.range?.start.line ?? ''} ${d.message}`);
  process.exit(1);
}
const q2 = run.value.statements[1]!;
console.log(formatPayoutText(q2));

console.log('Why is the copper royalty what it is?\n');
console.log(explain(q2, 'copper-royalty'));
console.log('\nAnd the district\'s share of it?\n');
console.log(explain(q2, 'copper-royalty/chagai-district', { maxDepth: 1 }));

console.log('\nThe same statement as JSON (the first two lines, traces left out):\n');
const json = payoutJsonValue(q2, { traces: false });
console.log(JSON.stringify({ ...json.statements[0], lines: json.statements[0]!.lines.slice(0, 2) }, null, 2));

console.log('\nEvery quarter balances to the cent:');
for (const s of run.value.statements) {
  console.log(`  ${s.period.label} (FY${s.fiscalYear})  in ${s.conservation.sources.amount.toFixed(2).padStart(13)}  out ${s.conservation.uses.amount.toFixed(2).padStart(13)}  ${s.conservation.balanced ? 'balanced' : 'NOT BALANCED'}`);
}

// Multi-currency: the same contract with the district council paid in rupees. Each of its lines is
// converted once, with the rate the period's actuals give (fx: PKR 278.40 per USD).
const inRupees = loadContract(
  readFileSync(join(root, 'examples', 'contracts', 'chagai-partnership.yaml'), 'utf8').replace('role: local-government, country: PK, level: district }', 'role: local-government, country: PK, level: district, currency: PKR }'),
  { filename: 'examples/contracts/chagai-partnership.yaml (district paid in PKR)' },
);
if (!inRupees.ok) throw new Error('the edited contract does not load');
const rupees = computePayouts(inRupees.value, actuals.map((a) => a.actuals));
if (!rupees.ok) throw new Error('the edited contract does not compute');
const district = rupees.value.statements[1]!;
console.log('\nIf the Chagai District Council were paid in rupees (2027-Q2):');
for (const l of district.lines.filter((x) => x.to === 'chagai-district')) {
  console.log(`  ${l.id.padEnd(32)} ${moneyToString(l.amount).padStart(16)} → ${moneyToString(l.settlement!.amount).padStart(18)} at ${exchangeRateToString(l.settlement!.rate)}`);
}
const total = district.totals.find((t) => t.party === 'chagai-district')!;
console.log(`  ${'total'.padEnd(32)} ${moneyToString(total.net).padStart(16)} → ${moneyToString(total.settlement!).padStart(18)} (each line rounded once)`);
