import type { ContractTerms } from '../contract.js';
import type { ClauseEntry } from './clause-index.js';
import type { IntegrityProblem } from './integrity-problem.js';

/** Ids must be unique: party ids among parties, commodity ids among commodities, clause ids among clauses. */
export function checkUniqueIds(contract: ContractTerms, clauses: readonly ClauseEntry[]): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const check = (what: string, entries: { id: string; path: (string | number)[] }[]) => {
    const first = new Map<string, (string | number)[]>();
    for (const e of entries) {
      const earlier = first.get(e.id);
      if (earlier) {
        problems.push({
          code: 'contract/duplicate-id',
          message: `The ${what} id "${e.id}" is used twice.`,
          path: [...e.path, 'id'],
          hint: 'give each one its own id',
          related: { message: 'first used here', path: [...earlier, 'id'] },
        });
      } else first.set(e.id, e.path);
    }
  };
  check('party', contract.parties.map((p, i) => ({ id: p.id, path: ['parties', i] })));
  check('commodity', contract.commodities.map((c, i) => ({ id: c.id, path: ['commodities', i] })));
  check('clause', clauses.map((c) => ({ id: c.id, path: [...c.path] })));
  return problems;
}
