import type { PathSegment } from '../diagnostics/diagnostic.js';
import { compareQuantities, quantityToString } from '../quantity/index.js';
import type { ActualsTerms } from './contract.js';
import type { IntegrityProblem } from './integrity/integrity-problem.js';

type Headcount = { total: number; national?: number | undefined; province?: number | undefined; hostArea?: number | undefined; women?: number | undefined };
type Part = Exclude<keyof Headcount, 'total'>;

/** What each part of a headcount counts, in words. */
const PART_NAMES: Readonly<Record<keyof Headcount, string>> = {
  total: 'people employed',
  national: 'nationals',
  province: 'people of the province',
  hostArea: 'people of the host area',
  women: 'women',
};

/** Parts of a headcount that are parts of another part: people of the province and of the host area are nationals. */
const WITHIN: readonly [Part, Part][] = [
  ['province', 'national'],
  ['hostArea', 'national'],
];

/**
 * The parts of period actuals that cannot exceed their whole: nationals, people of the province or
 * host area, and women among the workforce (and in each category), people of the province or host
 * area among the nationals, the categories together within the whole workforce, local procurement
 * within total procurement, the quantity processed in the country within the total output.
 * (9,999 provincial workers out of 100 once made `track` report "met, 9999%".)
 */
export function checkPartsWithinWholes(a: ActualsTerms): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const over = (path: PathSegment[], message: string, wholePath: PathSegment[], wholeLabel: string): void => {
    problems.push({ code: 'actuals/part-above-whole', message, path, hint: 'a part cannot be larger than the whole it is part of; check both figures', related: { message: wholeLabel, path: wholePath } });
  };

  const checkHeadcount = (h: Headcount, at: PathSegment[], what: string): void => {
    for (const part of ['national', 'province', 'hostArea', 'women'] as const) {
      const n = h[part];
      if (n !== undefined && n > h.total) over([...at, part], `${what}: ${n} ${PART_NAMES[part]} out of ${h.total} ${PART_NAMES.total}.`, [...at, 'total'], 'the total');
    }
    for (const [part, whole] of WITHIN) {
      const n = h[part];
      const w = h[whole];
      if (n !== undefined && w !== undefined && n > w && n <= h.total) over([...at, part], `${what}: ${n} ${PART_NAMES[part]} but only ${w} ${PART_NAMES[whole]}.`, [...at, whole], `the ${PART_NAMES[whole]}`);
    }
  };

  const w = a.workforce;
  if (w !== undefined) {
    checkHeadcount(w, ['workforce'], 'The workforce');
    const categories = Object.entries(w.categories ?? {}).filter((e): e is [string, Headcount] => e[1] !== undefined);
    for (const [name, h] of categories) checkHeadcount(h, ['workforce', 'categories', name], `The ${name} workforce`);
    // Job categories do not overlap, so what they count together cannot exceed the whole workforce's figure.
    for (const key of ['total', 'national', 'province', 'hostArea', 'women'] as const) {
      const whole = w[key];
      const counted = categories.filter(([, h]) => h[key] !== undefined);
      const sum = counted.reduce((n, [, h]) => n + (h[key] ?? 0), 0);
      if (whole !== undefined && sum > whole) {
        const terms = counted.map(([name, h]) => `${h[key]} ${name}`).join(' + ');
        over(['workforce', 'categories'], `The categories count ${sum} ${PART_NAMES[key]} together (${terms}), but the workforce has ${whole}.`, ['workforce', key], `the workforce's ${PART_NAMES[key]}`);
      }
    }
  }

  const p = a.procurement;
  if (p !== undefined && p.local.currency === p.total.currency && p.local.amount.gt(p.total.amount)) {
    over(['procurement', 'local'], `Local procurement (${p.local.amount.toString()} ${p.local.currency}) is more than all procurement (${p.total.amount.toString()} ${p.total.currency}).`, ['procurement', 'total'], 'all procurement');
  }

  for (const [commodity, q] of Object.entries(a.processing ?? {})) {
    if (q.domestic.unit.dimension !== q.total.unit.dimension) {
      problems.push({ code: 'actuals/incompatible-units', message: `The ${commodity} processed in the country is in ${q.domestic.unit.symbol} (${q.domestic.unit.dimension}), the total in ${q.total.unit.symbol} (${q.total.unit.dimension}); they cannot be compared.`, path: ['processing', commodity, 'domestic'], hint: `write both in units of ${q.total.unit.dimension}` });
    } else if (compareQuantities(q.domestic, q.total) > 0) {
      over(['processing', commodity, 'domestic'], `More ${commodity} is processed in the country (${quantityToString(q.domestic)}) than is produced in all (${quantityToString(q.total)}).`, ['processing', commodity, 'total'], 'the total output');
    }
  }
  return problems;
}
