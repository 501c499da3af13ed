// The example's Pulumi program (examples/platform/index.ts) under mocks, through the offline plan
// of examples/platform/plan.ts: the cluster of the issue; every object of the cdk8s app becomes
// exactly one Kubernetes resource, equal to the audited manifest, on the cluster's provider;
// Namespaces and CRDs are registered before the rest; the CrossGuard pack finds nothing in the
// whole stack (cloud and Kubernetes); and `npm run plan -- --json` prints exactly the plan as JSON.
import { spawn } from 'child_process';
import * as path from 'path';
import type { StackValidationArgs, StackValidationPolicy } from '@pulumi/policy';
import { PlanRun, PlannedResource, RecordedResource, plan, runPlan } from '../../examples/platform/plan';
import { buildPlatform } from '../../examples/platform/platform';
import { PlatformApp } from '../../lib/app/platform-app';
import { kubewardPolicies } from '../../lib/crossguard';
import { CONTROLS } from '../../lib/policy';

type Obj = Record<string, any>;

const ROOT = path.resolve(__dirname, '../..');
const FOUNDATION = new Set(['Namespace', 'CustomResourceDefinition']);

/** The Pulumi type token and ConfigGroup name of a manifest object. */
function resourceKey(o: Obj): string {
  const [group, version] = String(o.apiVersion).includes('/') ? String(o.apiVersion).split('/') : ['core', o.apiVersion];
  const name = o.metadata.namespace ? `${o.metadata.namespace}/${o.metadata.name}` : o.metadata.name;
  return `kubernetes:${group}/${version}:${o.kind} ${name}`;
}

function isKubeObject(r: RecordedResource): boolean {
  // Helm releases (the cluster's Istio) are Kubernetes-provider resources, not manifest objects.
  return r.type.startsWith('kubernetes:') && !r.type.startsWith('kubernetes:yaml:') && !r.type.startsWith('kubernetes:helm.sh/');
}

interface StackRes { type: string; name: string; urn: string; props: Obj; propertyDependencies: Record<string, StackRes[]> }

/**
 * The stack as the CrossGuard analyzer hands it to a pack: every resource with its inputs, and for
 * each input property the resources its value came from. Under mocks a value that came from
 * another resource is that resource's (mock) id, so the dependency is found by id.
 */
function stackOf(resources: readonly RecordedResource[]): StackRes[] {
  const list: StackRes[] = resources.map((r) => ({ type: r.type, name: r.name, urn: r.urn, props: r.rawInputs as Obj, propertyDependencies: {} }));
  const byId = new Map<string, StackRes>();
  resources.forEach((r, i) => {
    if (r.custom && !r.type.startsWith('pulumi:')) byId.set(r.id, list[i]);
  });
  const idsIn = (v: unknown, out: Set<StackRes>): Set<StackRes> => {
    if (typeof v === 'string' && byId.has(v)) out.add(byId.get(v)!);
    else if (Array.isArray(v)) v.forEach((x) => idsIn(x, out));
    else if (v !== null && typeof v === 'object') Object.values(v).forEach((x) => idsIn(x, out));
    return out;
  };
  for (const res of list) {
    for (const [prop, value] of Object.entries(res.props)) {
      const deps = [...idsIn(value, new Set())].filter((d) => d !== res);
      if (deps.length > 0) res.propertyDependencies[prop] = deps;
    }
  }
  return list;
}

interface Violation { policy: string; level?: string; message: string; urn?: string }

/** Runs every policy's validator as the analyzer would and collects the violations. */
function violationsOf(policies: StackValidationPolicy[], resources: StackRes[]): Violation[] {
  const out: Violation[] = [];
  const args = {
    resources: resources.map((r) => ({ opts: {}, dependencies: [], ...r })),
    stackTags: new Map(),
    getConfig: () => ({}),
    notApplicable: () => {
      throw new Error('n/a');
    },
  } as unknown as StackValidationArgs;
  for (const p of policies) {
    void p.validateStack(args, (message: string, urn?: string) => out.push({ policy: p.name, level: p.enforcementLevel, message, urn }));
  }
  return out;
}

/** Runs `plan.ts --json` in its own process, as `npm run plan -- --json` does. */
function spawnPlan(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [require.resolve('ts-node/dist/bin'), '--transpile-only', '--project', 'tsconfig.dev.json', 'examples/platform/plan.ts', '--json'], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function capture(): { io: { stdout: { write(s: string): boolean }; stderr: { write(s: string): boolean } }; out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: { write: (s: string) => out.push(s) > 0 }, stderr: { write: (s: string) => err.push(s) > 0 } },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

describe('examples/platform Pulumi program |', () => {
  let run: PlanRun;
  let byType: (type: string) => RecordedResource[];
  // The app the program deploys, rebuilt independently: what the release must register.
  const manifests = (() => {
    const app = new PlatformApp();
    buildPlatform(app);
    return app.synthObjects() as Obj[];
  })();

  let warnings: string[];

  beforeAll(async () => {
    // Without an engine, pulumi.log writes to the console; keep what the program warns about.
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      run = await runPlan();
    } finally {
      warnings = warn.mock.calls.map((c) => c.map(String).join(' '));
      warn.mockRestore();
    }
    byType = (type) => run.resources.filter((r) => r.type === type);
  }, 60_000);

  test('the only warnings are the missing alarm recipients, which the stack config sets', () => {
    expect(warnings).toEqual([expect.stringContaining('prod: alerting has no recipient'), expect.stringContaining('prod: the security alarms reach nobody')]);
  });

  test('the cluster of the issue: Guangzhou zones 3, 4 and 6, a supported version, one node pool', () => {
    const [cluster] = byType('tencentcloud:Kubernetes/cluster:Cluster');
    expect(cluster.inputs).toMatchObject({ clusterName: 'prod', clusterVersion: '1.34.1', deletionProtection: true, clusterAudit: { enabled: true }, eventPersistence: { enabled: true } });
    expect(cluster.parent).toBe('prod');
    expect(byType('tencentcloud:Subnet/instance:Instance').map((s) => s.inputs.availabilityZone)).toEqual(['ap-guangzhou-3', 'ap-guangzhou-4', 'ap-guangzhou-6']);
    const pools = byType('tencentcloud:Kubernetes/nodePool:NodePool');
    expect(pools).toHaveLength(1);
    expect(pools[0].inputs).toMatchObject({ name: 'general', minSize: 3, maxSize: 12, autoScalingConfig: { instanceType: 'SA5.2XLARGE16', publicIpAssigned: false } });
    expect((pools[0].inputs.subnetIds as string[])).toHaveLength(3);
    expect(byType('tencentcloud:Kubernetes/clusterEndpoint:ClusterEndpoint')[0].inputs).toMatchObject({ clusterIntranet: true, clusterInternet: false });
    // The account's APPID came from the user.getInfo data source (answered by the mocks).
    expect(run.calls.map((c) => c.token)).toContain('tencentcloud:User/getInfo:getInfo');
    expect(byType('tencentcloud:Cos/bucket:Bucket')[0].inputs.bucket).toBe('tke-backup-prod-1250000000');
  });

  test('the program exports the cluster and the release', () => {
    expect(run.outputs.clusterId).toBe('cls-prod-cluster');
    expect(String(run.outputs.kubeconfig)).toContain('server: https://10.0.0.12');
    expect(run.outputs.namespaces).toEqual(['edge', 'storefront', 'orders', 'payments']);
    expect(run.outputs.releasedObjects).toBe(manifests.length);
    expect(run.outputs.backupBucket).toBe('tke-backup-prod-1250000000');
  });

  test('tenant backups go to the Velero the cluster installs, to the location its chart creates, with the node agent', () => {
    const [velero] = byType('kubernetes:helm.sh/v3:Release').filter((r) => r.rawInputs.chart === 'velero');
    const values = velero.rawInputs.values as Obj;
    expect(velero.rawInputs).toMatchObject({ namespace: 'velero', repositoryOpts: { repo: 'https://vmware-tanzu.github.io/helm-charts' } });
    // Velero's Tencent Cloud guide: the AWS plugin, COS's S3 endpoint of the region, path style.
    expect(values.configuration.backupStorageLocation).toEqual([{
      name: 'default',
      provider: 'aws',
      default: true,
      bucket: 'tke-backup-prod-1250000000',
      prefix: 'velero/prod',
      config: { region: 'ap-guangzhou', s3ForcePathStyle: 'true', s3Url: 'https://cos.ap-guangzhou.myqcloud.com' },
    }]);
    expect(values.deployNodeAgent).toBe(true);
    expect(values.initContainers.map((c: Obj) => c.image)).toEqual([expect.stringMatching(/\/velero-plugin-for-aws:[^@]+@sha256:[0-9a-f]{64}$/)]);
    // The credentials are a secret: the plan never prints them.
    expect(JSON.stringify(velero.inputs)).not.toContain('PLAN-SECRET-KEY');
    // TKE's add-on would serve velero.io too; with Velero installed it is not.
    expect(byType('tencentcloud:Kubernetes/addon:Addon').map((a) => a.rawInputs.addonName)).not.toContain('tke-backup');
    const schedules = byType('kubernetes:velero.io/v1:Schedule');
    expect(schedules.map((s) => s.name)).toEqual(['velero/edge-daily', 'velero/storefront-daily', 'velero/orders-daily', 'velero/payments-daily']);
    for (const s of schedules) {
      expect((s.rawInputs as Obj).spec.template).toMatchObject({ storageLocation: 'default', defaultVolumesToFsBackup: true });
      expect(s.dependsOn).toContain(velero.name);
    }
  });

  test('every manifest object becomes exactly one Kubernetes resource, equal to it, with the cluster\'s provider', () => {
    const kube = run.resources.filter(isKubeObject);
    expect(kube.map((r) => `${r.type} ${r.name}`).sort()).toEqual(manifests.map(resourceKey).sort());
    const byKey = new Map(kube.map((r) => [`${r.type} ${r.name}`, r]));
    for (const m of manifests) expect(byKey.get(resourceKey(m))!.rawInputs).toEqual(m);

    const [provider] = byType('pulumi:providers:kubernetes');
    expect(provider.name).toBe('prod-k8s');
    expect(provider.parent).toBe('prod');
    // The provider's kubeconfig is the private endpoint's, and the plan never prints it.
    expect(String(provider.rawInputs.kubeconfig)).toContain('server: https://10.0.0.12');
    expect(provider.inputs.kubeconfig).toBe('[secret]');
    for (const r of kube) expect([r.name, r.provider]).toEqual([r.name, `${provider.urn}::${provider.id}`]);
  });

  test('Namespaces and CRDs first, and nothing Kubernetes before the cluster can serve it', () => {
    const kube = run.resources.filter(isKubeObject);
    const first = kube.filter((r) => FOUNDATION.has(r.type.split(':').pop()!));
    const rest = kube.filter((r) => !FOUNDATION.has(r.type.split(':').pop()!));
    expect(first.map((r) => r.name)).toEqual(['edge', 'storefront', 'orders', 'payments']);
    expect(first.every((r) => r.parent === 'platform-foundation')).toBe(true);
    expect(rest.every((r) => r.parent === 'platform-workloads')).toBe(true);
    const lastFoundation = Math.max(...first.map((r) => r.order));
    expect(Math.min(...rest.map((r) => r.order))).toBeGreaterThan(lastFoundation);
    // The provider needs the endpoint's kubeconfig, and the endpoint waits for the node pools.
    const order = (type: string) => byType(type)[0].order;
    expect(order('tencentcloud:Kubernetes/nodePool:NodePool')).toBeLessThan(order('tencentcloud:Kubernetes/clusterEndpoint:ClusterEndpoint'));
    expect(order('tencentcloud:Kubernetes/clusterEndpoint:ClusterEndpoint')).toBeLessThan(order('pulumi:providers:kubernetes'));
    expect(order('pulumi:providers:kubernetes')).toBeLessThan(Math.min(...kube.map((r) => r.order)));
  });

  test('the CrossGuard pack finds nothing in the whole stack but the unrouted alarms, which the stack config routes', () => {
    const stack = stackOf(run.resources);
    // The analyzer reports which resource a property came from; the references the engine relates
    // (cluster ids, the KMS key) are among them.
    const protection = stack.find((r) => r.type === 'tencentcloud:Kubernetes/encryptionProtection:EncryptionProtection')!;
    expect(protection.propertyDependencies.clusterId.map((d) => d.name)).toEqual(['prod-cluster']);
    expect(protection.propertyDependencies.kmsConfiguration.map((d) => d.name)).toEqual(['prod-etcd-key']);

    const policies = kubewardPolicies();
    expect(policies).toHaveLength(CONTROLS.length);
    // Without the stack config's alertUserIds no alarm reaches anyone: KW-CLU-008 on every one of
    // them (the CLS security alarms, the node alarm policy, the TMP alert group), and nothing else.
    const alarms = stack.filter((r) => ['tencentcloud:Cls/alarm:Alarm', 'tencentcloud:Monitor/alarmPolicy:AlarmPolicy', 'tencentcloud:Monitor/tmpAlertGroup:TmpAlertGroup'].includes(r.type));
    expect(alarms.length).toBeGreaterThan(2);
    expect(violationsOf(policies, stack).map((v) => [v.policy, v.urn]).sort()).toEqual(alarms.map((a) => ['kw-clu-008', a.urn]).sort());
  });

  test('the same pack does see the stack: a privileged container or a cut reference is a violation', () => {
    const stack = stackOf(run.resources);
    const deployment = stack.find((r) => r.type === 'kubernetes:apps/v1:Deployment' && r.name === 'payments/api')!;
    const privileged = JSON.parse(JSON.stringify(deployment.props));
    privileged.spec.template.spec.containers[0].securityContext.privileged = true;
    const withPrivileged = stack.map((r) => (r === deployment ? { ...r, props: privileged } : r));
    const v = violationsOf(kubewardPolicies(), withPrivileged).filter((x) => x.policy === 'kw-pod-001');
    expect(v).toEqual([{ policy: 'kw-pod-001', level: 'mandatory', message: expect.stringContaining('Deployment payments/api'), urn: deployment.urn }]);

    // Without the analyzer's property dependencies the encryption protection names no known cluster.
    const cut = stack.map((r) => (r.type.endsWith(':EncryptionProtection') ? { ...r, propertyDependencies: {} } : r));
    expect(violationsOf(kubewardPolicies(), cut).map((x) => x.policy)).toContain('kw-clu-002');
  });

  test('issue 10, defect 10: every tenant object of a custom API group waits for what installs that group, registered before it', () => {
    // What installs each group in this program (lib/cluster/multi-zone-cluster.ts apiGroupInstallers).
    const installers: Record<string, string[]> = {
      'velero.io': ['prod-velero'],
      'security.istio.io': ['prod-istio-base', 'prod-istio-cni', 'prod-istiod', 'prod-istio-ingress'],
      'monitoring.coreos.com': ['prod-prometheus-agent'],
      'cls.cloud.tencent.com': ['prod-cluster', 'prod-general'],
    };
    const byName = new Map(run.resources.map((r) => [r.name, r]));
    expect(byName.get('prod-istio-base')?.rawInputs).toMatchObject({ chart: 'base', namespace: 'istio-system', repositoryOpts: { repo: 'https://istio-release.storage.googleapis.com/charts' } });
    expect(byName.get('prod-istiod')?.rawInputs).toMatchObject({ chart: 'istiod', values: { pilot: { cni: { enabled: true } } } });
    expect(byName.get('prod-istio-ingress')?.rawInputs).toMatchObject({ chart: 'gateway', name: 'istio-ingress', namespace: 'istio-ingress' });
    const custom = run.resources.filter(isKubeObject).map((r) => ({ r, group: String((r.rawInputs as Obj).apiVersion).split('/').slice(0, -1).join('/') }))
      .filter((x) => installers[x.group] !== undefined);
    // Every group of the issue is really used by the tenants.
    expect([...new Set(custom.map((x) => x.group))].sort()).toEqual(Object.keys(installers).sort());
    for (const { r, group } of custom) {
      for (const needed of installers[group]) {
        expect([r.name, r.dependsOn.includes(needed)]).toEqual([r.name, true]);
        expect([r.name, needed, byName.get(needed)!.order < r.order]).toEqual([r.name, needed, true]);
      }
    }
    // istiod injects exactly the proxy image the tenants declare and admit.
    const ns = run.resources.filter((r) => r.type === 'kubernetes:core/v1:Namespace');
    for (const n of ns) expect((n.rawInputs as Obj).metadata.annotations['kubeward.dev/mesh-proxy-image']).toBe((byName.get('prod-istiod')!.rawInputs as Obj).values.global.proxy.image);
  });

  test('issue 10, defect 12: the stdout of every namespace is shipped by exactly one LogConfig', () => {
    const clusterConfig = JSON.parse(String(byType('tencentcloud:Kubernetes/logConfig:LogConfig')[0].rawInputs.logConfig));
    const tenantConfigs = byType('kubernetes:cls.cloud.tencent.com/v1:LogConfig').map((r) => r.rawInputs as Obj);
    const list = (s: unknown) => String(s ?? '').split(',').map((x) => x.trim()).filter((x) => x.length > 0);
    // TKE's log agent ships a container's stdout once per LogConfig selecting it (LogConfig docs:
    // `namespace` lists namespaces, empty means all; `excludeNamespace` removes some).
    const ships = (cfg: Obj, namespace: string): boolean => {
      const s = cfg.spec.inputDetail.containerStdout;
      const included = list(s.namespace).length === 0 || list(s.namespace).includes(namespace);
      return included && !list(s.excludeNamespace).includes(namespace);
    };
    const shippers = (namespace: string) => [clusterConfig, ...tenantConfigs].filter((c) => ships(c, namespace)).map((c) => c.metadata.name);
    for (const t of run.outputs.namespaces as string[]) expect([t, shippers(t)]).toEqual([t, [`${t}-stdout`]]);
    // Platform namespaces stay with the cluster-wide topic; system ones are not shipped.
    for (const ns of ['istio-system', 'istio-ingress', 'tke-backup']) expect([ns, shippers(ns)]).toEqual([ns, ['prod-stdout']]);
    expect(shippers('kube-system')).toEqual([]);
  });

  test('npm run plan -- --json prints exactly one JSON array of { type, name, parent, inputs, dependsOn }', async () => {
    const c = capture();
    expect(await plan(['--json'], c.io)).toBe(0);
    const parsed = JSON.parse(c.out()) as PlannedResource[];
    expect(Array.isArray(parsed)).toBe(true);
    expect(parsed).toHaveLength(run.resources.length);
    for (const r of parsed) expect(Object.keys(r)).toEqual(['type', 'name', 'parent', 'inputs', 'dependsOn']);
    const find = (type: string) => parsed.filter((r) => r.type === type);
    expect(find('tencentcloud:Kubernetes/cluster:Cluster').map((r) => [r.name, r.parent])).toEqual([['prod-cluster', 'prod']]);
    expect(find('tencentcloud:Kubernetes/nodePool:NodePool').map((r) => [r.name, r.parent])).toEqual([['prod-general', 'prod']]);
    expect(find('kubernetes:core/v1:Namespace').map((r) => [r.name, r.parent])).toEqual([
      ['edge', 'platform-foundation'], ['storefront', 'platform-foundation'], ['orders', 'platform-foundation'], ['payments', 'platform-foundation'],
    ]);
    expect(parsed[0]).toMatchObject({ type: 'pulumi:pulumi:Stack', parent: null });
    expect(c.out()).not.toContain('server: https://');
  });

  test('npm run plan prints a table with the key inputs, and refuses unknown arguments', async () => {
    const c = capture();
    expect(await plan([], c.io)).toBe(0);
    const text = c.out();
    expect(text).toMatch(/^Plan of examples\/platform \(offline, under mocks\): \d+ resources to create: \d+ Tencent Cloud, \d+ Kubernetes/);
    // The order is visible: a Schedule waits for the backup add-on and its namespace.
    expect(text).toMatch(/kubernetes:velero\.io\/v1:Schedule\s+velero\/orders-daily\s+platform-workloads\s+schedule="0 2 \* \* \*"\s+prod-velero, 4 namespace\(s\)/);
    expect(Number(/(\d+) Tencent Cloud/.exec(text)![1])).toBe(run.resources.filter((r) => r.type.startsWith('tencentcloud:')).length);
    expect(text).toMatch(/tencentcloud:Kubernetes\/cluster:Cluster\s+prod-cluster\s+prod\s+clusterVersion=1\.34\.1/);
    expect(text).toMatch(/kubernetes:core\/v1:Namespace\s+payments\s+platform-foundation\s+pss=restricted/);
    expect(text).toContain('autoScalingConfig.instanceType=SA5.2XLARGE16 minSize=3 maxSize=12');
    const bad = capture();
    expect(await plan(['--yaml'], bad.io)).toBe(2);
    expect(bad.err()).toContain('unknown argument --yaml');
    expect(bad.out()).toBe('');
  });

  test('spawned, `plan.ts --json` writes only the JSON to stdout; a failing program exits 1 with one message', async () => {
    const [ok, failing] = await Promise.all([spawnPlan({}), spawnPlan({ TENCENTCLOUD_REGION: 'ap-shanghai' })]);
    expect([ok.code, ok.stderr]).toEqual([0, expect.not.stringContaining('plan:')]);
    const c = capture();
    expect(await plan(['--json'], c.io)).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual(JSON.parse(c.out()));

    // The component refuses a provider region other than its own, before registering anything.
    expect(failing.code).toBe(1);
    expect(failing.stdout).toBe('');
    expect(failing.stderr.trim()).toBe('plan: the program failed: [prod] region: the tencentcloud provider is configured for ap-shanghai, not ap-guangzhou. '
      + 'Fix: set region to "ap-shanghai", or run `pulumi config set tencentcloud:region ap-guangzhou`');
  }, 120_000);
});
