/**
 * Explanations: every amount the payout engine computes can say how it was computed, as a tree of
 * the inputs and operations that produced it (OpenFisca's trace, Catala's explanation).
 */

/**
 * One node of an explanation: what the value is, the value itself as exact text, how it was
 * obtained from its inputs, and the contract clause it comes from.
 *
 * @example
 * ```ts
 * const royalty: Trace = {
 *   label: 'royalty on copper',
 *   value: '8160.00 USD',
 *   clause: 'copper-royalty',
 *   ref: '§9.1',
 *   formula: 'rate × gross revenue',
 *   inputs: [
 *     { label: 'rate', value: '8%' },
 *     { label: 'gross revenue of copper', value: '102000.00 USD' },
 *   ],
 * };
 * ```
 */
export interface Trace {
  /** What the value is, in words: `royalty on copper`, `gross revenue of gold`. */
  readonly label: string;
  /** The value as exact text: `8160.00 USD`, `5%`, `11800 t`, `8700 USD/t`. */
  readonly value: string;
  /** The id of the contract clause the value comes from, when it comes from one. */
  readonly clause?: string;
  /** The clause number in the legal text, e.g. `§9.1`. */
  readonly ref?: string;
  /** How the value follows from its inputs, in words and symbols: `rate × base`. */
  readonly formula?: string;
  /** The values it was computed from. */
  readonly inputs?: readonly Trace[];
}

/**
 * The optional parts of a {@link Trace}, for {@link traceNode}.
 *
 * @example
 * ```ts
 * traceNode('rate', '5%', { clause: 'gold-royalty', ref: '§9.2', formula: 'as stated' } satisfies TraceDetails);
 * ```
 */
export interface TraceDetails {
  /** The id of the contract clause the value comes from. */
  clause?: string | undefined;
  /** The clause number in the legal text. */
  ref?: string | undefined;
  /** How the value follows from its inputs. */
  formula?: string | undefined;
  /** The values it was computed from (empty lists are left out). */
  inputs?: readonly Trace[] | undefined;
}

/**
 * Builds a frozen {@link Trace} node, leaving out details that are not given, so that traces
 * serialise to the same JSON however they were built.
 *
 * @example
 * ```ts
 * traceNode('rate', '5%', { clause: 'gold-royalty', ref: '§9.2' });
 * // { label: 'rate', value: '5%', clause: 'gold-royalty', ref: '§9.2' }
 * ```
 */
export function traceNode(label: string, value: string, details: TraceDetails = {}): Trace {
  const node: { -readonly [K in keyof Trace]: Trace[K] } = { label, value };
  if (details.clause !== undefined) node.clause = details.clause;
  if (details.ref !== undefined) node.ref = details.ref;
  if (details.formula !== undefined) node.formula = details.formula;
  if (details.inputs !== undefined && details.inputs.length > 0) node.inputs = Object.freeze([...details.inputs]);
  return Object.freeze(node);
}

/**
 * Finds the first node (depth first, the node itself included) whose label matches, for tests and
 * tools that look into an explanation.
 *
 * @example
 * ```ts
 * findTrace(line.trace, (t) => t.label.startsWith('net smelter return'))?.value;
 * ```
 */
export function findTrace(trace: Trace, matches: (node: Trace) => boolean): Trace | undefined {
  if (matches(trace)) return trace;
  for (const input of trace.inputs ?? []) {
    const found = findTrace(input, matches);
    if (found) return found;
  }
  return undefined;
}
