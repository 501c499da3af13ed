import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';
import { auditPaths } from '../lib';
import { codeBlocks, exampleAfter, installCommands, pluginConfig, tsSnippets } from './package/readme';

// The fast half of the README checks, on the TypeScript sources; test/package/ runs the same
// blocks against the packed tarball.
const repo = path.resolve(__dirname, '..');

describe('README |', () => {
  test('the ten-line example runs as written and synthesizes a compliant tenant', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeward-readme-'));
    const source = exampleAfter('## Ten lines')
      .replace(/from 'kubeward'/g, `from ${JSON.stringify(path.join(repo, 'lib'))}`)
      .replace('new App()', `new App({ outdir: ${JSON.stringify(outdir)} })`);
    const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    new Function('require', 'exports', js)(require, {});
    expect(fs.readdirSync(outdir)).toEqual(['payments.k8s.yaml']);
    const report = auditPaths([outdir]);
    expect(report.errors).toEqual([]);
    expect(report.findings).toEqual([]);
    expect(report.controls.filter((c) => c.status === 'pass').length).toBeGreaterThan(40);
  });

  test('the snippet directives are well-formed: every continuation names an earlier snippet, ids are unique', () => {
    const snippets = tsSnippets();
    expect(snippets.length).toBe(codeBlocks().filter((b) => b.lang === 'ts').length);
    // A continuation compiles with the code it continues in front of it.
    for (const s of snippets.filter((x) => x.block.directives?.continues)) {
      const base = snippets.find((x) => x.block.directives?.id === s.block.directives!.continues)!;
      expect(s.source.startsWith(base.source.replace(/export \{\};\n$/, ''))).toBe(true);
    }
  });

  test('the install commands and the cdk8s plugin configuration are where the package test looks for them', () => {
    expect(installCommands()).toHaveLength(2);
    expect(pluginConfig()).toMatch(/^\s*- package: kubeward\n\s*version: \d+\.\d+\.\d+\b/m);
  });
});
