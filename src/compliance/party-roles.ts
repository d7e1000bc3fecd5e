// Which parties count as what for the rules: host-state agencies, governments below the national
// level, community bodies. Read from each party's declared role.
import type { Contract } from '../contract/contract.js';
import { holdersOf } from '../contract/holders.js';

/** A party's role, as declared under `parties`. */
export type PartyRole = Contract['parties'][number]['role'];

/** Roles of host-state bodies that may receive geodata or lead joint exploration. */
export const HOST_STATE_ROLES: ReadonlySet<PartyRole> = new Set(['host-government', 'subnational-government', 'local-government', 'state-enterprise', 'regulator', 'geological-survey']);

/** Roles of governments and state enterprises (the state's side of the deal). */
export const STATE_ROLES: ReadonlySet<PartyRole> = new Set(['host-government', 'subnational-government', 'local-government', 'state-enterprise']);

/** Roles of governments below the national level: provinces, counties, districts. */
export const SUBNATIONAL_ROLES: ReadonlySet<PartyRole> = new Set(['subnational-government', 'local-government']);

/** Roles of bodies that receive money for host communities. */
export const COMMUNITY_ROLES: ReadonlySet<PartyRole> = new Set(['community-entity', 'community-fund']);

/** Roles of payees that receive public money and must do so into public accounts. */
export const PUBLIC_PAYEE_ROLES: ReadonlySet<PartyRole> = new Set(['host-government', 'subnational-government', 'local-government', 'state-enterprise', 'regulator', 'geological-survey', 'community-fund', 'statutory-fund']);

/**
 * The declared role of a party, or undefined for an unknown id.
 *
 * @example
 * ```ts
 * roleOf(contract, 'gsp'); // 'geological-survey'
 * ```
 */
export function roleOf(contract: Contract, partyId: string): PartyRole | undefined {
  return contract.parties.find((p) => p.id === partyId)?.role;
}

/**
 * Whether a party has one of the given roles.
 *
 * @example
 * ```ts
 * hasRole(contract, 'gob', SUBNATIONAL_ROLES); // true
 * ```
 */
export function hasRole(contract: Contract, partyId: string, roles: ReadonlySet<PartyRole>): boolean {
  const role = roleOf(contract, partyId);
  return role !== undefined && roles.has(role);
}

/**
 * Whether a holding of equity is held, in whole or in part, by the state (a government or a state
 * enterprise).
 *
 * @example
 * ```ts
 * contract.ownership.filter((h) => isStateHolding(contract, h)); // the state's stakes
 * ```
 */
export function isStateHolding(contract: Contract, holding: Contract['ownership'][number]): boolean {
  return holdersOf(holding).some((p) => hasRole(contract, p, STATE_ROLES));
}
