// Dates, periods, fiscal years and step schedules: `npx tsx examples/periods.ts`.
import {
  daysIn, Decimal, isoDate, nextTarget, parseDate, parsePeriod, period, periodOf, periodsIn, prorate,
  targetDueBy, valueInForce, yearFraction, type PeriodKind, type Schedule,
} from 'fairlode';

// The contract states fiscalYear.startMonth: 7, so FY2027 is July 2026 to June 2027.
const fiscal = { fiscalYearStartMonth: 7 };
const fy = period('FY2027', fiscal);
console.log(`Pakistan's ${fy.label} runs ${fy.start} to ${fy.end} (${daysIn(fy)} days, ends are inclusive).`);
for (const q of periodsIn(fy, 'quarter')) {
  const f = yearFraction(q);
  console.log(`  ${q.label}  ${q.start} .. ${q.end}  ${daysIn(q)} days  ${f.numerator}/${f.denominator} of a year`);
}

const day = isoDate('2027-02-14');
const kinds: PeriodKind[] = ['month', 'quarter', 'half', 'year', 'fiscal-year'];
console.log(`\n${day} falls in: ${kinds.map((k) => periodOf(day, k, fiscal).label).join(', ')}`);
for (const d of ['2026-06-30', '2026-07-01']) console.log(`  ${d} is in ${periodOf(isoDate(d), 'fiscal-year', fiscal).label}`);

// A minimum of 2,000,000 USD a year, pro-rated by whole months.
const minimum = new Decimal('2000000');
const q3 = period('2026-Q3');
console.log(`\nAnnual minimum ${minimum.toString()} USD pro-rated to ${q3.label}: ${prorate(minimum, yearFraction(q3)).toString()} USD`);

// A royalty rate that steps up on set dates: the value in force on a date.
const royalty: Schedule<string> = [
  { from: isoDate('2026-01-01'), value: '4%' },
  { from: isoDate('2031-01-01'), value: '5%' },
];
console.log('\nCopper royalty in force:');
for (const d of ['2025-12-31', '2026-01-01', '2030-12-31', '2031-01-01']) console.log(`  ${d}  ${valueInForce(royalty, isoDate(d)) ?? '(none yet)'}`);

// Local hiring targets: which one binds, and which comes next.
const hiring = [{ by: isoDate('2027-12-31'), share: '50%' }, { by: isoDate('2031-12-31'), share: '75%' }];
const on = isoDate('2028-06-30');
const due = targetDueBy(hiring, on);
const next = nextTarget(hiring, on);
console.log(`\nLocal hiring on ${on}: ${due ? `${due.share} (due ${due.by})` : 'nothing due yet'}; next ${next ? `${next.share} by ${next.by}` : 'none'}`);

// Mistakes are reported with a code and a hint, never silently corrected.
console.log('\nRejected:');
for (const text of ['2027-02-29', '2027-2-3']) {
  const r = parseDate(text);
  if (!r.ok) console.log(`  ${text}: ${r.problem.code}: ${r.problem.message} (${r.problem.hint ?? ''})`);
}
for (const text of ['FY2026-27', '2027-Q5']) {
  const r = parsePeriod(text, fiscal);
  if (!r.ok) console.log(`  ${text}: ${r.problem.code}: ${r.problem.message} (${r.problem.hint ?? ''})`);
}
