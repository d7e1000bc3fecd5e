// Splitting money among parties to the cent, with the method named in every result.
// Run with `npx tsx examples/allocation.ts`.
import { allocate, FairlodeError, money, moneyToString, type Allocation } from 'fairlode';

function show(title: string, a: Allocation): void {
  console.log(`${title}\n  ${a.parts.map(moneyToString).join(' | ')}   (${a.method}, ties by ${a.tieBreak})`);
}

show('100.00 USD in three equal shares', allocate(money('100.00 USD'), [1, 1, 1]));
show('99.99 USD split 75/25 (largest remainder: 74.9925 → 74.99, 24.9975 → 25.00)', allocate(money('99.99 USD'), [75, 25]));
show('99.99 USD split 75/25, leftover cent in declared order (Dinero.js v1 style)', allocate(money('99.99 USD'), [75, 25], { method: 'in-order' }));
// 50% / 25% / 8⅓% / 8⅓% / 8⅓% written exactly as twelfths: 6 : 3 : 1 : 1 : 1. (Weights of
// "8.3333" would sum to 99.9999 and quietly shift money to the other parties.)
show('10000000.01 USD: 50% / 25% / three state companies sharing 25% equally', allocate(money('10000000.01 USD'), [6, 3, 1, 1, 1]));
show('1000 JPY in thirds (no minor unit)', allocate(money('1000 JPY'), [1, 1, 1]));
show('1.000 KWD in thirds (three decimals)', allocate(money('1.000 KWD'), [1, 1, 1]));
show('A loss of 100.00 USD in thirds mirrors the gain', allocate(money('-100.00 USD'), [1, 1, 1]));

console.log('A total with fractions of a cent must be rounded by a named mode first:');
try {
  allocate(money('10.005 USD'), [1, 1]);
} catch (e) {
  if (e instanceof FairlodeError) console.log(`  ${e.code}: ${e.message}`);
}
show('10.005 USD rounded half-even, then halved', allocate(money('10.005 USD'), [1, 1], { rounding: 'half-even' }));
