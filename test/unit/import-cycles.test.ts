// No module imports itself through others. A cycle makes a module's meaning depend on load order
// and ties two layers into one (the loader reading the seeder's types, the seeder driving the
// loader), so every static import counts here, `import type` too. An `import()` does not: it is
// how the explorer's view registry loads a view's module on first use, so that module runs later,
// on demand, and the registry naming its views is the point of having one. The imports are read
// by TypeScript's own pre-processor, which skips comments and strings, so no dependency is needed.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FOLDERS = ['graph', 'seed', 'server', 'client', 'test', 'bench'];
const SKIPPED = new Set(['node_modules', 'dist', 'builds']);
/**
 * Files written by graphql-codegen: they import the server's context type because codegen.ts
 * tells them to, so their imports are the generator's, not a dependency we chose.
 */
const GENERATED = /(?:^|\/)generated\//;

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name)) files.push(...sourceFiles(path));
    } else if (/\.m?ts$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
      files.push(path);
    }
  }
  return files;
}

/** The project files a file imports (packages left out), as paths relative to the root. */
function importsOf(file: string): string[] {
  const found: string[] = [];
  for (const { fileName } of staticImports(readFileSync(file, 'utf8'))) {
    if (!fileName.startsWith('.')) continue;
    const base = resolve(dirname(file), fileName);
    const target = [base, `${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p) && statSync(p).isFile());
    if (target && /\.m?ts$/.test(target)) found.push(relative(ROOT, target));
  }
  return found;
}

/** The files a source imports statically: `import()` expressions left out. */
function staticImports(source: string): ts.FileReference[] {
  return ts
    .preProcessFile(source, true, true)
    .importedFiles.filter(({ pos }) => !/\bimport\s*\(\s*$/.test(source.slice(Math.max(0, pos - 40), pos)));
}

/** Tarjan's strongly connected components: every group of files that reach one another. */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(group.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return found;
}

function importGraph(): Map<string, string[]> {
  const files = FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder)));
  return new Map(
    files.map((file) => {
      const path = relative(ROOT, file);
      return [path, GENERATED.test(path) ? [] : importsOf(file)];
    }),
  );
}

describe('import cycles', () => {
  it('finds a cycle, type-only imports included, and leaves import() out', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['d.ts']],
      ['e.ts', ['a.ts']],
    ]);
    expect(cycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['d.ts']]);
    const imports = staticImports(
      "import type { A } from './a.ts';\nconst b = await import('./b.ts');\n// import './c.ts'\nexport { d } from \"./d.ts\";\n",
    );
    expect(imports.map((f) => f.fileName)).toEqual(['./a.ts', './d.ts']);
  });

  it('the project has none', () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get('seed/cli/seed.ts')).toContain('seed/corpora.ts');
    expect(cycles(graph)).toEqual([]);
  });
});
