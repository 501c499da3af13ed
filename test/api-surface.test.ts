// The public API is what lib/index.ts (`kubeward`) and lib/pulumi.ts (`kubeward/pulumi`) export,
// and nothing else. This suite pins it: an export added or dropped by accident fails here until
// test/api-surface.txt is regenerated (and reviewed) with `npm run docgen`. It also checks that the
// published .d.ts stays whole once @internal declarations are stripped, and that README and the
// examples only use public names.
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import {
  ENTRIES, ROOT, SURFACE_FILE, buildOptions, createApiProgram, declarationErrors, forgottenExports, isInternal, publicSurface, surfaceText, targetOf,
} from '../scripts/api-surface';

const HOW_TO = [
  'If the change is intended, run `npm run docgen` (it rewrites test/api-surface.txt and API.md) and commit both.',
  'To publish a name, add it to lib/index.ts (or lib/pulumi.ts for the Pulumi side).',
  'To keep a name internal, drop it there; if other files still import it, mark its declaration /** @internal */.',
].join('\n');

let program: ts.Program;
beforeAll(() => {
  program = createApiProgram();
});

test('the entry points export exactly the names pinned in test/api-surface.txt', () => {
  const actual = surfaceText(publicSurface(program));
  const pinned = fs.existsSync(SURFACE_FILE) ? fs.readFileSync(SURFACE_FILE, 'utf8') : '';
  if (actual === pinned) return;
  const lines = (text: string) => new Set(text.split('\n').filter((l) => l && !l.startsWith('#')));
  const [now, then] = [lines(actual), lines(pinned)];
  const added = [...now].filter((l) => !then.has(l)).map((l) => `+ ${l}`);
  const removed = [...then].filter((l) => !now.has(l)).map((l) => `- ${l}`);
  throw new Error(`The public API differs from test/api-surface.txt:\n${[...added, ...removed].join('\n') || '(order or header only)'}\n\n${HOW_TO}`);
});

test('no public name is an @internal declaration', () => {
  const checker = program.getTypeChecker();
  const internal: string[] = [];
  for (const [entry, file] of ENTRIES) {
    for (const s of checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(file)!)!)) {
      const decl = targetOf(checker, s).declarations?.[0];
      const node = decl && ts.isVariableDeclaration(decl) ? decl.parent.parent : decl;
      if (node && isInternal(node)) internal.push(`${entry} ${s.name}`);
    }
  }
  expect(internal).toEqual([]);
});

test('every name a public signature mentions is public too', () => {
  // A type a user meets in a signature (or in API.md) but cannot import is a forgotten export.
  expect(forgottenExports(program)).toEqual([]);
});

test('the build strips @internal declarations from the .d.ts', () => {
  expect(buildOptions().stripInternal).toBe(true);
});

test('the published .d.ts of both entry points type-check with @internal declarations stripped', () => {
  // A public declaration that mentions an @internal one would leave a dangling name in the .d.ts.
  expect(declarationErrors(program)).toEqual([]);
});

test('the entry points and room indexes list their names (no `export *` but namespaces)', () => {
  const lib = path.join(ROOT, 'lib');
  const files = [
    ...ENTRIES.map(([, f]) => f),
    ...fs.readdirSync(lib, { withFileTypes: true })
      // lib/tencentcloud is generated from the provider facts, module namespaces included.
      .filter((e) => e.isDirectory() && e.name !== 'tencentcloud')
      .flatMap((e) => ['index.ts', 'input/index.ts', 'report/index.ts'].map((i) => path.join(lib, e.name, i)))
      .filter((f) => fs.existsSync(f)),
  ];
  const starred = files.flatMap((f) => fs.readFileSync(f, 'utf8').split('\n')
    .filter((l) => /^export \* from /.test(l))
    .map((l) => `${path.relative(ROOT, f)}: ${l}`));
  expect(starred).toEqual([]);
});

describe('README and examples use only public names', () => {
  const exported = new Map(ENTRIES.map(([entry]) => [entry, new Set<string>()]));
  beforeAll(() => {
    for (const e of publicSurface(program)) exported.get(e.entry)!.add(e.name);
  });

  test('every `import { ... } from \'kubeward\'` in README.md names an export', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const imports = [...readme.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'(kubeward(?:\/pulumi)?)'/g)];
    expect(imports.length).toBeGreaterThan(0);
    const unknown = imports.flatMap(([, names, entry]) => names.split(',').map((n) => n.trim().replace(/^type\s+/, '')).filter(Boolean)
      .filter((n) => !exported.get(entry)!.has(n)).map((n) => `${n} from '${entry}'`));
    expect(unknown).toEqual([]);
  });

  test('examples import lib/ through its entry points only', () => {
    const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      if (e.name === 'node_modules') return [];
      const p = path.join(dir, e.name);
      return e.isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
    });
    const deep: string[] = [];
    for (const file of walk(path.join(ROOT, 'examples'))) {
      const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022);
      for (const st of source.statements) {
        if (!(ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) || !st.moduleSpecifier) continue;
        const spec = (st.moduleSpecifier as ts.StringLiteral).text;
        if (!spec.startsWith('.')) continue;
        const target = path.relative(ROOT, path.resolve(path.dirname(file), spec));
        if (target.startsWith('lib') && target !== 'lib' && target !== 'lib/index' && target !== 'lib/pulumi') deep.push(`${path.relative(ROOT, file)}: ${spec}`);
      }
    }
    expect(deep).toEqual([]);
  });
});
