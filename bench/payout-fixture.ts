// The life-of-mine fixture for the payout benchmark: a 30-year contract with three commodities
// and every payout mechanism switched on, and 360 months of actuals generated deterministically
// (no randomness: every run does the same work).
import { loadActuals, loadContract, type Actuals, type Contract } from '../src/index.js';

export const CONTRACT_YAML = `
fairlode: 1
id: life-of-mine
title: Thirty-year life-of-mine benchmark
illustrative: true
jurisdiction: { country: PK }
signed: 2025-12-01
effective: 2026-01-01
term: { years: 30 }
currency: USD
fiscalYear: { startMonth: 7 }
rounding: { mode: half-even }
allocation: { method: largest-remainder }
commodities:
  - { id: copper, unit: t }
  - { id: gold, unit: ozt }
  - { id: silver, unit: ozt }
parties:
  - { id: investor, name: Investor, role: investor }
  - { id: fwo, name: State enterprise, role: state-enterprise }
  - { id: se-a, name: State enterprise A, role: state-enterprise }
  - { id: se-b, name: State enterprise B, role: state-enterprise }
  - { id: se-c, name: State enterprise C, role: state-enterprise }
  - { id: gob, name: Province, role: subnational-government, level: provincial }
  - { id: gop, name: Federation, role: host-government, level: national }
  - { id: district, name: District, role: local-government, level: district, currency: PKR }
  - { id: cdf, name: Community fund, role: community-fund, level: community, currency: PKR }
ownership:
  - { party: investor, share: "50%" }
  - { party: fwo, share: "15%" }
  - { parties: [se-a, se-b, se-c], share: "25%" }
  - party: gob
    share: "10%"
    carried: { by: [investor, fwo], recovery: from-dividends, interest: "8%" }
revenue:
  royalties:
    - id: copper-royalty
      commodity: copper
      payee: gob
      sliding:
        mode: incremental
        bands:
          - { upTo: "4000 USD/t", rate: "4%" }
          - { upTo: "5000 USD/t", rate: "6.5%" }
          - { upTo: "7000 USD/t", rate: "8.5%" }
          - { rate: "10%" }
    - id: gold-royalty
      commodity: gold
      base: net-smelter-return
      payee: gob
      sliding:
        mode: whole-value
        edge: this-band
        bands:
          - { upTo: "1900 USD/ozt", rate: "5%" }
          - { upTo: "2500 USD/ozt", rate: "7%" }
          - { upTo: "3500 USD/ozt", rate: "9%" }
          - { rate: "12%" }
    - id: silver-royalty
      commodity: silver
      payee: gob
      rate: [ { from: 2026-01-01, rate: "3%" }, { from: 2036-01-01, rate: "4%" } ]
      minimumPerPeriod: "10000 USD"
  netSmelterReturn: { allowedDeductions: [treatment, refining, transport], maximumDeduction: "15%" }
  priceParticipation:
    - { id: copper-windfall, commodity: copper, thresholdPrice: "9000 USD/t", rate: "20%", payee: gop }
  communityFunds:
    - { id: cdf-contribution, modality: shall, payee: cdf, rate: "1%", base: gross-revenue, minimumAnnual: "2000000 USD", maximumAnnual: "9000000 USD" }
  governmentShares:
    - { of: copper-royalty, split: { gob: "80%", district: "10%", gop: "10%" } }
    - { of: gold-royalty, split: { gob: "80%", district: "10%", gop: "10%" } }
    - { of: income-tax, split: { gop: "85%", gob: "15%" } }
  incomeTax:
    id: income-tax
    rate: "29%"
    payee: gop
    depreciation: { method: declining-balance, rate: "25%" }
    lossCarryForward: { years: 6 }
  bonuses:
    - { id: production-bonus, kind: production, amount: "5000000 USD", due: 2028-03-31, payee: gob }
  distributions: { retain: "10%" }
`;

/** The benchmark contract. */
export function lifeOfMineContract(): Contract {
  const loaded = loadContract(CONTRACT_YAML, { filename: 'bench/life-of-mine.yaml' });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics, null, 2));
  return loaded.value.contract;
}

/** One month's figures, as integers of cents or units, so the baseline can read the same numbers. */
export interface MonthFigures {
  label: string;
  copper: { t: number; price: number; treatment: number; transport: number } | undefined;
  gold: { oz: number; price: number; refining: number } | undefined;
  silver: { oz: number; price: string } | undefined;
  operating: number;
  capital: number;
  pkr: string;
}

/** 360 months from 2026-01: two years of construction, then production with cycling prices. */
export function lifeOfMineMonths(): MonthFigures[] {
  const months: MonthFigures[] = [];
  for (let i = 0; i < 360; i++) {
    const year = 2026 + Math.floor(i / 12);
    const month = (i % 12) + 1;
    const label = `${year}-${String(month).padStart(2, '0')}`;
    const producing = i >= 24;
    const ramp = producing ? Math.min(1, (i - 23) / 12) : 0;
    months.push({
      label,
      copper: producing ? { t: Math.round(9000 * ramp) + (i % 7) * 113, price: 3500 + ((i * 379) % 7200), treatment: 1_200_000 + (i % 5) * 10_000, transport: 800_000 } : undefined,
      gold: producing ? { oz: Math.round(12000 * ramp) + (i % 11) * 37, price: 1700 + ((i * 211) % 2600), refining: 300_000 + (i % 3) * 5_000 } : undefined,
      silver: producing ? { oz: Math.round(50000 * ramp) + (i % 13) * 101, price: `${18 + (i % 9)}.${String((i * 37) % 100).padStart(2, '0')}` } : undefined,
      operating: producing ? 28_000_000 + (i % 6) * 250_000 : 1_500_000,
      capital: i < 24 ? 40_000_000 : i % 12 === 0 ? 12_000_000 : 1_000_000,
      pkr: `${270 + (i % 25)}.${String((i * 13) % 100).padStart(2, '0')}`,
    });
  }
  return months;
}

/** The months as loaded actuals; `more` adds lines of YAML to a month's actuals (e.g. reference prices). */
export function lifeOfMineActuals(contract: Contract, months: MonthFigures[] = lifeOfMineMonths(), more: (m: MonthFigures) => string = () => ''): Actuals[] {
  return months.map((m) => {
    const sales: string[] = [];
    if (m.copper) sales.push(`  - { commodity: copper, quantity: "${m.copper.t} t", price: "${m.copper.price} USD/t", deductions: { treatment: "${m.copper.treatment} USD", transport: "${m.copper.transport} USD" } }`);
    if (m.gold) sales.push(`  - { commodity: gold, quantity: "${m.gold.oz} ozt", price: "${m.gold.price} USD/ozt", deductions: { refining: "${m.gold.refining} USD" } }`);
    if (m.silver) sales.push(`  - { commodity: silver, quantity: "${m.silver.oz} ozt", price: "${m.silver.price} USD/ozt" }`);
    const text = `contract: life-of-mine\nperiod: ${m.label}\nsales:${sales.length ? `\n${sales.join('\n')}` : ' []'}\ncosts: { operating: "${m.operating} USD", capital: "${m.capital} USD" }\nfx: { PKR: "${m.pkr}" }\n${more(m)}`;
    const loaded = loadActuals(text, { filename: `bench/${m.label}.yaml`, contract });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics, null, 2));
    return loaded.value.actuals;
  });
}
