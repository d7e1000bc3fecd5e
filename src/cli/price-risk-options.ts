import { InvalidArgumentError, Option, type Command } from 'commander';
import type { PerCommodity, PriceModel, PriceRiskOptions } from '../fiscal/index.js';
import { UsageError } from './usage-error.js';

/** The price-risk flags of `fairlode analyse` as typed on the command line. */
export interface PriceRiskFlags {
  /** `--paths 10000`. */
  readonly paths: number | undefined;
  /** `--seed 7`. */
  readonly seed: string | undefined;
  /** `--model gbm|mean-reverting`. */
  readonly model: string | undefined;
  /** `--volatility 30%` or `copper=30%,gold=15%`. */
  readonly volatility: string | undefined;
  /** `--drift 2%` or per commodity. */
  readonly drift: string | undefined;
  /** `--long-run-mean copper=9000,gold=2000` (in the plan's currency and unit). */
  readonly longRunMean: string | undefined;
  /** `--reversion 0.5` (per year) or per commodity. */
  readonly reversion: string | undefined;
  /** `--correlation 0.5`. */
  readonly correlation: string | undefined;
}

/** A commander parser for a whole number of 1 or more, naming the flag when the value is not one. */
export function positiveNumber(name: string): (value: string) => number {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(`${name} must be a whole number, 1 or more, not "${value}".`);
    return Number(value);
  };
}

/** Declares the price-risk flags (`--paths`, the model's, `--concurrency`, `--no-progress`) on `analyse` or `report`. */
export function addPriceRiskOptions(command: Command): Command {
  return command
    .option('--paths <n>', 'price risk: simulate this many price paths and report the distribution of the metrics', positiveNumber('--paths'))
    .option('--seed <n>', 'price risk: the seed of the generator; the same seed gives the same result (default 1)')
    .addOption(new Option('--model <model>', 'price risk: geometric Brownian motion or mean-reverting prices (default gbm)').choices(['gbm', 'mean-reverting']))
    .option('--volatility <σ>', 'price risk: annual volatility of the log price, e.g. 30%, or copper=30%,gold=15%')
    .option('--drift <μ>', 'price risk, gbm: annual drift, e.g. 2% (default 0: prices expected flat)')
    .option('--long-run-mean <price>', "price risk, mean-reverting: the long-run (median) price in the plan's currency and unit, e.g. copper=9000,gold=2000 (default: the first period's price)")
    .option('--reversion <κ>', 'price risk, mean-reverting: the speed of reversion per year, e.g. 0.5')
    .option('--correlation <ρ>', "price risk: the correlation of the commodities' price shocks (default 0)")
    .option('--concurrency <n>', 'price risk: worker threads (default: one per core, from 128 paths on; 1 runs in this process)', positiveNumber('--concurrency'))
    .option('--no-progress', 'price risk: never show the progress bar on stderr');
}

/** The price-risk flags as commander parsed them. */
export function priceRiskFlags(opts: Record<string, unknown>): PriceRiskFlags {
  const text = (key: string) => opts[key] as string | undefined;
  return { paths: opts.paths as number | undefined, seed: text('seed'), model: text('model'), volatility: text('volatility'), drift: text('drift'), longRunMean: text('longRunMean'), reversion: text('reversion'), correlation: text('correlation') };
}

/** The flags that mean nothing without `--paths`, by option name. */
const MODEL_FLAGS = { seed: '--seed', model: '--model', volatility: '--volatility', drift: '--drift', longRunMean: '--long-run-mean', reversion: '--reversion', correlation: '--correlation' } as const;

/** `30%` → 0.3, `0.3` → 0.3, `-2%` → −0.02; anything else is a usage error naming the flag. */
function fraction(flag: string, text: string): number {
  const t = text.trim();
  const m = /^([-+]?(?:\d+(?:\.\d*)?|\.\d+))(%?)$/.exec(t);
  if (!m) throw new UsageError(`${flag} must be a number or a percentage such as 30%, not "${text}"`);
  const x = Number(m[1]);
  return m[2] === '%' ? x / 100 : x;
}

function plainNumber(flag: string, text: string): number {
  const t = text.trim();
  if (!/^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(t)) throw new UsageError(`${flag} must be a number, not "${text}"`);
  return Number(t);
}

/** `30%` for every commodity, or `copper=30%,gold=15%` per commodity. */
function perCommodity(flag: string, text: string, read: (flag: string, text: string) => number): PerCommodity<number> {
  if (!text.includes('=')) return read(flag, text);
  const out: Record<string, number> = {};
  for (const part of text.split(',')) {
    const eq = part.indexOf('=');
    const commodity = part.slice(0, eq).trim();
    if (eq <= 0 || commodity === '') throw new UsageError(`${flag} must be one value or commodity=value pairs such as copper=30%,gold=15%, not "${text}"`);
    if (Object.hasOwn(out, commodity)) throw new UsageError(`${flag} names ${commodity} twice`);
    out[commodity] = read(`${flag} ${commodity}`, part.slice(eq + 1));
  }
  return out;
}

/**
 * Reads the price-risk flags of `fairlode analyse` into options for `priceRisk`, or undefined when
 * `--paths` is not given (then any other price-risk flag is a usage error, as is `--prices` with
 * `--paths`). Values are read here, before any file: a percentage (`30%`) or a fraction (`0.3`),
 * one for every commodity or `copper=30%,gold=15%`. What the model itself refuses (a negative
 * volatility, a correlation outside [−1, 1], a commodity the plan does not price) is refused by
 * the fiscal engine once the plan is read, also as a usage error.
 */
export function priceRiskOptions(flags: PriceRiskFlags, pricesGiven: boolean): Omit<PriceRiskOptions, 'beyondTerm' | 'discountRate' | 'hurdleRate'> | undefined {
  if (flags.paths === undefined) {
    const stray = (Object.keys(MODEL_FLAGS) as (keyof typeof MODEL_FLAGS)[]).filter((k) => flags[k] !== undefined);
    if (stray.length > 0) throw new UsageError(`${stray.map((k) => MODEL_FLAGS[k]).join(', ')} ${stray.length === 1 ? 'needs' : 'need'} --paths: the number of price paths to simulate`);
    return undefined;
  }
  if (pricesGiven) throw new UsageError('--prices and --paths cannot be combined: --prices holds a price flat, --paths simulates it');
  if (flags.paths < 1) throw new UsageError('--paths must be 1 or more');
  const model = (flags.model ?? 'gbm') as PriceModel;
  if (model !== 'gbm' && model !== 'mean-reverting') throw new UsageError(`--model must be gbm or mean-reverting, not "${flags.model}"`);
  if (flags.volatility === undefined) throw new UsageError('--paths needs --volatility, e.g. --volatility 30% or --volatility copper=30%,gold=15%');
  const seedText = flags.seed ?? '1';
  if (!/^\d{1,20}$/.test(seedText.trim())) throw new UsageError(`--seed must be a whole number, not "${seedText}"`);
  if (model === 'gbm') {
    if (flags.longRunMean !== undefined || flags.reversion !== undefined) throw new UsageError('--long-run-mean and --reversion belong to --model mean-reverting');
  } else {
    if (flags.drift !== undefined) throw new UsageError('--drift belongs to --model gbm; a mean-reverting price drifts to --long-run-mean');
    if (flags.reversion === undefined) throw new UsageError('--model mean-reverting needs --reversion: the speed of reversion per year, e.g. 0.5 (a half-life of ln 2/0.5 = 1.4 years)');
  }
  const seed = BigInt(seedText.trim());
  return {
    paths: flags.paths,
    seed: seed <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(seed) : seed,
    model,
    volatility: perCommodity('--volatility', flags.volatility, fraction),
    ...(flags.drift === undefined ? {} : { drift: perCommodity('--drift', flags.drift, fraction) }),
    ...(flags.longRunMean === undefined ? {} : { longRunMean: perCommodity('--long-run-mean', flags.longRunMean, plainNumber) }),
    ...(flags.reversion === undefined ? {} : { speed: perCommodity('--reversion', flags.reversion, plainNumber) }),
    ...(flags.correlation === undefined ? {} : { correlation: plainNumber('--correlation', flags.correlation) }),
  };
}

/** The flag of each per-commodity option, for messages. */
const FLAG_OF = { volatility: '--volatility', drift: '--drift', longRunMean: '--long-run-mean', speed: '--reversion' } as const;

/**
 * Refuses a per-commodity value for a commodity the plan does not price (a misspelt `coper=30%`
 * would otherwise be ignored while copper is left without a value).
 */
export function refuseUnknownCommodities(options: Pick<PriceRiskOptions, keyof typeof FLAG_OF>, simulated: readonly string[]): void {
  for (const key of Object.keys(FLAG_OF) as (keyof typeof FLAG_OF)[]) {
    const value = options[key];
    if (value === undefined || typeof value === 'number') continue;
    for (const c of Object.keys(value)) if (!simulated.includes(c)) throw new UsageError(`${FLAG_OF[key]} names ${c}, which the plan does not price (it prices ${simulated.join(', ')})`);
  }
}

/** A price-model option's name in an engine message (`volatility: …`) as the flag that set it (`--volatility: …`). */
export function withFlagNames(message: string): string {
  const m = /^(volatility|drift|longRunMean|speed|correlation): /.exec(message);
  if (!m) return message;
  const flag = m[1] === 'correlation' ? '--correlation' : FLAG_OF[m[1] as keyof typeof FLAG_OF];
  return `${flag}: ${message.slice(m[0].length)}`;
}
