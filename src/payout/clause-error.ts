// A problem the payout fold meets while computing one clause for one period, caused by the values
// it was given (a negative amount, two lines with one id), never by fairlode itself. Internal: not
// re-exported; computePayouts turns it into a diagnostic located at the clause.
import { FairlodeError, type Problem } from '../diagnostics/diagnostic.js';

/** A {@link FairlodeError} that names the clause whose values caused it. */
export class ClauseError extends FairlodeError {
  /** The id of the clause whose computation failed, when the line came from a clause. */
  readonly clause: string | undefined;

  constructor(problem: Problem, clause: string | undefined) {
    super(problem);
    this.clause = clause;
  }
}
