// The smaller cluster behaviours the defect tests lean on: what a plan installs and in which
// order, Velero's namespace, locations and snapshots, TKE log collection's selection, who can read
// Secrets, and the kube-state-metrics series of a Job (sources in each module).
import { PlannedResource, backupControllerOf, checkDelivery, planStorageLocations } from './addons';
import { checkBackups } from './backup';
import { jobSeries } from './job-metrics';
import { LoggedContainer, stdoutShippers } from './log-collection';
import { declaredMesh } from './platform-cluster';
import { secretReadPaths } from './rbac';
import { evaluate } from '../support/promql';

const k = (type: string, name: string, inputs: Record<string, unknown> = {}): PlannedResource => ({ type, name, inputs });

describe('delivery model |', () => {
  test('a custom resource needs an installer of its group planned before it', () => {
    const schedule = k('kubernetes:velero.io/v1:Schedule', 'velero/daily');
    const authz = k('kubernetes:security.istio.io/v1:AuthorizationPolicy', 'shop/api');
    expect(checkDelivery([k('kubernetes:apps/v1:Deployment', 'shop/api'), schedule, authz]).map((p) => p.message)).toEqual([
      'nothing in the plan installs velero.io (no CRD, Helm chart or add-on serving it)',
      'nothing in the plan installs security.istio.io (no CRD, Helm chart or add-on serving it)',
    ]);
    const addon = k('tencentcloud:Kubernetes/addonAttachment:AddonAttachment', 'backup', { name: 'tke-backup' });
    const base = k('kubernetes:helm.sh/v3:Release', 'istio-base', { chart: 'base', namespace: 'istio-system' });
    expect(checkDelivery([addon, base, schedule, authz])).toEqual([]);
    expect(checkDelivery([schedule, addon]).map((p) => p.message)).toEqual([expect.stringMatching(/is planned before TKE add-on tke-backup/)]);
    expect(backupControllerOf([addon])?.namespace).toBe('tke-backup');
    expect(backupControllerOf([k('kubernetes:helm.sh/v3:Release', 'velero', { chart: 'vmware-tanzu/velero', namespace: 'velero' })])?.namespace).toBe('velero');
    expect(planStorageLocations([k('tencentcloud:Kubernetes/backupStorageLocation:BackupStorageLocation', 'x', { name: 'prod-cos' })])).toEqual(['prod-cos']);
  });

  test('a backup controller has what its install documents: the chart\'s locations and node agent, none for tke-backup', () => {
    const repo = k('tencentcloud:Kubernetes/backupStorageLocation:BackupStorageLocation', 'repo', { name: 'prod-cos' });
    const addon = k('tencentcloud:Kubernetes/addon:Addon', 'backup', { addonName: 'tke-backup' });
    expect(backupControllerOf([repo, addon])).toMatchObject({ namespace: 'tke-backup', storageLocations: ['prod-cos'], nodeAgent: false });
    const chart = (values: Record<string, unknown>) => backupControllerOf([k('kubernetes:helm.sh/v3:Release', 'velero', { chart: 'velero', namespace: 'velero', values })]);
    // The chart's defaults: no location without a bucket, no node agent.
    expect(chart({})).toMatchObject({ namespace: 'velero', storageLocations: [], nodeAgent: false });
    expect(chart({ deployNodeAgent: true, configuration: { backupStorageLocation: [{ bucket: 'b' }, { name: 'second', bucket: 'c' }] } }))
      .toMatchObject({ storageLocations: ['default', 'second'], nodeAgent: true });
    expect(chart({ backupsEnabled: false, configuration: { backupStorageLocation: [{ bucket: 'b' }] } })?.storageLocations).toEqual([]);
  });
});

describe('backup model |', () => {
  const schedule = (namespace: string, template: Record<string, unknown>) => ({ apiVersion: 'velero.io/v1', kind: 'Schedule', metadata: { name: 'daily', namespace }, spec: { schedule: '0 2 * * *', template } });

  test('Velero acts on its own namespace, with an existing location, and snapshots need a snapshot location or CSI', () => {
    const tke = { namespace: 'tke-backup', storageLocations: ['prod-cos'] };
    expect(checkBackups([schedule('tke-backup', { storageLocation: 'prod-cos' })], tke)).toEqual([]);
    expect(checkBackups([schedule('velero', { storageLocation: 'prod-cos' })], tke).map((p) => p.message)).toEqual(['is in namespace velero, but the backup controller watches tke-backup only']);
    expect(checkBackups([schedule('tke-backup', {})], tke).map((p) => p.message)).toEqual(['names BackupStorageLocation default, which does not exist (have: prod-cos)']);
    expect(checkBackups([schedule('tke-backup', { storageLocation: 'prod-cos', snapshotVolumes: true })], tke).map((p) => p.message)).toEqual([expect.stringMatching(/no volume data is captured/)]);
    const vsl = { apiVersion: 'velero.io/v1', kind: 'VolumeSnapshotLocation', metadata: { name: 'cbs', namespace: 'tke-backup' }, spec: { provider: 'tencentcloud' } };
    expect(checkBackups([schedule('tke-backup', { storageLocation: 'prod-cos', snapshotVolumes: true }), vsl], tke)).toEqual([]);
    expect(checkBackups([schedule('tke-backup', {})], undefined).map((p) => p.message)).toEqual(['no Velero or TKE backup add-on is installed: nothing reconciles it']);
  });
});

describe('log collection model |', () => {
  const container: LoggedContainer = { namespace: 'shop', podLabels: { app: 'api' }, workload: { kind: 'deployment', name: 'api' }, container: 'api' };
  const cfg = (name: string, containerStdout: Record<string, unknown>) => ({ apiVersion: 'cls.cloud.tencent.com/v1', kind: 'LogConfig', metadata: { name }, spec: { inputDetail: { type: 'container_stdout', containerStdout } } });

  test('every selecting LogConfig ships its own copy', () => {
    const cluster = cfg('cluster', { allContainers: true, excludeNamespace: 'kube-system,kube-public' });
    const tenant = cfg('tenant', { namespace: 'shop', allContainers: true });
    expect(stdoutShippers([cluster, tenant], container)).toEqual(['cluster', 'tenant']);
    expect(stdoutShippers([cfg('cluster', { allContainers: true, excludeNamespace: 'kube-system,shop' }), tenant], container)).toEqual(['tenant']);
    expect(stdoutShippers([cfg('w', { workloads: [{ kind: 'deployment', name: 'api', namespace: 'shop' }] })], container)).toEqual(['w']);
    expect(stdoutShippers([cfg('l', { includeLabels: { app: 'web,api' } })], container)).toEqual(['l']);
    expect(stdoutShippers([cfg('l', { includeLabels: { app: 'web' } })], container)).toEqual([]);
  });
});

describe('RBAC model |', () => {
  test('creating workloads reads Secrets as surely as get does', () => {
    expect(secretReadPaths({ rules: [{ apiGroups: [''], resources: ['secrets'], verbs: ['create', 'update'] }] })).toEqual([]);
    expect(secretReadPaths({ rules: [{ apiGroups: ['apps'], resources: ['deployments'], verbs: ['create'] }] })).toEqual(['create apps/deployments (mount any Secret)']);
    expect(secretReadPaths({ rules: [{ apiGroups: [''], resources: ['secrets'], verbs: ['get'], resourceNames: ['one'] }] })).toEqual([]);
  });
});

describe('kube-state-metrics Job series |', () => {
  test('a run whose retry succeeded still has a failed pod; only kube_job_failed{condition="true"} tells a failed run', () => {
    const retried = jobSeries('shop', 'nightly', 'nightly-1', { failedPods: 1, failed: false, complete: true });
    const failed = jobSeries('shop', 'nightly', 'nightly-2', { failedPods: 7, failed: true, complete: false });
    expect(evaluate('max(kube_job_status_failed{namespace="shop"}) > 0', retried)).toHaveLength(1);
    expect(evaluate('max(kube_job_failed{namespace="shop",condition="true"}) > 0', retried)).toHaveLength(0);
    expect(evaluate('max(kube_job_failed{namespace="shop",condition="true"}) > 0', failed)).toHaveLength(1);
  });
});

describe('declared mesh |', () => {
  const ns = (annotations: Record<string, string> | undefined, labels: Record<string, string> = {}) => [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop', labels, ...(annotations ? { annotations } : {}) } },
    { apiVersion: 'security.istio.io/v1', kind: 'PeerAuthentication', metadata: { name: 'strict', namespace: 'shop' }, spec: { mtls: { mode: 'STRICT' } } },
  ];

  test('an undeclared mesh is Istio as its Helm charts install it; declarations are read from the namespace', () => {
    expect(declaredMesh(ns(undefined))).toEqual({ provider: 'istio', hub: 'docker.io/istio', tag: '1.24.2', cni: false });
    expect(declaredMesh(ns({ 'kubeward.dev/mesh-provider': 'tcm', 'kubeward.dev/mesh-cni': 'true', 'kubeward.dev/mesh-proxy-image': 'r/p@sha256:x' }, { 'istio.io/rev': '1-22-1' })))
      .toEqual({ provider: 'tcm', cni: true, image: 'r/p@sha256:x', revision: '1-22-1' });
    expect(declaredMesh([])).toBeUndefined();
  });
});
