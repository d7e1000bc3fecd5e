import { invalidArgument } from '../diagnostics/invalid-argument.js';
import type { Deal } from './deal.js';

/**
 * Checks that an argument is a deal as `loadDeal` returns it, throwing a `FairlodeError` naming the
 * argument otherwise: a caller's mistake, not a problem in the deal's files.
 */
export function dealArgument(caller: string, deal: unknown): Deal {
  if (deal === null || typeof deal !== 'object' || !Array.isArray((deal as Deal).instruments) || typeof (deal as Deal).id !== 'string') {
    throw invalidArgument(caller, 'deal', 'a deal as loadDeal returns it', deal);
  }
  return deal as Deal;
}

/** Checks the files given to `loadDeal`: a list of `{ name, text }` with strings. */
export function dealFilesArgument(caller: string, files: unknown): void {
  if (!Array.isArray(files)) throw invalidArgument(caller, 'files', 'a list of { name, text } files', files);
  files.forEach((f: unknown, i) => {
    const file = f as { name?: unknown; text?: unknown; shown?: unknown } | null;
    if (file === null || typeof file !== 'object' || typeof file.name !== 'string' || typeof file.text !== 'string' || (file.shown !== undefined && typeof file.shown !== 'string')) {
      throw invalidArgument(caller, `files[${i}]`, 'a file { name, text } with strings (and an optional shown path)', f);
    }
  });
}
