import { FairlodeError } from '../diagnostics/diagnostic.js';
import type { Contract } from '../contract/index.js';
import type { PayoutLine, PayoutLineKind } from '../payout/index.js';

/** A party's role in a contract (`host-government`, `investor`, `community-fund`, ...). */
export type PartyRole = Contract['parties'][number]['role'];

/**
 * The roles counted as the state by default: every level of government, state enterprises (their
 * equity cash flows), statutory funds, regulators and the geological survey.
 */
export const DEFAULT_GOVERNMENT_ROLES: readonly PartyRole[] = Object.freeze([
  'host-government', 'subnational-government', 'local-government', 'state-enterprise', 'statutory-fund', 'regulator', 'geological-survey',
]);

/** The roles of community beneficiaries: counted in government take only on request. */
export const COMMUNITY_ROLES: readonly PartyRole[] = Object.freeze(['community-fund', 'community-entity']);

/**
 * Which parties' receipts make up government take. By default the parties whose role is one of
 * {@link DEFAULT_GOVERNMENT_ROLES}; community funds are left out unless `communityFunds` is true,
 * because the money is spent by and for communities, not by the state (FARI likewise counts only
 * payments to government). `include` and `exclude` adjust the set by party id.
 */
export interface GovernmentTakeComposition {
  /** The roles counted as the state (default {@link DEFAULT_GOVERNMENT_ROLES}). */
  roles?: readonly PartyRole[];
  /** Count community funds and community entities as government take (default false). */
  communityFunds?: boolean;
  /** Party ids to count as well. */
  include?: readonly string[];
  /** Party ids not to count. */
  exclude?: readonly string[];
}

/** How each party is grouped in an analysis. */
export type PartyGroup = 'government' | 'investor' | 'community' | 'other';

/** The parties of each group, in the contract's order. */
export interface PartyGroups {
  /** Counted as government take. */
  readonly government: readonly string[];
  /** The investor: its cash flows give the investor's NPV, IRR and the breakeven price. */
  readonly investor: readonly string[];
  /** Community beneficiaries not counted as government take. */
  readonly community: readonly string[];
  /** Everyone else who receives or pays anything. */
  readonly other: readonly string[];
  /** The group of each party id. */
  readonly of: ReadonlyMap<string, PartyGroup>;
}

/**
 * Sorts a contract's parties into government, investor, community and other. Investors are the
 * parties whose role is `investor`, unless `investors` names them. Throws a `FairlodeError`
 * (`fiscal/unknown-party`) for an id that is not a party, and (`fiscal/party-in-two-groups`) for a
 * party named both as an investor and as government.
 *
 * @example
 * ```ts
 * const groups = partyGroups(contract, { communityFunds: true });
 * groups.government; // ['fwo', 'gop', 'gob', 'chagai-district', 'cdf', 'gsp']
 * ```
 */
export function partyGroups(contract: Contract, composition: GovernmentTakeComposition = {}, investors?: readonly string[]): PartyGroups {
  const ids = new Set(contract.parties.map((p) => p.id));
  const check = (list: readonly string[] | undefined, what: string) => {
    for (const id of list ?? []) {
      if (!ids.has(id)) throw new FairlodeError({ code: 'fiscal/unknown-party', message: `"${id}" (${what}) is not a party of contract "${contract.id}".`, hint: `known: ${[...ids].join(', ')}` });
    }
  };
  check(composition.include, 'counted as government');
  check(composition.exclude, 'excluded from government');
  check(investors, 'named as an investor');
  const roles = new Set<PartyRole>(composition.roles ?? DEFAULT_GOVERNMENT_ROLES);
  if (composition.communityFunds) for (const r of COMMUNITY_ROLES) roles.add(r);
  const include = new Set(composition.include ?? []);
  const exclude = new Set(composition.exclude ?? []);
  const investorSet = new Set(investors ?? contract.parties.filter((p) => p.role === 'investor').map((p) => p.id));
  const of = new Map<string, PartyGroup>();
  for (const p of contract.parties) {
    const government = (roles.has(p.role) || include.has(p.id)) && !exclude.has(p.id);
    if (government && investorSet.has(p.id)) {
      throw new FairlodeError({ code: 'fiscal/party-in-two-groups', message: `"${p.id}" is counted both as government and as the investor.`, hint: 'exclude it from government or from the investors' });
    }
    of.set(p.id, government ? 'government' : investorSet.has(p.id) ? 'investor' : COMMUNITY_ROLES.includes(p.role) ? 'community' : 'other');
  }
  const members = (g: PartyGroup) => Object.freeze(contract.parties.filter((p) => of.get(p.id) === g).map((p) => p.id));
  return Object.freeze({ government: members('government'), investor: members('investor'), community: members('community'), other: members('other'), of });
}

/**
 * The streams government take is reported in, in this order: royalties, income tax, price
 * participation (windfall), bonuses, community funds (when counted), the state's equity cash
 * flows (dividends and carry repayments received less cash calls paid, and its share of the
 * company's cash at the end) and anything else.
 */
export const GOVERNMENT_STREAMS = ['royalties', 'income-tax', 'price-participation', 'bonuses', 'community-funds', 'state-equity', 'other'] as const;

/** One of {@link GOVERNMENT_STREAMS}. */
export type GovernmentStream = (typeof GOVERNMENT_STREAMS)[number];

const STREAM_OF_KIND: Partial<Record<PayoutLineKind, GovernmentStream>> = {
  royalty: 'royalties',
  'income-tax': 'income-tax',
  'price-participation': 'price-participation',
  bonus: 'bonuses',
  'community-fund': 'community-funds',
  'community-fund-top-up': 'community-funds',
  distribution: 'state-equity',
  'cash-call': 'state-equity',
  'carried-cash-call': 'state-equity',
  'carry-repayment': 'state-equity',
};

/**
 * The government stream a payout line belongs to. A `government-share` line (part of a receipt
 * passed from one government to another, or on to someone else) belongs to the stream of the
 * clause it splits, found among the period's lines.
 *
 * @example
 * ```ts
 * governmentStream(royaltyLine, statement.lines); // 'royalties'
 * ```
 */
export function governmentStream(line: PayoutLine, lines: readonly PayoutLine[]): GovernmentStream {
  if (line.kind === 'government-share') {
    const source = lines.find((l) => l.kind !== 'government-share' && l.clause !== undefined && l.clause === line.clause);
    return source === undefined ? 'other' : (STREAM_OF_KIND[source.kind] ?? 'other');
  }
  return STREAM_OF_KIND[line.kind] ?? 'other';
}
