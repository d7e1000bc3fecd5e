/**
 * The accounts a payout statement names besides the contract's parties: the project company whose
 * cash is being shared, the buyers it sells to, the suppliers and smelters it pays, and its own
 * cash reserve. A contract may not give a party one of these ids.
 */

/**
 * The project company: receives sales revenue and cash calls, pays everything else.
 *
 * @example
 * ```ts
 * statement.lines.filter((l) => l.from === PROJECT_COMPANY); // what the company paid
 * ```
 */
export const PROJECT_COMPANY = 'company';

/**
 * The buyers of the company's products: the source of sales revenue.
 *
 * @example
 * ```ts
 * statement.lines.filter((l) => l.from === BUYERS); // the revenue lines
 * ```
 */
export const BUYERS = 'buyers';

/**
 * Suppliers, smelters, refiners and carriers: paid operating and capital costs and sale deductions.
 *
 * @example
 * ```ts
 * statement.lines.filter((l) => l.to === SUPPLIERS); // costs and sale deductions
 * ```
 */
export const SUPPLIERS = 'suppliers';

/**
 * The company's retained cash: what is retained goes in, what covers a later shortfall comes out.
 *
 * @example
 * ```ts
 * statement.lines.find((l) => l.to === COMPANY_RESERVE)?.amount; // cash retained this period
 * ```
 */
export const COMPANY_RESERVE = 'company-reserve';

/**
 * The ids a payout statement uses for accounts that are not contract parties.
 *
 * @example
 * ```ts
 * RESERVED_PARTY_IDS.includes('company'); // true
 * ```
 */
export const RESERVED_PARTY_IDS: readonly string[] = Object.freeze([PROJECT_COMPANY, BUYERS, SUPPLIERS, COMPANY_RESERVE]);
