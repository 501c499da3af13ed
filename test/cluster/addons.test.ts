// Issue 10, defects 10 and 12 on the cluster side: MultiZoneCluster installs what tenant custom
// resources need (TKE's backup add-on or Velero's chart, Istio from its Helm charts) and says which resource installs
// each API group; its cluster-wide stdout LogConfig leaves the tenants' namespaces to their own.
// Mocks are installed by ./mocks before the component is imported (Pulumi's mock guidance).
import * as pulumi from '@pulumi/pulumi';
// eslint-disable-next-line import/order
import { registered, reset, settle } from './mocks';
import { MultiZoneCluster, MultiZoneClusterProps } from '../../lib/cluster';
import { KubewardError } from '../../lib/core/errors';

const BASE: MultiZoneClusterProps = {
  region: 'ap-guangzhou',
  zones: ['ap-guangzhou-3', 'ap-guangzhou-4', 'ap-guangzhou-6'],
  kubernetesVersion: '1.30.0',
  nodePools: [{ name: 'general', instanceType: 'SA5.LARGE8', minSize: 3, maxSize: 12 }],
  alerting: { userIds: [100000000002] },
};
const PROXY = `ccr.ccs.tencentyun.com/mesh/proxyv2:1.22.1@sha256:${'ab'.repeat(32)}`;

async function build(name: string, props: Partial<MultiZoneClusterProps> = {}): Promise<MultiZoneCluster> {
  reset();
  const c = new MultiZoneCluster(name, { ...BASE, ...props });
  await settle();
  return c;
}

const namesOf = (rs: readonly { readonly urn: unknown }[], c: MultiZoneCluster) =>
  rs.map((r) => c.children.find((x) => x.resource === r)?.name ?? (r as { __name?: string }).__name ?? '?');

describe('MultiZoneCluster add-ons |', () => {
  test('by default: TKE\'s backup add-on after its repository and the nodes, serving velero.io; no mesh', async () => {
    const c = await build('prod');
    const addon = registered.filter((r) => r.type === 'tencentcloud:Kubernetes/addon:Addon');
    expect(addon.map((a) => [a.name, a.inputs.addonName])).toEqual([['prod-tke-backup', 'tke-backup']]);
    const order = (name: string) => registered.findIndex((r) => r.name === name);
    expect(order('prod-tke-backup')).toBeGreaterThan(order('prod-backup-location'));
    expect(namesOf(c.apiGroupInstallers['velero.io'], c)).toEqual(['prod-tke-backup']);
    expect(namesOf(c.apiGroupInstallers['monitoring.coreos.com'], c)).toEqual(['prod-prometheus-agent']);
    expect(c.apiGroupInstallers['security.istio.io']).toBeUndefined();
    expect(registered.filter((r) => r.type === 'kubernetes:helm.sh/v3:Release')).toEqual([]);
  });

  test('addons.tkeBackup: false installs no backup add-on, and nothing claims velero.io', async () => {
    const c = await build('nobackup', { addons: { tkeBackup: false } });
    expect(registered.filter((r) => r.type === 'tencentcloud:Kubernetes/addon:Addon')).toEqual([]);
    expect(c.apiGroupInstallers['velero.io']).toBeUndefined();
  });

  test('addons.istio: base, cni, istiod (CNI on, the declared proxy image) and the istio-ingress gateway, in that order', async () => {
    const c = await build('meshed', { addons: { istio: { version: '1.22.1', proxyImage: PROXY } } });
    const releases = registered.filter((r) => r.type === 'kubernetes:helm.sh/v3:Release');
    expect(releases.map((r) => [r.inputs.chart, r.inputs.name, r.inputs.namespace, r.inputs.version])).toEqual([
      ['base', 'istio-base', 'istio-system', '1.22.1'],
      ['cni', 'istio-cni', 'istio-system', '1.22.1'],
      ['istiod', 'istiod', 'istio-system', '1.22.1'],
      ['gateway', 'istio-ingress', 'istio-ingress', '1.22.1'],
    ]);
    expect(releases[2].inputs.values).toEqual({ pilot: { cni: { enabled: true } }, global: { proxy: { image: PROXY } } });
    for (const r of releases) expect(r.inputs.repositoryOpts).toEqual({ repo: 'https://istio-release.storage.googleapis.com/charts' });
    expect(c.apiGroupInstallers['security.istio.io']).toHaveLength(4);
  });

  const PLUGIN = `ccr.ccs.tencentyun.com/platform/velero-plugin-for-aws:v1.12.0@sha256:${'cd'.repeat(32)}`;
  const CREDENTIALS = '[default]\naws_access_key_id=AKIDX\naws_secret_access_key=KEY\n';

  test('addons.velero: Velero\'s chart in velero, the node agent, location default in the backup bucket; no tke-backup', async () => {
    const c = await build('vel', { addons: { velero: { version: '10.0.8', pluginImage: PLUGIN, credentials: CREDENTIALS } } });
    expect(registered.filter((r) => r.type === 'tencentcloud:Kubernetes/addon:Addon')).toEqual([]);
    const [release] = registered.filter((r) => r.type === 'kubernetes:helm.sh/v3:Release');
    expect(release.inputs).toMatchObject({ name: 'velero', chart: 'velero', version: '10.0.8', namespace: 'velero', repositoryOpts: { repo: 'https://vmware-tanzu.github.io/helm-charts' } });
    // A secret anywhere in the values makes the mock monitor pass the whole input as a secret.
    const wrapped = release.inputs.values;
    expect(wrapped[pulumi.runtime.specialSigKey]).toBe(pulumi.runtime.specialSecretSig);
    const v = wrapped.value;
    expect(v.credentials).toEqual({ useSecret: true, secretContents: { cloud: CREDENTIALS } });
    expect(v.deployNodeAgent).toBe(true);
    expect(v.snapshotsEnabled).toBe(false);
    expect(v.initContainers).toEqual([{ name: 'velero-plugin-for-aws', image: PLUGIN, volumeMounts: [{ mountPath: '/target', name: 'plugins' }] }]);
    expect(v.configuration.backupStorageLocation).toEqual([expect.objectContaining({ name: 'default', provider: 'aws', prefix: 'velero/vel', config: { region: 'ap-guangzhou', s3ForcePathStyle: 'true', s3Url: 'https://cos.ap-guangzhou.myqcloud.com' } })]);
    expect(namesOf(c.apiGroupInstallers['velero.io'], c)).toEqual(['vel-velero']);
  });

  test('bad Velero props are refused before anything is registered, and so are both backup controllers at once', () => {
    reset();
    const make = (velero: Record<string, unknown>, extra: Record<string, unknown> = {}) => () =>
      new MultiZoneCluster('bad', { ...BASE, addons: { velero: { version: '10.0.8', pluginImage: PLUGIN, credentials: CREDENTIALS, ...velero } as never, ...extra } });
    expect(make({}, { tkeBackup: true })).toThrow(/addons\.tkeBackup.*both bring the velero\.io CRDs/);
    expect(make({ version: 'latest' })).toThrow(/addons\.velero\.version/);
    expect(make({ pluginImage: 'velero/velero-plugin-for-aws:v1.12.0' })).toThrow(/addons\.velero\.pluginImage.*digest-pinned/);
    expect(make({ pluginImage: `ccr.ccs.tencentyun.com/x/velero-plugin-for-gcp@sha256:${'cd'.repeat(32)}` })).toThrow(/addons\.velero\.pluginImage/);
    expect(make({ credentials: 'not a credentials file' })).toThrow(/addons\.velero\.credentials/);
    expect(make({ credentials: undefined })).toThrow(KubewardError);
    expect(make({ credentialz: CREDENTIALS })).toThrow(KubewardError);
    expect(registered).toEqual([]);
  });

  test('bad add-on and namespace props are refused before anything is registered', () => {
    reset();
    const make = (props: Partial<MultiZoneClusterProps>) => () => new MultiZoneCluster('bad', { ...BASE, ...props });
    expect(make({ addons: { istio: { version: 'latest', proxyImage: PROXY } } })).toThrow(/addons\.istio\.version/);
    expect(make({ addons: { istio: { version: '1.22.1', proxyImage: 'istio/proxyv2:1.22.1' } } })).toThrow(/addons\.istio\.proxyImage.*digest-pinned/);
    expect(make({ tenantNamespaces: ['kube-system'] })).toThrow(/tenantNamespaces\[0\]/);
    expect(make({ tenantNamespaces: ['Orders'] })).toThrow(KubewardError);
    expect(make({ tenantNamespaces: ['orders', 'orders'] })).toThrow(/listed twice/);
    expect(registered).toEqual([]);
  });

  test('the cluster-wide stdout LogConfig excludes the system and the tenant namespaces', async () => {
    await build('logs', { tenantNamespaces: ['orders', 'payments'] });
    const cfg = registered.find((r) => r.type === 'tencentcloud:Kubernetes/logConfig:LogConfig')!;
    const stdout = JSON.parse(cfg.inputs.logConfig).spec.inputDetail.containerStdout;
    expect(stdout).toEqual({ allContainers: true, excludeNamespace: 'kube-system,kube-public,kube-node-lease,orders,payments' });
  });
});
