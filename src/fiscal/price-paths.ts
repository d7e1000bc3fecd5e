import { FairlodeError } from '../diagnostics/diagnostic.js';
import { choleskyFactor, correlationMatrix, type PriceCorrelation } from './price-correlation.js';
import type { SeededRandom } from './seeded-random.js';

/**
 * How prices move from year to year:
 *
 * - `gbm`: geometric Brownian motion, P(t+Δt) = P(t)·exp((μ − σ²/2)Δt + σ√Δt·Z), so that
 *   E[P(t)] = P(0)·e^(μt);
 * - `mean-reverting`: an exponential Ornstein–Uhlenbeck process: the log price x = ln P reverts to
 *   ln(long-run price) at speed κ, stepped exactly: x(t+Δt) = x(t)·e^(−κΔt) + ln(P̄)(1 − e^(−κΔt))
 *   + σ·√((1 − e^(−2κΔt))/(2κ))·Z. P̄ is the long-run median price (the mean is P̄·e^(σ²/4κ)).
 */
export type PriceModel = 'gbm' | 'mean-reverting';

/** A parameter given once for every commodity, or per commodity id. */
export type PerCommodity<T> = T | Readonly<Record<string, T>>;

/** Options for {@link pricePathGenerator}. */
export interface PricePathOptions {
  /** The model. */
  readonly model: PriceModel;
  /** The commodities simulated, in the order of the correlation matrix. */
  readonly commodities: readonly string[];
  /** The price of each commodity at step 0 (the first period's price, known today). */
  readonly start: Readonly<Record<string, number>>;
  /** The number of steps after step 0 (a path has `steps + 1` prices). */
  readonly steps: number;
  /** The annual volatility σ of the log price (0.3 is 30%). */
  readonly volatility: PerCommodity<number>;
  /** `gbm`: the annual drift μ (default 0: prices expected flat). */
  readonly drift?: PerCommodity<number> | undefined;
  /** `mean-reverting`: the long-run (median) price P̄ per commodity (default: the start price). */
  readonly longRunMean?: PerCommodity<number> | undefined;
  /** `mean-reverting`: the speed of reversion κ per year (required, > 0; ln 2/κ is the half-life). */
  readonly speed?: PerCommodity<number> | undefined;
  /** The correlation of the commodities' shocks (default 0: independent). */
  readonly correlation?: PriceCorrelation | undefined;
  /** The length of a step in years (default 1). */
  readonly stepYears?: number | undefined;
}

/** A generator of correlated price paths: `next` draws one path per commodity. */
export interface PricePathGenerator {
  /** The commodities, in the order of the paths. */
  readonly commodities: readonly string[];
  /** Draws the next set of paths: one array of `steps + 1` prices per commodity, in order. */
  next(random: SeededRandom): Float64Array[];
}

function bad(argument: string, message: string): never {
  throw new FairlodeError({ code: 'fiscal/invalid-price-model', message: `${argument}: ${message}` });
}

function pick(name: string, value: PerCommodity<number> | undefined, commodity: string, fallback: number | undefined, check: (x: number) => boolean, rule: string): number {
  const x = value === undefined ? fallback : typeof value === 'number' ? value : value[commodity] ?? fallback;
  if (x === undefined) bad(name, `no value for ${commodity}`);
  if (typeof x !== 'number' || !Number.isFinite(x) || !check(x)) bad(name, `${String(x)} for ${commodity} is not ${rule}`);
  return x;
}

/**
 * Makes a generator of correlated price paths, one per commodity, under geometric Brownian motion
 * or a mean-reverting model (see {@link PriceModel}). The shocks of a step are independent normal
 * deviates from the caller's {@link SeededRandom}, correlated through the Cholesky factor of the
 * correlation matrix; the same seed gives the same paths. Prices are JS numbers here: the price
 * risk analysis rounds them to exact decimals before the fiscal engine sees them. Wrong options
 * throw a `FairlodeError` naming the option.
 *
 * @example
 * ```ts
 * const gen = pricePathGenerator({ model: 'gbm', commodities: ['copper', 'gold'], start: { copper: 8700, gold: 2350 },
 *   steps: 29, volatility: 0.3, drift: 0.02, correlation: 0.5 });
 * const [copper, gold] = gen.next(new SeededRandom(7)); // 30 prices each
 * ```
 */
export function pricePathGenerator(options: PricePathOptions): PricePathGenerator {
  const { model, commodities, steps } = options;
  if (model !== 'gbm' && model !== 'mean-reverting') bad('model', `"${String(model)}" is not gbm or mean-reverting`);
  if (!Array.isArray(commodities) || commodities.length === 0) bad('commodities', 'at least one commodity is needed');
  if (!Number.isSafeInteger(steps) || steps < 0) bad('steps', `${String(steps)} is not a whole number of steps`);
  const dt = options.stepYears ?? 1;
  if (!Number.isFinite(dt) || dt <= 0) bad('stepYears', `${String(dt)} is not a positive length`);
  const n = commodities.length;
  const start = commodities.map((c) => pick('start', options.start as PerCommodity<number>, c, undefined, (x) => x > 0, 'a positive price'));
  const sigma = commodities.map((c) => pick('volatility', options.volatility, c, undefined, (x) => x >= 0, 'a volatility of 0 or more'));
  const l = choleskyFactor(correlationMatrix(n, options.correlation));
  // Per commodity, per step: x(t+1) = a·x(t) + b + c·Z on the log price.
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  const c = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = sigma[i]!;
    if (model === 'gbm') {
      const mu = pick('drift', options.drift, commodities[i]!, 0, () => true, 'a number');
      a[i] = 1;
      b[i] = (mu - (s * s) / 2) * dt;
      c[i] = s * Math.sqrt(dt);
    } else {
      const kappa = pick('speed', options.speed, commodities[i]!, undefined, (x) => x > 0, 'a positive speed of reversion');
      const mean = pick('longRunMean', options.longRunMean, commodities[i]!, start[i], (x) => x > 0, 'a positive price');
      const decay = Math.exp(-kappa * dt);
      a[i] = decay;
      b[i] = Math.log(mean) * (1 - decay);
      c[i] = s * Math.sqrt((1 - Math.exp(-2 * kappa * dt)) / (2 * kappa));
    }
  }
  const logStart = start.map((p) => Math.log(p));
  const eps = new Float64Array(n);
  return Object.freeze({
    commodities: Object.freeze([...commodities]),
    next(random: SeededRandom): Float64Array[] {
      const paths = commodities.map(() => new Float64Array(steps + 1));
      const x = Float64Array.from(logStart);
      for (let i = 0; i < n; i++) paths[i]![0] = start[i]!;
      for (let t = 1; t <= steps; t++) {
        for (let i = 0; i < n; i++) eps[i] = random.nextNormal();
        for (let i = 0; i < n; i++) {
          let z = 0;
          for (let k = 0; k <= i; k++) z += l[i]![k]! * eps[k]!;
          x[i] = a[i]! * x[i]! + b[i]! + c[i]! * z;
          paths[i]![t] = Math.exp(x[i]!);
        }
      }
      return paths;
    },
  });
}
