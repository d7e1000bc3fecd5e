import type { Severity, SourceRange } from '../../diagnostics/diagnostic.js';
import { jsonPath, type CheckReport, type ReportFinding } from './check-report.js';
import { findingFingerprints } from './fingerprint.js';
import { findingBasis } from './known-terms.js';

/** What SARIF says about a rule: the rule's metadata, as `fairlode rules` lists it. */
export interface SarifRuleDescriptor {
  /** The rule id, e.g. `P1-EXP-001`. */
  readonly id: string;
  /** Its title, as a heading. */
  readonly title: string;
  /** What it checks. */
  readonly description: string;
  /** Why it matters. */
  readonly rationale?: string;
  /** Its documentation page, relative to the repository root or absolute. */
  readonly docsUrl?: string;
  /** Its default severity. */
  readonly severity?: Severity;
  /** Its principle or reform. */
  readonly principle?: string;
}

/** Options for {@link formatCheckSarif}. */
export interface CheckSarifOptions {
  /** The fairlode version, reported as the tool's version. */
  readonly toolVersion: string;
  /** The rules' metadata; findings of other codes (parse and schema errors) get a generic description. */
  readonly rules?: readonly SarifRuleDescriptor[];
  /** Where relative documentation links resolve (default `https://fairlode.dev/`). */
  readonly docsBaseUrl?: string;
  /** At most this many results (default and ceiling 5,000, what code scanning accepts comfortably). */
  readonly maxResults?: number;
}

/** The most results a SARIF report holds; the rest are counted in a notification. */
export const SARIF_MAX_RESULTS = 5000;

/** The default base of relative documentation links. */
export const DEFAULT_DOCS_BASE_URL = 'https://fairlode.dev/';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

// Diagnostics that are not compliance rules, described by the family of their code.
const FAMILIES: Record<string, { title: string; description: string; docsUrl: string }> = {
  source: { title: 'Unreadable document', description: 'The file is not a well-formed YAML or JSON document, or uses a feature fairlode refuses (tags, merge keys, several documents).', docsUrl: 'docs/contract-format.md#strict-documents' },
  file: { title: 'Unreadable file', description: 'The file does not exist or cannot be read.', docsUrl: 'docs/cli.md#exit-codes' },
  contract: { title: 'Contract format', description: 'The contract does not follow the contract format: an unknown key, a wrong type, a missing field, or a broken reference, share or date.', docsUrl: 'docs/contract-format.md#what-the-loader-checks' },
  compliance: { title: 'Exemption', description: 'An exemption names a rule that does not exist, or suppresses nothing.', docsUrl: 'docs/compliance.md#exemptions' },
};

function familyOf(code: string): { title: string; description: string; docsUrl: string } {
  return FAMILIES[code.split('/')[0]!] ?? { title: code, description: `Diagnostic ${code}.`, docsUrl: 'docs/cli.md' };
}

function absolute(url: string, base: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : new URL(url, base).href;
}

function region(range: SourceRange): Record<string, number> {
  return { startLine: range.start.line, startColumn: range.start.column, endLine: range.end.line, endColumn: range.end.column };
}

/** Encodes a repository-relative path as a URI reference (spaces and `%` escaped, `/` kept). */
function fileUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/**
 * A check report as a SARIF 2.1.0 log for GitHub code scanning and other SARIF viewers: one run,
 * the rules that produced results (with short and full descriptions, help text and a help link),
 * and one result per finding with a 1-based region (end column exclusive, in UTF-16 code units),
 * a repository-relative URI, the contract path as a logical location and a partial fingerprint
 * from rule id + file + contract path, so an alert survives edits above it. At most 5,000 results;
 * beyond that a notification says how many were left out.
 *
 * @example
 * ```ts
 * await writeFile('fairlode.sarif', formatCheckSarif(report, { toolVersion: VERSION, rules }));
 * ```
 */
export function formatCheckSarif(report: CheckReport, options: CheckSarifOptions): string {
  const base = options.docsBaseUrl ?? DEFAULT_DOCS_BASE_URL;
  const max = Math.min(options.maxResults ?? SARIF_MAX_RESULTS, SARIF_MAX_RESULTS);
  const known = new Map((options.rules ?? []).map((r) => [r.id, r]));

  const all: { finding: ReportFinding; file: string; fingerprint: string }[] = [];
  for (const f of report.files) {
    const fps = findingFingerprints(f.file, f.findings);
    f.findings.forEach((finding, i) => all.push({ finding, file: f.file, fingerprint: fps[i]! }));
  }
  const kept = all.slice(0, max);

  const ruleIds = [...new Set(kept.map((r) => r.finding.code))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const rules = ruleIds.map((id) => {
    const r = known.get(id);
    const sample = kept.find((k) => k.finding.code === id)!.finding;
    const family = familyOf(id);
    const title = r?.title ?? family.title;
    const description = r?.description ?? family.description;
    const helpUri = absolute(r?.docsUrl ?? sample.docsUrl ?? family.docsUrl, base);
    const help = r?.rationale ?? description;
    const principle = r?.principle ?? sample.principle;
    return {
      id,
      name: title,
      shortDescription: { text: title },
      fullDescription: { text: description },
      help: { text: `${help} See ${helpUri}`, markdown: `**${title}**\n\n${help}\n\n[Documentation](${helpUri})` },
      helpUri,
      defaultConfiguration: { level: LEVEL[r?.severity ?? sample.severity] },
      properties: { tags: principle === undefined ? ['fairlode'] : ['fairlode', principle] },
    };
  });

  const results = kept.map(({ finding: d, file, fingerprint }) => {
    const physicalLocation = { artifactLocation: { uri: fileUri(file) }, ...(d.range ? { region: region(d.range) } : {}) };
    const related = (d.related ?? []).filter((r) => r.range !== undefined);
    return {
      ruleId: d.code,
      ruleIndex: ruleIndex.get(d.code)!,
      level: LEVEL[d.severity],
      message: { text: withBasis(d.hint === undefined ? d.message : `${d.message} (${d.hint})`, findingBasis(d)) },
      locations: [{ physicalLocation, logicalLocations: [{ fullyQualifiedName: jsonPath(d.path) }] }],
      ...(related.length > 0
        ? { relatedLocations: related.map((r, i) => ({ id: i + 1, message: { text: r.message }, physicalLocation: { artifactLocation: { uri: fileUri(r.file ?? file) }, region: region(r.range!) } })) }
        : {}),
      partialFingerprints: { 'fairlode/v1': fingerprint },
      ...(d.clause === undefined && d.rating === undefined && d.source === undefined ? {} : { properties: { ...(d.clause === undefined ? {} : { clause: d.clause }), ...(d.rating === undefined ? {} : { rating: d.rating }), ...(d.source === undefined ? {} : { source: d.source }) } }),
    };
  });

  const run: Record<string, unknown> = {
    tool: { driver: { name: 'fairlode', version: options.toolVersion, semanticVersion: options.toolVersion, informationUri: absolute('docs/cli.md', base), rules } },
    columnKind: 'utf16CodeUnits',
    results,
  };
  if (all.length > kept.length) {
    run.invocations = [
      {
        executionSuccessful: true,
        toolExecutionNotifications: [{ level: 'warning', message: { text: `Only the first ${kept.length} of ${all.length} results are included; run fairlode check with another format to see them all.` } }],
      },
    ];
  }
  const log = { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A message with what it rests on (source, assumptions) appended in brackets, when anything. */
function withBasis(message: string, basis: string): string {
  return basis === '' ? message : `${message} [${basis}]`;
}
