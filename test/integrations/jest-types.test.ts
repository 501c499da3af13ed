// Type test: `toPassControls` type-checks for both styles of jest test, the global `expect`
// (@types/jest) and `import { expect } from '@jest/globals'`, and its options are typed. The
// cases are compiled by the TypeScript compiler as a user's test files would be. The same uses
// without kubeward's types must fail, so the check cannot pass vacuously.
import * as path from 'path';
import * as ts from 'typescript';

const KUBEWARD = JSON.stringify(path.resolve(__dirname, '../../lib/integrations'));
const STYLES = { global: '', globals: "import { expect } from '@jest/globals';\n" };
const USES = `declare const chart: import('constructs').IConstruct;
expect(chart).toPassControls();
expect(chart).toPassControls({ failOn: 'medium', skipControls: ['KW-POD-001'] });
expect(chart).not.toPassControls({ failOn: 'critical' });
`;
const WRONG_OPTION = `declare const chart: import('constructs').IConstruct;
expect(chart).toPassControls({ failOn: 'severe' });
`;

/** Type-checks virtual test files (name to source) beside this one; diagnostics per file. */
function diagnosticsOf(files: Record<string, string>): Record<string, string[]> {
  const byPath = new Map(Object.entries(files).map(([name, source]) => [path.join(__dirname, `__types_${name}__.ts`), { name, source }]));
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    esModuleInterop: true,
    types: ['jest', 'node'],
    lib: ['lib.es2022.d.ts'],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, languageVersion, ...rest) => {
    const virtual = byPath.get(path.resolve(name));
    return virtual ? ts.createSourceFile(name, virtual.source, languageVersion, true) : getSourceFile(name, languageVersion, ...rest);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => byPath.has(path.resolve(name)) || fileExists(name);
  const program = ts.createProgram([...byPath.keys()], options, host);
  const result: Record<string, string[]> = Object.fromEntries(Object.keys(files).map((n) => [n, []]));
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const virtual = d.file && byPath.get(path.resolve(d.file.fileName));
    if (virtual) result[virtual.name].push(`TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
  }
  return result;
}

describe('toPassControls types |', () => {
  // One program per style: a user's project has only the imports of its own style, and
  // TypeScript merges an augmentation only into a module that some import brought in.
  test.each(Object.entries(STYLES))('%s style, kubeward imported: the matcher and its options type-check; a wrong option does not', (_style, prelude) => {
    const withTypes = `${prelude}import { kubewardMatchers } from ${KUBEWARD};\nvoid kubewardMatchers;\n`;
    const d = diagnosticsOf({ uses: withTypes + USES, wrong: withTypes + WRONG_OPTION });
    expect(d.uses).toEqual([]);
    expect(d.wrong).toHaveLength(1);
    expect(d.wrong[0]).toMatch(/^TS2322: Type '"severe"' is not assignable to type/);
  });

  test('without kubeward, neither style knows the matcher (the checks above are real)', () => {
    const d = diagnosticsOf(Object.fromEntries(Object.entries(STYLES).map(([style, prelude]) => [style, `${prelude}export {};\n${USES}`])));
    for (const style of Object.keys(STYLES)) {
      expect(d[style]).toHaveLength(USES.match(/toPassControls/g)!.length);
      expect(d[style].every((m) => /^TS2339: Property 'toPassControls' does not exist/.test(m))).toBe(true);
    }
  });
});
