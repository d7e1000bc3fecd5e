import { z } from 'zod';
import { defineRule } from '../../define-rule.js';
import { isUnknownAt } from '../../../contract/unknown-terms.js';
import { insufficientData, judge, shortfall } from '../../evaluation.js';
import { threshold } from '../../thresholds.js';

// Terms whose freezing takes away the state's power to change its whole fiscal regime.
const BROAD = new Set(['all-taxes', 'mining-law']);

/** F1-STB-001: a stabilization clause freezes a limited set of fiscal terms, for a limited time. */
export const stabilizationScope = defineRule({
  id: 'F1-STB-001',
  principle: 'F1',
  severity: 'error',
  critical: false,
  title: 'Fiscal stabilization limited in scope and time',
  description:
    'Where the contract has a stabilization clause (`governance.stabilization`), it freezes named fiscal terms (`freezes`), not every tax or the mining law as a whole, for at most `maxYears` years (`years`), not the whole term; an economic-equilibrium clause (`form`) is preferred to a freezing one. A clause that states neither what it freezes nor for how long cannot be judged.',
  appliesWhen: 'the contract has a stabilization clause',
  rationale:
    'A clause that freezes every tax for the life of the mine locks in the terms the state accepted when it knew least, and makes every later reform a claim for compensation. Codes that allow stability agreements limit them in time, and international guidance prefers clauses that restore the economic balance to clauses that freeze the law.',
  references: [
    { standard: 'UN Principles for Responsible Contracts (2011)', provision: 'principle 4 (stabilization clauses)', status: 'recalled' },
    { standard: 'OECD Guiding Principles for Durable Extractive Contracts (2019)', provision: 'on stability and balance', status: 'recalled' },
    { standard: 'IMF, Fiscal Regimes for Extractive Industries: Design and Implementation (2012)', provision: 'section V.A (stability of fiscal regimes)', status: 'verified' },
    { standard: 'Ghana Minerals and Mining Act 2006 (Act 703)', provision: 's. 48 (stability agreements of not more than 15 years)', status: 'recalled' },
  ],
  options: {
    maxYears: threshold(z.int().min(1).max(99), {
      default: 15,
      description: 'The longest stabilization period, in years, that fully meets the rule.',
      source: 'Ghana Minerals and Mining Act 2006 (Act 703) s. 48: stability agreements for not more than 15 years [R]',
      verified: false,
    }),
  },
  messages: {
    unstated: 'The stabilization clause states neither which fiscal terms it freezes nor for how long.',
    broad: 'The stabilization clause freezes {terms}: no later tax or mining-law reform would apply to the project.',
    'whole-term': 'The fiscal terms are frozen for the whole term of the contract.',
    long: 'The fiscal terms are frozen for {years} years, more than {max}.',
    'broad-and-long': 'Every tax is frozen for {span}: the state cannot change the project\'s fiscal terms for that long without paying compensation.',
    frozen: 'The stabilization clause freezes {terms} by freezing the law rather than restoring the economic balance.',
    'years-unknown': 'How long the stabilization clause freezes the fiscal terms is not known.',
  },
  applies: (c) => c.governance?.stabilization !== undefined,
  evaluate(c, o) {
    const at = ['governance', 'stabilization'];
    const s = c.governance!.stabilization!;
    if (s.freezes === undefined && s.years === undefined) return insufficientData('unstated', at);
    const frozen = s.freezes ?? [];
    const broad = frozen.filter((t) => BROAD.has(t));
    const long = s.years === 'term' || (s.years !== undefined && s.years > o.maxYears);
    const span = s.years === 'term' ? 'the whole term' : `${s.years ?? 0} years`;
    const freezesFields = [...at, 'freezes'];
    // A period written { unknown: … }: the clause may run for the whole term.
    const yearsUnknown = s.years === undefined && isUnknownAt(c, [...at, 'years']);
    return judge([at], [
      yearsUnknown && shortfall('insufficient-data', 'years-unknown', [...at, 'years']),
      broad.length > 0 && shortfall(long ? 'does-not-meet' : 'partially-meets', long ? 'broad-and-long' : 'broad', freezesFields, long ? { span } : { terms: broad.join(' and ') }),
      broad.length === 0 && long && shortfall('partially-meets', s.years === 'term' ? 'whole-term' : 'long', [...at, 'years'], s.years === 'term' ? undefined : { years: s.years!, max: o.maxYears }),
      broad.length === 0 && !long && s.form === 'freezing' && frozen.length > 0 && shortfall('substantially-meets', 'frozen', [...at, 'form'], { terms: frozen.join(', ') }),
    ]);
  },
  examples: {
    passing: `governance:
  stabilization: { id: stabilization, scope: [fiscal-terms], excludes: [environment, health-safety, human-rights, labour], freezes: [royalty, income-tax], years: 10, form: economic-equilibrium }
`,
    failing: `governance:
  stabilization: { id: stabilization, scope: [fiscal-terms], excludes: [environment, health-safety, human-rights, labour], freezes: [all-taxes], years: term, form: freezing }
`,
  },
});
