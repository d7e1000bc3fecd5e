// What a browser test watches on a page: every console error and uncaught exception, and every
// request to an address the page may not reach (the report must open offline; the workbench must
// not fetch outside its own folder). Shared by the report and workbench end-to-end tests.
import type { Page } from 'playwright-core';

/** The console errors and the out-of-bounds requests recorded on one page. */
export interface PageRecord {
  /** Console errors and uncaught exceptions, in order. */
  readonly errors: string[];
  /** Requests to addresses the page may not reach, in order. */
  readonly requests: string[];
}

/**
 * Starts recording on `page`: console errors, page errors, and every request for which `allowed`
 * returns false (`data:` addresses are always allowed: they are inline).
 */
export function recordPage(page: Page, allowed: (url: string) => boolean): PageRecord {
  const record: PageRecord = { errors: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') record.errors.push(m.text());
  });
  page.on('pageerror', (e) => record.errors.push(e.message));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith('data:') && !allowed(u)) record.requests.push(u);
  });
  return record;
}
