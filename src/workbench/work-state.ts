// What the user is working on, as the workbench keeps it (in memory and in localStorage).
import type { TextFile } from './payout-run.js';

/** Everything the user has entered: the files and the settings of the panels. */
export interface WorkState {
  /** The contract being edited. */
  readonly contract: TextFile;
  /** Period actuals, one file per period. */
  readonly actuals: readonly TextFile[];
  /** The life-of-mine plan, if any. */
  readonly plan: TextFile | undefined;
  /** The price deck of the fiscal panel, e.g. `copper=6000,8000,10000 USD/t`; empty for the plan's prices. */
  readonly prices: string;
}

function isTextFile(value: unknown): value is TextFile {
  return typeof value === 'object' && value !== null && typeof (value as TextFile).name === 'string' && typeof (value as TextFile).text === 'string';
}

/**
 * Reads saved work back (from JSON text), or undefined when it is missing or not in the expected
 * shape (then the workbench starts from an example instead of failing).
 *
 * @example
 * ```ts
 * readWorkState(JSON.stringify(state)); // the same state
 * ```
 */
export function readWorkState(json: string | null): WorkState | undefined {
  if (json === null) return undefined;
  try {
    const v = JSON.parse(json) as Record<string, unknown>;
    if (!isTextFile(v.contract) || !Array.isArray(v.actuals) || !v.actuals.every(isTextFile)) return undefined;
    if (v.plan !== undefined && v.plan !== null && !isTextFile(v.plan)) return undefined;
    return { contract: v.contract, actuals: v.actuals, plan: isTextFile(v.plan) ? v.plan : undefined, prices: typeof v.prices === 'string' ? v.prices : '' };
  } catch {
    return undefined;
  }
}
