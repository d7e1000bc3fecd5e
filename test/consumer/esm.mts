// An ES module consumer of the built package, compiled by test/consumer/check.ts. It resolves
// `fairlode`, `fairlode/node` and `fairlode/report` through package.json "exports" (the "import"
// condition) to dist/*.d.ts, as a user's project would after `npm install fairlode`.
import { Decimal, loadContract, money, moneyToString, toDecimal, type Contract, type Money } from 'fairlode';
import { loadContractFile } from 'fairlode/node';
import { renderReport, type ReportInput } from 'fairlode/report';

const third: Decimal = new Decimal(1).div(3);
const sum: Decimal = toDecimal('0.1').plus(toDecimal(0.2));
const rounding: number = Decimal.ROUND_HALF_EVEN;
const paid: Money = money('1250000.00', 'USD');
const loaded = loadContract('id: x', { filename: 'x.yaml' });
const contract: Contract | undefined = loaded.ok ? loaded.value.contract : undefined;
const fromFile: Promise<unknown> = loadContractFile('contracts/x.yaml');
const render: (input: ReportInput) => string = renderReport;

export const shown: string = [third.toFixed(4), sum.toString(), String(rounding), moneyToString(paid), String(contract?.id), String(fromFile), String(render)].join(' ');
