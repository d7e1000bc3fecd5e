// What a file dropped or opened in the workbench is: the contract, one period's actuals, or a
// life-of-mine plan, from the top-level keys each format requires.

/** The role of a fairlode document in the workbench. */
export type DocumentRole = 'contract' | 'actuals' | 'plan';

/**
 * Recognises a YAML or JSON document by its required top-level keys: a plan has `periods`, actuals
 * have `period`, anything else is taken as a contract (whose checker then says what is wrong).
 *
 * @example
 * ```ts
 * documentRole('contract: chagai\nperiod: 2027-Q1\n'); // 'actuals'
 * ```
 */
export function documentRole(text: string): DocumentRole {
  if (/^periods\s*:/m.test(text) || /"periods"\s*:/.test(text)) return 'plan';
  if (/^period\s*:/m.test(text) || /"period"\s*:/.test(text)) return 'actuals';
  return 'contract';
}
