import type { Distribution, PriceModel, PriceModelParameters, PriceRisk } from '../fiscal/index.js';
import type { Decimal } from '../money/decimal.js';

/** A distribution in the JSON interface: exact decimal strings, null where no path defines the figure. */
export interface DistributionJson {
  /** The paths where the figure is defined. */
  count: number;
  /** The paths where it is not. */
  undefinedPaths: number;
  /** The mean, or null. */
  mean: string | null;
  /** The sample standard deviation, or null. */
  standardDeviation: string | null;
  /** The 10th percentile (nearest rank), or null. */
  p10: string | null;
  /** The median, or null. */
  p50: string | null;
  /** The 90th percentile, or null. */
  p90: string | null;
}

/** One period's price percentiles in the JSON interface. */
export interface PriceBandJson {
  /** The period's label. */
  period: string;
  /** 10th percentile. */
  p10: string;
  /** Median. */
  p50: string;
  /** 90th percentile. */
  p90: string;
}

/** A price-risk run as JSON (see {@link formatPriceRiskJson}); every amount and ratio an exact decimal string. */
export interface PriceRiskJson {
  /** The contract id. */
  contract: string;
  /** The plan id. */
  plan: string;
  /** The currency of every amount. */
  currency: string;
  /** The paths simulated. */
  paths: number;
  /** The seed. */
  seed: string;
  /** The price model. */
  model: PriceModel;
  /** The model's parameters as given (fractions: 0.3 is 30%). */
  parameters: PriceModelParameters;
  /** The commodities simulated. */
  commodities: string[];
  /** The currency and unit of each simulated commodity's prices. */
  priceUnits: Record<string, string>;
  /** Decimal places of the simulated prices. */
  pricePlaces: number;
  /** The discount rate, the hurdle rate and the IRR hurdle. */
  rates: { discount: string; hurdle: string; irrHurdle: string };
  /** Government take. */
  governmentTake: DistributionJson;
  /** The state's NPV. */
  stateNpv: DistributionJson;
  /** The investor's NPV. */
  investorNpv: DistributionJson;
  /** The state's IRR. */
  stateIrr: DistributionJson;
  /** The investor's IRR. */
  investorIrr: DistributionJson;
  /** The share of paths where the state's NPV is below zero. */
  probabilityStateNpvBelowZero: string;
  /** The share of paths where the investor's IRR is below the IRR hurdle. */
  probabilityInvestorIrrBelowHurdle: string;
  /** Each side's share of the price risk, or null when no NPV varies. */
  riskShare: { state: string; investor: string } | null;
  /** Per commodity, the price percentiles per period. */
  priceBands: Record<string, PriceBandJson[]>;
}

const exact = (d: Decimal): string => d.toFixed();
const maybe = (d: Decimal | undefined): string | null => (d === undefined ? null : d.toFixed());

function distributionJson(d: Distribution): DistributionJson {
  return { count: d.count, undefinedPaths: d.undefinedPaths, mean: maybe(d.mean), standardDeviation: maybe(d.standardDeviation), p10: maybe(d.p10), p50: maybe(d.p50), p90: maybe(d.p90) };
}

/**
 * A price-risk run as a plain JSON value: every figure an exact decimal string (never a float),
 * null where a figure is undefined on every path.
 *
 * @example
 * ```ts
 * priceRiskJsonValue(risk.value).stateNpv.p50; // '1234567.89…'
 * ```
 */
export function priceRiskJsonValue(risk: PriceRisk): PriceRiskJson {
  return {
    contract: risk.contract,
    plan: risk.plan,
    currency: risk.currency,
    paths: risk.paths,
    seed: risk.seed,
    model: risk.model,
    parameters: risk.parameters,
    commodities: [...risk.commodities],
    priceUnits: { ...risk.priceUnits },
    pricePlaces: risk.pricePlaces,
    rates: { discount: exact(risk.rates.discount), hurdle: exact(risk.rates.hurdle), irrHurdle: exact(risk.rates.irrHurdle) },
    governmentTake: distributionJson(risk.governmentTake),
    stateNpv: distributionJson(risk.stateNpv),
    investorNpv: distributionJson(risk.investorNpv),
    stateIrr: distributionJson(risk.stateIrr),
    investorIrr: distributionJson(risk.investorIrr),
    probabilityStateNpvBelowZero: exact(risk.probabilityStateNpvBelowZero),
    probabilityInvestorIrrBelowHurdle: exact(risk.probabilityInvestorIrrBelowHurdle),
    riskShare: risk.riskShare === undefined ? null : { state: exact(risk.riskShare.state), investor: exact(risk.riskShare.investor) },
    priceBands: Object.fromEntries(risk.commodities.map((c) => [c, (risk.priceBands[c] ?? []).map((b) => ({ period: b.period, p10: exact(b.p10), p50: exact(b.p50), p90: exact(b.p90) }))])),
  };
}

/**
 * A price-risk run as JSON text (two-space indented, ending in a newline); see {@link PriceRiskJson}.
 *
 * @example
 * ```ts
 * writeFileSync('price-risk.json', formatPriceRiskJson(risk.value));
 * ```
 */
export function formatPriceRiskJson(risk: PriceRisk): string {
  return `${JSON.stringify(priceRiskJsonValue(risk), null, 2)}\n`;
}
