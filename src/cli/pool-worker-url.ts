// Where the CLI's worker thread is: beside the CLI's own chunks in dist/cli (tsup.config.ts builds
// it as its own entry), so the URL resolves from whichever chunk this module is bundled into.

/** The URL of the CLI's worker module, `dist/cli/pool-worker.js`. */
export const POOL_WORKER = new URL('./pool-worker.js', import.meta.url);
