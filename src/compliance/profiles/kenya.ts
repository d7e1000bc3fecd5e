import type { ProfileDefinition } from '../profile-schema.js';

/**
 * A jurisdiction example: Kenya. The Mining Act 2016 shares royalties 70% to the national
 * government, 20% to the county and 10% to the community, makes community development agreements
 * mandatory for large-scale rights, and the regime directs 1% of sales revenue to local
 * communities. Sources: The EastAfrican, 21 December 2017; Chambers, "Kenya's Mining Act" (both
 * in rules.md). The section numbers are recalled, not re-checked.
 */
export const kenyaProfile: ProfileDefinition = {
  name: 'kenya',
  description: 'Kenya: Mining Act 2016 royalty sharing (70/20/10), mandatory CDAs and 1% of sales revenue for communities.',
  jurisdiction: 'KE',
  extends: 'recommended',
  rules: {
    'P4-REV-001': {
      options: {
        minimumSubnationalShare: { value: '20%', source: 'Kenya Mining Act 2016 (s. 183, recalled): 20% of royalties to the county government; The EastAfrican, 21 Dec 2017 [V]', verified: true },
        minimumCommunityShare: { value: '10%', source: 'Kenya Mining Act 2016 (s. 183, recalled): 10% of royalties to the community; The EastAfrican, 21 Dec 2017 [V]', verified: true },
      },
    },
    'G2-SUB-001': 'error',
    'G3-AMT-002': {
      severity: 'error',
      options: {
        minimumRevenueRate: { value: '1%', source: 'Kenya: 1% of sales revenue to local communities under the CDA regime; The EastAfrican, 21 Dec 2017; Chambers, "Kenya\'s Mining Act" [V]', verified: true },
      },
    },
  },
};
