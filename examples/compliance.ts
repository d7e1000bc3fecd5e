// `npx tsx examples/compliance.ts`: checks the three bundled contracts against the five guiding
// principles and three governance reforms (the `recommended` profile), prints each scorecard, and
// shows how a jurisdiction profile (Kenya's royalty sharing) changes the strong contract's score.
import { join } from 'node:path';
import { checkContract, PRINCIPLES, type ComplianceReport, type LoadedContract } from 'fairlode';
import { loadContractFile } from 'fairlode/node';

const root = join(import.meta.dirname, '..');
const names = ['chagai-partnership', 'reko-diq-style', 'weak-extraction'];
const LEVELS = { 'level-100': 'Level 100 (compliant)', 'level-75': 'Level 75', 'level-50': 'Level 50', 'not-achieved': 'not achieved' } as const;
const SHOWN = 6; // findings shown per contract; the rest are counted

function printScorecard(report: ComplianceReport): void {
  const card = report.scorecard;
  console.log(`  level: ${LEVELS[card.level]} · governance (G1–G3 mean) ${card.governance ?? '–'}`);
  for (const p of card.principles) {
    const title = PRINCIPLES.find((x) => x.id === p.principle)!.title;
    const score = p.score === null ? '–' : p.score.toFixed(1);
    const failing = p.rules.filter((r) => r.rating !== 'fully-meets').length;
    console.log(`    ${p.principle} ${title.padEnd(40)} ${score.padStart(5)}   ${p.rules.length} rules, ${failing} not fully met`);
  }
  const gates = card.critical.filter((g) => g.rating !== 'fully-meets');
  console.log(`  critical rules: ${card.critical.length} rated, ${gates.length === 0 ? 'all fully met' : `${gates.length} below: ${gates.map((g) => `${g.ruleId} (${g.rating})`).join(', ')}`}`);
  console.log(`  not applicable: ${card.notApplicable.join(', ') || 'none'}`);
  for (const e of report.exemptions) {
    const n = e.suppressed.length;
    console.log(`  exemption: ${e.ruleId} on "${e.clauseId}" (line ${e.range?.start.line}), ${n} finding${n === 1 ? '' : 's'} suppressed: ${e.reason}`);
  }
  const count = (s: string) => report.findings.filter((f) => f.severity === s).length;
  console.log(`  findings: ${count('error')} errors, ${count('warning')} warnings, ${count('info')} info; ${report.exemptions.length} exemption${report.exemptions.length === 1 ? '' : 's'}`);
  for (const f of report.findings.slice(0, SHOWN)) {
    const at = `${f.range?.start.line}:${f.range?.start.column}`;
    console.log(`    ${at.padEnd(7)} ${f.severity.padEnd(7)} ${f.code}  ${f.message}${f.clause ? ` [${f.clause}]` : ''}`);
  }
  if (report.findings.length > SHOWN) console.log(`    … and ${report.findings.length - SHOWN} more`);
}

console.log('fairlode compliance: the bundled contracts against the five principles and three reforms\n');
const loaded = new Map<string, LoadedContract>();
for (const name of names) {
  const result = await loadContractFile(join(root, 'examples', 'contracts', `${name}.yaml`), { cwd: root });
  if (!result.ok) throw new Error(`${name} does not load`);
  loaded.set(name, result.value);
  console.log(`examples/contracts/${name}.yaml: ${result.value.contract.title}`);
  printScorecard(checkContract(result.value, { profile: 'recommended' }));
  console.log('');
}

// The same strong contract under the Kenya profile: royalties must give at least 20% to the county
// and 10% to the community (Mining Act 2016). Chagai's royalty split gives the community nothing
// directly (its 1% community fund is on revenue), so P4 drops.
const kenya = checkContract(loaded.get('chagai-partnership')!, { profile: 'kenya' });
console.log('examples/contracts/chagai-partnership.yaml under the "kenya" profile:');
printScorecard(kenya);
