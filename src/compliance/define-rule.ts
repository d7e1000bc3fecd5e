import { z } from 'zod';
import type { Contract } from '../contract/contract.js';
import type { FiscalOutcomes } from './fiscal-outcomes.js';
import type { PathSegment, Severity } from '../diagnostics/diagnostic.js';
import type { Principle } from './principles.js';
import type { Rating } from './rating.js';
import type { Thresholds, ThresholdValues } from './thresholds.js';

/** A path into a contract that a rule points at: a clause, a field, or where a missing clause belongs. */
export type EvidencePath = readonly PathSegment[];

/** A message as data: the id of one of the rule's message templates, its arguments and where it applies. */
export interface RuleMessage<M extends string = string> {
  /** The id of the template in the rule's `messages`. */
  readonly id: M;
  /** Values for the template's `{placeholders}`. */
  readonly args?: Readonly<Record<string, string | number>>;
  /** Where in the contract the finding belongs; by default the first evidence path. */
  readonly path?: EvidencePath;
  /**
   * The rating this message's shortfall alone would give. When an exemption suppresses some of a
   * rule's messages, the rule is re-rated from the others.
   */
  readonly rating?: Rating;
}

/** What a rule concludes about a contract. */
export interface Evaluation<M extends string = string> {
  /** How well the contract meets the rule. */
  readonly rating: Rating;
  /** The contract paths the verdict rests on: the clauses read, or where a missing one belongs. */
  readonly evidence: readonly EvidencePath[];
  /** Why the rule is not fully met; empty when it is. */
  readonly messages: readonly RuleMessage<M>[];
}

/** A standard, law or guideline a rule rests on, with how far its content was verified. */
export interface Reference {
  /** The instrument, e.g. `EITI Standard 2023`. */
  readonly standard: string;
  /** The provision in it, e.g. `Requirement 2.4`. */
  readonly provision?: string;
  /** verified: read in a public source; recalled: not re-checked; our-default: our own benchmark. */
  readonly status: 'verified' | 'recalled' | 'our-default';
}

/** Two contract fragments for the rule's documentation page: one that passes and one that fails. */
export interface RuleExamples {
  /** YAML sections of a contract that fully meet the rule. */
  readonly passing: string;
  /** YAML sections of a contract that do not meet it. */
  readonly failing: string;
}

/** The metadata every rule carries, whatever its messages and thresholds. */
export interface RuleMetadata {
  /** Stable id, e.g. `P1-EXP-001`: the principle, a topic code, a number. Never reused. */
  readonly id: string;
  /** The principle or reform the rule belongs to. */
  readonly principle: Principle;
  /** What the contract must contain, as a heading. */
  readonly title: string;
  /** What the rule checks, mechanically, in a few sentences. */
  readonly description: string;
  /** Why it matters. */
  readonly rationale: string;
  /** The standards and laws it rests on. */
  readonly references: readonly Reference[];
  /** Default severity: error fails the principle, warning is weak or incomplete, info is good practice. */
  readonly severity: Severity;
  /** Critical rules gate the achievement level whatever the scores. */
  readonly critical: boolean;
  /** When the rule applies, in words, if not always (e.g. "the project has a tailings facility"). */
  readonly appliesWhen?: string;
  /** The rule's message templates, by id; `{name}` is replaced by the argument `name`. */
  readonly messages: Readonly<Record<string, string>>;
  /** Passing and failing examples for the rule's page. */
  readonly examples: RuleExamples;
  /** `plan`: the rule reads the outcomes of a life-of-mine plan and applies only when one is given. */
  readonly needs?: 'plan';
}

/**
 * What a rule may read beside the contract: the outcomes of a life-of-mine plan, when one was given
 * (see {@link FiscalOutcomes}). Rules that need them (`needs: 'plan'`) are not applicable without.
 */
export interface RuleContext {
  /** The fiscal outcomes of the plan checked with the contract, if any. */
  readonly outcomes?: FiscalOutcomes | undefined;
}

/** A rule as the engine runs it. Made by {@link defineRule}. */
export interface Rule extends RuleMetadata {
  /** The thresholds the rule reads, with defaults and sources. */
  readonly options: Thresholds;
  /** Validates a full set of threshold values as written and converts them. */
  readonly optionsSchema: z.ZodType<Readonly<Record<string, unknown>>>;
  /** Whether the rule is relevant to the contract; an irrelevant rule is listed, not scored. */
  applies(contract: Contract, context?: RuleContext): boolean;
  /** Rates the contract, given converted threshold values (from `optionsSchema`). */
  evaluate(contract: Contract, options: Readonly<Record<string, unknown>>, context?: RuleContext): Evaluation;
}

/** What {@link defineRule} takes: the metadata, the thresholds, and the two functions. */
export interface RuleSpec<M extends string, T extends Thresholds> extends Omit<RuleMetadata, 'messages'> {
  /** Message templates, by id. */
  readonly messages: Readonly<Record<M, string>>;
  /** Thresholds, by option name. */
  readonly options?: T;
  /** Whether the rule is relevant; always, if omitted (and, for `needs: 'plan'`, only with a plan). */
  readonly applies?: (contract: Contract, context: RuleContext) => boolean;
  /** Rates the contract. */
  readonly evaluate: (contract: Contract, options: ThresholdValues<T>, context: RuleContext) => Evaluation<NoInfer<M>>;
}

const RULE_ID = /^(P[1-5]|G[1-3]|F1)-[A-Z]{2,4}-\d{3}$/;

/**
 * Defines a compliance rule: self-describing metadata, thresholds with their sources, and a pure
 * `evaluate(contract, options)` that returns a rating, evidence paths and messages as data.
 * Throws if the definition itself is inconsistent (a bad id, or an id of another principle).
 *
 * **Unknown terms.** A rule rarely needs to handle them itself. `checkContract` rates every message
 * whose `path` is at, inside or around a term written `{ unknown: … }` (listed in
 * `contract.unknowns`) as `insufficient-data`, with a message naming the term and its reason; a
 * rule with a known `does-not-meet` stays so, and a rule that reads a required term written as
 * unknown (absent from the typed contract) and then fails on it (a TypeError, or decimal.js refusing
 * the absent value) is rated `insufficient-data` at that term. Any other exception is a bug in the rule and is thrown. An
 * optional fact the rule would credit when omitted must be checked for an unknown itself. So: point each shortfall's `path` at the field it reads
 * (`['governance', 'stabilization', 'excludes']`, not `['governance']`), and point an absent section
 * at the section itself. Where a rule must decide on its own (a fact outside the contract, a
 * computation on an unknown amount), return `insufficientData(id, path, args)` from
 * `./evaluation.js`, or a `shortfall('insufficient-data', …)` inside `judge`; and to ask whether a
 * term is unknown, `isUnknownAt(contract, path)` (from src/contract/unknown-terms.ts). Never rate an unknown term `does-not-meet`.
 *
 * @example
 * ```ts
 * const ghgReporting = defineRule({
 *   id: 'P2-GHG-001', principle: 'P2', severity: 'info', critical: false,
 *   title: 'Greenhouse-gas reporting', description: '…', rationale: '…',
 *   references: [{ standard: 'ICMM Mining Principles', provision: 'PE 6.5', status: 'verified' }],
 *   messages: { missing: 'The contract does not require greenhouse-gas reporting.' },
 *   examples: { passing: 'environment: …', failing: 'environment: {}' },
 *   evaluate: (c) =>
 *     c.environment?.ghg?.reporting
 *       ? { rating: 'fully-meets', evidence: [['environment', 'ghg']], messages: [] }
 *       : { rating: 'does-not-meet', evidence: [['environment', 'ghg']], messages: [{ id: 'missing' }] },
 * });
 * ```
 */
export function defineRule<M extends string, T extends Thresholds = Record<never, never>>(spec: RuleSpec<M, T>): Rule {
  if (!RULE_ID.test(spec.id)) throw new Error(`rule id "${spec.id}" must look like "P1-EXP-001"`);
  if (!spec.id.startsWith(`${spec.principle}-`)) throw new Error(`rule ${spec.id} is filed under ${spec.principle}`);
  const options: Thresholds = spec.options ?? {};
  const shape: Record<string, z.ZodType> = {};
  for (const [name, t] of Object.entries(options)) shape[name] = t.schema;
  const optionsSchema = z.strictObject(shape) as unknown as z.ZodType<Readonly<Record<string, unknown>>>;
  const { applies, evaluate, ...metadata } = spec;
  return {
    ...metadata,
    options,
    optionsSchema,
    applies: (contract, context = {}) => (spec.needs === 'plan' && context.outcomes === undefined ? false : applies === undefined ? true : applies(contract, context)),
    evaluate: (contract, values, context = {}) => evaluate(contract, values as ThresholdValues<T>, context),
  };
}

/**
 * The rule's thresholds at their defaults, converted.
 *
 * @example
 * ```ts
 * defaultOptions(rule); // e.g. { maxDeadlineDays: 90 }
 * ```
 */
export function defaultOptions(rule: Rule): Readonly<Record<string, unknown>> {
  const written: Record<string, unknown> = {};
  for (const [name, t] of Object.entries(rule.options)) written[name] = t.default;
  return rule.optionsSchema.parse(written);
}
