import { resolve } from 'node:path';
import { FairlodeError, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { LoadedActuals, LoadedContract } from '../../contract/index.js';
import { consolidateDeal, type Deal } from '../../deal/index.js';
import { diffContracts, type DiffOptions } from '../../diff/index.js';
import { flatPriceDeck, type LoadedPlan } from '../../fiscal/index.js';
import { formatDiffJson, formatDiffMarkdown, formatDiffText } from '../../format/index.js';
import { addDays, parseDate, type IsoDate } from '../../time/index.js';
import { isDealPath, loadDealPath } from '../../node/load-deal-files.js';
import { loadActualsFiles, loadContractFile, loadPlanFile } from '../../node/load-files.js';
import { displayPath } from '../../node/text-files.js';
import { expandPaths } from '../contract-files.js';
import { diagnosticLine } from '../diagnostic-line.js';
import { writeOutput, type InputFile } from '../output-file.js';
import { reportWarnings } from '../payout-inputs.js';
import type { Terminal } from '../terminal.js';
import { UsageError } from '../usage-error.js';
import { rateOption } from '../rate-option.js';
import { priceDeckOption } from './analyse.js';

/** The options of `fairlode diff`. */
export interface DiffCommandOptions {
  /** For a deal: the date (or instrument id) of the old terms. */
  readonly before: string | undefined;
  /** For a deal: the date (or instrument id) of the new terms. */
  readonly after: string | undefined;
  /** Period actuals: files, folders or globs. */
  readonly actuals: readonly string[];
  /** A life-of-mine plan. */
  readonly plan: string | undefined;
  /** `copper=6000,8000,10000 USD/t`. */
  readonly prices: string | undefined;
  /** The state's discount rate. */
  readonly discount: string | undefined;
  /** The compliance profile. */
  readonly profile: string | undefined;
  /** text, markdown or json. */
  readonly format: 'text' | 'markdown' | 'json';
  /** The file to write, or stdout. */
  readonly output: string | undefined;
}

interface Side {
  readonly contract: LoadedContract;
  readonly label: string;
}

/** A date, or an instrument id meaning the terms from the day it takes effect. */
function dateOf(deal: Deal, when: string, option: string): IsoDate {
  const date = parseDate(when);
  if (date.ok) return date.value;
  const instrument = deal.instruments.find((i) => i.id === when);
  if (instrument) return instrument.effective;
  throw new UsageError(`${option} must be a date written YYYY-MM-DD or the id of an instrument of the deal (${deal.instruments.map((i) => i.id).join(', ')}), not "${when}"`);
}

/**
 * `fairlode diff`: what changes between two contracts, two instruments of a chain, or a deal before
 * and after an amendment. Exit 0 when the diff is written, 2 when an input cannot be used.
 */
export async function runDiff(oldPath: string, newPath: string | undefined, options: DiffCommandOptions, terminal: Terminal, cwd: string): Promise<number> {
  const deck = options.prices === undefined ? undefined : priceDeckOption(options.prices);
  const discountRate = options.discount === undefined ? undefined : rateOption('--discount', options.discount);
  const inputs: InputFile[] = [];
  const deals = new Map<string, Deal>();
  const side = async (path: string, when: string | undefined, role: 'before' | 'after'): Promise<Side> => {
    if (await isDealPath(path, cwd)) {
      let deal = deals.get(path);
      if (!deal) {
        const { result, files } = await loadDealPath(path, { cwd });
        inputs.push(...files.map((p) => ({ path: p, role: 'an instrument of the deal' })));
        if (!result.ok) throw new UsageError(`the deal ${path} cannot be used`, result.diagnostics.map(diagnosticLine));
        reportWarnings(result.diagnostics, terminal);
        deal = result.value;
        deals.set(path, deal);
      }
      // By default: the terms just before and from the last instrument's date, i.e. what it changed.
      const last = deal.instruments[deal.instruments.length - 1]!.effective;
      const date = when !== undefined ? dateOf(deal, when, `--${role}`) : role === 'after' ? last : addDays(last, -1);
      const terms = consolidateDeal(deal, date);
      if (!terms.ok) throw new UsageError(`the terms of ${path} on ${date} cannot be consolidated`, terms.diagnostics.map(diagnosticLine));
      return { contract: terms.value.contract, label: `${path} on ${date}` };
    }
    if (when !== undefined) throw new UsageError(`--${role} applies to a deal (a folder or deal.yaml), not to the contract file ${path}`);
    const file = resolve(cwd, path);
    inputs.push({ path: file, role: 'a contract' });
    const loaded = await loadContractFile(file, { cwd });
    if (!loaded.ok) throw new UsageError(`the contract ${path} cannot be used`, loaded.diagnostics.map(diagnosticLine));
    reportWarnings(loaded.diagnostics, terminal);
    return { contract: loaded.value, label: displayPath(file, cwd) };
  };
  if (newPath === undefined && !(await isDealPath(oldPath, cwd))) throw new UsageError(`give two contracts, or a deal (a folder or deal.yaml) to compare before and after an amendment`);
  const before = await side(oldPath, options.before, 'before');
  const after = await side(newPath ?? oldPath, options.after, 'after');

  let actuals: LoadedActuals[] | undefined;
  if (options.actuals.length > 0) {
    const files = await expandPaths(cwd, options.actuals);
    inputs.push(...files.map((path) => ({ path, role: 'an actuals file' })));
    actuals = await againstEither(before, after, async (contract) => loadActualsFiles(files, { contract, cwd }), 'actuals');
  }
  let plan: LoadedPlan | undefined;
  if (options.plan !== undefined) {
    const file = resolve(cwd, options.plan);
    inputs.push({ path: file, role: 'the plan' });
    plan = await againstEither(before, after, async (contract) => loadPlanFile(file, { contract, cwd }), `the plan ${options.plan}`);
  }
  const diffOptions: DiffOptions = {
    labels: { before: before.label, after: after.label },
    ...(options.profile === undefined ? {} : { profile: options.profile }),
    ...(actuals === undefined ? {} : { actuals }),
    ...(plan === undefined ? {} : { plan, analysis: { beyondTerm: 'extend', ...(discountRate === undefined ? {} : { discountRate }) } }),
    ...(deck === undefined ? {} : { prices: flatPriceDeck(deck.commodity, deck.prices) }),
  };
  let result;
  try {
    result = diffContracts(before.contract, after.contract, diffOptions);
  } catch (error) {
    if (error instanceof FairlodeError) throw new UsageError(error.message);
    throw error;
  }
  if (!result.ok) throw new UsageError('the two sets of terms cannot be compared', result.diagnostics.map(diagnosticLine));
  reportWarnings(result.diagnostics.filter((d) => d.severity !== 'info'), terminal);
  const text = options.format === 'json' ? formatDiffJson(result.value) : options.format === 'markdown' ? formatDiffMarkdown(result.value) : formatDiffText(result.value);
  await writeOutput(text.endsWith('\n') ? text : `${text}\n`, options.output, terminal, cwd, inputs);
  return 0;
}

/**
 * Loads an input against the old contract, or, when it names the new one, against that: actuals
 * and plans name the contract they belong to, and a diff's two sides may have different ids.
 */
async function againstEither<T>(before: Side, after: Side, load: (c: LoadedContract) => Promise<{ ok: true; value: T; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] }>, what: string): Promise<T> {
  let r = await load(before.contract);
  const wrong = (d: Diagnostic) => d.code.endsWith('/wrong-contract');
  if (!r.ok && r.diagnostics.filter((d) => d.severity === 'error').every(wrong) && after.contract.contract.id !== before.contract.contract.id) r = await load(after.contract);
  if (!r.ok) throw new UsageError(`the ${what} cannot be used`, r.diagnostics.filter((d) => d.severity === 'error').map(diagnosticLine));
  return r.value;
}
