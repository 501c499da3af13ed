import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';
import { auditPaths } from '../lib';

const repo = path.resolve(__dirname, '..');

/** The first TypeScript block after a README heading. */
function exampleAfter(heading: string): string {
  const readme = fs.readFileSync(path.join(repo, 'README.md'), 'utf8');
  const from = readme.indexOf(heading);
  expect(from).toBeGreaterThanOrEqual(0);
  const m = /```ts\n([\s\S]*?)```/.exec(readme.slice(from));
  return m![1];
}

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
});
