import { computePayouts } from '../../payout/index.js';
import { eitiPayments, type SdtPayments } from '../../eiti/index.js';
import { formatEitiCsv, formatEitiJson, formatEitiMarkdown, formatEitiPart4Csv, formatEitiPart5Csv, formatEitiText } from '../../format/index.js';
import { diagnosticLine } from '../diagnostic-line.js';
import { writeOutput } from '../output-file.js';
import { loadPayoutInputs, reportWarnings } from '../payout-inputs.js';
import type { Terminal } from '../terminal.js';
import { UsageError } from '../usage-error.js';

/** The options of `fairlode eiti`. */
export interface EitiCommandOptions {
  /** text, json, markdown, csv (the tidy data format), part4-csv or part5-csv (the template's tables). */
  readonly format: 'text' | 'json' | 'markdown' | 'csv' | 'part4-csv' | 'part5-csv';
  /** The file to write, or stdout. */
  readonly output: string | undefined;
  /** The fiscal year, e.g. FY2028. */
  readonly year: string;
  /** The paying company's name (for a joint venture, the project company). */
  readonly company?: string | undefined;
  /** The paying company's identifier. */
  readonly companyId?: string | undefined;
}

const FORMATS: Readonly<Record<EitiCommandOptions['format'], (sdt: SdtPayments) => string>> = {
  text: formatEitiText,
  json: formatEitiJson,
  markdown: formatEitiMarkdown,
  csv: formatEitiCsv,
  'part4-csv': formatEitiPart4Csv,
  'part5-csv': formatEitiPart5Csv,
};

/**
 * `fairlode eiti`: the project's payments to government for one fiscal year in the EITI Summary
 * Data Template shape: the template's Part 4 or Part 5 (`part4-csv`, `part5-csv`), or the tidy rows. Exit 0, or 2 when the inputs cannot be used or no period falls in the year.
 */
export async function runEiti(contractPath: string, actualsPaths: readonly string[], options: EitiCommandOptions, terminal: Terminal, cwd: string): Promise<number> {
  const { contract, actuals, inputs } = await loadPayoutInputs(cwd, contractPath, actualsPaths, terminal);
  const run = computePayouts(contract, actuals);
  if (!run.ok) throw new UsageError('the payouts cannot be computed', run.diagnostics.map(diagnosticLine));
  reportWarnings(run.diagnostics, terminal);
  if (options.company !== undefined && options.company.trim() === '') throw new UsageError('--company: give the paying company\'s name');
  const sdt = eitiPayments(contract, run.value.statements, { year: options.year, ...(options.company === undefined ? {} : { company: options.company }), ...(options.companyId === undefined ? {} : { companyId: options.companyId }) });
  if (!sdt.ok) throw new UsageError(sdt.diagnostics.map((d) => d.message).join('; '));
  reportWarnings(sdt.diagnostics, terminal);
  const text = (FORMATS[options.format] ?? formatEitiText)(sdt.value);
  await writeOutput(text, options.output, terminal, cwd, inputs);
  return 0;
}
