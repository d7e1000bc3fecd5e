// A CommonJS consumer of the built package, compiled by test/consumer/check.ts. `import … =
// require(…)` resolves through package.json "exports" with the "require" condition to dist/*.d.cts.
import fairlode = require('fairlode');
import fairlodeNode = require('fairlode/node');
import fairlodeReport = require('fairlode/report');

const third: fairlode.Decimal = new fairlode.Decimal(1).div(3);
const sum: fairlode.Decimal = fairlode.toDecimal('0.1').plus(fairlode.toDecimal(0.2));
const rounding: number = fairlode.Decimal.ROUND_HALF_EVEN;
const paid: fairlode.Money = fairlode.money('1250000.00', 'USD');
const loaded = fairlode.loadContract('id: x', { filename: 'x.yaml' });
const contract: fairlode.Contract | undefined = loaded.ok ? loaded.value.contract : undefined;
const fromFile: Promise<unknown> = fairlodeNode.loadContractFile('contracts/x.yaml');
const render: (input: fairlodeReport.ReportInput) => string = fairlodeReport.renderReport;

export const shown: string = [third.toFixed(4), sum.toString(), String(rounding), fairlode.moneyToString(paid), String(contract?.id), String(fromFile), String(render)].join(' ');
