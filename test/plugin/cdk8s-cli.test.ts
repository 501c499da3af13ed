import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const repo = path.resolve(__dirname, '../..');
const cdk8sBin = path.join(repo, 'node_modules', 'cdk8s-cli', 'bin', 'cdk8s');

/**
 * Runs the real cdk8s CLI (`cdk8s synth`) on a tiny app with kubeward listed under `validations:`.
 * The plugin package is a local directory whose entry loads kubeward's TypeScript source through
 * ts-node, so the test exercises the CLI's plugin loading, context and report, not a stand-in.
 */
function synthWithPlugin(appSource: string, properties: Record<string, unknown> = {}): { code: number; out: string; report: any } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeward-cdk8s-'));
  const pluginDir = path.join(dir, 'kubeward-plugin');
  fs.mkdirSync(pluginDir);
  fs.writeFileSync(path.join(pluginDir, 'package.json'), JSON.stringify({ name: 'kubeward-plugin', version: '0.0.0', main: 'index.js' }));
  fs.writeFileSync(
    path.join(pluginDir, 'index.js'),
    `require(${JSON.stringify(path.join(repo, 'node_modules', 'ts-node'))}).register({ transpileOnly: true, project: ${JSON.stringify(path.join(repo, 'tsconfig.dev.json'))} });\n` +
      `module.exports = require(${JSON.stringify(path.join(repo, 'lib', 'plugin'))});\n`,
  );
  fs.writeFileSync(path.join(dir, 'main.js'), appSource.replace(/CDK8S/g, JSON.stringify(path.join(repo, 'node_modules', 'cdk8s'))));
  fs.writeFileSync(
    path.join(dir, 'cdk8s.yaml'),
    [
      'language: typescript',
      'app: node main.js',
      'validations:',
      `  - package: ${pluginDir}`,
      '    version: 0.0.0',
      '    class: KubewardValidation',
      `    properties: ${JSON.stringify(properties)}`,
      '',
    ].join('\n'),
  );
  const reportFile = path.join(dir, 'report.json');
  let code = 0;
  let out = '';
  try {
    out = execFileSync(process.execPath, [cdk8sBin, 'synth', '--validation-reports-output-file', reportFile], { cwd: dir, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, CI: 'true' } });
  } catch (e: any) {
    code = e.status;
    out = `${e.stdout}${e.stderr}`;
  }
  const report = fs.existsSync(reportFile) ? JSON.parse(fs.readFileSync(reportFile, 'utf8')) : undefined;
  return { code, out, report };
}

const APP = `
const { App, Chart, ApiObject } = require(CDK8S);
const app = new App();
const chart = new Chart(app, 'shop');
new ApiObject(chart, 'web', {
  apiVersion: 'apps/v1', kind: 'Deployment',
  metadata: { name: 'web', namespace: 'shop' },
  spec: { selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } },
    spec: { containers: [{ name: 'app', image: 'nginx', securityContext: { privileged: SEED } }] } } },
});
app.synth();
`;

describe('cdk8s CLI validation plugin |', () => {
  test('cdk8s synth reports a seeded privileged container and exits 2', () => {
    const { code, out, report } = synthWithPlugin(APP.replace('SEED', 'true'), { failOn: 'critical' });
    expect(code).toBe(2);
    expect(out).toMatch(/KW-POD-001/);
    const violations = report.reports[0].violations;
    const v = violations.find((x: any) => x.ruleName.startsWith('KW-POD-001'));
    expect(v.violatingConstructs[0].resourceName).toBe('web');
    expect(v.violatingConstructs[0].constructPath).toBe('shop/web');
  }, 120000);

  test('the same app without the seed passes at the critical threshold', () => {
    const { code, report } = synthWithPlugin(APP.replace('SEED', 'false'), { failOn: 'critical' });
    expect(code).toBe(0);
    expect(report.reports[0].summary.status).toBe('success');
  }, 120000);
});
