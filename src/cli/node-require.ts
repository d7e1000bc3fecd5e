import { createRequire } from 'node:module';

/**
 * commander is CommonJS. Bundled into the CLI's ES modules, its `require('node:events')` and the
 * like go through esbuild's shim, which needs a `require` in scope: this gives it Node's own. Call
 * it before commander is first imported (main.ts imports the program dynamically for that reason).
 */
export function provideRequire(): void {
  globalThis.require ??= createRequire(import.meta.url);
}
