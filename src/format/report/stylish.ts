import type { Severity } from '../../diagnostics/diagnostic.js';
import { oneLineText as oneLine, visibleText } from '../../diagnostics/visible-text.js';
import { countOf, summarizeReport, type CheckReport, type FileReport, type ReportFinding } from './check-report.js';
import { assumptionLine, coverageLine, findingBasis } from './known-terms.js';

/** Options for {@link formatCheckStylish}. */
export interface CheckStylishOptions {
  /** Colour the output with ANSI escapes (the CLI decides from the terminal, NO_COLOR and FORCE_COLOR). */
  readonly color?: boolean;
}

type Paint = (code: string, text: string) => string;

const SEVERITY_COLOR: Record<Severity, string> = { error: '31', warning: '33', info: '36' };

function levelName(level: string): string {
  return level === 'not-achieved' ? 'not achieved' : level.replace('level-', 'level ');
}

function scoreText(score: number | null): string {
  return score === null ? '–' : String(score);
}

function where(f: ReportFinding): string {
  return f.range ? `${f.range.start.line}:${f.range.start.column}` : '';
}

function fileBlock(f: FileReport, paint: Paint): string[] {
  const lines: string[] = [];
  const status = f.status === 'unusable' ? paint('31', ' (could not be read)') : f.status === 'invalid' ? paint('31', ' (not a valid contract: the rules did not run)') : '';
  lines.push(paint('4', visibleText(f.file)) + status);
  const placeWidth = Math.max(0, ...f.findings.map((d) => where(d).length));
  const severityWidth = Math.max(0, ...f.findings.map((d) => d.severity.length));
  for (const d of f.findings) {
    const place = paint('2', where(d).padEnd(placeWidth));
    const severity = paint(SEVERITY_COLOR[d.severity], d.severity.padEnd(severityWidth));
    const hint = d.hint === undefined ? '' : ` (${oneLine(d.hint)})`;
    const clause = d.clause === undefined ? '' : ` ${visibleText(d.clause)}`;
    const basis = findingBasis(d);
    const rests = basis === '' ? '' : ` [${oneLine(basis)}]`;
    lines.push(`  ${place}  ${severity}  ${oneLine(d.message)}${hint}${paint('2', clause)}${paint('2', rests)}  ${paint('2', visibleText(d.code))}`);
  }
  for (const e of f.exemptions ?? []) {
    const at = e.range ? `${e.range.start.line}:${e.range.start.column}` : '';
    lines.push(`  ${paint('2', at.padEnd(placeWidth))}  ${paint('2', 'exempt'.padEnd(severityWidth))}  ${visibleText(e.ruleId)} on clause "${visibleText(e.clauseId)}": ${oneLine(e.reason)} (${countOf(e.suppressed.length, 'finding')} suppressed)`);
  }
  if (f.scorecard) {
    const scores = f.scorecard.principles.map((p) => `${visibleText(p.principle)} ${scoreText(p.score)}`).join(' · ');
    lines.push(`  ${paint('1', levelName(f.scorecard.level))} (${visibleText(f.scorecard.profile)}): ${scores}`);
    const coverage = coverageLine(f.scorecard);
    if (coverage !== undefined) lines.push(`  ${coverage}`);
  }
  for (const u of f.unknowns ?? []) lines.push(`  ${paint('2', 'unknown')}  ${oneLine(u.item === undefined ? u.path.join('.') : `${u.path.join('.')}[${u.item}]`)}: ${oneLine(u.reason)}`);
  for (const a of f.assumptions ?? []) lines.push(`  ${paint('2', 'assumed')}  ${oneLine(assumptionLine(a))}`);
  return lines;
}

/**
 * A check report for a terminal, grouped by file: each finding as `line:column  severity  message
 * (hint) clause  rule`, each applied exemption, the file's scores and level, and one summary line
 * with the counts of errors, warnings, infos and exemptions. Clean files are listed only in the
 * count. Coloured with ANSI escapes when `color` is true. File names, clauses and messages show
 * their control and bidirectional characters as escapes (see docs/security.md), so no contract
 * can start a line of its own (a `::error` or `::stop-commands::` in CI), move the cursor or
 * reverse the text.
 *
 * @example
 * ```ts
 * process.stdout.write(formatCheckStylish(report, { color: process.stdout.isTTY }));
 * // examples/contracts/weak-extraction.yaml
 * //   33:3  warning  No royalty is split between levels of government by a written formula.  G2-SUB-001
 * //   …
 * ```
 */
export function formatCheckStylish(report: CheckReport, options: CheckStylishOptions = {}): string {
  const paint: Paint = options.color ? (code, text) => (text === '' ? text : `\u001b[${code}m${text}\u001b[0m`) : (_code, text) => text;
  const blocks: string[] = [];
  for (const f of report.files) {
    if (f.findings.length === 0 && (f.exemptions ?? []).length === 0 && !f.scorecard) continue;
    blocks.push(fileBlock(f, paint).join('\n'));
  }
  const s = summarizeReport(report);
  const problems = s.errors + s.warnings + s.infos;
  const counts = `${countOf(s.errors, 'error')}, ${countOf(s.warnings, 'warning')}, ${countOf(s.infos, 'info')}`;
  const exemptions = `${countOf(s.exemptions, 'exemption')}${s.exempted > 0 ? ` (${countOf(s.exempted, 'finding')} exempted)` : ''}`;
  const unusable = s.unusableFiles > 0 ? `; ${countOf(s.unusableFiles, 'file')} could not be read` : '';
  const mark = s.errors > 0 ? paint('31', '✖') : problems > 0 ? paint('33', '⚠') : paint('32', '✔');
  const summary = `${mark} ${countOf(problems, 'finding')} (${counts}) in ${s.filesWithFindings} of ${countOf(s.files, 'file')}; ${exemptions}${unusable}`;
  return `${blocks.length > 0 ? `${blocks.join('\n\n')}\n\n` : ''}${summary}\n`;
}
