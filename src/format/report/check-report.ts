import type { Diagnostic, PathSegment, Severity, SourceRange } from '../../diagnostics/diagnostic.js';
import type { TermSource } from '../../contract/term-source.js';
import type { AssumedTerm, UnknownTerm } from '../../contract/unknown-terms.js';

/**
 * A finding as the report formats read it: any diagnostic (a parse error, a schema error, an
 * integrity error or a compliance finding). Its `code` is the rule id of a compliance finding and
 * the diagnostic code of anything else, so every format names it the same way.
 */
export interface ReportFinding extends Diagnostic {
  /** The principle or reform of a compliance finding (`P1`–`P5`, `G1`–`G3`). */
  readonly principle?: string;
  /** The rating of a compliance finding, e.g. `partially-meets`. */
  readonly rating?: string;
  /** The documentation page of the rule, relative to the repository root (e.g. `docs/rules/P1-EXP-001.md`). */
  readonly docsUrl?: string;
  /** The provenance of the clause behind a compliance finding, when the clause states its `source`. */
  readonly source?: TermSource;
  /** The unknown term an insufficient-data finding rests on. */
  readonly unknown?: UnknownTerm;
  /** The assumed values a compliance finding rests on. */
  readonly assumptions?: readonly AssumedTerm[];
}

/** An exemption written in a contract that suppressed findings; counted in every format. */
export interface ReportExemption {
  /** The rule exempted. */
  readonly ruleId: string;
  /** The id of the clause that carries the exemption. */
  readonly clauseId: string;
  /** The clause's legal reference, if stated. */
  readonly clause?: string | undefined;
  /** The reason written beside the exemption. */
  readonly reason: string;
  /** Where the exemption is written in the contract. */
  readonly path: readonly PathSegment[];
  /** Its source range, when known. */
  readonly range?: SourceRange | undefined;
  /** The findings it suppressed. */
  readonly suppressed: readonly unknown[];
}

/** One principle's or reform's score, as the report formats show it. */
export interface ReportPrincipleScore {
  /** `P1`–`P5` or `G1`–`G3`. */
  readonly principle: string;
  /** Its title, e.g. `Joint exploration and mapping`. */
  readonly title: string;
  /** 0–100 with one decimal, or null when no rule counts. */
  readonly score: number | null;
  /** 0–100 with one decimal: the share of rule weight judged on known terms; null when no rule is rated. */
  readonly coverage?: number | null;
}

/** The scorecard of a checked contract, as far as the report formats show it. */
export interface ReportScorecard {
  /** The profile the contract was checked against. */
  readonly profile: string;
  /** The achievement level reached, e.g. `level-75` or `not-achieved`. */
  readonly level: string;
  /** The mean of the reform scores, or null. */
  readonly governance: number | null;
  /** Scores per principle and reform, in report order. */
  readonly principles: readonly ReportPrincipleScore[];
  /** The critical rules that were rated. */
  readonly critical: readonly { readonly ruleId: string; readonly principle: string; readonly rating: string }[];
  /** 0–100 with one decimal: the share of all rule weight judged on known terms; null when no rule is rated. */
  readonly coverage?: number | null;
  /** The least coverage a level requires, from the profile. */
  readonly minimumCoverage?: number;
  /** Rules rated insufficient-data, in id order. */
  readonly insufficientData?: readonly string[];
}

/**
 * How far a file got: `checked` (loaded and checked against the profile), `invalid` (read, but not
 * a valid contract: schema or integrity errors, so the rules did not run) or `unusable` (it could
 * not be read or parsed at all).
 */
export type FileStatus = 'checked' | 'invalid' | 'unusable';

/** Everything reported about one contract file. */
export interface FileReport {
  /** The file, relative to the working folder, with `/` separators. */
  readonly file: string;
  /** How far the file got. */
  readonly status: FileStatus;
  /** Its findings, in the order to show them (by line, column, then id). */
  readonly findings: readonly ReportFinding[];
  /** The scorecard, when the rules ran. */
  readonly scorecard?: ReportScorecard | undefined;
  /** Exemptions that suppressed findings. */
  readonly exemptions?: readonly ReportExemption[] | undefined;
  /** The contract's unknown terms, when the rules ran. */
  readonly unknowns?: readonly UnknownTerm[] | undefined;
  /** The contract's assumed values, when the rules ran. */
  readonly assumptions?: readonly AssumedTerm[] | undefined;
}

/** The report of one `fairlode check` run: every file, in the order to show them. */
export interface CheckReport {
  /** The files checked. */
  readonly files: readonly FileReport[];
}

/** The counts every format summarises. */
export interface CheckSummary {
  /** Files checked. */
  readonly files: number;
  /** Files with at least one finding. */
  readonly filesWithFindings: number;
  /** Files that could not be read or parsed. */
  readonly unusableFiles: number;
  /** Findings of severity error. */
  readonly errors: number;
  /** Findings of severity warning. */
  readonly warnings: number;
  /** Findings of severity info. */
  readonly infos: number;
  /** Exemptions that applied. */
  readonly exemptions: number;
  /** Findings those exemptions suppressed. */
  readonly exempted: number;
}

/**
 * Counts a report's files, findings by severity and exemptions.
 *
 * @example
 * ```ts
 * const s = summarizeReport(report);
 * console.log(`${s.errors} errors, ${s.warnings} warnings`);
 * ```
 */
export function summarizeReport(report: CheckReport): CheckSummary {
  const count = { error: 0, warning: 0, info: 0 } satisfies Record<Severity, number>;
  let filesWithFindings = 0;
  let unusableFiles = 0;
  let exemptions = 0;
  let exempted = 0;
  for (const f of report.files) {
    if (f.findings.length > 0) filesWithFindings++;
    if (f.status === 'unusable') unusableFiles++;
    for (const d of f.findings) count[d.severity]++;
    for (const e of f.exemptions ?? []) {
      exemptions++;
      exempted += e.suppressed.length;
    }
  }
  return { files: report.files.length, filesWithFindings, unusableFiles, errors: count.error, warnings: count.warning, infos: count.info, exemptions, exempted };
}

/**
 * A contract path as a JSONPath expression, as the formats name places: `$.revenue.royalties[0].rate`.
 * Keys that are not plain identifiers are quoted: `$['key with space']`.
 *
 * @example
 * ```ts
 * jsonPath(['revenue', 'royalties', 0, 'rate']); // '$.revenue.royalties[0].rate'
 * jsonPath([]); // '$'
 * ```
 */
export function jsonPath(path: readonly PathSegment[]): string {
  let s = '$';
  for (const seg of path) {
    if (typeof seg === 'number') s += `[${seg}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(seg)) s += `.${seg}`;
    else s += `['${seg.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
  }
  return s;
}

/** A severity as one word, plural where needed: `1 error`, `2 warnings`. */
export function countOf(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
