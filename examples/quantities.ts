// Physical quantities and prices per unit: exact conversions, and no pricing across dimensions.
// Run with `npx tsx examples/quantities.ts`.
import {
  convertQuantity, FairlodeError, moneyToString, parseQuantity, priceQuantity, quantity, quantityToString,
  roundMoney, unitPrice, unitPriceToString, convertUnitPrice,
} from 'fairlode';

console.log('Conversions (exact where they end, 50 significant digits where they do not)');
for (const [from, to] of [['1 lb', 'kg'], ['1 ozt', 'g'], ['1 t', 'lb'], ['1 t', 'ozt'], ['1.2 Mt', 'kt'], ['1 bbl', 'L']] as const) {
  console.log(`  ${from} = ${quantityToString(convertQuantity(quantity(from), to))}`);
}
const there = convertQuantity(quantity('5 t'), 'lb');
console.log(`  5 t → lb → t = ${quantityToString(convertQuantity(there, 't'))} (exactly)`);

console.log('\nValue of a quantity at a unit price');
const copper = priceQuantity(unitPrice('4.15 USD/lb'), quantity('1000 t'));
console.log(`  4.15 USD/lb × 1000 t = ${moneyToString(copper)}`);
console.log(`  ... rounded half-even = ${moneyToString(roundMoney(copper, 'half-even'))}`);
console.log(`  9200 USD/t × 120000 t = ${moneyToString(priceQuantity(unitPrice('9200 USD/t'), quantity('120000 t')))}`);
console.log(`  2300 USD/ozt per kg = ${unitPriceToString(convertUnitPrice(unitPrice('2300 USD/ozt'), 'kg'))}`);

console.log('\nMistakes are caught');
for (const text of ['120000 tonne', '5 oz', '120,000 t']) {
  const r = parseQuantity(text);
  if (!r.ok) console.log(`  ${r.problem.message} Hint: ${r.problem.hint ?? '-'}`);
}
try {
  priceQuantity(unitPrice('9200 USD/t'), quantity('5000 m3'));
} catch (e) {
  if (e instanceof FairlodeError) console.log(`  ${e.code}: ${e.message}`);
}
