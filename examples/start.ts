// `npm start`: the main job on the bundled examples. Today it loads and validates every bundled
// contract and its period actuals, summarises each, computes gross revenue per period exactly,
// prints a payout statement for each contract's last period, and shows what a mistake in a
// contract file looks like. It grows with each capability.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  VERSION,
  computePayouts,
  fiscalYearOf,
  formatPayoutText,
  formatRate,
  loadContract,
  moneyToString,
  priceQuantity,
  roundMoney,
  sumMoney,
  type Contract,
  type Diagnostic,
  type LoadedActuals,
} from 'fairlode';
import { loadActualsFile, loadContractFile } from 'fairlode/node';

const root = join(import.meta.dirname, '..');
const contractsDir = join(root, 'examples', 'contracts');

function describeOwnership(c: Contract): string {
  return c.ownership
    .map((h) => {
      const holder = h.party ?? `${h.parties?.join(' + ')} (equal parts)`;
      const carried = h.carried ? `, carried by ${h.carried.by.map((b) => (typeof b === 'string' ? b : b.party)).join(' + ')}` : '';
      return `${holder} ${formatRate(h.share)}${carried}`;
    })
    .join('; ');
}

function printDiagnostics(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    const at = d.range ? `${d.file ?? ''}:${d.range.start.line}:${d.range.start.column}` : (d.file ?? '');
    console.log(`    ${at}  ${d.severity}  ${d.message}${d.hint ? `  (${d.hint})` : ''}  [${d.code}]`);
  }
}

console.log(`fairlode ${VERSION}: the bundled example contracts\n`);
let failed = 0;
for (const name of readdirSync(contractsDir).filter((f) => f.endsWith('.yaml')).sort()) {
  const loaded = await loadContractFile(join(contractsDir, name), { cwd: root });
  if (!loaded.ok) {
    failed++;
    console.log(`✗ examples/contracts/${name}`);
    printDiagnostics(loaded.diagnostics);
    continue;
  }
  const { contract, clauses } = loaded.value;
  const fy = contract.fiscalYear.startMonth;
  console.log(`✓ examples/contracts/${name}`);
  console.log(`  ${contract.title}${contract.illustrative ? ' (illustrative terms)' : ''}`);
  console.log(`  ${contract.jurisdiction.country}${contract.jurisdiction.region ? ` / ${contract.jurisdiction.region}` : ''} · in force ${contract.effective} to ${contract.termEnd} · ${contract.currency} · fiscal year starts in month ${fy}`);
  console.log(`  ${contract.parties.length} parties · ${clauses.length} clauses with ids · ${contract.revenue.royalties.length} royalties`);
  console.log(`  ownership: ${describeOwnership(contract)}`);

  const actualsDir = join(root, 'examples', 'actuals', contract.id);
  const periods: LoadedActuals[] = [];
  for (const file of readdirSync(actualsDir).filter((f) => f.endsWith('.yaml')).sort()) {
    const a = await loadActualsFile(join(actualsDir, file), { contract, cwd: root });
    if (!a.ok) {
      failed++;
      printDiagnostics(a.diagnostics);
      continue;
    }
    periods.push(a.value);
    const { period, sales } = a.value.actuals;
    // Gross revenue is exact (quantity × price with unit conversion); it is rounded to the cent
    // only for display, with the contract's own rounding mode.
    const gross = sumMoney(sales.map((s) => priceQuantity(s.price, s.quantity)), contract.currency);
    const fiscal = `FY${fiscalYearOf(period.start, fy)}`;
    console.log(`    ${period.label} (${fiscal})  gross revenue ${moneyToString(roundMoney(gross, contract.rounding.mode)).padStart(18)}  from ${sales.length} sale${sales.length === 1 ? '' : 's'}`);
  }
  // The payouts: every period in order (the fold carries losses, carries and annual totals
  // forward); the last period's statement is printed.
  const payouts = computePayouts(loaded.value, periods);
  if (!payouts.ok) {
    failed++;
    printDiagnostics(payouts.diagnostics);
  } else {
    printDiagnostics(payouts.diagnostics);
    const last = payouts.value.statements[payouts.value.statements.length - 1]!;
    console.log('');
    for (const line of formatPayoutText(last, { details: false }).trimEnd().split('\n')) console.log(`  ${line}`.trimEnd());
  }
  console.log('');
}

// What a mistake looks like: the same contract with a bare-number rate and a misspelt key.
const text = readFileSync(join(contractsDir, 'chagai-partnership.yaml'), 'utf8')
  .replace('rate: "29%"', 'rate: 29')
  .replace('thresholdPrice:', 'treshold:');
const broken = loadContract(text, { filename: 'examples/contracts/chagai-partnership.yaml (edited)' });
console.log('A contract with two mistakes is reported like this:');
printDiagnostics(broken.diagnostics);

if (failed > 0) process.exitCode = 1;
