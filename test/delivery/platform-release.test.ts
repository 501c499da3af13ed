import * as pulumi from '@pulumi/pulumi';

interface Registered { type: string; name: string; inputs: any; provider?: string; order: number }
const registered: Registered[] = [];

void pulumi.runtime.setMocks(
  {
    newResource: (args) => {
      registered.push({ type: args.type, name: args.name, inputs: args.inputs, provider: args.provider, order: registered.length });
      return { id: `${args.name}-id`, state: args.inputs };
    },
    call: (args) => args.inputs,
  },
  'platform',
  'test',
  false,
);

// Modules under test are imported after setMocks, as Pulumi's mock guidance requires.
// eslint-disable-next-line import/order
import * as k8s from '@pulumi/kubernetes';
import { ApiObject, Chart, Testing } from 'cdk8s';
import { PlatformRelease } from '../../lib/delivery';
import { deployment } from '../policy/helpers';

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 300));
}

function sampleApp(mutate?: (d: Record<string, any>) => void) {
  const app = Testing.app();
  const chart = new Chart(app, 'shop');
  new ApiObject(chart, 'ns', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } });
  const d = deployment();
  mutate?.(d);
  new ApiObject(chart, 'web', d as any);
  new ApiObject(chart, 'cm', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings', namespace: 'shop' }, data: { mode: 'prod' } } as any);
  return app;
}

describe('PlatformRelease |', () => {
  beforeEach(() => {
    registered.length = 0;
  });

  test('every object becomes one resource with the cluster provider, namespaces first', async () => {
    const provider = new k8s.Provider('cluster', { kubeconfig: 'fake' });
    const release = new PlatformRelease('platform', { app: sampleApp(), provider, failOn: 'critical' });
    await settle();
    const kube = registered.filter((r) => r.type.startsWith('kubernetes:') && !r.type.includes('yaml:ConfigGroup') && r.type !== 'pulumi:providers:kubernetes');
    expect(kube.map((r) => `${r.type} ${r.name}`).sort()).toEqual([
      'kubernetes:apps/v1:Deployment shop/web',
      'kubernetes:core/v1:ConfigMap shop/settings',
      'kubernetes:core/v1:Namespace shop',
    ]);
    for (const r of kube) expect(r.provider).toMatch(/pulumi:providers:kubernetes::cluster::/);
    const ns = kube.find((r) => r.type.endsWith(':Namespace'))!;
    for (const r of kube.filter((x) => x !== ns)) expect(r.order).toBeGreaterThan(ns.order);
    expect(release.objectCount).toBe(3);
  });

  test('logical names are stable across runs', async () => {
    const provider = new k8s.Provider('cluster2', { kubeconfig: 'fake' });
    new PlatformRelease('p1', { app: sampleApp(), provider, failOn: 'critical' });
    await settle();
    const first = registered.map((r) => `${r.type}|${r.name}`).filter((s) => s.startsWith('kubernetes:')).sort();
    registered.length = 0;
    new PlatformRelease('p2', { app: sampleApp(), provider, failOn: 'critical' });
    await settle();
    const second = registered.map((r) => `${r.type}|${r.name}`).filter((s) => s.startsWith('kubernetes:')).sort();
    expect(second.map((s) => s.replace('p2', 'p1'))).toEqual(first);
  });

  test('the release gate refuses a privileged workload before registering anything', () => {
    const provider = new k8s.Provider('cluster3', { kubeconfig: 'fake' });
    const before = registered.length;
    expect(
      () => new PlatformRelease('bad', { app: sampleApp((d) => (d.spec.template.spec.containers[0].securityContext.privileged = true)), provider }),
    ).toThrow(/\[bad\] app: .*KW-POD-001/s);
    expect(registered.filter((r) => r.order >= before && r.type.startsWith('kubernetes:apps'))).toEqual([]);
  });

  test('app and charts are exclusive, and one is required', () => {
    const provider = new k8s.Provider('cluster4', { kubeconfig: 'fake' });
    const app = sampleApp();
    expect(() => new PlatformRelease('x', { app, charts: app.charts, provider })).toThrow(/\[x\] app: both/);
    expect(() => new PlatformRelease('y', { provider })).toThrow(/\[y\] app: nothing to deploy/);
  });

  test('unknown args, nested audit options included, are refused before anything is registered', async () => {
    const provider = new k8s.Provider('cluster5', { kubeconfig: 'fake' });
    await settle();
    const before = registered.length;
    expect(() => new PlatformRelease('t1', { app: sampleApp(), provider, failon: 'high' } as never)).toThrow(/\[t1\] failon: is not a known option of PlatformReleaseArgs; did you mean "failOn"\?/);
    expect(() => new PlatformRelease('t2', { chart: [], provider } as never)).toThrow(/\[t2\] chart: .*did you mean "charts"/);
    expect(() => new PlatformRelease('t3', { app: sampleApp(), provider, auditOptions: { trustedRegistry: ['x'] } } as never))
      .toThrow(/\[t3\] auditOptions\.trustedRegistry: is not a known option of AuditOptions; did you mean "trustedRegistries"/);
    await settle();
    expect(registered.slice(before)).toEqual([]);
  });
});
