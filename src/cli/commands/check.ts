import { resolve } from 'node:path';
import type { Severity } from '../../diagnostics/diagnostic.js';
import { RULES, ruleDocsUrl } from '../../compliance/index.js';
import {
  formatCheckGithub,
  formatCheckJson,
  formatCheckJunit,
  formatCheckMarkdown,
  formatCheckSarif,
  formatCheckStylish,
  summarizeReport,
  type CheckReport,
  type FileReport,
  type SarifRuleDescriptor,
} from '../../format/report/index.js';
import { VERSION } from '../../version.js';
import { chooseProfiles, type ProfileChoice } from '../check-profiles.js';
import { loadConfig } from '../config.js';
import { selectContractFiles, type ContractFile } from '../contract-files.js';
import { checkFile, planToCheck, type PlanToCheck } from '../check-file.js';
import type { CheckedBatch, CheckWorkerData } from '../pool-worker.js';
import { POOL_WORKER } from '../pool-worker-url.js';
import { fromWorker } from '../worker-failure.js';
import { poolSize, runInWorkers } from '../../node/worker-pool.js';
import { cannotWrite, refuseInputAsOutput, refuseOutsideConfigFolder, writeFileAtomically, type InputFile } from '../output-file.js';
import { checkExitCode } from '../exit-code.js';
import type { OutputTarget, ReportFormat } from '../report-formats.js';
import { progressOnStderr, useColor, type Progress, type Terminal } from '../terminal.js';
import { UsageError } from '../usage-error.js';

/** The options of `fairlode check`, as parsed. */
export interface CheckCommandOptions {
  /** `--config`. */
  readonly config?: string;
  /** `--profile`. */
  readonly profile?: string;
  /** `-f`/`-o` pairs in the order given. */
  readonly outputs: readonly OutputTarget[];
  /** `--fail-severity`. */
  readonly failSeverity?: Severity;
  /** `--max-warnings`. */
  readonly maxWarnings?: number;
  /** `--quiet`: errors only. */
  readonly quiet?: boolean;
  /** `--color` / `--no-color`. */
  readonly color?: boolean;
  /** `--concurrency`: threads checking, this one and n − 1 workers (1: this thread alone; default: one per core when there are many files). */
  readonly concurrency?: number;
  /** `--no-progress` sets this false. */
  readonly progress?: boolean;
  /** `--plan`: a life-of-mine plan, so that the rules reading numbers judge the contract it names. */
  readonly plan?: string;
  /** `--beyond-term`: plan periods after the contract's term are refused, or analysed on the same terms. */
  readonly beyondTerm?: 'refuse' | 'extend';
}

/**
 * A second thread is worth it from two of these on: a worker's start-up costs about 0.55 s of CPU
 * (70 files' checking, measured on the 2-core machine under load), and this thread checks from the
 * start while it boots, so from about 200 files the worker has a share left that pays for it.
 */
const FILES_PER_WORKER = 100;
/** Files sent to a worker at once: enough to make a message's cost negligible, few enough to share the work evenly. */
const FILES_PER_TASK = 20;

/** Checks the files in this thread, one after the other. */
function checkInProcess(files: readonly ContractFile[], profiles: ProfileChoice, progress: Progress, plan?: PlanToCheck): (FileReport | undefined)[] {
  const reports: (FileReport | undefined)[] = [];
  for (const file of files) {
    reports.push(checkFile(file, profiles, plan));
    progress.tick();
  }
  return reports;
}

/**
 * Checks the files on `threads` threads: this one and `threads − 1` workers, each worker loading the
 * config and profile itself; the reports come back in file order.
 */
async function checkInWorkers(files: readonly ContractFile[], threads: number, options: CheckCommandOptions, cwd: string, profiles: ProfileChoice, progress: Progress): Promise<(FileReport | undefined)[]> {
  const batches: ContractFile[][] = [];
  for (let i = 0; i < files.length; i += FILES_PER_TASK) batches.push(files.slice(i, i + FILES_PER_TASK));
  const workerData: CheckWorkerData = { kind: 'check', cwd, config: options.config, profile: options.profile };
  try {
    // A worker's batch is parsed as it arrives, so this thread takes fewer batches of its own while it does.
    const reports: (FileReport | undefined)[][] = new Array(batches.length);
    await runInWorkers<ContractFile[], CheckedBatch | (FileReport | undefined)[]>(batches, {
      worker: POOL_WORKER,
      size: threads,
      workerData,
      onResult: (answer, index) => {
        reports[index] = typeof answer === 'string' ? (JSON.parse(answer) as (FileReport | null)[]).map((r) => r ?? undefined) : answer;
        for (let i = 0; i < reports[index].length; i++) progress.tick();
      },
      inThisThread: (batch) => batch.map((file) => checkFile(file, profiles)),
    });
    return reports.flat();
  } catch (error) {
    throw fromWorker(error);
  }
}

/** The rules' metadata for SARIF. */
function sarifRules(): SarifRuleDescriptor[] {
  return RULES.map((r) => ({ id: r.id, title: r.title, description: r.description, rationale: r.rationale, docsUrl: ruleDocsUrl(r.id), severity: r.severity, principle: r.principle }));
}

/** Renders one format. */
function render(format: ReportFormat, report: CheckReport, color: boolean, docsBaseUrl: string | undefined): string {
  switch (format) {
    case 'stylish':
      return formatCheckStylish(report, { color });
    case 'json':
      return formatCheckJson(report);
    case 'sarif':
      return formatCheckSarif(report, { toolVersion: VERSION, rules: sarifRules(), ...(docsBaseUrl === undefined ? {} : { docsBaseUrl }) });
    case 'junit':
      return formatCheckJunit(report);
    case 'github':
      return formatCheckGithub(report);
    case 'markdown':
      return formatCheckMarkdown(report);
  }
}

/**
 * `fairlode check`: finds the contracts, loads and checks each against its profile with a bounded
 * pool (a broken file is reported and the rest go on), writes every requested format and returns
 * the exit code.
 */
export async function runCheck(paths: readonly string[], options: CheckCommandOptions, terminal: Terminal, cwd: string): Promise<number> {
  const config = await loadConfig(cwd, options.config);
  const output = config?.config.output;
  const profiles = await chooseProfiles(cwd, options.profile, config);
  const targets: OutputTarget[] =
    options.outputs.length > 0
      ? [...options.outputs]
      : (output?.formats ?? ['stylish']).map((f) => (typeof f === 'string' ? { format: f, file: undefined } : { format: f.format, file: resolve(config!.dir, f.file) }));
  // An output file from a config must stay in the config's folder; one from the command line is the user's choice.
  if (options.outputs.length === 0 && config) {
    for (const f of output?.formats ?? []) if (typeof f !== 'string') await refuseOutsideConfigFolder(f.file, config);
  }
  const policy = { failSeverity: options.failSeverity ?? output?.failSeverity ?? 'error', maxWarnings: options.maxWarnings ?? output?.maxWarnings };

  const selection = await selectContractFiles(cwd, paths, config);
  const progress = progressOnStderr(selection.files.length, terminal, options.progress !== false);
  const plan = options.plan === undefined ? undefined : await planToCheck(options.plan, cwd, options.beyondTerm ?? 'refuse');
  // A plan belongs to one contract: checking with one stays in this thread.
  const threads = plan !== undefined ? 1 : options.concurrency ?? poolSize(selection.files.length, FILES_PER_WORKER);
  const checked = threads <= 1 ? checkInProcess(selection.files, profiles, progress, plan) : await checkInWorkers(selection.files, threads, options, cwd, profiles, progress);
  progress.done();
  let files = checked.filter((f): f is FileReport => f !== undefined);
  if (plan !== undefined && !plan.matched.value) throw new UsageError(`the plan ${options.plan} is for contract "${plan.contract}", which is not among the contracts checked`);
  if (files.length === 0) throw new UsageError(`no contracts found under ${cwd === process.cwd() ? 'the current folder' : cwd}; name the files to check, or list them under "contracts" in fairlode.config.yaml`);
  if (options.quiet) files = files.map((f) => ({ ...f, findings: f.findings.filter((d) => d.severity === 'error') }));
  const report: CheckReport = { files };

  const color = useColor(options.color, terminal);
  const toStdout = targets.filter((t) => t.file === undefined);
  // In GitHub Actions, a plain run also annotates the pull request, unless annotations were asked for.
  if (terminal.env.GITHUB_ACTIONS === 'true' && toStdout.length > 0 && toStdout.every((t) => t.format === 'stylish') && !targets.some((t) => t.format === 'github')) {
    targets.push({ format: 'github', file: undefined });
  }
  // Every output file is refused before any is written if it is an input: a contract read, the config or the profile.
  const inputs: InputFile[] = [
    ...selection.files.filter((f) => files.some((r) => r.file === f.shown)).map((f) => ({ path: f.path, role: 'the contract' })),
    ...(config ? [{ path: resolve(cwd, config.file), role: 'the config file' }] : []),
    ...(profiles.file === undefined ? [] : [{ path: profiles.file, role: 'the profile file' }]),
  ];
  const written = new Set<string>();
  for (const target of targets) {
    if (target.file === undefined) continue;
    await refuseInputAsOutput(target.file, inputs, cwd);
    const path = resolve(cwd, target.file);
    if (written.has(path)) throw new UsageError(`refusing to write ${target.file} twice: give each format its own output file`);
    written.add(path);
  }
  for (const target of targets) {
    const text = render(target.format, report, target.file === undefined && color, output?.docsBaseUrl);
    if (target.file === undefined) {
      terminal.out(text);
      continue;
    }
    try {
      await writeFileAtomically(resolve(cwd, target.file), text);
    } catch (error) {
      throw cannotWrite(target.file, error);
    }
  }
  return checkExitCode(summarizeReport(report), policy);
}
