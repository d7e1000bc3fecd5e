import type { PathSegment } from '../../diagnostics/diagnostic.js';
import type { IsoDate } from '../../time/index.js';
import type { ContractTerms } from '../contract.js';
import { isPlainObject } from './clause-index.js';
import type { IntegrityProblem } from './integrity-problem.js';

// Keys whose values are deadlines or start dates of terms, which must fall within the contract.
const DATED_KEYS = new Set(['by', 'due', 'from', 'constructionStart', 'productionStart']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Dates must make sense against the contract: signed on or before the effective date, and every
 * deadline and dated term between signature and the end of the term.
 */
export function checkDatesWithinTerm(c: ContractTerms, termEnd: IsoDate): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  if (c.signed > c.effective) {
    problems.push({ code: 'contract/signed-after-effective', message: `The contract is signed on ${c.signed}, after it takes effect on ${c.effective}.`, path: ['signed'], related: { message: 'the effective date', path: ['effective'] } });
  }
  // One path, extended and shortened as the walk goes; copied only for a problem found.
  const path: PathSegment[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        walk(v[i]);
        path.pop();
      }
      return;
    }
    if (!isPlainObject(v)) return;
    for (const key of Object.keys(v)) {
      const child = v[key];
      if (DATED_KEYS.has(key) && typeof child === 'string' && ISO_DATE.test(child)) {
        if (child < c.signed || child > termEnd) {
          problems.push({
            code: 'contract/date-outside-term',
            message: `${child} is outside the contract, which runs from signature on ${c.signed} to the end of its term on ${termEnd}.`,
            path: [...path, key],
            related: { message: 'the term', path: ['term'] },
          });
        }
      } else if (child !== null && typeof child === 'object') {
        path.push(key);
        walk(child);
        path.pop();
      }
    }
  };
  walk(c);
  return problems;
}

/** A list of dated entries that must go forward in time, with the date field to read. */
function schedules(c: ContractTerms): { path: PathSegment[]; dates: IsoDate[]; field: string }[] {
  const list: { path: PathSegment[]; dates: IsoDate[]; field: string }[] = [];
  const targets = (path: PathSegment[], entries: readonly { by: IsoDate }[] | undefined) => {
    if (entries) list.push({ path, dates: entries.map((e) => e.by), field: 'by' });
  };
  c.community?.employment.forEach((e, i) => targets(['community', 'employment', i, 'targets'], e.targets));
  c.community?.training.forEach((t, i) => targets(['community', 'training', i, 'targets'], t.targets));
  targets(['community', 'procurement', 'targets'], c.community?.procurement?.targets);
  c.processing?.commitments.forEach((p, i) => targets(['processing', 'commitments', i, 'targets'], p.targets));
  c.revenue.royalties.forEach((r, i) => {
    if (Array.isArray(r.rate)) list.push({ path: ['revenue', 'royalties', i, 'rate'], dates: r.rate.map((s) => s.from), field: 'from' });
  });
  const levy = c.processing?.rawExport?.levy;
  if (levy) list.push({ path: ['processing', 'rawExport', 'levy'], dates: levy.map((s) => s.from), field: 'from' });
  return list;
}

/** Target and rate schedules must go forward in time: each entry strictly after the one before. */
export function checkSchedulesForward(c: ContractTerms): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  for (const s of schedules(c)) {
    for (let i = 1; i < s.dates.length; i++) {
      const prev = s.dates[i - 1]!;
      const cur = s.dates[i]!;
      if (cur <= prev) {
        problems.push({
          code: 'contract/schedule-backwards',
          message: `Entry ${i + 1} (${cur}) is not after entry ${i} (${prev}): the schedule must go forward in time.`,
          path: [...s.path, i, s.field],
          hint: 'list the entries in date order, each on a later date',
          related: { message: 'the entry before', path: [...s.path, i - 1, s.field] },
        });
      }
    }
  }
  return problems;
}
