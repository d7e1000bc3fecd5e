import type { Diagnostic, PathSegment, SourceRange } from '../diagnostics/diagnostic.js';
import { FairlodeError } from '../diagnostics/diagnostic.js';
import { compareDiagnostics } from '../contract/diagnostic-order.js';
import { clauseAt, type LoadedContract } from '../contract/load-contract.js';
import type { Contract } from '../contract/contract.js';
import { findClauses, type ClauseEntry } from '../contract/integrity/clause-index.js';
import type { SourceDocument } from '../document/index.js';
import { closestName } from '../diagnostics/closest-name.js';
import { invalidArgument, isOptionsObject } from '../diagnostics/invalid-argument.js';
import type { Evaluation, EvidencePath, Rule, RuleContext, RuleMessage } from './define-rule.js';
import { declaredExemptions, type DeclaredExemption } from './exemptions.js';
import { findingRange } from './finding-location.js';
import type { FiscalOutcomes } from './fiscal-outcomes.js';
import type { Principle } from './principles.js';
import { worseRating, type Rating } from './rating.js';
import { renderMessage } from './render-message.js';
import { resolveProfile, type ResolvedProfile } from './resolve-profile.js';
import { RULES } from './rules/index.js';
import { computeScorecard, type Scorecard, type ScoredOutcome } from './scorecard.js';
import { bearsOn, describeUnknown, type AssumedTerm, type UnknownTerm } from '../contract/unknown-terms.js';
import { watchUnknownReads } from './unknown-term-reads.js';
import type { TermSource } from '../contract/term-source.js';

/** Where each rule's documentation page lives, relative to the repository root. */
export const RULE_DOCS = 'docs/rules/';

/** The documentation of exemptions, for findings about them. */
export const EXEMPTION_DOCS = 'docs/compliance.md#exemptions';

/**
 * The documentation page of a rule.
 *
 * @example
 * ```ts
 * ruleDocsUrl('P1-EXP-001'); // 'docs/rules/P1-EXP-001.md'
 * ```
 */
export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS}${ruleId}.md`;
}

/** A finding of a rule: a diagnostic whose `code` is the rule id, with the rule's verdict. */
export interface RuleFinding extends Diagnostic {
  /** A rule finding. */
  readonly kind: 'rule';
  /** The rule id (also the `code`). */
  readonly ruleId: string;
  /** The rule's principle or reform. */
  readonly principle: Principle;
  /** The rating of the shortfall this finding reports. */
  readonly rating: Rating;
  /** Whether the rule gates the achievement level. */
  readonly critical: boolean;
  /** The id of the message template. */
  readonly messageId: string;
  /** The template's arguments. */
  readonly args: Readonly<Record<string, string | number>>;
  /** The rule's documentation page. */
  readonly docsUrl: string;
  /** The unknown term this finding rests on: the rule could not judge it (rating insufficient-data). */
  unknown?: UnknownTerm;
  /** The provenance of the clause the finding is about, when the clause states its `source`. */
  source?: TermSource;
  /** The assumed values at or around the finding's path: the finding rests on them. */
  assumptions?: readonly AssumedTerm[];
}

/** A problem with an exemption: it names an unknown rule (an error) or suppresses nothing (a warning). */
export interface ExemptionFinding extends Diagnostic {
  /** An exemption finding. */
  readonly kind: 'exemption';
  /** The rule id the exemption names. */
  readonly ruleId: string;
  /** Where exemptions are documented. */
  readonly docsUrl: string;
}

/** A finding of {@link checkContract}. */
export type Finding = RuleFinding | ExemptionFinding;

/** An exemption that suppressed findings, reported with them. */
export interface AppliedExemption {
  /** The rule exempted. */
  readonly ruleId: string;
  /** The id of the clause that carries the exemption. */
  readonly clauseId: string;
  /** The clause's legal reference, if stated. */
  readonly clause: string | undefined;
  /** The reason given. */
  readonly reason: string;
  /** The path of the exemption entry. */
  readonly path: readonly PathSegment[];
  /** The file. */
  readonly file: string | undefined;
  /** Where the exemption is written. */
  readonly range: SourceRange | undefined;
  /** The findings it suppressed. */
  readonly suppressed: readonly RuleFinding[];
}

/**
 * A path a rule's verdict rests on, with the legal reference of its clause. It is not placed in
 * the file up front (most evidence is never shown); {@link findingRange} places it on demand.
 */
export interface Evidence {
  /** The contract path. */
  readonly path: EvidencePath;
  /** The legal reference of the clause it is in, if any. */
  readonly clause: string | undefined;
  /** The provenance of the clause it is in, when the clause states its `source`. */
  readonly source?: TermSource;
}

/** What one rule concluded, with its evidence. */
export interface RuleOutcome extends ScoredOutcome {
  /** The rule's title. */
  readonly title: string;
  /** The paths the verdict rests on. */
  readonly evidence: readonly Evidence[];
  /** The assumed values the verdict rests on (at, inside or around its evidence and findings); empty when none. */
  readonly assumptions?: readonly AssumedTerm[];
}

/** The result of {@link checkContract}. */
export interface ComplianceReport {
  /** The contract's file, if known. */
  readonly file: string | undefined;
  /** Findings sorted by file, line, column and rule; exempted ones are not here but under `exemptions`. */
  readonly findings: readonly Finding[];
  /** Exemptions that suppressed findings. */
  readonly exemptions: readonly AppliedExemption[];
  /** Every rule that ran, in id order. */
  readonly outcomes: readonly RuleOutcome[];
  /** Scores, critical gates and the level. */
  readonly scorecard: Scorecard;
  /** The contract's unknown terms (written `{ unknown: … }`), in document order. */
  readonly unknowns: readonly UnknownTerm[];
  /** The contract's assumed values (written `{ assumed: …, basis: … }`), in document order. */
  readonly assumptions: readonly AssumedTerm[];
}

/** Options for {@link checkContract}. */
export interface CheckOptions {
  /** A resolved profile, or the name of a shipped one; `recommended` by default. */
  readonly profile?: ResolvedProfile | string;
  /**
   * Ids of the critical rules for which a corrective-action plan exists (levels 75 and 50 require
   * one for every critical rule not fully met). Omit it and the condition is reported as not assessed.
   */
  readonly correctiveActionPlans?: readonly string[];
  /**
   * The outcomes of a life-of-mine plan (from {@link fiscalOutcomes}), for the rules that read
   * numbers: government take, progressivity, the state's first dividend. Without them those rules
   * are listed as not applicable.
   */
  readonly outcomes?: FiscalOutcomes;
}

/**
 * Checks a contract against the rules of a profile, in one pass: rates each enabled rule,
 * places every finding at its line and column, applies clause-level exemptions (counted and
 * reported, never silent), and scores the principles and reforms. Pure: the same contract and
 * profile always give the same report.
 *
 * Takes the LoadedContract that `loadContract` returns (findings are placed at their line and
 * column) or a plain `Contract`, as the other engines do (findings then carry their paths only).
 * Throws a `FairlodeError` naming the argument only for a programming mistake: something that is
 * not a contract, or a profile that is not shipped.
 * Resolve your own profiles with {@link resolveProfile} or {@link loadProfile}, which report
 * problems as diagnostics.
 *
 * @example
 * ```ts
 * const loaded = loadContract(text, { filename: 'contracts/chagai.yaml' });
 * if (loaded.ok) {
 *   const report = checkContract(loaded.value, { profile: 'recommended' });
 *   console.log(report.scorecard.level);
 *   for (const f of report.findings) console.log(`${f.range?.start.line}:${f.range?.start.column} ${f.code} ${f.message}`);
 * }
 * ```
 */
export function checkContract(input: Contract | LoadedContract, options: CheckOptions = {}): ComplianceReport {
  const loaded = checkedContract(input);
  if (!isOptionsObject(options as unknown)) throw invalidArgument('checkContract', 'options', "an object such as { profile: 'recommended' }", options);
  if (options.profile !== undefined && typeof options.profile !== 'string' && !isOptionsObject(options.profile as unknown)) {
    throw invalidArgument('checkContract', 'options.profile', 'the name of a shipped profile or a resolved profile', options.profile);
  }
  const profile = typeof options.profile === 'object' ? options.profile : shippedProfile(options.profile ?? 'recommended');
  const { contract, source, clauses } = loaded;
  const unknowns = contract.unknowns ?? [];
  const assumptions = contract.assumptions ?? [];
  const file = source?.file;
  const place = (path: EvidencePath) => (source === undefined ? undefined : findingRange(source, path));

  const declared = declaredExemptions(loaded);
  const exemptionAt = (ruleId: string, paths: readonly EvidencePath[]): DeclaredExemption | undefined => {
    for (const path of paths) {
      const clause = clauseAt(clauses, path);
      const found = clause && declared.find((e) => e.rule === ruleId && e.clauseId === clause.id);
      if (found) return found;
    }
    return undefined;
  };

  const findings: Finding[] = [];
  const suppressedBy = new Map<DeclaredExemption, RuleFinding[]>();
  const outcomes: RuleOutcome[] = [];
  const context = { outcomes: options.outcomes };

  for (const setting of profile.rules) {
    if (setting.severity === 'off') continue;
    const { rule, severity } = setting;
    if (!rule.applies(contract, context)) {
      outcomes.push({ ruleId: rule.id, principle: rule.principle, severity, critical: rule.critical, title: rule.title, status: 'not-applicable', evidence: [] });
      continue;
    }
    const verdict = unknowns.length === 0 ? rule.evaluate(contract, setting.options, context) : evaluateAroundUnknowns(rule, contract, setting.options, unknowns, context);
    const evidence = verdict.evidence.map((path) => evidenceAt(clauses, path));
    const messages: readonly RuleMessage[] = verdict.rating === 'fully-meets' ? [] : verdict.messages.length > 0 ? verdict.messages : [{ id: '', rating: verdict.rating }];
    const resting = assumptions.length === 0 ? [] : assumptions.filter((a) => [...verdict.evidence, ...messages.map((m) => m.path ?? [])].some((path) => bearsOn({ path: a.path, reason: '' }, path)));
    let remaining: Rating | undefined;
    let kept = 0;
    let unjudged = false;
    const keptFindings: RuleFinding[] = [];
    for (const m of messages) {
      const path = m.path ?? verdict.evidence[0] ?? [];
      const entry = clauseAt(clauses, path);
      const clause = entry?.ref;
      const range = place(path);
      // A shortfall at, inside or around an unknown term is not known to be one: the rule cannot judge it.
      const unknown = unknowns.length === 0 ? undefined : unknowns.find((u) => bearsOn(u, path));
      // Shortfalls at a section and at the unknown term inside it come to the same "cannot be
      // judged": one finding per rule and unknown term says it.
      if (unknown !== undefined && keptFindings.some((f) => f.unknown === unknown)) {
        kept++;
        continue;
      }
      const rating = unknown ? 'insufficient-data' : (m.rating ?? verdict.rating);
      const finding: RuleFinding = {
        kind: 'rule',
        code: rule.id,
        severity,
        message: unknown ? `${rule.title}: cannot be judged, ${describeUnknown(unknown)}.` : m.id === '' ? `${rule.title}: not met.` : renderMessage(rule.messages[m.id] ?? m.id, m.args),
        path: [...path],
        ruleId: rule.id,
        principle: rule.principle,
        rating,
        critical: rule.critical,
        messageId: m.id,
        args: m.args ?? {},
        docsUrl: ruleDocsUrl(rule.id),
      };
      if (unknown) {
        unjudged = true;
        finding.unknown = unknown;
        finding.hint = 'find the term in the legal text, or write it as { assumed: <value>, basis: "<why>" } to judge the rule on an assumption';
      }
      if (entry?.source !== undefined) finding.source = entry.source;
      const findingAssumptions = resting.filter((a) => bearsOn({ path: a.path, reason: '' }, path));
      if (findingAssumptions.length > 0) finding.assumptions = findingAssumptions;
      if (file !== undefined) finding.file = file;
      if (range !== undefined) finding.range = range;
      if (clause !== undefined) finding.clause = clause;
      const exemption = exemptionAt(rule.id, clauseAt(clauses, path) ? [path] : verdict.evidence);
      if (exemption) {
        suppressedBy.set(exemption, [...(suppressedBy.get(exemption) ?? []), finding]);
        continue;
      }
      findings.push(finding);
      keptFindings.push(finding);
      kept++;
      remaining = worseRating(remaining ?? 'fully-meets', rating);
    }
    const status = messages.length > 0 && kept === 0 ? 'exempted' : 'rated';
    const rating = unjudged ? ratingOnKnownTerms(keptFindings) : kept < messages.length && remaining !== undefined ? remaining : verdict.rating;
    // Literal objects rather than spreads: this runs for every rule of every contract.
    outcomes.push(
      status === 'exempted'
        ? { ruleId: rule.id, principle: rule.principle, severity, critical: rule.critical, title: rule.title, status, evidence, ...(resting.length > 0 ? { assumptions: resting } : {}) }
        : { ruleId: rule.id, principle: rule.principle, severity, critical: rule.critical, title: rule.title, status, rating, evidence, ...(resting.length > 0 ? { assumptions: resting } : {}) },
    );
  }

  // Exemptions that name no known rule are errors; those that suppressed nothing are warnings.
  const enabled = new Map(profile.rules.map((s) => [s.rule.id, s.severity]));
  const knownIds = [...enabled.keys()];
  for (const e of declared) {
    if (suppressedBy.has(e)) continue;
    const range = place([...e.path, 'rule']);
    const located = { path: [...e.path, 'rule'], ...(file === undefined ? {} : { file }), ...(range === undefined ? {} : { range }), ...(e.clause === undefined ? {} : { clause: e.clause }) };
    if (!enabled.has(e.rule)) {
      const guess = closestName(e.rule, knownIds, 3);
      findings.push({ kind: 'exemption', code: 'compliance/unknown-rule', severity: 'error', message: `The clause "${e.clauseId}" is exempted from "${e.rule}", which is not a rule.`, ...located, hint: guess ? `did you mean "${guess}"?` : 'rule ids look like "P1-EXP-001"; see docs/rules/README.md', ruleId: e.rule, docsUrl: EXEMPTION_DOCS });
    } else if (enabled.get(e.rule) !== 'off') {
      findings.push({ kind: 'exemption', code: 'compliance/unused-exemption', severity: 'warning', message: `The clause "${e.clauseId}" is exempted from ${e.rule}, but ${e.rule} reports nothing there.`, ...located, hint: 'remove the exemption, or move it to the clause the finding is about', ruleId: e.rule, docsUrl: EXEMPTION_DOCS });
    }
  }

  const exemptions: AppliedExemption[] = declared
    .filter((e) => suppressedBy.has(e))
    .map((e) => ({ ruleId: e.rule, clauseId: e.clauseId, clause: e.clause, reason: e.reason, path: e.path, file, range: place(e.path), suppressed: suppressedBy.get(e)! }));

  outcomes.sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  const scorecard = computeScorecard({
    profile: profile.name,
    outcomes,
    scoring: profile.scoring,
    ...(options.correctiveActionPlans === undefined ? {} : { correctiveActionPlans: options.correctiveActionPlans }),
  });
  return { file, findings: findings.sort(compareDiagnostics), exemptions, outcomes, scorecard, unknowns, assumptions };
}

/**
 * Evaluates a rule on a contract with unknown terms. A required term written as unknown is absent
 * from the typed contract; a rule that reads it and then fails on it (a TypeError) needed that
 * term, so it is rated insufficient-data, its finding placed at that term, rather than failing the
 * check; so is a rule that passed the absent value on to decimal.js (`[DecimalError] Invalid
 * argument: undefined`), as one reading an unknown target share does. Any other exception, and any
 * exception of a rule that read no absent unknown term, is a bug in the rule and is thrown as it is.
 */
function evaluateAroundUnknowns(rule: Rule, contract: Contract, options: Readonly<Record<string, unknown>>, unknowns: readonly UnknownTerm[], context: RuleContext): Evaluation {
  const watched = watchUnknownReads(contract, unknowns);
  try {
    return rule.evaluate(watched.contract, options, context);
  } catch (error) {
    const term = watched.absentUnknownRead();
    if (term === undefined || !failedOnAbsentValue(error)) throw error;
    return { rating: 'insufficient-data', evidence: [term.path], messages: [{ id: '', path: term.path, rating: 'insufficient-data' }] };
  }
}

// The two ways a rule fails on a value that is not there: reading a property of it (a TypeError), or
// handing it to decimal.js, which refuses undefined with its own error.
function failedOnAbsentValue(error: unknown): boolean {
  return error instanceof TypeError || (error instanceof Error && error.message === '[DecimalError] Invalid argument: undefined');
}

/** A path of evidence with the legal reference and the source of its clause. */
function evidenceAt(clauses: readonly ClauseEntry[], path: EvidencePath): Evidence {
  const entry = clauseAt(clauses, path);
  return entry?.source === undefined ? { path, clause: entry?.ref } : { path, clause: entry.ref, source: entry.source };
}

/**
 * A rule's rating when some of its findings rest on unknown terms: a known failure stands
 * (does-not-meet whatever the unknowns hold); otherwise the unknowns could still make it fail, so it
 * is insufficient-data, never better.
 */
function ratingOnKnownTerms(findings: readonly RuleFinding[]): Rating {
  const known = findings.filter((f) => f.unknown === undefined);
  return known.some((f) => f.rating === 'does-not-meet') ? 'does-not-meet' : 'insufficient-data';
}

/**
 * The contract to check, from a LoadedContract (findings are placed in its file) or a plain
 * Contract (findings carry their paths, with no file or line); anything else is a FairlodeError
 * naming the argument.
 */
function checkedContract(input: unknown): { contract: Contract; clauses: readonly ClauseEntry[]; source: SourceDocument | undefined } {
  const expected = 'a Contract or the LoadedContract that loadContract returns';
  if (!isOptionsObject(input)) throw invalidArgument('checkContract', 'contract', expected, input);
  if ('contract' in input && 'source' in input && 'clauses' in input) {
    const loaded = input as unknown as LoadedContract;
    if (loaded.contract !== null && typeof loaded.contract === 'object' && Array.isArray(loaded.clauses)) return loaded;
  }
  const c = input as Partial<Contract>;
  if (typeof c.id !== 'string' || !Array.isArray(c.parties) || c.revenue === null || typeof c.revenue !== 'object') {
    throw invalidArgument('checkContract', 'contract', `${expected} (with an id, parties and revenue)`, input);
  }
  return { contract: c as Contract, clauses: findClauses(c), source: undefined };
}

const shippedCache = new Map<string, ResolvedProfile>();

/** A shipped profile, resolved once. */
function shippedProfile(name: string): ResolvedProfile {
  let profile = shippedCache.get(name);
  if (!profile) {
    const resolved = resolveProfile(name, { rules: RULES });
    if (!resolved.ok) {
      const d = resolved.diagnostics[0]!;
      throw new FairlodeError({ code: d.code, message: d.message, ...(d.hint === undefined ? {} : { hint: d.hint }) });
    }
    profile = resolved.value;
    shippedCache.set(name, profile);
  }
  return profile;
}
