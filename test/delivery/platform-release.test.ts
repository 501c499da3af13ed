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
import type { MultiZoneCluster } from '../../lib/cluster/multi-zone-cluster';
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

  describe('with the cluster (issue 10, defects 10 and 12) |', () => {
    // What PlatformRelease reads of a MultiZoneCluster: the installers per API group and the plan.
    const fakeCluster = (installers: Record<string, pulumi.Resource[]>, tenantNamespaces: string[] = []) =>
      ({ apiGroupInstallers: installers, plan: { clusterName: 'prod', tenantNamespaces } }) as unknown as MultiZoneCluster;
    const withCustom = (extra: Record<string, unknown>[]) => {
      const app = sampleApp();
      const chart = app.charts[0];
      extra.forEach((o, i) => new ApiObject(chart, `x${i}`, o as any));
      return app;
    };
    const schedule = { apiVersion: 'velero.io/v1', kind: 'Schedule', metadata: { name: 'shop-daily', namespace: 'tke-backup', labels: { 'app.kubernetes.io/name': 'shop', 'app.kubernetes.io/managed-by': 'kubeward', 'owner': 'shop' } }, spec: { schedule: '0 2 * * *', template: { includedNamespaces: ['shop'] } } };
    const logConfig = { apiVersion: 'cls.cloud.tencent.com/v1', kind: 'LogConfig', metadata: { name: 'shop-stdout', labels: { 'app.kubernetes.io/name': 'shop', 'app.kubernetes.io/managed-by': 'kubeward', 'owner': 'shop' } }, spec: { inputDetail: { type: 'container_stdout', containerStdout: { namespace: 'shop', allContainers: true } }, clsDetail: { topicName: 'shop-stdout', logsetName: 'tenants' } } };

    test('a custom resource waits for what installs its group, besides the namespaces', async () => {
      const provider = new k8s.Provider('cluster5', { kubeconfig: 'fake' });
      const addon = new k8s.core.v1.ConfigMap('stand-in-for-the-backup-addon', { metadata: { name: 'addon' } }, { provider });
      new PlatformRelease('withcluster', { app: withCustom([schedule]), provider, failOn: 'critical', cluster: fakeCluster({ 'velero.io': [addon] }) });
      await settle();
      const s = registered.find((r) => r.type === 'kubernetes:velero.io/v1:Schedule')!;
      expect(s.order).toBeGreaterThan(registered.find((r) => r.name === 'stand-in-for-the-backup-addon')!.order);
    });

    test('a custom group the cluster does not install is refused before anything is registered', async () => {
      const provider = new k8s.Provider('cluster6', { kubeconfig: 'fake' });
      const before = registered.length;
      expect(() => new PlatformRelease('nobackup', { app: withCustom([schedule]), provider, failOn: 'critical', cluster: fakeCluster({}) }))
        .toThrow(/nothing on cluster prod installs velero\.io \(Schedule\).*addons\.tkeBackup/s);
      await settle();
      expect(registered.slice(before).filter((r) => r.type.startsWith('kubernetes:') && r.type !== 'pulumi:providers:kubernetes')).toEqual([]);
    });

    test('a tenant LogConfig for a namespace the cluster also ships is refused; listed in tenantNamespaces it passes', async () => {
      const provider = new k8s.Provider('cluster7', { kubeconfig: 'fake' });
      const logs = (tenantNamespaces: string[]) => fakeCluster({ 'cls.cloud.tencent.com': [provider] }, tenantNamespaces);
      expect(() => new PlatformRelease('twice', { app: withCustom([logConfig]), provider, failOn: 'critical', cluster: logs([]) }))
        .toThrow(/stdout of namespace\(s\) shop would be shipped twice.*tenantNamespaces/s);
      expect(() => new PlatformRelease('once', { app: withCustom([logConfig]), provider, failOn: 'critical', cluster: logs(['shop']) })).not.toThrow();
      await settle();
    });
  });
});
