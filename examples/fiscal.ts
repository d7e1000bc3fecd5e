// Fiscal analysis of the Chagai example over its 30-year life-of-mine plan: `npx tsx examples/fiscal.ts`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  analyse, analysePriceDeck, flatPriceDeck, formatFiscalText, irr, loadContract, loadPlan, mirr, npv, xirr,
} from 'fairlode';

const root = join(import.meta.dirname, '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

// The financial functions on their own: exact decimals in, exact decimals out.
const flows = ['-70000', '12000', '15000', '18000', '21000', '26000'];
const rate = irr(flows);
console.log(`NPV at 10% of ${flows.join(', ')}: ${npv('0.1', flows).toFixed(2)} (first flow now), ${npv('0.1', flows, { firstFlowAt: 1 }).toFixed(2)} (spreadsheet NPV)`);
console.log(`IRR: ${rate.ok ? `${rate.value.times(100).toFixed(4)}%` : rate.reason}`);
const modified = mirr(flows, '0.1', '0.12');
console.log(`MIRR at 10% finance, 12% reinvestment: ${modified.ok ? `${modified.value.times(100).toFixed(4)}%` : modified.reason}`);
const dated = xirr([{ date: '2027-01-01', amount: '-1000' }, { date: '2027-07-01', amount: '300' }, { date: '2028-03-15', amount: '900' }]);
console.log(`XIRR of three dated flows: ${dated.ok ? `${dated.value.times(100).toFixed(4)}%` : dated.reason}`);
const none = irr(['-1', '-2', '-3']);
console.log(`IRR of -1, -2, -3: ${none.ok ? none.value.toString() : `none (${none.reason})`}\n`);

// The contract and its plan, loaded with located diagnostics.
const contractFile = 'examples/contracts/chagai-partnership.yaml';
const planFile = 'examples/plans/chagai-partnership.yaml';
const contract = loadContract(read(contractFile), { filename: contractFile });
if (!contract.ok) throw new Error('the example contract should load');
const plan = loadPlan(read(planFile), { filename: planFile, contract: contract.value.contract });
if (!plan.ok) throw new Error('the example plan should load');
for (const d of plan.diagnostics) console.log(`${d.file}:${d.range?.start.line}:${d.range?.start.column} ${d.severity} ${d.code}: ${d.message}`);

// Without permission to run past the contract's term, the analysis refuses, and says where.
const refused = analyse(contract.value, plan.value);
for (const d of refused.diagnostics) console.log(`${d.file}:${d.range?.start.line}:${d.range?.start.column} ${d.severity} ${d.code}: ${d.message}`);

// With it: government take, AETR, royalty rate, NPVs and IRRs, breakeven price, cash flows.
const result = analyse(contract.value, plan.value, { discountRate: '0.1', hurdleRate: '0.1', beyondTerm: 'extend' });
if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('; '));
for (const d of result.diagnostics) console.log(`${d.file === undefined ? '' : `${d.file}:${d.range?.start.line}:${d.range?.start.column} `}${d.severity} ${d.code}: ${d.message}`);
console.log(`\n${formatFiscalText(result.value)}`);

// Progressivity: the same metrics with copper held flat at each price of a deck.
const deck = flatPriceDeck('copper', ['5000 USD/t', '6500 USD/t', '8000 USD/t', '9500 USD/t', '11000 USD/t', '12500 USD/t']);
const table = analysePriceDeck(contract.value, plan.value, deck, { beyondTerm: 'extend', breakeven: false });
if (!table.ok) throw new Error(table.diagnostics.map((d) => d.message).join('; '));
console.log(formatFiscalText(table.value));
