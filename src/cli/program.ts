import { Command, InvalidArgumentError, Option } from 'commander';
import type { Severity } from '../diagnostics/diagnostic.js';
import { VERSION } from '../version.js';
import { addPriceRiskOptions, positiveNumber, priceRiskFlags } from './price-risk-options.js';
import { registerReportCommand } from './report-command.js';
import { registerWorkbenchCommand } from './workbench-command.js';
import { REPORT_FORMATS, SEVERITIES, type OutputTarget, type ReportFormat } from './report-formats.js';
import type { Terminal } from './terminal.js';
import { UsageError } from './usage-error.js';

// Commands are declared here with their options and help; each command's code is imported only
// when it runs, so `fairlode --version` and `--help` load nothing but this file and commander.

/** Where a command's action leaves its exit code. */
export interface RunState {
  /** The exit code to end with. */
  exitCode: number;
}

function wholeNumber(name: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`${name} must be a whole number, not "${value}".`);
    return Number(value);
  };
}

function examples(lines: readonly [string, string][]): string {
  const width = Math.max(...lines.map(([cmd]) => cmd.length));
  return `\nExamples:\n${lines.map(([cmd, what]) => `  $ ${cmd.padEnd(width)}  ${what}`).join('\n')}\n`;
}

/**
 * Pairs each `--output` with the `--format` before it, as `-f sarif -o out.sarif -f stylish`
 * reads. An `--output` before any `--format` waits for the next one; with no `--format` at all it
 * applies to stylish.
 */
class OutputPairing {
  private readonly formats: { format: ReportFormat; file: string | undefined }[] = [];
  private readonly pendingFiles: string[] = [];

  format(value: string): void {
    if (!(REPORT_FORMATS as readonly string[]).includes(value)) throw new InvalidArgumentError(`the formats are ${REPORT_FORMATS.join(', ')}.`);
    const file = this.pendingFiles.shift();
    this.formats.push({ format: value as ReportFormat, file });
  }

  output(file: string): void {
    const last = this.formats.at(-1);
    if (last && last.file === undefined && this.pendingFiles.length === 0) last.file = file;
    else this.pendingFiles.push(file);
  }

  targets(): OutputTarget[] {
    const targets = [...this.formats];
    if (targets.length === 0 && this.pendingFiles.length === 1) return [{ format: 'stylish', file: this.pendingFiles[0] }];
    if (this.pendingFiles.length > 0) throw new UsageError(`--output ${this.pendingFiles.join(', ')} follows no --format of its own; write -f <format> -o <file> for each file`);
    return targets;
  }
}

/** Builds the `fairlode` program: every command with its options, help and examples. */
export function buildProgram(terminal: Terminal, cwd: string, state: RunState): Command {
  const program = new Command('fairlode');
  program
    .description('Check, compute and explain resource-partnership contracts written as YAML or JSON.')
    .version(VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .helpCommand('help [command]', 'show help for a command')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => terminal.out(s),
      writeErr: (s) => terminal.err(s),
      outputError: (s, write) => write(`fairlode: ${s.replace(/^error: /, '')}`),
    })
    .addHelpText(
      'after',
      examples([
        ['fairlode check', 'check the contracts found from here'],
        ['fairlode check contracts/ -f sarif -o fairlode.sarif -f stylish', 'SARIF for code scanning, text for you'],
        ['fairlode payout contracts/chagai.yaml actuals/chagai/', 'payout statements for every period'],
        ['fairlode explain contracts/chagai.yaml actuals/chagai/ --line copper-royalty', 'how one amount was computed'],
        ['fairlode analyse contract.yaml plan.yaml --discount 10%', 'government take, AETR, NPV, IRR, breakeven'],
        ['fairlode rules', 'the compliance rules'],
        ['fairlode init', 'a starter contract and config here'],
      ]) + '\nExit codes: 0 clean, 1 findings at the failing severity, 2 unusable input or usage error.\nDocs: docs/cli.md\n',
    );

  const pairing = new OutputPairing();
  program
    .command('check')
    .summary('check contracts against the format and the compliance profile')
    .description(
      'Loads, validates and checks contracts against the configured compliance profile. With no paths, checks the "contracts" of fairlode.config.yaml, or else every YAML or JSON file under the current folder whose top level has "fairlode:". A folder is searched for YAML and JSON files; globs are expanded. The config is fairlode.config.yaml (or .yml or .json) in the current folder or the nearest folder above it.',
    )
    .argument('[paths...]', 'contract files, folders or globs')
    .option('-c, --config <file>', 'use this config file instead of looking for fairlode.config.yaml')
    .option('-p, --profile <name|file>', 'compliance profile: recommended, strict, kenya, or a profile file')
    .option('-f, --format <format>', `report format, repeatable: ${REPORT_FORMATS.join(', ')} (default stylish)`, (v: string) => pairing.format(v))
    .option('-o, --output <file>', 'write the preceding --format to this file instead of stdout; repeatable', (v: string) => pairing.output(v))
    .addOption(new Option('--fail-severity <severity>', 'fail (exit 1) on findings at or above this severity (default error)').choices(SEVERITIES))
    .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this', wholeNumber('--max-warnings'))
    .option('-q, --quiet', 'report errors only')
    .option('--color', 'colour the stylish output even when stdout is not a terminal')
    .option('--no-color', 'never colour the output (NO_COLOR=1 does the same)')
    .option('--concurrency <n>', 'threads checking files, this one and n - 1 workers (default: one per core, from 200 files on; 1 checks in this thread alone)', positiveNumber('--concurrency'))
    .option('--no-progress', 'never show the progress line on stderr')
    .option('--plan <file>', 'a life-of-mine plan: the rules that read numbers (government take, progressivity, the state\u2019s first dividend) judge the contract it names')
    .addOption(new Option('--beyond-term <policy>', 'with --plan: plan periods after the contract term are refused, or analysed on the same terms').choices(['refuse', 'extend']).default('refuse'))
    .addHelpText(
      'after',
      examples([
        ['fairlode check', 'the contracts found from here'],
        ['fairlode check examples/contracts', 'every contract in a folder'],
        ['fairlode check "contracts/**/*.yaml" --profile strict', 'with the strict profile'],
        ['fairlode check -f sarif -o fairlode.sarif -f stylish', 'SARIF to a file and text to the terminal'],
        ['fairlode check -f junit -o fairlode-junit.xml', 'a JUnit report for GitLab'],
        ['fairlode check -f github', 'annotations in GitHub Actions'],
        ['fairlode check --fail-severity warning --max-warnings 10', 'stricter failure'],
      ]) + '\nExit codes: 0 nothing at the failing severity, 1 findings at it or too many warnings,\n2 a file that cannot be read or parsed, a bad config or option.\n',
    )
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const { runCheck } = await import('./commands/check.js');
      state.exitCode = await runCheck(
        paths,
        {
          outputs: pairing.targets(),
          ...(opts.config === undefined ? {} : { config: opts.config as string }),
          ...(opts.profile === undefined ? {} : { profile: opts.profile as string }),
          ...(opts.failSeverity === undefined ? {} : { failSeverity: opts.failSeverity as Severity }),
          ...(opts.maxWarnings === undefined ? {} : { maxWarnings: opts.maxWarnings as number }),
          ...(opts.quiet === undefined ? {} : { quiet: opts.quiet as boolean }),
          ...(opts.color === undefined ? {} : { color: opts.color as boolean }),
          ...(opts.concurrency === undefined ? {} : { concurrency: opts.concurrency as number }),
          ...(opts.plan === undefined ? {} : { plan: opts.plan as string, beyondTerm: opts.beyondTerm as 'refuse' | 'extend' }),
          progress: opts.progress !== false,
        },
        terminal,
        cwd,
      );
    });

  program
    .command('payout')
    .summary('compute payout statements for periods of actuals')
    .description(
      'Computes the payout statement of each period: every line traced to its clause, totals per party and the conservation check. Actuals are files, folders or globs; periods may be given in any order and are computed in period order, each carrying its balances to the next.',
    )
    .argument('<contract>', 'the contract file, or a deal (a folder with deal.yaml, or the manifest)')
    .argument('<actuals...>', 'period actuals: files, folders or globs')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown', 'csv']).default('text'))
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .option('--traces', 'json: include each line\'s computation trace')
    .option('--no-details', 'text: leave out the bands and rates under each line')
    .option('--opening <file>', 'an opening-state file: the balances the run starts from, after its lastPeriod')
    .addHelpText(
      'after',
      examples([
        ['fairlode payout examples/contracts/chagai-partnership.yaml examples/actuals/chagai-partnership', 'all four quarters'],
        ['fairlode payout contract.yaml 2027-Q1.yaml 2027-Q2.yaml -f json', 'JSON with amounts as strings'],
        ['fairlode payout contract.yaml "actuals/*.yaml" -f csv -o payouts.csv', 'a spreadsheet'],
      ]) + '\nExit codes: 0 statements computed and balanced, 1 a statement does not balance,\n2 the contract or actuals cannot be used (each problem is printed with its line).\n',
    )
    .action(async (contract: string, actuals: string[], opts: Record<string, unknown>) => {
      const { runPayout } = await import('./commands/payout.js');
      state.exitCode = await runPayout(contract, actuals, { format: opts.format as 'text', output: opts.output as string | undefined, traces: opts.traces === true, details: opts.details !== false, opening: opts.opening as string | undefined }, terminal, cwd);
    });

  program
    .command('explain')
    .summary('show how one amount of a payout statement was computed')
    .description('Computes the payouts for the actuals given and prints the computation tree of one line: its inputs, rates, bands and clauses, down to the actuals.')
    .argument('<contract>', 'the contract file')
    .argument('<actuals...>', 'period actuals: files, folders or globs (earlier periods carry balances forward)')
    .requiredOption('-l, --line <id>', 'the id of the statement line, e.g. copper-royalty')
    .option('--period <label>', 'the period whose statement to explain, e.g. 2027-Q2 (default: the last)')
    .option('--depth <n>', 'show this many levels of inputs', wholeNumber('--depth'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText(
      'after',
      examples([
        ['fairlode explain examples/contracts/chagai-partnership.yaml examples/actuals/chagai-partnership --line copper-royalty', 'the last quarter\'s royalty'],
        ['fairlode explain contract.yaml actuals/ --line income-tax --period 2027-Q4 --depth 2', 'two levels deep'],
      ]),
    )
    .action(async (contract: string, actuals: string[], opts: Record<string, unknown>) => {
      const { runExplain } = await import('./commands/explain.js');
      state.exitCode = await runExplain(contract, actuals, { line: opts.line as string, period: opts.period as string | undefined, depth: opts.depth as number | undefined, format: opts.format as 'text' | 'json' }, terminal, cwd);
    });

  program
    .command('track')
    .summary('track the contract\'s dated obligations against the actuals')
    .description('Gives every dated obligation (local employment, training, procurement, community fund, processing, infrastructure, geodata, ESIA, closure bond, reports) a status on a date: met, missed with the shortfall, at-risk, not-yet-due or no-data.')
    .argument('<contract>', 'the contract file, or a deal (a folder with deal.yaml, or the manifest)')
    .argument('<actuals...>', 'period actuals: files, folders or globs')
    .option('--as-of <date>', 'the date to judge on (default: the end of the latest period)')
    .option('--horizon <days>', 'days ahead a deadline counts as due soon (default 90)', wholeNumber('--horizon'))
    .addOption(new Option('--fail-on <status...>', 'exit 1 when an obligation has one of these statuses').choices(['missed', 'at-risk', 'no-data']))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown', 'csv']).default('text'))
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .option('--opening <file>', 'an opening-state file: the balances the payouts start from, after its lastPeriod')
    .addHelpText('after', examples([
      ['fairlode track examples/contracts/chagai-partnership.yaml examples/actuals/chagai-partnership --fail-on missed', 'fail CI on a missed obligation'],
      ['fairlode track examples/contracts/chagai-partnership.yaml examples/actuals/chagai-partnership examples/scenarios/chagai-2028-2031 --as-of 2031-09-30 --horizon 180', 'five years; two targets at risk'],
    ]) + '\nExit codes: 0 done, 1 an obligation has a --fail-on status, 2 unusable input.\n')
    .action(async (contract: string, actuals: string[], opts: Record<string, unknown>) => {
      const { runTrack } = await import('./commands/track.js');
      state.exitCode = await runTrack(contract, actuals, { format: opts.format as 'text', output: opts.output as string | undefined, asOf: opts.asOf as string | undefined, horizon: opts.horizon as number | undefined, failOn: (opts.failOn as string[] | undefined) ?? [], opening: opts.opening as string | undefined }, terminal, cwd);
    });

  program
    .command('eiti')
    .summary('export a fiscal year\'s payments to government in the EITI template shape')
    .description('Computes the payouts and lists the payments to government bodies in one fiscal year by entity and revenue stream with their GFS codes, as the EITI Summary Data Template reports them.')
    .argument('<contract>', 'the contract file')
    .argument('<actuals...>', 'period actuals: files, folders or globs')
    .requiredOption('--year <year>', 'the fiscal year, e.g. FY2028')
    .option('--company <name>', 'the company that pays (for a joint venture, the project company); default governance.reporting.entity')
    .option('--company-id <id>', 'its identifier, e.g. a registration number; default governance.reporting.identifier')
    .addOption(new Option('-f, --format <format>', 'output format: part4-csv and part5-csv are the Summary Data Template\'s own tables').choices(['text', 'json', 'markdown', 'csv', 'part4-csv', 'part5-csv']).default('text'))
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .addHelpText('after', examples([['fairlode eiti examples/contracts/chagai-partnership.yaml examples/actuals/chagai-partnership --year FY2028 -f csv', 'SDT rows as CSV'], ['fairlode eiti examples/contracts/chagai-partnership.yaml examples/actuals/chagai-partnership --year FY2028 -f part5-csv --company "Chagai Project Company"', 'the template\'s Part 5']]))
    .action(async (contract: string, actuals: string[], opts: Record<string, unknown>) => {
      const { runEiti } = await import('./commands/eiti.js');
      state.exitCode = await runEiti(contract, actuals, { format: opts.format as 'text', output: opts.output as string | undefined, year: opts.year as string, company: opts.company as string | undefined, companyId: opts.companyId as string | undefined }, terminal, cwd);
    });

  program
    .command('reconcile')
    .summary('reconcile company-reported with government-reported payments')
    .description('Matches two SDT CSV files (as fairlode eiti -f csv writes, or with the template\'s Part 4 or Part 5 headers) by year, company, project, government entity and revenue stream, and reports each difference, whether it exceeds the discrepancy threshold, and rows on one side only.')
    .argument('<company>', 'the company-reported CSV')
    .argument('<government>', 'the government-reported CSV')
    .option('--discrepancy-threshold <share>', 'a difference above this share of the government figure is a discrepancy (default 1%)')
    .option('--materiality <share>', 'deprecated name of --discrepancy-threshold')
    .option('--floor <amount>', 'a variance floor: a discrepancy must also exceed this amount, e.g. "100000 USD" (the US EITI rule)')
    .option('--absolute <amount>', 'a difference above this amount is a discrepancy whatever its share, e.g. "10000 USD"')
    .option('--period <year>', 'reconcile this year only (as the year column writes it, e.g. FY2028); rows of another year are listed as out of scope; a file with no year column (Part 4, Part 5) is of this year')
    .option('--decimal <separator>', 'the decimal separator of both files\' amounts: point (1,234.56, the default) or comma (1 234,56)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown', 'csv']).default('text'))
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .addHelpText('after', examples([['fairlode reconcile company.csv government.csv --discrepancy-threshold 0.5%', 'a stricter threshold'], ['fairlode reconcile company.csv government.csv --discrepancy-threshold 1% --floor "100000 USD"', 'above 1% and above 100000 USD']]) + '\nExit codes: 0 all matched within the discrepancy threshold, 1 a discrepancy or an unmatched row, 2 unusable input.\n')
    .action(async (company: string, government: string, opts: Record<string, unknown>) => {
      const { runReconcile } = await import('./commands/reconcile.js');
      state.exitCode = await runReconcile(company, government, { format: opts.format as 'text', output: opts.output as string | undefined, discrepancyThreshold: opts.discrepancyThreshold as string | undefined, materiality: opts.materiality as string | undefined, floor: opts.floor as string | undefined, absolute: opts.absolute as string | undefined, period: opts.period as string | undefined, decimal: opts.decimal as string | undefined }, terminal, cwd);
    });

  const analyseCommand = program
    .command('analyse')
    .summary('fiscal metrics of a life-of-mine plan under a contract, or a price deck of them')
    .description('Runs the payouts over every period of a life-of-mine plan and reports government take, AETR, the effective royalty rate, NPV and IRR for the project, the investor and the state, payback and the breakeven price. With several prices in --prices, one row of metrics per price: how progressive the terms are. With --paths, the distribution of the metrics over simulated price paths: who bears the price risk. Conventions and definitions: docs/fiscal.md.')
    .argument('<contract>', 'the contract file')
    .argument('<plan>', 'the life-of-mine plan file')
    .option('--prices <commodity=prices>', 'hold one commodity at a flat price, or at each of several: copper=6000,8000,10000 USD/t')
    .option('--discount <rate>', "the state's discount rate, e.g. 10% (default 10%)")
    .option('--hurdle <rate>', "the investor's required return, e.g. 12% (default: the discount rate)")
    .addOption(new Option('--beyond-term <policy>', 'plan periods after the contract term: refuse them, or extend the terms over them').choices(['refuse', 'extend']).default('refuse'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown', 'csv']).default('text'))
    .option('-o, --output <file>', 'write to this file instead of stdout');
  addPriceRiskOptions(analyseCommand)
    .addHelpText(
      'after',
      examples([
        ['fairlode analyse examples/contracts/chagai-partnership.yaml examples/plans/chagai-partnership.yaml --beyond-term extend', 'the metrics at plan prices'],
        ['fairlode analyse contract.yaml plan.yaml --paths 10000 --seed 7 --volatility copper=30%,gold=15% --correlation 0.5', 'who bears the price risk'],
        ['fairlode analyse contract.yaml plan.yaml --prices "copper=5000,8000,11000 USD/t" --discount 8%', 'a price deck'],
        ['fairlode analyse contract.yaml plan.yaml -f json', 'every metric by name, amounts as strings'],
      ]) + '\nExit codes: 0 done, 2 the contract or plan cannot be used or the analysis cannot be made.\n',
    )
    .action(async (contract: string, plan: string, opts: Record<string, unknown>) => {
      const { runAnalyse } = await import('./commands/analyse.js');
      state.exitCode = await runAnalyse(
        contract,
        plan,
        {
          prices: opts.prices as string | undefined,
          discount: opts.discount as string | undefined,
          hurdle: opts.hurdle as string | undefined,
          beyondTerm: opts.beyondTerm as 'refuse' | 'extend',
          format: opts.format as 'text',
          output: opts.output as string | undefined,
          risk: priceRiskFlags(opts),
          concurrency: opts.concurrency as number | undefined,
          progress: opts.progress !== false,
        },
        terminal,
        cwd,
      );
    });

  program
    .command('consolidate')
    .summary('the terms of a deal in force on a date, as one contract')
    .description('Reads a deal (a folder of instruments, or its deal.yaml manifest), applies every amendment and side agreement in force on the date to the base agreement or restatement in force, and writes the consolidated contract: each clause with a comment naming the instrument that set it. Docs: docs/amendments.md.')
    .argument('<deal>', 'the deal folder or manifest')
    .requiredOption('--as-of <date>', 'the date of the terms, e.g. 2031-01-01')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['yaml', 'json']).default('yaml'))
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .addHelpText('after', examples([['fairlode consolidate deals/kanda/ --as-of 2031-01-01 -o kanda-2031.yaml', 'the contract in force in 2031']]) + '\nExit codes: 0 written, 2 the deal cannot be used or nothing is in force on the date.\n')
    .action(async (deal: string, opts: Record<string, unknown>) => {
      const { runConsolidate } = await import('./commands/consolidate.js');
      state.exitCode = await runConsolidate(deal, { asOf: opts.asOf as string, format: opts.format as 'yaml', output: opts.output as string | undefined }, terminal, cwd);
    });

  program
    .command('diff')
    .summary('what changes between two contracts, or a deal before and after an amendment')
    .description('Compares two contracts, two instruments of a chain, or a deal before and after an amendment: the terms clause by clause in words, the compliance verdict, and with --actuals each party\'s payouts, with --plan the government take, NPV and IRR at each price. A deal (a folder or deal.yaml) is compared at --before and --after (dates or instrument ids); by default, just before and from its last instrument. Docs: docs/amendments.md.')
    .argument('<old>', 'the old contract file, or a deal')
    .argument('[new]', 'the new contract file, or a deal (default: the same deal)')
    .option('--before <date|instrument>', 'for a deal: the date of the old terms, or an instrument id (the terms from its date)')
    .option('--after <date|instrument>', 'for a deal: the date of the new terms, or an instrument id')
    .option('--actuals <paths...>', 'period actuals (files, folders or globs): payouts per party before and after')
    .option('--plan <file>', 'a life-of-mine plan: government take, NPV and IRR before and after')
    .option('--prices <commodity=prices>', 'with --plan, the prices to compare at: copper=6000,8000,10000 USD/t')
    .option('--discount <rate>', "with --plan, the state's discount rate (default 10%)")
    .option('-p, --profile <name>', 'compliance profile for the verdicts: recommended (default), strict or kenya')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .addHelpText('after', examples([
      ['fairlode diff old.yaml new.yaml', 'two contracts'],
      ['fairlode diff deals/kanda/ --actuals deals/kanda/actuals', 'what the last amendment changed, in money too'],
      ['fairlode diff deals/kanda/ --before base --after first-amendment -f markdown', 'a pull-request comment'],
    ]) + '\nExit codes: 0 written, 2 an input cannot be used.\n')
    .action(async (oldPath: string, newPath: string | undefined, opts: Record<string, unknown>) => {
      const { runDiff } = await import('./commands/diff.js');
      state.exitCode = await runDiff(oldPath, newPath, {
        before: opts.before as string | undefined,
        after: opts.after as string | undefined,
        actuals: (opts.actuals as string[] | undefined) ?? [],
        plan: opts.plan as string | undefined,
        prices: opts.prices as string | undefined,
        discount: opts.discount as string | undefined,
        profile: opts.profile as string | undefined,
        format: opts.format as 'text',
        output: opts.output as string | undefined,
      }, terminal, cwd);
    });

  program
    .command('schema')
    .summary('print the JSON Schema of contracts (or actuals) for editors')
    .description('Prints the JSON Schema of the contract format, or of period actuals, for editors and validators.')
    .addOption(new Option('--of <document>', 'which document').choices(['contract', 'actuals', 'opening']).default('contract'))
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .addHelpText(
      'after',
      examples([
        ['fairlode schema -o contract.schema.json', 'for the yaml.schemas setting of your editor'],
        ['fairlode schema --of actuals', 'the actuals format'],
      ]),
    )
    .action(async (opts: Record<string, unknown>) => {
      const { runSchema } = await import('./commands/schema.js');
      state.exitCode = await runSchema({ of: opts.of as 'contract' | 'actuals' | 'opening', output: opts.output as string | undefined }, terminal, cwd);
    });

  program
    .command('rules')
    .summary('list the compliance rules with their principles, severities and docs')
    .description('Lists the compliance rules of a profile: id, principle, severity in the profile (or off), whether the rule is critical, its title and its documentation page.')
    .option('-c, --config <file>', 'use this config file instead of looking for fairlode.config.yaml')
    .option('-p, --profile <name|file>', 'profile whose severities to show (default: the config\'s, else recommended)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .addHelpText(
      'after',
      examples([
        ['fairlode rules', 'the rules as configured here'],
        ['fairlode rules --profile strict -f markdown', 'a table for a document'],
      ]),
    )
    .action(async (opts: Record<string, unknown>) => {
      const { runRules } = await import('./commands/rules.js');
      state.exitCode = await runRules({ config: opts.config as string | undefined, profile: opts.profile as string | undefined, format: opts.format as 'text' }, terminal, cwd);
    });

  program
    .command('init')
    .summary('write a commented starter contract and config here')
    .description('Writes fairlode.config.yaml and contracts/starter-contract.yaml in the current folder, both commented; the starter passes the recommended profile. It never replaces or shadows a file: it writes nothing when a fairlode.config.yaml, .yml or .json, or the starter contract, is already there (or a symlink stands in its place).')
    .addHelpText('after', examples([['fairlode init && fairlode check', 'start a repository of contracts']]) + '\nExit codes: 0 written, 2 a file is already there (nothing written).\n')
    .action(async () => {
      const { runInit } = await import('./commands/init.js');
      state.exitCode = await runInit(terminal, cwd);
    });

  registerReportCommand(program, terminal, cwd, state);
  registerWorkbenchCommand(program, terminal, state);

  return program;
}
