// What the CLI bundle gets for zod's `locales` namespace: English only. fairlode writes its own
// messages and never switches zod's language, and bundling all of zod's 60 locales (about 360 KB)
// cost start-up time in every `fairlode` run. tsup.config.ts points zod's locales index here.
export { default as en } from 'zod/v4/locales/en.js';
