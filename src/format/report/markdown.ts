import { markdownCode as code, markdownText as cell } from '../markdown-text.js';
import { countOf, summarizeReport, type CheckReport, type FileReport } from './check-report.js';
import { assumptionLine, coverageLine, findingBasis } from './known-terms.js';

function levelName(level: string): string {
  return level === 'not-achieved' ? 'not achieved' : level.replace('level-', 'level ');
}

function fileSection(f: FileReport): string[] {
  const out: string[] = [`### ${code(f.file)}`, ''];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of f.findings) counts[d.severity]++;
  const status = f.status === 'unusable' ? 'could not be read' : f.status === 'invalid' ? 'not a valid contract; the rules did not run' : f.scorecard ? `${levelName(f.scorecard.level)} (profile ${cell(f.scorecard.profile)})` : 'checked';
  out.push(`${status} · ${countOf(counts.error, 'error')}, ${countOf(counts.warning, 'warning')}, ${countOf(counts.info, 'info')} · ${countOf((f.exemptions ?? []).length, 'exemption')}`, '');
  if (f.scorecard) {
    out.push('| Principle | Score | Coverage | Errors | Warnings | Infos |', '|---|---:|---:|---:|---:|---:|');
    for (const p of f.scorecard.principles) {
      const mine = f.findings.filter((d) => d.principle === p.principle);
      const n = (s: string) => mine.filter((d) => d.severity === s).length;
      const coverage = p.coverage === undefined || p.coverage === null ? '–' : `${p.coverage}%`;
      out.push(`| ${cell(p.principle)} ${cell(p.title)} | ${p.score === null ? '–' : p.score} | ${coverage} | ${n('error')} | ${n('warning')} | ${n('info')} |`);
    }
    out.push('');
    const coverage = coverageLine(f.scorecard);
    if (coverage !== undefined) out.push(`Scores are on known terms: ${cell(coverage)}.`, '');
  }
  if (f.findings.length > 0) {
    out.push('| Line | Severity | Rule | Finding | Clause |', '|---:|---|---|---|---|');
    for (const d of f.findings) {
      const at = d.range ? `${d.range.start.line}:${d.range.start.column}` : '';
      const basis = findingBasis(d);
      const message = `${d.hint === undefined ? d.message : `${d.message} (${d.hint})`}${basis === '' ? '' : ` [${basis}]`}`;
      out.push(`| ${at} | ${d.severity} | ${code(d.code)} | ${cell(message)} | ${cell(d.clause ?? '')} |`);
    }
    out.push('');
  }
  for (const u of f.unknowns ?? []) out.push(`- Unknown: ${code(u.item === undefined ? u.path.join('.') : `${u.path.join('.')}[${u.item}]`)}: ${cell(u.reason)}`);
  for (const a of f.assumptions ?? []) out.push(`- Assumed: ${cell(assumptionLine(a))}`);
  if ((f.unknowns ?? []).length + (f.assumptions ?? []).length > 0) out.push('');
  for (const e of f.exemptions ?? []) out.push(`- Exemption: ${code(e.ruleId)} on clause ${code(e.clauseId)}: ${cell(e.reason)} (${countOf(e.suppressed.length, 'finding')} suppressed)`);
  if ((f.exemptions ?? []).length > 0) out.push('');
  return out;
}

/**
 * A check report as Markdown for a pull-request comment: a summary table of every file (level,
 * counts by severity, exemptions), then for each file with findings or a scorecard a table per
 * principle (score and counts) and a table of findings with `line:column`, severity, rule,
 * message and clause.
 *
 * @example
 * ```ts
 * await writeFile('fairlode.md', formatCheckMarkdown(report));
 * ```
 */
export function formatCheckMarkdown(report: CheckReport): string {
  const s = summarizeReport(report);
  const out: string[] = ['## fairlode check', ''];
  out.push(`${countOf(s.errors, 'error')}, ${countOf(s.warnings, 'warning')}, ${countOf(s.infos, 'info')} in ${s.filesWithFindings} of ${countOf(s.files, 'file')}; ${countOf(s.exemptions, 'exemption')}${s.exempted > 0 ? ` (${countOf(s.exempted, 'finding')} exempted)` : ''}.`, '');
  if (report.files.length > 0) {
    out.push('| File | Level | Errors | Warnings | Infos | Exemptions |', '|---|---|---:|---:|---:|---:|');
    for (const f of report.files) {
      const n = (sev: string) => f.findings.filter((d) => d.severity === sev).length;
      const level = f.status === 'unusable' ? 'unreadable' : f.status === 'invalid' ? 'invalid' : f.scorecard ? levelName(f.scorecard.level) : '–';
      out.push(`| ${code(f.file)} | ${level} | ${n('error')} | ${n('warning')} | ${n('info')} | ${(f.exemptions ?? []).length} |`);
    }
    out.push('');
  }
  for (const f of report.files) {
    if (f.findings.length === 0 && !f.scorecard) continue;
    out.push(...fileSection(f));
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
