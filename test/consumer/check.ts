// `npm run check:package` (after `npm run build`): compiles a consumer of the built package, as an
// ES module (esm.mts) and as CommonJS (cjs.cts), under each module setting a user's project may
// have (tsconfig.nodenext.json, tsconfig.node16.json, tsconfig.bundler.json: strict, skipLibCheck
// false). This folder has no package.json of its own, so `fairlode` is the repository's package
// referring to itself by name: TypeScript resolves it through package.json "exports" exactly as it
// would in a user's node_modules, to dist/*.d.ts for `import` and dist/*.d.cts for `require`.
//
// Every diagnostic in the consumer and in fairlode's own declarations fails the check. Those of
// third-party declarations (zod, decimal.js, @types/node) are not fairlode's to fix and are left
// out, which keeps the check to a few seconds; `tsc -p test/consumer/tsconfig.<setting>.json`
// runs the complete one.
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

const here = import.meta.dirname;
const root = join(here, '..', '..');
const settings = ['nodenext', 'node16', 'bundler'] as const;

// What each entry point must resolve to, from each consumer: proof that "exports" was followed
// (the "types" field alone would give dist/index.d.ts to both).
const expectedResolution: Record<string, Record<string, string>> = {
  'esm.mts': { fairlode: 'dist/index.d.ts', 'fairlode/node': 'dist/node/index.d.ts', 'fairlode/report': 'dist/report/index.d.ts' },
  'cjs.cts': { fairlode: 'dist/index.d.cts', 'fairlode/node': 'dist/node/index.d.cts', 'fairlode/report': 'dist/report/index.d.cts' },
};

/** The module names a file imports, by `import … from` or `import … = require(…)`. */
function moduleSpecifiers(file: ts.SourceFile): ts.StringLiteral[] {
  return file.statements.flatMap((s) => {
    const expression = ts.isImportDeclaration(s) ? s.moduleSpecifier : ts.isImportEqualsDeclaration(s) && ts.isExternalModuleReference(s.moduleReference) ? s.moduleReference.expression : undefined;
    return expression && ts.isStringLiteral(expression) ? [expression] : [];
  });
}

// Source files are parsed once and shared by the three programs where the parse is the same.
const parsed = new Map<string, ts.SourceFile>();

function compile(setting: string): string[] {
  const configPath = join(here, `tsconfig.${setting}.json`);
  const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); } });
  if (!config) throw new Error(`cannot read ${configPath}`);
  const host = ts.createCompilerHost(config.options);
  const read = host.getSourceFile;
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const options = typeof languageVersion === 'object' ? languageVersion : { languageVersion };
    const key = `${fileName}|${options.languageVersion}|${options.impliedNodeFormat ?? ''}`;
    let file = parsed.get(key);
    if (!file) {
      file = read.call(host, fileName, languageVersion, onError, shouldCreate);
      if (file) parsed.set(key, file);
    }
    return file;
  };
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options, host });
  const problems: string[] = [];
  const ours = program.getSourceFiles().filter((f) => !f.fileName.split('/').includes('node_modules'));
  const diagnostics = [
    ...config.errors,
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...ours.flatMap((f) => [...program.getSyntacticDiagnostics(f), ...program.getSemanticDiagnostics(f)]),
  ];
  for (const d of diagnostics) {
    const where = d.file && d.start !== undefined ? `${relative(root, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}` : '';
    problems.push(`${where} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
  }
  for (const [consumer, expected] of Object.entries(expectedResolution)) {
    const file = program.getSourceFile(join(here, consumer));
    if (!file) {
      problems.push(`${consumer} is not in the program`);
      continue;
    }
    for (const [specifier, target] of Object.entries(expected)) {
      const literal = moduleSpecifiers(file).find((e) => e.text === specifier);
      const mode = literal && program.getModeForUsageLocation(file, literal);
      const resolved = literal && ts.resolveModuleName(specifier, file.fileName, config.options, host, undefined, undefined, mode).resolvedModule?.resolvedFileName;
      const got = resolved ? relative(root, resolved).split(sep).join('/') : 'nothing';
      if (got !== target) problems.push(`${consumer}: '${specifier}' resolves to ${got}, expected ${target} (through package.json "exports")`);
    }
  }
  return problems;
}

let failed = false;
for (const setting of settings) {
  const problems = compile(setting);
  const label = `a strict ESM and CJS consumer compiles against the built package (module ${setting}, skipLibCheck false)`;
  if (problems.length === 0) {
    console.log(`✓ ${label}`);
  } else {
    failed = true;
    console.log(`✗ ${label}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    for (const p of problems) console.log(`    ${p}`);
  }
}
if (failed) process.exitCode = 1;
