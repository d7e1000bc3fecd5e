// The EITI Summary Data Template's own tables (issue #19): Part 4 and Part 5 column for column, the
// paying company of a joint venture, every stream exported or flagged, and reconciliation of a
// Part 5 (no GFS code) against a Part 4 (with one), on rows shaped like published templates.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  classifyPayoutLine, computePayouts, eitiPayments, formatEitiPart4Csv, formatEitiPart5Csv, gfsClassificationLabel, gfsCodeIn, loadActuals, loadContract,
  money, moneyToString, parseSdtCsv, reconcile, type PayoutLine, type SdtRow,
} from 'fairlode';

const root = join(import.meta.dirname, '..', '..');
const yaml = readFileSync(join(root, 'examples/contracts/chagai-partnership.yaml'), 'utf8');
const dir = join(root, 'examples/actuals/chagai-partnership');

function chagai(text = yaml) {
  const loaded = loadContract(text);
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
  const actuals = readdirSync(dir).sort().map((f) => {
    const a = loadActuals(readFileSync(join(dir, f), 'utf8'), { contract: loaded.value.contract });
    if (!a.ok) throw new Error(f);
    return a.value;
  });
  const run = computePayouts(loaded.value, actuals);
  if (!run.ok) throw new Error(run.diagnostics.map((d) => d.message).join('\n'));
  return { contract: loaded.value, statements: run.value.statements };
}

const base = chagai();
const sdt = eitiPayments(base.contract, base.statements, { year: 'FY2028' });
if (!sdt.ok) throw new Error('sdt');

describe('Part 4 (government revenues), column for column', () => {
  const lines = formatEitiPart4Csv(sdt.value).trimEnd().split('\n');

  it('has the template\'s headers and writes the GFS class as the drop-down does', () => {
    expect(lines[0]).toBe('GFS classification,Sector,Revenue stream name,Government entity,Revenue value,Currency');
    // FY2028 = 2027-Q3 + 2027-Q4. Royalties 18187600.00 (docs/eiti.md: 8514000 + 6222500 copper,
    // 1812100 + 1639000 gold); the windfall (9650 − 9000) × 12900 t × 20% = 1677000.00, a royalty
    // under its own stream name; the CDF's own override 1415E4.
    expect(lines.slice(1, 4)).toEqual([
      'Royalties (1415E1),Mining,Royalties,Government of Balochistan,18187600.00,USD',
      'Compulsory transfers to government (infrastructure and other) (1415E4),Mining,Community development fund,Chagai Community Development Fund,2995870.00,USD',
      'Royalties (1415E1),Mining,Price participation (windfall share),Government of Pakistan,1677000.00,USD',
    ]);
  });

  it('labels every code of the template, and reads the label back', () => {
    expect(gfsClassificationLabel('1152E')).toBe('Taxes on exports (1152E)');
    expect(gfsClassificationLabel('114521E')).toBe('Licence fees (114521E)');
    expect(gfsClassificationLabel('1415E31')).toBe('Delivered/paid directly to government (1415E31)');
    expect(gfsClassificationLabel('1999E')).toBe('1999E');
    expect(['Royalties (1415E1)', '1415E1', '1415e1 - Royalties', 'Royalties', 'Redevance'].map(gfsCodeIn)).toEqual(['1415E1', '1415E1', '1415E1', '1415E1', '']);
  });
});

describe('Part 5 (company data), column for column', () => {
  const lines = formatEitiPart5Csv(sdt.value).trimEnd().split('\n');

  it('has the template\'s headers, Y/N flags and the coverage of a partial year in the comments', () => {
    expect(lines[0]).toBe('Company,Government entity,Revenue stream name,Levied on project (Y/N),Reported by project (Y/N),Project name,Reporting currency,Revenue value,Payment made in kind (Y/N),In-kind volume (if applicable),Unit (if applicable),Comments');
    expect(lines[1]).toBe('chagai-partnership project company,Government of Balochistan,Royalties,Y,Y,"Chagai Critical Minerals Exploration, Mining and Processing Partnership",USD,18187600.00,N,,,"GFS: Royalties (1415E1). Periods: 2027-Q3, 2027-Q4; partial year, no statement covers 2028-Q1, 2028-Q2."');
    // Dividends are levied on the legal entity, not on the project.
    expect(lines.find((l) => l.includes('Frontier Works Organization'))!.split(',').slice(3, 5)).toEqual(['N', 'Y']);
  });
});

describe('spreadsheet safety of the template tables', () => {
  it('neutralises a formula in any text cell, keeps values numbers, and reads back as written', () => {
    const evil: SdtRow = { ...sdt.value.rows[0]!, company: '=HYPERLINK("x")', governmentEntity: '@SUM(A1)', stream: '+Royalties, gold' };
    const tables = { ...sdt.value, rows: [evil] };
    const part5 = formatEitiPart5Csv(tables).split('\n')[1]!;
    expect(part5.startsWith(`"'=HYPERLINK(""x"")","'@SUM(A1)","'+Royalties, gold",Y,Y,`)).toBe(true);
    expect(formatEitiPart4Csv(tables).split('\n')[1]).toBe(`Royalties (1415E1),Mining,"'+Royalties, gold","'@SUM(A1)",18187600.00,USD`);
    const back = parseSdtCsv(formatEitiPart5Csv(tables), 'part5.csv');
    expect(back.ok && back.value[0]).toMatchObject({ company: '=HYPERLINK("x")', governmentEntity: '@SUM(A1)', stream: '+Royalties, gold' });
  });
});

describe('the paying company', () => {
  it('is the project company of a joint venture, never its first investor, and a warning asks for its name', () => {
    // Chagai is held 50% by the investor, 25% by FWO and 25% by GoB: before #19 every row said
    // "Example Strategic Metals Inc." paid, dividends to its own co-shareholders included.
    expect(new Set(sdt.value.rows.map((r) => r.company))).toEqual(new Set(['chagai-partnership project company']));
    const w = sdt.diagnostics.find((d) => d.code === 'eiti/reporting-entity-unnamed');
    expect([w?.severity, w?.path]).toEqual(['warning', ['governance', 'reporting']]);
  });

  it('names every holder in the warning, each of a holding held in equal parts too', () => {
    // reko-diq-style: 25% is held in equal thirds by OGDCL, PPL and GHPL (`parties`); before, the
    // warning listed that holding as an empty name ("…Resources Ltd,  pays them").
    const text = readFileSync(join(root, 'examples/contracts/reko-diq-style.yaml'), 'utf8');
    const loaded = loadContract(text);
    if (!loaded.ok) throw new Error('reko-diq-style does not load');
    const rekoDir = join(root, 'examples/actuals/reko-diq-style');
    const actuals = readdirSync(rekoDir).sort().map((f) => {
      const a = loadActuals(readFileSync(join(rekoDir, f), 'utf8'), { contract: loaded.value.contract });
      if (!a.ok) throw new Error(f);
      return a.value;
    });
    const run = computePayouts(loaded.value, actuals);
    if (!run.ok) throw new Error('reko-diq-style does not compute');
    const r = eitiPayments(loaded.value, run.value.statements, { year: '2028' });
    const w = r.diagnostics.find((d) => d.code === 'eiti/reporting-entity-unnamed');
    expect(w?.message).toContain('the project company owned by Example Gold and Copper Corp., Government of Balochistan, Balochistan Mineral Resources Ltd, Oil and Gas Development Company Ltd, Pakistan Petroleum Ltd, Government Holdings (Private) Ltd pays them');
  });

  it('is named by the contract (governance.reporting.entity and identifier)', () => {
    const named = yaml.replace('reporting: { id: payment-reporting, ref: "§24.3", modality: shall, projectLevel: true, timelinessMonths: 12 }', 'reporting: { id: payment-reporting, ref: "§24.3", modality: shall, projectLevel: true, timelinessMonths: 12, entity: Chagai Project Company, identifier: "0012345" }');
    expect(named).not.toBe(yaml);
    const c = chagai(named);
    const r = eitiPayments(c.contract, c.statements, { year: 'FY2028' });
    expect(r.ok && r.value.rows.map((x) => `${x.company} ${x.companyId}`)[0]).toBe('Chagai Project Company 0012345');
    expect(r.diagnostics.some((d) => d.code === 'eiti/reporting-entity-unnamed')).toBe(false);
    expect(formatEitiPart5Csv(r.ok ? r.value : sdt.value).split('\n')[1]).toContain('"GFS: Royalties (1415E1). Company ID: 0012345.');
  });

  it('is named by the caller, over the contract', () => {
    const r = eitiPayments(base.contract, base.statements, { year: 'FY2028', company: 'Reko JV Ltd', companyId: 'R-1' });
    expect(r.ok && [...new Set(r.value.rows.map((x) => `${x.company}/${x.companyId}`))]).toEqual(['Reko JV Ltd/R-1']);
  });
});

describe('every stream exported or flagged', () => {
  const line = (kind: PayoutLine['kind'], to: string, amount: string): PayoutLine => ({ id: `${kind}-1`, kind, clause: undefined, ref: undefined, from: 'company', to, amount: money(amount), base: undefined, rate: undefined, band: undefined, onBehalfOf: undefined, settlement: undefined, trace: {} as PayoutLine['trace'] });

  it('classifies a withholding tax paid to the government as a tax on income, 1112E1, levied on the entity', () => {
    expect(classifyPayoutLine(base.contract.contract, line('withholding-tax', 'gop', '1000.00 USD'))).toEqual({ gfsCode: '1112E1', stream: 'Withholding taxes' });
    const q3 = base.statements.find((s) => s.period.label === '2027-Q3')!;
    // 1000.00 withheld on the investor's dividend, paid by the company to the Government of Pakistan.
    const r = eitiPayments(base.contract, [{ ...q3, lines: [...q3.lines, line('withholding-tax', 'gop', '1000.00 USD')] }], { year: 'FY2028' });
    const wht = r.ok ? r.value.rows.find((x) => x.stream === 'Withholding taxes') : undefined;
    expect([wht?.gfsCode, wht && moneyToString(wht.value), wht?.leviedOnProject]).toEqual(['1112E1', '1000.00 USD', false]);
  });

  it('warns, naming the clause, when a declared stream is not computed (income tax left out of the waterfall)', () => {
    const c = chagai(yaml.replace('  distributions: { ref: "§12", retain: "10%" }', '  distributions: { ref: "§12", retain: "10%" }\n  waterfall: [royalties, community-funds, price-participation, distributions]'));
    const r = eitiPayments(c.contract, c.statements, { year: 'FY2027' });
    const w = r.diagnostics.filter((d) => d.code === 'eiti/stream-not-computed');
    expect(w.map((d) => [d.path, d.message.includes('"income-tax" (§11)'), d.message.includes('"income-tax" is not in the contract\'s waterfall')])).toEqual([[['revenue', 'incomeTax'], true, true]]);
    // With the income tax in the waterfall, no warning.
    const full = eitiPayments(base.contract, base.statements, { year: 'FY2027' });
    expect(full.diagnostics.filter((d) => d.code === 'eiti/stream-not-computed')).toEqual([]);
  });

  it('warns, naming each clause, when the waterfall leaves out the royalties (no statement note says so)', () => {
    const c = chagai(yaml.replace('  distributions: { ref: "§12", retain: "10%" }', '  distributions: { ref: "§12", retain: "10%" }\n  waterfall: [community-funds, price-participation, income-tax, distributions]'));
    const r = eitiPayments(c.contract, c.statements, { year: 'FY2028' });
    // The copper and gold royalties are missing from every row: two warnings, and no 1415E1 row to the GoB.
    expect(r.diagnostics.filter((d) => d.code === 'eiti/stream-not-computed').map((d) => d.path)).toEqual([['revenue', 'royalties', 0], ['revenue', 'royalties', 1]]);
    expect(r.ok && r.value.rows.some((x) => x.stream === 'Royalties')).toBe(false);
  });

  it('warns when a clause is classified under a code the template does not list', () => {
    const c = chagai(yaml.replace('eiti: { gfsCode: "1415E4", stream: Community development fund }', 'eiti: { gfsCode: "1499E", stream: Community development fund }'));
    const r = eitiPayments(c.contract, c.statements, { year: 'FY2028' });
    expect(r.diagnostics.filter((d) => d.code === 'eiti/unlisted-gfs-code').map((d) => d.path)).toEqual([['revenue', 'communityFunds', 0, 'eiti', 'gfsCode']]);
  });
});

describe('reconciling Part 5 against Part 4', () => {
  it('reads fairlode\'s own Part 4 and Part 5 back and matches them exactly', () => {
    const part4 = parseSdtCsv(formatEitiPart4Csv(sdt.value), 'part4.csv', { year: 'FY2028' });
    const part5 = parseSdtCsv(formatEitiPart5Csv(sdt.value), 'part5.csv', { year: 'FY2028' });
    if (!part4.ok || !part5.ok) throw new Error('parse');
    expect(part4.value.every((r) => r.governmentTotal === true && r.gfsCode !== '')).toBe(true);
    expect(part5.value.every((r) => r.gfsCode === '' && r.governmentTotal === undefined)).toBe(true);
    const r = reconcile(part5.value, part4.value, { period: 'FY2028' });
    // Five streams, each the same amount on both sides; the two 1415E1 streams (royalties to GoB,
    // the windfall to GoP) are told apart by their government entity.
    expect(r.matched.map((m) => `${m.status} ${m.gfsCode} ${m.governmentEntity}`)).toEqual([
      'exact 1415E1 Government of Balochistan',
      'exact 1415E4 Chagai Community Development Fund',
      'exact 1415E1 Government of Pakistan',
      'exact 1412E2 Frontier Works Organization',
      'exact 1412E2 Government of Balochistan',
    ]);
    expect([r.companyOnly.length, r.governmentOnly.length]).toEqual([0, 0]);
  });

  // Modelled on the shape of the Burkina Faso EITI report for 2018 (ITIE-BF, Rapport ITIE 2018) and the
  // EITI's published summary data (Part 4 - Government revenues, Part 5 - Company data): XOF amounts
  // with decimal commas and spaces between thousands, French stream names, two companies (Essakane SA,
  // a joint venture of IAMGOLD 90% and the State 10% that pays in its own name; SEMAFO Burkina Faso SA),
  // and two years of company data. The figures are made up.
  const fixture = (f: string, year?: string): SdtRow[] => {
    const r = parseSdtCsv(readFileSync(join(import.meta.dirname, 'fixtures', f), 'utf8'), f, { decimal: 'comma', ...(year === undefined ? {} : { year }) });
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    return r.value;
  };
  const part5 = fixture('burkina-part5-2017-2018.csv');
  const part4 = fixture('burkina-2018-part4.csv', '2018');
  const r = reconcile(part5, part4, { period: '2018' });
  const by = (code: string) => r.matched.find((m) => m.gfsCode === code)!;

  it('maps each Part 5 stream name to the Part 4 code and sums the two companies', () => {
    // Redevance proportionnelle: 25 112 400 000,00 (Essakane) + 14 300 250 500,00 (SEMAFO)
    //   = 39 412 650 500 = Part 4's 1415E1 row: exact (the franc CFA has no minor unit).
    expect([by('1415E1').status, moneyToString(by('1415E1').company)]).toEqual(['exact', '39412650500 XOF']);
    // Impôt sur les sociétés: 18 240 000 000 + 9 870 000 000 = 28 110 000 000 = Part 4 (1112E1).
    expect(by('1112E1').status).toBe('exact');
    // Dividendes, Essakane alone: 6 500 000 000 = Part 4 (1412E2).
    expect(by('1412E2').status).toBe('exact');
  });

  it('finds the discrepancy in the surface tax', () => {
    // Taxe superficiaire: 412 500 000 + 230 000 000 = 642 500 000 against 672 500 000:
    // −30 000 000 XOF, −30 000 000 / 672 500 000 = −4.4610% > 1%.
    const m = by('1415E5');
    expect([m.status, moneyToString(m.difference!), m.relative!.toDecimalPlaces(6).toString()]).toEqual(['discrepancy', '-30000000 XOF', '-0.04461']);
    expect(r.discrepancies).toEqual([m]);
  });

  it('sets the other year\'s company rows aside, and reads the JV\'s payments as the JV company\'s', () => {
    // 2017: Essakane 21 000 000 000 and SEMAFO 12 500 000 000 are not 2018's.
    expect(r.outOfScope.map((x) => `${x.side} ${x.row.year} ${x.row.company} ${moneyToString(x.row.value)}`)).toEqual([
      'company 2017 Essakane SA 21000000000 XOF',
      'company 2017 SEMAFO Burkina Faso SA 12500000000 XOF',
    ]);
    expect(part5.filter((x) => x.stream === 'Dividendes').map((x) => [x.company, x.leviedOnProject])).toEqual([['Essakane SA', false]]);
    expect([r.companyOnly.length, r.governmentOnly.length]).toEqual([0, 0]);
  });

  it('refuses a template amount with a decimal comma read under a decimal point, at its cell', () => {
    const bad = parseSdtCsv(readFileSync(join(import.meta.dirname, 'fixtures', 'burkina-2018-part4.csv'), 'utf8'), 'part4.csv');
    expect(bad.ok).toBe(false);
    expect([bad.diagnostics[0]?.code, bad.diagnostics[0]?.range?.start.line]).toEqual(['eiti/ambiguous-amount', 2]);
  });
});
