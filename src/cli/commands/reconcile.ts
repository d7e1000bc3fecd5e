import { resolve } from 'node:path';
import { parseRate } from '../../money/rate.js';
import { parseMoney } from '../../money/money.js';
import { parseSdtCsv, reconcile, type DecimalSeparator, type SdtRow } from '../../eiti/index.js';
import { formatReconciliationCsv, formatReconciliationJson, formatReconciliationMarkdown, formatReconciliationText } from '../../format/index.js';
import { readTextFile } from '../../node/text-files.js';
import { diagnosticLine } from '../diagnostic-line.js';
import { writeOutput } from '../output-file.js';
import type { Terminal } from '../terminal.js';
import { UsageError } from '../usage-error.js';

/** The options of `fairlode reconcile`. */
export interface ReconcileCommandOptions {
  /** text, json, markdown or csv. */
  readonly format: 'text' | 'json' | 'markdown' | 'csv';
  /** The file to write, or stdout. */
  readonly output: string | undefined;
  /** The discrepancy threshold, a share such as "1%". */
  readonly discrepancyThreshold?: string | undefined;
  /** Deprecated name of {@link ReconcileCommandOptions.discrepancyThreshold}. */
  readonly materiality: string | undefined;
  /** A variance floor, e.g. "100000 USD": a discrepancy must exceed the share and this amount. */
  readonly floor?: string | undefined;
  /** An absolute materiality amount, e.g. "10000 USD". */
  readonly absolute: string | undefined;
  /** The one period reconciled, e.g. "FY2028"; rows of another year are set aside. */
  readonly period?: string | undefined;
  /** The decimal separator of both files' amounts: "point" (default) or "comma". */
  readonly decimal?: string | undefined;
}

async function rows(cwd: string, file: string, decimal: DecimalSeparator, year: string | undefined): Promise<SdtRow[]> {
  const text = await readTextFile(resolve(cwd, file), file);
  if (!text.ok) throw new UsageError(`${file} cannot be read`, text.diagnostics.map(diagnosticLine));
  const parsed = parseSdtCsv(text.value, file, { decimal, ...(year === undefined ? {} : { year }) });
  if (!parsed.ok) throw new UsageError(`${file} cannot be used`, parsed.diagnostics.map(diagnosticLine));
  return parsed.value;
}

/**
 * `fairlode reconcile`: matches company-reported against government-reported payments. Exit 0
 * when everything matches within the discrepancy threshold, 1 on a material discrepancy or an unmatched row,
 * 2 when a file cannot be used.
 */
export async function runReconcile(companyPath: string, governmentPath: string, options: ReconcileCommandOptions, terminal: Terminal, cwd: string): Promise<number> {
  if (options.materiality !== undefined) terminal.err(`warning: --materiality is deprecated: it is a discrepancy threshold, now --discrepancy-threshold${options.discrepancyThreshold === undefined ? '' : ', which is used'}\n`);
  const shareText = options.discrepancyThreshold ?? options.materiality;
  const shareName = options.discrepancyThreshold === undefined ? '--materiality' : '--discrepancy-threshold';
  const share = shareText === undefined ? undefined : parseRate(shareText);
  if (share && !share.ok) throw new UsageError(`${shareName} ${shareText}: ${share.problem.message}`);
  const floor = options.floor === undefined ? undefined : parseMoney(options.floor);
  if (floor && !floor.ok) throw new UsageError(`--floor ${options.floor}: ${floor.problem.message}`);
  const absolute = options.absolute === undefined ? undefined : parseMoney(options.absolute);
  if (absolute && !absolute.ok) throw new UsageError(`--absolute ${options.absolute}: ${absolute.problem.message}`);
  const decimal = options.decimal ?? 'point';
  if (decimal !== 'point' && decimal !== 'comma') throw new UsageError(`--decimal ${decimal}: write point or comma`);
  const [company, government] = [await rows(cwd, companyPath, decimal, options.period), await rows(cwd, governmentPath, decimal, options.period)];
  const r = reconcile(company, government, { ...(share ? { discrepancyThreshold: share.value } : {}), ...(floor ? { floor: floor.value } : {}), ...(absolute ? { absolute: absolute.value } : {}), ...(options.period === undefined ? {} : { period: options.period }) });
  const text = options.format === 'json' ? formatReconciliationJson(r) : options.format === 'markdown' ? formatReconciliationMarkdown(r) : options.format === 'csv' ? formatReconciliationCsv(r) : formatReconciliationText(r);
  await writeOutput(text, options.output, terminal, cwd, [
    { path: companyPath, role: 'the company-reported file' },
    { path: governmentPath, role: 'the government-reported file' },
  ]);
  return r.discrepancies.length > 0 || r.companyOnly.length > 0 || r.governmentOnly.length > 0 ? 1 : 0;
}
