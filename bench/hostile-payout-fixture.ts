// Hostile sizes for the payout engine (issue 13, "Stalls"): a statement with thousands of
// commodities and royalties, and a long monthly fold with hundreds of royalties. The contracts and
// actuals are generated deterministically (no randomness) and loaded through the real loaders.
import { loadActuals, loadContract, type Actuals, type Contract } from '../src/index.js';

/**
 * A contract with `n` commodities, each with its own royalty paid to the province and split with
 * the district, and every royalty's sales in one period; the fund and the tax are switched on so
 * that every step of the waterfall runs.
 */
export function manyRoyaltiesContract(n: number, termYears = 1): Contract {
  const commodities = Array.from({ length: n }, (_, i) => ({ id: `c${i}`, unit: 't' }));
  const royalties = commodities.map((c, i) => (i % 3 === 0
    ? { id: `${c.id}-royalty`, commodity: c.id, payee: 'gob', sliding: { mode: 'incremental', bands: [{ upTo: '4000 USD/t', rate: '4%' }, { upTo: '7000 USD/t', rate: '6%' }, { rate: '8%' }] } }
    : { id: `${c.id}-royalty`, commodity: c.id, payee: 'gob', rate: `${1 + (i % 5)}%` }));
  const input = {
    fairlode: 1,
    id: 'hostile-payout',
    title: 'Hostile payout sizes',
    illustrative: true,
    jurisdiction: { country: 'PK' },
    signed: '2025-12-01',
    effective: '2026-01-01',
    term: { years: termYears },
    currency: 'USD',
    fiscalYear: { startMonth: 1 },
    commodities,
    parties: [
      { id: 'investor', name: 'Investor', role: 'investor' },
      { id: 'gob', name: 'Province', role: 'subnational-government', level: 'provincial' },
      { id: 'gop', name: 'Federation', role: 'host-government', level: 'national' },
      { id: 'district', name: 'District', role: 'local-government', level: 'district' },
      { id: 'cdf', name: 'Community fund', role: 'community-fund', level: 'community' },
    ],
    ownership: [{ party: 'investor', share: '90%' }, { party: 'gop', share: '10%' }],
    revenue: {
      royalties,
      communityFunds: [{ id: 'cdf-contribution', modality: 'shall', payee: 'cdf', rate: '1%', base: 'gross-revenue', minimumAnnual: '200000 USD' }],
      governmentShares: royalties.map((r) => ({ of: r.id, split: { gob: '80%', district: '20%' } })),
      incomeTax: { id: 'income-tax', rate: '29%', payee: 'gop', depreciation: { method: 'declining-balance', rate: '25%' }, lossCarryForward: { years: 6 } },
    },
  };
  const loaded = loadContract(JSON.stringify(input), { format: 'json', filename: 'bench/hostile-payout.json' });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics.slice(0, 3), null, 2));
  return loaded.value.contract;
}

/** `months` monthly periods from 2026-01, each selling every commodity of the contract once. */
export function manyRoyaltiesActuals(contract: Contract, months: number): Actuals[] {
  const out: Actuals[] = [];
  for (let m = 0; m < months; m++) {
    const period = `${2026 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    const sales = contract.commodities.map((c, i) => ({ commodity: c.id, quantity: `${100 + ((i * 7 + m) % 50)} t`, price: `${3000 + ((i * 379 + m * 211) % 6000)} USD/t` }));
    const input = { contract: contract.id, period, sales, costs: { operating: `${40 * contract.commodities.length * 1000} USD`, capital: m % 12 === 0 ? '5000000 USD' : '0 USD' } };
    const loaded = loadActuals(JSON.stringify(input), { format: 'json', contract, filename: `bench/${period}.json` });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics.slice(0, 3), null, 2));
    out.push(loaded.value.actuals);
  }
  return out;
}
