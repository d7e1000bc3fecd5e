import { DEFAULT_MINIMUM_COVERAGE } from '../../compliance/resolve-profile.js';
import { citeSource } from '../../contract/term-source.js';
import { describePath } from '../../contract/placement.js';
import type { AssumedTerm } from '../../contract/unknown-terms.js';
import type { ReportFinding, ReportScorecard } from './check-report.js';

/**
 * How much of a scorecard rests on known terms, in a line: `coverage 83.3% (minimum 80%); 2 rules
 * insufficient-data: P4-CON-001, P4-EMP-002`. Undefined for a scorecard without coverage.
 *
 * @example
 * ```ts
 * coverageLine({ profile: 'recommended', level: 'level-75', governance: null, principles: [], critical: [], coverage: 100, minimumCoverage: 80 });
 * // 'coverage 100% (minimum 80%)'
 * ```
 */
export function coverageLine(card: ReportScorecard): string | undefined {
  if (card.coverage === undefined) return undefined;
  const head = `coverage ${card.coverage === null ? '–' : `${card.coverage}%`} (minimum ${card.minimumCoverage ?? DEFAULT_MINIMUM_COVERAGE}%)`;
  const unjudged = card.insufficientData ?? [];
  return unjudged.length === 0 ? head : `${head}; ${unjudged.length} ${unjudged.length === 1 ? 'rule' : 'rules'} insufficient-data: ${unjudged.join(', ')}`;
}

/**
 * An assumed value in a line: `"ownership[0].share" assumed "100%" (sole holder per registry)`.
 *
 * @example
 * ```ts
 * assumptionLine({ path: ['ownership', 0, 'share'], value: '100%', basis: 'registry' }); // '"ownership[0].share" assumed "100%" (registry)'
 * ```
 */
export function assumptionLine(a: AssumedTerm): string {
  return `${describePath(a.path)} assumed ${JSON.stringify(a.value)} (${a.basis})`;
}

/**
 * What a finding rests on besides the rule, for a report line: its clause's source and the
 * assumptions under it, e.g. `source: Convention 2014, Art. 9 (confidence: high); assumes "…" …`.
 * Empty when there is neither.
 *
 * @example
 * ```ts
 * findingBasis({ code: 'P4-REV-001', severity: 'error', message: '…', path: [], source: { instrument: 'Convention', confidence: 'low' } });
 * // 'source: Convention (confidence: low)'
 * ```
 */
export function findingBasis(f: ReportFinding): string {
  const parts: string[] = [];
  if (f.source !== undefined) parts.push(`source: ${citeSource(f.source)}`);
  for (const a of f.assumptions ?? []) parts.push(`rests on ${assumptionLine(a)}`);
  return parts.join('; ');
}
