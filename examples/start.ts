// `npm start`: a short tour of what fairlode does, on the bundled examples. It loads and validates
// every example contract with its period actuals, computes the Chagai contract's payouts exactly
// for a year of quarters, scores each contract against the five principles, three reforms and the fiscal
// terms, F1 (the weak example is there to be found wanting), and shows how a mistake in a contract file is
// reported. Each step names the command that shows the whole of it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  PRINCIPLE_IDS,
  VERSION,
  checkContract,
  computePayouts,
  loadContract,
  moneyToString,
  roundMoney,
  type Diagnostic,
  type LoadedActuals,
  type LoadedContract,
  type Money,
  type RuleFinding,
} from 'fairlode';
import { loadActualsFile, loadContractFile } from 'fairlode/node';

const root = join(import.meta.dirname, '..');
const contractsDir = join(root, 'examples', 'contracts');
let failed = false;

/** An amount with thousands separators, as the CLI prints it: `136,910,000.00 USD`. */
function amount(m: Money): string {
  return moneyToString(m).replace(/^(-?\d+)/, (digits) => digits.replace(/\B(?=(\d{3})+$)/g, ','));
}

function located(d: Diagnostic): string {
  return d.range ? `${d.file ?? ''}:${d.range.start.line}:${d.range.start.column}` : (d.file ?? '');
}

function printProblems(diagnostics: readonly Diagnostic[]): void {
  failed = true;
  for (const d of diagnostics) console.log(`    ${located(d)}  ${d.severity}  ${d.message}  [${d.code}]`);
}

console.log(`fairlode ${VERSION}: a short tour of the bundled examples\n`);

// 1. Contracts are files, loaded and validated with their actuals.
console.log('1. Contracts are YAML files. The three examples and their quarterly actuals load cleanly:');
const contracts: { name: string; loaded: LoadedContract; actuals: LoadedActuals[] }[] = [];
for (const file of readdirSync(contractsDir).filter((f) => f.endsWith('.yaml')).sort()) {
  const loaded = await loadContractFile(join(contractsDir, file), { cwd: root });
  if (!loaded.ok) {
    printProblems(loaded.diagnostics);
    continue;
  }
  const { contract } = loaded.value;
  const actualsDir = join(root, 'examples', 'actuals', contract.id);
  const actuals: LoadedActuals[] = [];
  for (const period of readdirSync(actualsDir).filter((f) => f.endsWith('.yaml')).sort()) {
    const a = await loadActualsFile(join(actualsDir, period), { contract, cwd: root });
    if (a.ok) actuals.push(a.value);
    else printProblems(a.diagnostics);
  }
  contracts.push({ name: contract.id, loaded: loaded.value, actuals });
  console.log(`   ✓ ${contract.id.padEnd(19)} ${contract.jurisdiction.country}, ${contract.effective} to ${contract.termEnd}, ${contract.parties.length} parties, ${actuals.length} quarters of actuals`);
}

// 2. Exact payouts: the fold runs over every quarter in order; the last statement is summarised.
const chagai = contracts.find((c) => c.name === 'chagai-partnership');
if (chagai) {
  const run = computePayouts(chagai.loaded, chagai.actuals);
  if (!run.ok) printProblems(run.diagnostics);
  else {
    const last = run.value.statements[run.value.statements.length - 1]!;
    console.log(`\n2. Money is exact. Who is owed what in chagai-partnership, ${last.period.label} (FY${last.fiscalYear}):`);
    for (const t of last.totals) console.log(`   ${t.party.padEnd(16)} ${amount(roundMoney(t.net, last.rounding)).padStart(18)}`);
    const { sources, uses, balanced } = last.conservation;
    console.log(`   in ${amount(sources)} = out ${amount(uses)}: ${balanced ? 'balanced to the cent' : 'NOT balanced'}, every line traced to its clause.`);
    console.log('   The whole statement: npx fairlode payout examples/contracts/chagai-partnership.yaml examples/actuals/chagai-partnership/');
  }
}

// 3. Compliance: each contract scored against the five principles, three reforms and the fiscal terms (F1).
console.log('\n3. Each contract is checked against the five principles, three reforms and the fiscal terms (F1) (profile recommended):');
const reports = contracts.map((c) => ({ name: c.name, report: checkContract(c.loaded, { profile: 'recommended' }) }));
for (const { name, report } of reports) {
  const count = (severity: Diagnostic['severity']) => report.findings.filter((f) => f.severity === severity).length;
  console.log(`   ${name.padEnd(19)} ${report.scorecard.level.padEnd(13)} ${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes`);
}
const weak = reports.find((r) => r.name === 'weak-extraction');
if (weak) {
  // One finding per principle or reform: the first error under each, in file order.
  const shown = new Map<string, RuleFinding>();
  for (const f of weak.report.findings) if (f.kind === 'rule' && f.severity === 'error' && !shown.has(f.principle)) shown.set(f.principle, f);
  console.log(`\n   weak-extraction is the deal the principles argue against, so finding its faults is the point.`);
  console.log(`   One of its ${weak.report.findings.length} findings under each principle and reform, located in the file:`);
  for (const f of PRINCIPLE_IDS.flatMap((p) => shown.get(p) ?? [])) {
    console.log(`   ${f.principle}  line ${String(f.range?.start.line ?? '?').padEnd(3)} ${f.message}`);
  }
  console.log('   All of them: npx fairlode check examples/contracts/weak-extraction.yaml');
}

// 4. What a mistake looks like: the Chagai contract with a bare-number rate and a misspelt key.
const text = readFileSync(join(contractsDir, 'chagai-partnership.yaml'), 'utf8').replace('rate: "29%"', 'rate: 29').replace('thresholdPrice:', 'treshold:');
const broken = loadContract(text, { filename: 'chagai-partnership.yaml' });
console.log('\n4. A mistake is reported at its line and column, with the fix. Two typed into the Chagai contract:');
for (const d of broken.diagnostics) console.log(`   ${located(d)}  ${d.message}${d.hint ? ` (${d.hint})` : ''}`);

console.log(
  [
    '',
    'That was the tour: three contracts loaded and validated, a year of payouts computed exactly and',
    'balanced, every contract scored (the weak one fails by design), and two mistakes located.',
    'Next: npx fairlode --help, the README\'s "A short tour", and docs/.',
  ].join('\n'),
);
if (failed) process.exitCode = 1;
