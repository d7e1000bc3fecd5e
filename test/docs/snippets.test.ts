import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

// Every ```ts block in README.md and docs/ is type-checked against the sources, as a reader would
// paste it into a project that depends on fairlode: `fairlode`, `fairlode/node` and
// `fairlode/report` map to src/, with the repository's strict compiler options. A snippet that
// uses a name it never defines or imports, or calls an API with the wrong arguments, fails here.
// A block that is deliberately a fragment is fenced as ```ts no-check; keep those rare.
const root = join(import.meta.dirname, '..', '..');

interface Snippet {
  /** Where the block starts, e.g. `README.md:57` (the line of the opening fence). */
  readonly at: string;
  /** The virtual file the block is compiled as. */
  readonly fileName: string;
  readonly code: string;
}

function markdownFiles(): string[] {
  const docs = join(root, 'docs');
  const found = ['README.md'];
  for (const entry of readdirSync(docs, { withFileTypes: true, recursive: true })) {
    const path = relative(root, join(entry.parentPath, entry.name)).split('\\').join('/');
    if (entry.isFile() && entry.name.endsWith('.md') && !path.startsWith('docs/api/')) found.push(path);
  }
  return found.sort();
}

/** The ```ts / ```typescript blocks of one Markdown text, with the line of each opening fence. */
export function extractSnippets(markdown: string, file: string): { line: number; code: string; check: boolean }[] {
  const blocks: { line: number; code: string; check: boolean }[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*(ts|typescript)\b(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[2]!;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !lines[j]!.trimStart().startsWith(fence)) body.push(lines[j++]!);
    if (j === lines.length) throw new Error(`${file}:${i + 1}: the code block is never closed`);
    blocks.push({ line: i + 1, code: body.join('\n'), check: !/\bno-check\b/.test(open[4]!) });
    i = j;
  }
  return blocks;
}

function collect(): { checked: Snippet[]; skipped: string[] } {
  const checked: Snippet[] = [];
  const skipped: string[] = [];
  for (const file of markdownFiles()) {
    for (const block of extractSnippets(readFileSync(join(root, file), 'utf8'), file)) {
      const at = `${file}:${block.line}`;
      if (!block.check) {
        skipped.push(at);
        continue;
      }
      // Each block is its own module, so two blocks may both declare `loaded`, and top-level
      // await is allowed as in an ES module.
      const fileName = join(root, 'test', 'docs', '.snippets', `${file.replace(/[/.]/g, '-')}-${block.line}.ts`);
      checked.push({ at, fileName, code: `${block.code}\nexport {};\n` });
    }
  }
  return { checked, skipped };
}

function typeCheck(snippets: readonly Snippet[]): Map<string, string[]> {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!config) throw new Error('cannot read tsconfig.json');
  const options: ts.CompilerOptions = {
    ...config.options,
    noEmit: true,
    paths: {
      fairlode: [join(root, 'src', 'index.ts')],
      'fairlode/node': [join(root, 'src', 'node', 'index.ts')],
      'fairlode/report': [join(root, 'src', 'report', 'index.ts')],
    },
  };
  const byName = new Map(snippets.map((s) => [s.fileName, s]));
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const snippet = byName.get(fileName);
    if (snippet) return ts.createSourceFile(fileName, snippet.code, languageVersion, true);
    return getSourceFile.call(host, fileName, languageVersion, onError, shouldCreate);
  };
  const fileExists = host.fileExists;
  host.fileExists = (fileName) => byName.has(fileName) || fileExists.call(host, fileName);
  const program = ts.createProgram({ rootNames: [...byName.keys()], options, host });
  const problems = new Map<string, string[]>();
  for (const snippet of snippets) {
    const file = program.getSourceFile(snippet.fileName)!;
    const found = [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map((d) => {
      const line = d.start === undefined ? 0 : file.getLineAndCharacterOfPosition(d.start).line + 1;
      return `line ${line} of the block: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    });
    problems.set(snippet.at, found);
  }
  return problems;
}

describe('TypeScript snippets in the README and docs', () => {
  const { checked, skipped } = collect();
  // A block that uses a name it never defines, compiled with the others (one program, one check
  // of the sources): it must fail, or the check proves nothing.
  const broken: Snippet = { at: 'broken.md:1', fileName: join(root, 'test', 'docs', '.snippets', 'broken.ts'), code: "import { money } from 'fairlode';\nmoney(amount);\nexport {};\n" };
  let problems: Map<string, string[]>;
  beforeAll(() => {
    problems = typeCheck([...checked, broken]);
  }, 180_000);

  it('finds the snippets (README.md has several)', () => {
    expect(checked.filter((s) => s.at.startsWith('README.md:')).length).toBeGreaterThanOrEqual(3);
  });

  it('marks few blocks no-check', () => {
    expect(skipped.length).toBeLessThanOrEqual(2);
  });

  it('a block that uses a name it never defines fails the check', () => {
    expect(problems.get(broken.at)).toEqual([expect.stringContaining("TS2304 Cannot find name 'amount'.")]);
  });

  it('every checked block compiles', () => {
    const failing = checked.filter((s) => problems.get(s.at)!.length > 0).map((s) => `${s.at}\n  ${problems.get(s.at)!.join('\n  ')}`);
    expect(failing).toEqual([]);
  });
});

describe('extractSnippets', () => {
  it('reads ts and typescript blocks with the line of the fence, honours no-check and ignores other languages', () => {
    const md = ['# t', '```ts', 'a();', '```', '```sh', 'ls', '```', '```typescript no-check', 'b();', 'c();', '```'].join('\n');
    expect(extractSnippets(md, 'x.md')).toEqual([
      { line: 2, code: 'a();', check: true },
      { line: 8, code: 'b();\nc();', check: false },
    ]);
  });
});
