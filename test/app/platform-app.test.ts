// PlatformApp must be a pure speed-up: for the same program it writes exactly what cdk8s's App
// writes, in every output mode, and the same single YAML string.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ApiObject, App, AppProps, Chart, YamlOutputType } from 'cdk8s';
import { PlatformApp } from '../../lib/app/platform-app';
import { HardenedCronJob, HardenedDeployment } from '../../lib/workloads';
import { StubTenant, imageOf } from '../workloads/support/stub-tenant';

/** A small platform: tenants with workloads, cross-tenant connections, a nested chart and an explicit cross-chart dependency. */
function program(app: App, withDependencies: boolean): void {
  const tenants = ['alpha', 'bravo', 'charlie'].map((n) => new StubTenant(app, n, { mesh: n !== 'charlie' }));
  const workloads = tenants.map((t) => [
    new HardenedDeployment(t, 'api', { image: imageOf(t.namespaceName), port: 8080, resources: { cpu: '250m', memory: '256Mi' }, metricsPort: 9090 }),
    new HardenedDeployment(t, 'web', { image: imageOf(t.namespaceName, 'web'), port: 8080, resources: { cpu: '250m', memory: '256Mi' }, probes: { path: '/healthz' } }),
    new HardenedCronJob(t, 'report', { image: imageOf(t.namespaceName, 'report'), schedule: '0 3 * * *', resources: { cpu: '100m', memory: '64Mi' } }),
  ]);
  workloads[0][0].allowFrom(workloads[1][1]);
  workloads[0][2].allowTo(workloads[0][0]);
  const shared = new Chart(app, 'shared');
  new ApiObject(shared, 'cm', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'platform', namespace: 'platform' }, data: { a: '1' } });
  if (withDependencies) {
    const nested = new Chart(tenants[1], 'nested');
    new ApiObject(nested, 'cm', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'nested', namespace: 'bravo' } });
    (workloads[0][0] as HardenedDeployment).deployment.addDependency(shared);
  }
}

function filesOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(dir, p)] = fs.readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

function synthBoth(props: AppProps, withDependencies: boolean): [Record<string, string>, Record<string, string>] {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'kw-platform-app-'));
  try {
    const plain = new App({ ...props, outdir: path.join(base, 'plain') });
    program(plain, withDependencies);
    plain.synth();
    const fast = new PlatformApp({ ...props, outdir: path.join(base, 'fast') });
    program(fast, withDependencies);
    fast.synth();
    return [filesOf(path.join(base, 'plain')), filesOf(path.join(base, 'fast'))];
  } finally {
    fs.rmSync(base, { recursive: true, force: true });
  }
}

describe('PlatformApp |', () => {
  const modes: Array<[string, YamlOutputType]> = [
    ['file per chart', YamlOutputType.FILE_PER_CHART],
    ['file per app', YamlOutputType.FILE_PER_APP],
    ['file per resource', YamlOutputType.FILE_PER_RESOURCE],
    ['folder per chart, file per resource', YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE],
  ];
  for (const withDependencies of [false, true]) {
    for (const [label, mode] of modes) {
      test(`synth() writes the same files as App (${label}${withDependencies ? ', with chart dependencies' : ''})`, () => {
        const [plain, fast] = synthBoth({ yamlOutputType: mode }, withDependencies);
        expect(Object.keys(plain).length).toBeGreaterThan(0);
        expect(fast).toEqual(plain);
      });
    }
  }

  test('synth() writes the same construct metadata as App', () => {
    const [plain, fast] = synthBoth({ recordConstructMetadata: true }, true);
    expect(plain['construct-metadata.json']).toBeDefined();
    expect(fast).toEqual(plain);
  });

  test('synthYaml() returns the same string as App', () => {
    for (const withDependencies of [false, true]) {
      const plain = new App();
      program(plain, withDependencies);
      const fast = new PlatformApp();
      program(fast, withDependencies);
      expect(fast.synthYaml()).toBe(plain.synthYaml());
    }
  });

  test('synthObjects() returns what the charts render', () => {
    const fast = new PlatformApp();
    program(fast, true);
    const objects = fast.synthObjects();
    // Chart order is only final once dependencies are resolved, which synthObjects() did.
    expect(objects).toEqual(fast.charts.flatMap((c) => c.toJson()));
    expect(objects.length).toBeGreaterThan(20);
  });

  test('validation errors are reported like App does', () => {
    const fast = new PlatformApp();
    const chart = new Chart(fast, 'c');
    chart.node.addValidation({ validate: () => ['something is wrong'] });
    expect(() => fast.synthYaml()).toThrow(/Validation failed with the following errors:\n {2}\[c\] something is wrong/);
  });
});
