import { copyFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';

// zod's locales index (every language it ships) is replaced in the CLI bundle by English alone.
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build: { onResolve: (o: { filter: RegExp }, f: (a: { importer: string }) => { path: string } | undefined) => void }) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/]/.test(args.importer) ? { path: fileURLToPath(new URL('./src/cli/zod-locales.ts', import.meta.url)) } : undefined,
    );
  },
};

// The library (core, node helpers and the HTML report, whose charting is bundled into it alone) ships as ESM and CJS with declarations for each;
// the CLI is one ESM bundle so start-up loads a single file.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', 'node/index': 'src/node/index.ts', 'report/index': 'src/report/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    splitting: false,
    treeshake: true,
  },
  {
    // The CLI and its lazily loaded command chunks live in dist/cli. Its dependencies are bundled
    // in too: resolving and evaluating them file by file from node_modules was a third of the
    // start-up of `fairlode check` on one file. pool-worker.js is the worker thread of `check` of many
    // files and of price-risk paths (src/node/worker-pool.ts), started from beside the chunks.
    entry: { main: 'src/cli/main.ts', 'pool-worker': 'src/cli/pool-worker.ts' },
    outDir: 'dist/cli',
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: true,
    target: 'node20',
    noExternal: [/.*/],
    esbuildPlugins: [zodEnglishOnly],
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // The workbench (docs/workbench.md): one classic script, its stylesheet and page in
    // dist/workbench, so it opens from file:// or any static host with no network. The bundled
    // examples are embedded as text.
    entry: { workbench: 'src/workbench/main.ts' },
    outDir: 'dist/workbench',
    format: ['iife'],
    platform: 'browser',
    target: 'es2022',
    outExtension: () => ({ js: '.js' }),
    dts: false,
    clean: false,
    minify: true,
    sourcemap: false,
    noExternal: [/.*/],
    loader: { '.yaml': 'text' },
    esbuildPlugins: [zodEnglishOnly],
    onSuccess: async () => {
      for (const f of ['index.html', 'workbench.css']) await copyFile(new URL(`./src/workbench/${f}`, import.meta.url), new URL(`./dist/workbench/${f}`, import.meta.url));
    },
  },
]);
