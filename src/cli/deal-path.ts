import { isDealPath } from '../node/load-deal-files.js';
import { UsageError } from './usage-error.js';

/**
 * Whether the main input of `payout`, `track` or `report` is a deal (a folder with `deal.yaml`, or
 * the manifest) rather than a contract; a deal given with `--opening` is refused, since opening
 * balances are read for one contract only.
 *
 * @throws UsageError for a deal with `--opening`.
 */
export async function isDealInput(path: string, cwd: string, opening: string | undefined): Promise<boolean> {
  if (!(await isDealPath(path, cwd))) return false;
  if (opening !== undefined) throw new UsageError('--opening is read for one contract, not yet for a deal: give the consolidated contract (fairlode consolidate) with its actuals');
  return true;
}
