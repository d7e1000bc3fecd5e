// Exact money: parse it, add and multiply it without rounding, round it at a named point, and
// convert it only with an explicit exchange rate. Run with `npx tsx examples/money.ts`.
import {
  addMoney, convertMoney, exchangeRate, FairlodeError, minorUnitOf, money, moneyToString, multiplyMoney,
  parseMoney, rate, roundMoney, ROUNDING_MODES,
} from 'fairlode';

const show = moneyToString;

console.log('Exact arithmetic');
console.log(`  0.10 USD + 0.20 USD          = ${show(addMoney(money('0.10 USD'), money('0.20 USD')))}`);
console.log(`  3.5% royalty on 2500000 USD  = ${show(multiplyMoney(money('2500000 USD'), rate('3.5%')))}`);
const share = multiplyMoney(money('99.99 USD'), rate('75%'));
console.log(`  75% of 99.99 USD (unrounded) = ${show(share)}`);
console.log(`  ... rounded half-even        = ${show(roundMoney(share, 'half-even'))}`);

console.log('\nMinor units (ISO 4217)');
for (const code of ['USD', 'JPY', 'KWD', 'PKR', 'IQD', 'CLF']) console.log(`  ${code}: ${minorUnitOf(code)}`);

console.log('\n-2.345 USD rounded to cents');
for (const mode of ROUNDING_MODES) console.log(`  ${mode.padEnd(20)} ${show(roundMoney(money('-2.345 USD'), mode))}`);

console.log('\nExchange at an explicit rate, rounded once');
const pkrPerUsd = exchangeRate('278.40 PKR/USD');
console.log(`  1000000 USD at 278.40 PKR/USD = ${show(convertMoney(money('1000000 USD'), pkrPerUsd, { rounding: 'half-even' }))}`);
console.log(`  5000000 PKR at 278.40 PKR/USD = ${show(convertMoney(money('5000000 PKR'), pkrPerUsd, { rounding: 'half-even' }))}`);

console.log('\nMistakes are caught, with a hint');
for (const text of ['USD 25', '2,500,000 USD', '25 ZMK']) {
  const r = parseMoney(text);
  if (!r.ok) console.log(`  ${r.problem.message} Hint: ${r.problem.hint ?? '-'}`);
}
try {
  addMoney(money('5 USD'), money('3 EUR'));
} catch (e) {
  if (e instanceof FairlodeError) console.log(`  ${e.code}: ${e.message}`);
}
