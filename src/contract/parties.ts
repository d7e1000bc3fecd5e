import { z } from 'zod';
import { identifier } from './clause.js';
import { currencyCode } from './exact-values.js';

/** What a party is to the deal; the rules and the EITI export read this. */
export const partyRole = z
  .enum([
    'host-government',
    'subnational-government',
    'local-government',
    'state-enterprise',
    'investor',
    'community-entity',
    'community-fund',
    'statutory-fund',
    'regulator',
    'geological-survey',
    'other',
  ])
  .meta({
    description:
      'The role of the party in the deal: host-government (the national government of the host state), subnational-government (a province or state), local-government (a district or municipality), state-enterprise (a state-owned company), investor (a private or foreign investor), community-entity (a body representing a community), community-fund (a community development fund), statutory-fund (a fund set up by law), regulator (a mining or environmental authority), geological-survey (the state\'s geological agency) or other.',
  });

/** A party to the contract or a recipient of payments under it. */
export const party = z
  .strictObject({
    id: identifier().meta({ description: 'Stable id of the party, used everywhere else in the contract.' }),
    name: z.string().min(1).meta({ description: 'Legal name.' }),
    role: partyRole,
    country: z.string().regex(/^[A-Z]{2}$/, { error: 'expected an ISO 3166-1 alpha-2 country code such as "PK"' }).optional().meta({ description: 'ISO 3166-1 alpha-2 country of incorporation or jurisdiction.' }),
    level: z
      .enum(['national', 'provincial', 'district', 'community'])
      .optional()
      .meta({ description: 'For governments and funds: the level of government they belong to: national, provincial (a province or state), district (a district or municipality) or community.' }),
    residence: z
      .string()
      .regex(/^(?:resident|non-resident|[A-Z]{2})$/, { error: 'expected "resident", "non-resident" or an ISO 3166-1 alpha-2 country code such as "GB"' })
      .optional()
      .meta({ description: 'Tax residence, for withholding taxes: resident or non-resident (of the host country), or the ISO 3166-1 alpha-2 country of residence (the host country\'s code means resident). Not stated means not known: no withholding tax is applied to the party, with a warning. A host, subnational or local government is resident by its role.' }),
    currency: currencyCode().optional().meta({ description: 'The currency this party is paid in, when not the contract currency; each period\'s actuals give the exchange rate.' }),
    note: z.string().optional().meta({ description: 'Free text about the party, for readers; not used in any computation.' }),
  })
  .meta({ title: 'Party', description: 'A party to the contract, or a recipient of payments under it.' });

/** The parties section: at least one party. */
export const parties = z.array(party).min(1).meta({ description: 'Every party and payee, each with a stable id.' });
