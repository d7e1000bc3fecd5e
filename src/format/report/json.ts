import type { PathSegment, Severity } from '../../diagnostics/diagnostic.js';
import { jsonPath, summarizeReport, type CheckReport, type CheckSummary, type FileStatus } from './check-report.js';
import { findingFingerprints } from './fingerprint.js';
import type { TermSource } from '../../contract/term-source.js';
import { DEFAULT_MINIMUM_COVERAGE } from '../../compliance/resolve-profile.js';

/** A finding in the JSON report. Absent facts are `null`, so every key is always there. */
export interface CheckFindingJson {
  /** The rule id of a compliance finding, or the diagnostic code (e.g. `contract/unknown-key`). */
  ruleId: string;
  /** error, warning or info. */
  severity: Severity;
  /** One plain sentence. */
  message: string;
  /** The contract path, as keys and indexes. */
  path: PathSegment[];
  /** The same path as a JSONPath expression, e.g. `$.revenue.royalties[0]`. */
  jsonPath: string;
  /** 1-based line where the finding starts, or null when it has no place in the text. */
  line: number | null;
  /** 1-based column (UTF-16 code units). */
  column: number | null;
  /** 1-based line where it ends. */
  endLine: number | null;
  /** 1-based column where it ends, exclusive. */
  endColumn: number | null;
  /** The contract's legal reference of the enclosing clause, e.g. `§9.1`. */
  clause: string | null;
  /** How to fix it. */
  hint: string | null;
  /** The principle or reform of a compliance finding. */
  principle: string | null;
  /** The rating of a compliance finding. */
  rating: string | null;
  /** The rule's documentation page, relative to the repository root. */
  docsUrl: string | null;
  /** The provenance of the clause behind the finding (instrument, article, page, url, confidence), or null. */
  source: TermSource | null;
  /** For an insufficient-data finding, why the term it needs is unknown; otherwise null. */
  unknownReason: string | null;
  /** The assumed values the finding rests on. */
  assumptions: { jsonPath: string; value: unknown; basis: string }[];
  /** Stable identity from rule id, file and path (not the line); the SARIF partial fingerprint. */
  fingerprint: string;
}

/** An applied exemption in the JSON report. */
export interface CheckExemptionJson {
  /** The rule exempted. */
  ruleId: string;
  /** The clause that carries the exemption. */
  clauseId: string;
  /** Its legal reference, or null. */
  clause: string | null;
  /** The reason given. */
  reason: string;
  /** Where the exemption is written, as a JSONPath expression. */
  jsonPath: string;
  /** 1-based line of the exemption, or null. */
  line: number | null;
  /** 1-based column of the exemption, or null. */
  column: number | null;
  /** How many findings it suppressed. */
  suppressed: number;
}

/** A file's scorecard in the JSON report; scores are 0–100 with one decimal, or null. */
export interface CheckScorecardJson {
  /** The profile used. */
  profile: string;
  /** The achievement level: level-100, level-75, level-50 or not-achieved. */
  level: string;
  /** The mean of the reform scores. */
  governance: number | null;
  /** Scores by principle and reform, in order P1–P5, G1–G3: the score on known terms and the coverage (0–100, the share of rule weight judged), null when no rule is rated. */
  principles: { principle: string; title: string; score: number | null; coverage: number | null }[];
  /** The share of all rule weight judged on known terms, 0–100, or null. */
  coverage: number | null;
  /** The least coverage a level requires (from the profile). */
  minimumCoverage: number;
  /** Rules rated insufficient-data. */
  insufficientData: string[];
  /** The critical rules and their ratings. */
  critical: { ruleId: string; principle: string; rating: string }[];
}

/** A file in the JSON report. */
export interface CheckFileJson {
  /** The file, relative to the working folder, with `/` separators. */
  file: string;
  /** checked, invalid (not a valid contract; the rules did not run) or unusable (could not be read or parsed). */
  status: FileStatus;
  /** The findings, by line and column. */
  findings: CheckFindingJson[];
  /** The exemptions that applied. */
  exemptions: CheckExemptionJson[];
  /** The scorecard, or null when the rules did not run. */
  scorecard: CheckScorecardJson | null;
  /** The terms written as unknown: where (JSONPath, with the item index for a list item) and why. */
  unknowns: { jsonPath: string; reason: string; source: TermSource | null; line: number | null }[];
  /** The values written as assumptions: where, the value as written and the basis. */
  assumptions: { jsonPath: string; value: unknown; basis: string; line: number | null }[];
}

/** The JSON report of `fairlode check --format json`: `{ files, summary }`. */
export interface CheckJson {
  /** Every file checked, in path order. */
  files: CheckFileJson[];
  /** The counts. */
  summary: CheckSummary;
}

/**
 * A check report as the plain value of fairlode's stable JSON report (documented in docs/cli.md).
 * New keys may be added in a minor version; none is removed or changes meaning.
 *
 * @example
 * ```ts
 * const json = checkReportJsonValue(report);
 * json.files[0].findings[0]; // { ruleId: 'G2-SUB-001', severity: 'warning', line: 33, column: 3, … }
 * ```
 */
export function checkReportJsonValue(report: CheckReport): CheckJson {
  return {
    files: report.files.map((f) => {
      const fingerprints = findingFingerprints(f.file, f.findings);
      return {
        file: f.file,
        status: f.status,
        findings: f.findings.map((d, i) => ({
          ruleId: d.code,
          severity: d.severity,
          message: d.message,
          path: [...d.path],
          jsonPath: jsonPath(d.path),
          line: d.range?.start.line ?? null,
          column: d.range?.start.column ?? null,
          endLine: d.range?.end.line ?? null,
          endColumn: d.range?.end.column ?? null,
          clause: d.clause ?? null,
          hint: d.hint ?? null,
          principle: d.principle ?? null,
          rating: d.rating ?? null,
          docsUrl: d.docsUrl ?? null,
          source: d.source ?? null,
          unknownReason: d.unknown?.reason ?? null,
          assumptions: (d.assumptions ?? []).map((a) => ({ jsonPath: jsonPath(a.path), value: a.value, basis: a.basis })),
          fingerprint: fingerprints[i]!,
        })),
        exemptions: (f.exemptions ?? []).map((e) => ({
          ruleId: e.ruleId,
          clauseId: e.clauseId,
          clause: e.clause ?? null,
          reason: e.reason,
          jsonPath: jsonPath(e.path),
          line: e.range?.start.line ?? null,
          column: e.range?.start.column ?? null,
          suppressed: e.suppressed.length,
        })),
        scorecard: f.scorecard
          ? {
              profile: f.scorecard.profile,
              level: f.scorecard.level,
              governance: f.scorecard.governance,
              principles: f.scorecard.principles.map((p) => ({ principle: p.principle, title: p.title, score: p.score, coverage: p.coverage ?? null })),
              critical: f.scorecard.critical.map((c) => ({ ruleId: c.ruleId, principle: c.principle, rating: c.rating })),
              coverage: f.scorecard.coverage ?? null,
              minimumCoverage: f.scorecard.minimumCoverage ?? DEFAULT_MINIMUM_COVERAGE,
              insufficientData: [...(f.scorecard.insufficientData ?? [])],
            }
          : null,
        unknowns: (f.unknowns ?? []).map((u) => ({ jsonPath: jsonPath(u.item === undefined ? u.path : [...u.path, u.item]), reason: u.reason, source: u.source ?? null, line: u.range?.start.line ?? null })),
        assumptions: (f.assumptions ?? []).map((a) => ({ jsonPath: jsonPath(a.path), value: a.value, basis: a.basis, line: a.range?.start.line ?? null })),
      };
    }),
    summary: summarizeReport(report),
  };
}

/**
 * A check report as JSON text (two-space indentation, one trailing newline): the shape of
 * {@link checkReportJsonValue}.
 *
 * @example
 * ```ts
 * await writeFile('fairlode.json', formatCheckJson(report));
 * ```
 */
export function formatCheckJson(report: CheckReport): string {
  return `${JSON.stringify(checkReportJsonValue(report), null, 2)}\n`;
}
