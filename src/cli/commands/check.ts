import { resolve } from 'node:path';
import type { Diagnostic, Severity } from '../../diagnostics/diagnostic.js';
import { loadContract } from '../../contract/load-contract.js';
import { compareDiagnostics } from '../../contract/diagnostic-order.js';
import { checkContract, RULES, ruleDocsUrl } from '../../compliance/index.js';
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
import { readTextFile } from '../../node/text-files.js';
import { VERSION } from '../../version.js';
import { chooseProfiles, type ProfileChoice } from '../check-profiles.js';
import { loadConfig } from '../config.js';
import { looksLikeContract, mapConcurrently, selectContractFiles, type ContractFile } from '../contract-files.js';
import { recogniseOtherDocument } from '../document-kind.js';
import { cannotWrite, refuseInputAsOutput, refuseOutsideConfigFolder, writeFileAtomically, type InputFile } from '../output-file.js';
import { checkExitCode } from '../exit-code.js';
import type { OutputTarget, ReportFormat } from '../report-formats.js';
import { progressOnStderr, useColor, type Terminal } from '../terminal.js';
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
  /** `--concurrency`. */
  readonly concurrency?: number;
  /** `--no-progress` sets this false. */
  readonly progress?: boolean;
}

/** Diagnostics that mean the file could not be read or parsed at all. */
function unusable(d: Diagnostic): boolean {
  return d.code.startsWith('source/') || d.code.startsWith('file/');
}

/**
 * Loads, validates and checks one contract file; never throws, so one file cannot stop the others.
 * A file found in a folder or by a glob that is not a contract is left out (undefined); a named
 * file that is another fairlode document is reported as unusable, saying what it is.
 */
async function checkFile(file: ContractFile, profiles: ProfileChoice): Promise<FileReport | undefined> {
  try {
    const text = await readTextFile(file.path, file.shown);
    if (!text.ok) return { file: file.shown, status: 'unusable', findings: text.diagnostics };
    if (!looksLikeContract(text.value)) {
      if (!file.named) return undefined;
      const other = recogniseOtherDocument(text.value, file.shown);
      if (other) {
        const message = `This is ${other.what}, not a contract: ${other.instead}.`;
        return { file: file.shown, status: 'unusable', findings: [{ code: 'file/not-a-contract', severity: 'error', message, path: [], file: file.shown }] };
      }
    }
    const loaded = loadContract(text.value, { filename: file.shown });
    if (!loaded.ok) return { file: file.shown, status: loaded.diagnostics.some(unusable) ? 'unusable' : 'invalid', findings: loaded.diagnostics };
    const report = checkContract(loaded.value, { profile: profiles.profileFor(file.path) });
    const findings = [...loaded.diagnostics, ...report.findings].sort(compareDiagnostics);
    return { file: file.shown, status: 'checked', findings, scorecard: report.scorecard, exemptions: report.exemptions, unknowns: report.unknowns, assumptions: report.assumptions };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // A fault in fairlode itself, reported on the file that caused it.
    const message = `fairlode failed while checking this file (${error instanceof Error ? error.message : String(error)}); please report it.`;
    return { file: file.shown, status: 'unusable', findings: [{ code: 'internal/error', severity: 'error', message, path: [], file: file.shown }] };
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
  const checked = await mapConcurrently(selection.files, options.concurrency ?? 8, async (file) => {
    const report = await checkFile(file, profiles);
    progress.tick();
    return report;
  });
  progress.done();
  let files = checked.filter((f): f is FileReport => f !== undefined);
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
