// The examples and the starter contract that ship inside the workbench, so a user can begin from
// one with no file and no network.
import chagai from '../../../examples/contracts/chagai-partnership.yaml';
import chagaiQ1 from '../../../examples/actuals/chagai-partnership/2027-Q1.yaml';
import chagaiQ2 from '../../../examples/actuals/chagai-partnership/2027-Q2.yaml';
import chagaiQ3 from '../../../examples/actuals/chagai-partnership/2027-Q3.yaml';
import chagaiQ4 from '../../../examples/actuals/chagai-partnership/2027-Q4.yaml';
import chagaiPlan from '../../../examples/plans/chagai-partnership.yaml';
import rekoDiq from '../../../examples/contracts/reko-diq-style.yaml';
import rekoQ1 from '../../../examples/actuals/reko-diq-style/2028-Q1.yaml';
import rekoQ2 from '../../../examples/actuals/reko-diq-style/2028-Q2.yaml';
import rekoQ3 from '../../../examples/actuals/reko-diq-style/2028-Q3.yaml';
import weak from '../../../examples/contracts/weak-extraction.yaml';
import weakQ1 from '../../../examples/actuals/weak-extraction/2027-Q1.yaml';
import weakQ2 from '../../../examples/actuals/weak-extraction/2027-Q2.yaml';
import weakQ3 from '../../../examples/actuals/weak-extraction/2027-Q3.yaml';
import { STARTER_CONTRACT } from '../../cli/starter-files.js';
import type { TextFile } from '../payout-run.js';

/** A set of files to start from: a contract, its actuals and perhaps a plan. */
export interface BundledExample {
  /** A stable id (used in the page and in saved work). */
  readonly id: string;
  /** What to show in the list. */
  readonly label: string;
  /** The contract. */
  readonly contract: TextFile;
  /** Its period actuals. */
  readonly actuals: readonly TextFile[];
  /** Its life-of-mine plan, if any. */
  readonly plan: TextFile | undefined;
}

/** The bundled examples and `fairlode init`'s starter contract, in the order offered. */
export const BUNDLED_EXAMPLES: readonly BundledExample[] = [
  {
    id: 'chagai-partnership',
    label: 'Chagai partnership: strong; 4 quarters, a plan',
    contract: { name: 'chagai-partnership.yaml', text: chagai },
    actuals: [
      { name: '2027-Q1.yaml', text: chagaiQ1 },
      { name: '2027-Q2.yaml', text: chagaiQ2 },
      { name: '2027-Q3.yaml', text: chagaiQ3 },
      { name: '2027-Q4.yaml', text: chagaiQ4 },
    ],
    plan: { name: 'chagai-partnership-plan.yaml', text: chagaiPlan },
  },
  {
    id: 'reko-diq-style',
    label: 'Reko Diq style: middling; 3 quarters',
    contract: { name: 'reko-diq-style.yaml', text: rekoDiq },
    actuals: [
      { name: '2028-Q1.yaml', text: rekoQ1 },
      { name: '2028-Q2.yaml', text: rekoQ2 },
      { name: '2028-Q3.yaml', text: rekoQ3 },
    ],
    plan: undefined,
  },
  {
    id: 'weak-extraction',
    label: 'Weak extraction: fails most rules; 3 quarters',
    contract: { name: 'weak-extraction.yaml', text: weak },
    actuals: [
      { name: '2027-Q1.yaml', text: weakQ1 },
      { name: '2027-Q2.yaml', text: weakQ2 },
      { name: '2027-Q3.yaml', text: weakQ3 },
    ],
    plan: undefined,
  },
  { id: 'starter', label: 'Starter contract (fairlode init)', contract: { name: 'contract.yaml', text: STARTER_CONTRACT }, actuals: [], plan: undefined },
];
