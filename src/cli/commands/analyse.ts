import { resolve } from 'node:path';
import { FairlodeError, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { analyse, analysePriceDeck, flatPriceDeck, loadPlan, readPriceDeckText, type AnalyseOptions } from '../../fiscal/index.js';
import { formatFiscalCsv, formatFiscalJson, formatFiscalMarkdown, formatFiscalText, formatPriceRiskCsv, formatPriceRiskJson, formatPriceRiskMarkdown, formatPriceRiskText } from '../../format/index.js';
import { readTextFile, displayPath } from '../../node/text-files.js';
import { loadContractFile } from '../../node/load-files.js';
import { diagnosticLine } from '../diagnostic-line.js';
import { writeOutput } from '../output-file.js';
import { reportWarnings } from '../payout-inputs.js';
import { priceRiskOptions, withFlagNames, type PriceRiskFlags } from '../price-risk-options.js';
import { runPriceRisk } from '../price-risk-run.js';
import type { Terminal } from '../terminal.js';
import { UsageError } from '../usage-error.js';
import { rateOption } from '../rate-option.js';

/** The options of `fairlode analyse`. */
export interface AnalyseCommandOptions {
  /** `--prices copper=6000,8000,10000 USD/t`: one price, or a deck of several. */
  readonly prices: string | undefined;
  /** `--discount 10%`. */
  readonly discount: string | undefined;
  /** `--hurdle 12%`. */
  readonly hurdle: string | undefined;
  /** `--beyond-term extend`. */
  readonly beyondTerm: 'refuse' | 'extend';
  /** text, json, markdown or csv. */
  readonly format: 'text' | 'json' | 'markdown' | 'csv';
  /** The file to write, or stdout. */
  readonly output: string | undefined;
  /** The price-risk flags (`--paths` and the model's). */
  readonly risk?: PriceRiskFlags | undefined;
  /** `--concurrency`: worker threads for price paths (1: in this process; default: one per core for many paths). */
  readonly concurrency?: number | undefined;
  /** `--no-progress` sets this false. */
  readonly progress?: boolean | undefined;
}

/**
 * Reads `--prices commodity=p1,p2,…`: each price a unit price such as `8000 USD/t`; a bare number
 * takes the currency and unit of the last price, so `copper=6000,8000,10000 USD/t` is a deck of three.
 */
export function priceDeckOption(text: string): { commodity: string; prices: string[] } {
  const read = readPriceDeckText(text);
  if (read.ok) return { commodity: read.commodity, prices: read.prices };
  throw new UsageError(read.problem === 'shape' ? `--prices must look like copper=6000,8000,10000 USD/t, not "${text}"` : `--prices needs a currency and unit on its last price, e.g. copper=6000,8000 USD/t`);
}

function cannotAnalyse(diagnostics: readonly Diagnostic[]): UsageError {
  const lines = diagnostics.map(diagnosticLine);
  if (diagnostics.some((d) => d.code === 'fiscal/beyond-term')) lines.push('on the command line, --beyond-term extend assumes the fiscal terms continue');
  return new UsageError('the analysis cannot be made', lines);
}

/** `fairlode analyse`: fiscal metrics of a life-of-mine plan under a contract, or a price deck of them. */
export async function runAnalyse(contractPath: string, planPath: string, options: AnalyseCommandOptions, terminal: Terminal, cwd: string): Promise<number> {
  // Options first: a mistyped rate is reported before any file is read.
  const analysisOptions: AnalyseOptions = {
    beyondTerm: options.beyondTerm,
    ...(options.discount === undefined ? {} : { discountRate: rateOption('--discount', options.discount) }),
    ...(options.hurdle === undefined ? {} : { hurdleRate: rateOption('--hurdle', options.hurdle) }),
  };
  const deck = options.prices === undefined ? undefined : priceDeckOption(options.prices);
  const risk = options.risk === undefined ? undefined : priceRiskOptions(options.risk, options.prices !== undefined);
  const contract = await loadContractFile(resolve(cwd, contractPath), { cwd });
  if (!contract.ok) throw new UsageError(`the contract ${contractPath} cannot be used`, contract.diagnostics.map(diagnosticLine));
  reportWarnings(contract.diagnostics, terminal);
  const planFile = resolve(cwd, planPath);
  const shown = displayPath(planFile, cwd);
  const text = await readTextFile(planFile, shown);
  if (!text.ok) throw new UsageError(`the plan ${planPath} cannot be used`, text.diagnostics.map(diagnosticLine));
  const plan = loadPlan(text.value, { filename: shown, contract: contract.value.contract });
  if (!plan.ok) throw new UsageError(`the plan ${planPath} cannot be used`, plan.diagnostics.map(diagnosticLine));
  reportWarnings(plan.diagnostics, terminal);

  try {
    if (risk !== undefined) {
      const result = await runPriceRisk(contract.value, plan.value, { ...analysisOptions, ...risk }, options, { contract: contractPath, plan: planPath }, terminal, cwd);
      if (!result.ok) throw cannotAnalyse(result.diagnostics);
      reportWarnings(result.diagnostics, terminal);
      const v = result.value;
      const out = options.format === 'json' ? formatPriceRiskJson(v) : options.format === 'markdown' ? formatPriceRiskMarkdown(v) : options.format === 'csv' ? formatPriceRiskCsv(v) : formatPriceRiskText(v);
      await writeOutput(out, options.output, terminal, cwd, [{ path: contractPath, role: 'the contract' }, { path: planFile, role: 'the plan' }]);
      return 0;
    }
    const result =
      deck === undefined
        ? analyse(contract.value, plan.value, analysisOptions)
        : deck.prices.length === 1
          ? analyse(contract.value, plan.value, { ...analysisOptions, prices: { flat: { [deck.commodity]: deck.prices[0]! } } })
          : analysePriceDeck(contract.value, plan.value, flatPriceDeck(deck.commodity, deck.prices), { ...analysisOptions, breakeven: false });
    if (!result.ok) throw cannotAnalyse(result.diagnostics);
    reportWarnings(result.diagnostics, terminal);
    const value = result.value;
    const out = options.format === 'json' ? formatFiscalJson(value) : options.format === 'markdown' ? formatFiscalMarkdown(value) : options.format === 'csv' ? formatFiscalCsv(value) : formatFiscalText(value);
    await writeOutput(out.endsWith('\n') ? out : `${out}\n`, options.output, terminal, cwd, [{ path: contractPath, role: 'the contract' }, { path: planFile, role: 'the plan' }]);
    return 0;
  } catch (error) {
    if (error instanceof FairlodeError) throw new UsageError(withFlagNames(error.message));
    throw error;
  }
}
