// Property: whatever the rows, the template's Part 5 read back reconciles exactly against its Part 4
// read back — the GFS code of each Part 5 row is found through its stream name, Part 4 is matched as
// government totals over the paying companies, and text that a spreadsheet would run is read as written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fiscalYear, formatEitiPart4Csv, formatEitiPart5Csv, GFS_CLASS_NAMES, money, parseSdtCsv, reconcile, type SdtPayments, type SdtRow } from 'fairlode';

const codes = Object.keys(GFS_CLASS_NAMES);
// Any text, formula characters, commas, quotes and line breaks included, not blank once trimmed.
const name = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '' && s.trim() === s);
const row = fc.record({
  company: fc.constantFrom('Essakane SA', 'SEMAFO Burkina Faso SA', '=Mana JV'),
  entity: name,
  code: fc.constantFrom(...codes),
  cents: fc.integer({ min: 0, max: 1_000_000_000 }),
  levied: fc.boolean(),
});

describe('Part 5 against Part 4, both written by fairlode and read back', () => {
  it('matches every stream exactly, with nothing on one side only', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), (generated) => {
        // One stream name per code, as a country names its streams (Redevance 1415E1, …).
        const rows: SdtRow[] = generated.map((g) => ({
          country: 'BF', year: '2018', project: 'essakane', company: g.company, governmentEntity: g.entity,
          stream: `Stream no. ${codes.indexOf(g.code)}`, gfsCode: g.code, value: money(`${Math.trunc(g.cents / 100)}.${String(g.cents % 100).padStart(2, '0')} USD`), leviedOnProject: g.levied,
        }));
        const sdt: SdtPayments = { year: fiscalYear(2018, 1), periods: ['2018'], missingPeriods: [], rows, projectName: 'Essakane' };
        const part4 = parseSdtCsv(formatEitiPart4Csv(sdt), 'part4.csv', { year: '2018' });
        const part5 = parseSdtCsv(formatEitiPart5Csv(sdt), 'part5.csv', { year: '2018' });
        if (!part4.ok || !part5.ok) return false;
        const r = reconcile(part5.value, part4.value, { period: '2018' });
        // The totals agree: what the companies paid equals what the governments received.
        const paid = rows.reduce((a, x) => a.plus(x.value.amount), money('0 USD').amount);
        const received = r.matched.reduce((a, m) => a.plus(m.government.amount), money('0 USD').amount);
        expect(received.toFixed(2)).toBe(paid.toFixed(2));
        return r.matched.every((m) => m.status === 'exact') && r.companyOnly.length === 0 && r.governmentOnly.length === 0;
      }),
      { numRuns: 200 },
    );
  });
});
