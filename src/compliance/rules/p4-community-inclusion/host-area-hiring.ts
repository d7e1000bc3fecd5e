import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';

/** P4-EMP-003: people of the host area, not only nationals, get a hiring preference or quota. */
export const hostAreaHiring = defineRule({
  id: 'P4-EMP-003',
  principle: 'P4',
  severity: 'warning',
  critical: false,
  title: 'Host-area hiring preference or quota',
  description: 'A binding ("shall") employment commitment counts people of the host area (`scope: host-area`). A provincial scope substantially meets the rule.',
  rationale: 'National targets can be met from the capital while the villages beside the pit get nothing; a host-area quota keeps jobs where the disruption is.',
  references: [
    { standard: 'Mongolia tripartite agreements, as reported (news.mn)', provision: '>5% of Mongolian workers from the host soum', status: 'verified' },
    { standard: 'Reko Diq definitive agreements (2022), as reported', provision: 'local hiring first', status: 'verified' },
  ],
  messages: {
    missing: 'No binding employment commitment favours people of the host area.',
    'province-only': 'Binding hiring targets count the province ("{item}"), not the communities around the project.',
  },
  evaluate(c) {
    const at = ['community', 'employment'];
    const binding = (c.community?.employment ?? []).map((e, i) => ({ e, i })).filter(({ e }) => e.modality === 'shall');
    const host = binding.find(({ e }) => e.scope === 'host-area');
    if (host) return judge([[...at, host.i]], []);
    const province = binding.find(({ e }) => e.scope === 'province');
    if (province) return judge([[...at, province.i]], [shortfall('substantially-meets', 'province-only', [...at, province.i, 'scope'], { item: province.e.id })]);
    return absent('missing', at);
  },
  examples: {
    passing: `community:
  employment:
    - { id: host-area-hiring, modality: shall, category: unskilled, scope: host-area, targets: [ { by: 2027-12-31, share: "60%" } ] }
`,
    failing: `community:
  employment:
    - { id: local-first, modality: endeavour, category: all, scope: province, targets: [ { by: 2030-12-31, share: "50%" } ] }
`,
  },
});
