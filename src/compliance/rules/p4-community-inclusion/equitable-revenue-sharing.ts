import { defineRule } from '../../define-rule.js';
import type { Contract } from '../../../contract/contract.js';
import { Decimal } from '../../../money/decimal.js';
import { absent, judge, shortfall } from '../../evaluation.js';
import { COMMUNITY_ROLES, hasRole, SUBNATIONAL_ROLES } from '../../party-roles.js';
import { rateValue, threshold } from '../../thresholds.js';

const SHARED_BASES = new Set(['gross-revenue', 'royalty', 'net-smelter-return']);

/** The shares of one royalty that go to subnational governments and to community bodies. */
function royaltyShares(c: Contract, royaltyId: string, payee: string): { subnational: Decimal; community: Decimal } {
  const split = c.revenue.governmentShares.find((g) => g.of === royaltyId)?.split ?? { [payee]: new Decimal(1) };
  let subnational = new Decimal(0);
  let community = new Decimal(0);
  for (const [party, share] of Object.entries(split)) {
    if (hasRole(c, party, SUBNATIONAL_ROLES)) subnational = subnational.plus(share);
    if (hasRole(c, party, COMMUNITY_ROLES)) community = community.plus(share);
  }
  for (const f of c.revenue.communityFunds) if (f.modality === 'shall' && f.base === 'royalty' && f.of === royaltyId && f.rate !== undefined) community = community.plus(f.rate);
  return { subnational, community };
}

const pct = (d: Decimal): string => `${d.times(100).toString()}%`;

/** P4-REV-001: a defined share of royalties or revenues goes to the producing region and host communities. */
export const equitableRevenueSharing = defineRule({
  id: 'P4-REV-001',
  principle: 'P4',
  severity: 'error',
  critical: true,
  title: 'Equitable revenue sharing with the producing region and communities',
  description:
    'A defined share of each royalty goes to subnational governments (`revenue.governmentShares`, or a subnational payee), or a binding community fund is financed from gross revenue, royalties or net smelter return (`revenue.communityFunds`) at a rate above 0% or with an annual minimum above zero. Where a profile sets `minimumSubnationalShare` or `minimumCommunityShare`, every royalty must meet them (community shares count community parties in the split and community funds on that royalty).',
  rationale: 'The people who live with a mine bear its costs; a written share of its revenue, not a discretionary grant, is what the principle calls equitable.',
  references: [
    { standard: 'Kenya Mining Act 2016', provision: 'royalty shared 70% national / 20% county / 10% community (The EastAfrican, 21 Dec 2017)', status: 'verified' },
    { standard: 'Ghana Minerals Development Fund Act 2016 (Act 912)', provision: '20% of mineral royalties to the Minerals Development Fund', status: 'verified' },
    { standard: 'Uganda royalty sharing', provision: '17% districts / 3% landowners', status: 'verified' },
  ],
  options: {
    minimumSubnationalShare: threshold(rateValue(), {
      default: '0%',
      description: 'Least share of each royalty paid to subnational governments (provinces, counties, districts); 0% asks only that some share, or a revenue-based community fund, exists.',
      source: 'rules.md P4-REV-001: a defined share; no single benchmark [S]',
      verified: false,
    }),
    minimumCommunityShare: threshold(rateValue(), {
      default: '0%',
      description: 'Least share of each royalty paid to host communities (community bodies in the split, or community funds on that royalty).',
      source: 'rules.md P4-REV-001: a defined share; no single benchmark [S]',
      verified: false,
    }),
  },
  messages: {
    missing: 'No share of royalties or revenue goes to the producing region or the host communities.',
    'subnational-short': 'Subnational governments receive {share} of the royalty "{royalty}"; at least {minimum} is expected.',
    'community-short': 'Host communities receive {share} of the royalty "{royalty}"; at least {minimum} is expected.',
  },
  evaluate(c, o) {
    const royalties = c.revenue.royalties.map((r, i) => ({ r, i, ...royaltyShares(c, r.id, r.payee) }));
    // A fund at 0% with no annual minimum shares nothing, however binding its wording.
    const funds = c.revenue.communityFunds.map((f, i) => ({ f, i })).filter(({ f }) => f.modality === 'shall' && SHARED_BASES.has(f.base) && (f.rate.gt(0) || (f.minimumAnnual?.amount.gt(0) ?? false)));
    const shared = royalties.filter((x) => x.subnational.gt(0) || x.community.gt(0));
    if (shared.length === 0 && funds.length === 0) return absent('missing', c.revenue.royalties.length > 0 ? ['revenue', 'royalties'] : ['revenue']);
    const short = (have: Decimal, want: Decimal) => (have.gte(want.times('0.9')) ? 'substantially-meets' : 'partially-meets');
    const evidence = [...shared.map((x) => ['revenue', 'royalties', x.i]), ...funds.map((x) => ['revenue', 'communityFunds', x.i])];
    return judge(evidence, royalties.flatMap((x) => {
      const where = c.revenue.governmentShares.findIndex((g) => g.of === x.r.id);
      const path = where >= 0 ? ['revenue', 'governmentShares', where, 'split'] : ['revenue', 'royalties', x.i, 'payee'];
      return [
        x.subnational.lt(o.minimumSubnationalShare) && shortfall(short(x.subnational, o.minimumSubnationalShare), 'subnational-short', path, { royalty: x.r.id, share: pct(x.subnational), minimum: pct(o.minimumSubnationalShare) }),
        x.community.lt(o.minimumCommunityShare) && shortfall(short(x.community, o.minimumCommunityShare), 'community-short', path, { royalty: x.r.id, share: pct(x.community), minimum: pct(o.minimumCommunityShare) }),
      ];
    }));
  },
  examples: {
    passing: `revenue:
  royalties:
    - { id: royalty, commodity: copper, payee: gov, rate: "5%" }
  governmentShares:
    - { of: royalty, split: { gov: "70%", province: "20%", elders: "10%" } }
`,
    failing: `revenue:
  royalties:
    - { id: royalty, commodity: copper, payee: gov, rate: "2%" }
  communityFunds:
    - { id: community-support, modality: may, payee: cdf, rate: "0.1%", base: net-profit }
`,
  },
});
