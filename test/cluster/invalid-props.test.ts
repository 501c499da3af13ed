// MultiZoneCluster validates every prop by type, range and meaning before it registers anything:
// props also come from JavaScript, YAML-driven generators and spreads, where `zones: 5` or
// `audit: "false"` is not a compile error. Each case must end in a KubewardError naming the
// component, the prop and a fix, never in a TypeError, and with no resource registered. A
// coverage test walks the declared shape (lib/cluster/shapes.ts), so a prop added later without a
// wrong-type case here fails.
import * as pulumi from '@pulumi/pulumi';
// eslint-disable-next-line import/order
import { registered, reset, settle } from './mocks';
import { MultiZoneCluster, MultiZoneClusterProps } from '../../lib/cluster';
import { DATA_DISK_TYPES, NOTICE_LANGUAGES, TAINT_EFFECTS } from '../../lib/cluster/resolve';
import { CLUSTER_SHAPE } from '../../lib/cluster/shapes';
import { KubewardError } from '../../lib/core/errors';
import { PropShape } from '../../lib/core/props-shape';
import { loadSubset } from '../tencentcloud/subset';

const POOL = { name: 'general', instanceType: 'SA5.LARGE8', minSize: 3, maxSize: 12 };
const BASE: MultiZoneClusterProps = {
  region: 'ap-guangzhou',
  zones: ['ap-guangzhou-3', 'ap-guangzhou-4', 'ap-guangzhou-6'],
  kubernetesVersion: '1.30.0',
  nodePools: [POOL],
};
const REGISTRY = { instanceId: 'tcr-abc123', namespace: 'team' };
const ISTIO = { version: '1.22.1', proxyImage: `registry.example.com/istio/proxyv2:1.22.1@sha256:${'a'.repeat(64)}` };
const REPLICATION = { destinationBucket: 'qcs::cos:ap-shanghai::tke-backup-dr-1250000000', role: 'qcs::cam::uin/100000000001:roleName/COSReplication' };
const pool = (extra: Record<string, unknown>) => ({ nodePools: [{ ...POOL, ...extra }] });

/** One invalid input: what it is, the props over BASE, and the prop the error must name. */
type Case = readonly [label: string, props: Record<string, unknown>, prop: string];

/** Wrong types: at least one per prop of the shape, nested ones included (checked below). */
const WRONG_TYPES: readonly Case[] = [
  ['props null', { __whole: null }, 'props'],
  ['region a list', { region: ['ap-guangzhou'] }, 'region'],
  ['zones a number', { zones: 5 }, 'zones'],
  ['a zone a number', { zones: ['ap-guangzhou-3', 4] }, 'zones[1]'],
  ['kubernetesVersion a number', { kubernetesVersion: 1.3 }, 'kubernetesVersion'],
  ['nodePools an object', { nodePools: {} }, 'nodePools'],
  ['a node pool a string', { nodePools: ['general'] }, 'nodePools[0]'],
  ['pool name a list', pool({ name: ['general'] }), 'nodePools[0].name'],
  ['pool instanceType a number', pool({ instanceType: 5 }), 'nodePools[0].instanceType'],
  ['pool minSize a string', pool({ minSize: '3' }), 'nodePools[0].minSize'],
  ['pool maxSize a string', pool({ maxSize: '12' }), 'nodePools[0].maxSize'],
  ['pool dataDiskSizeGb a string', pool({ dataDiskSizeGb: '100' }), 'nodePools[0].dataDiskSizeGb'],
  ['pool dataDiskType a number', pool({ dataDiskType: 1 }), 'nodePools[0].dataDiskType'],
  ['pool systemDiskSizeGb a string', pool({ systemDiskSizeGb: '50' }), 'nodePools[0].systemDiskSizeGb'],
  ['pool labels a list', pool({ labels: ['a=b'] }), 'nodePools[0].labels'],
  ['a pool label value a number', pool({ labels: { tier: 1 } }), 'nodePools[0].labels.tier'],
  ['pool taints an object', pool({ taints: { key: 'gpu' } }), 'nodePools[0].taints'],
  ['a pool taint a string', pool({ taints: ['gpu=true:NoSchedule'] }), 'nodePools[0].taints[0]'],
  ['taint key a number', pool({ taints: [{ key: 5, value: 'x', effect: 'NoSchedule' }] }), 'nodePools[0].taints[0].key'],
  ['taint value a number', pool({ taints: [{ key: 'gpu', value: 1, effect: 'NoSchedule' }] }), 'nodePools[0].taints[0].value'],
  ['taint effect a boolean', pool({ taints: [{ key: 'gpu', value: 'x', effect: true }] }), 'nodePools[0].taints[0].effect'],
  ['pool keyIds a string', pool({ keyIds: 'skey-1' }), 'nodePools[0].keyIds'],
  ['pool nodeOs a number', pool({ nodeOs: 3 }), 'nodePools[0].nodeOs'],
  ['clusterName a list', { clusterName: [] }, 'clusterName'],
  ['clusterName a list of a good name', { clusterName: ['prod'] }, 'clusterName'],
  ['vpcCidr a list', { vpcCidr: ['10.0.0.0/16'] }, 'vpcCidr'],
  ['subnetCidrs a string', { subnetCidrs: '10.0.0.0/20' }, 'subnetCidrs'],
  ['a subnet CIDR a number', { subnetCidrs: ['10.0.0.0/20', 5, '10.0.32.0/20'] }, 'subnetCidrs[1]'],
  ['podCidr a number', { podCidr: 172 }, 'podCidr'],
  ['serviceCidr an object', { serviceCidr: {} }, 'serviceCidr'],
  ['maxPodsPerNode a string', { maxPodsPerNode: '64' }, 'maxPodsPerNode'],
  ['clusterLevel a number', { clusterLevel: 20 }, 'clusterLevel'],
  ['tags a list', { tags: ['team=platform'] }, 'tags'],
  ['a tag value a number', { tags: { team: 5 } }, 'tags.team'],
  ['audit the string "false"', { audit: 'false' }, 'audit'],
  ['eventPersistence a number', { eventPersistence: 0 }, 'eventPersistence'],
  ['deletionProtection a string', { deletionProtection: 'no' }, 'deletionProtection'],
  ['secretsEncryption null', { secretsEncryption: null }, 'secretsEncryption'],
  ['publicEndpoint a string', { publicEndpoint: '203.0.113.0/24' }, 'publicEndpoint'],
  ['publicEndpoint.sourceCidrs a string', { publicEndpoint: { sourceCidrs: '203.0.113.0/24' } }, 'publicEndpoint.sourceCidrs'],
  ['a source CIDR a number', { publicEndpoint: { sourceCidrs: [5] } }, 'publicEndpoint.sourceCidrs[0]'],
  ['logRetentionDays a number', { logRetentionDays: 30 }, 'logRetentionDays'],
  ['logRetentionDays.audit a string', { logRetentionDays: { audit: '180' } }, 'logRetentionDays.audit'],
  ['logRetentionDays.events a string', { logRetentionDays: { events: '90' } }, 'logRetentionDays.events'],
  ['logRetentionDays.application a string', { logRetentionDays: { application: '30' } }, 'logRetentionDays.application'],
  ['logRetentionDays.cloudAudit a string', { logRetentionDays: { cloudAudit: '180' } }, 'logRetentionDays.cloudAudit'],
  ['metricsRetentionDays a string', { metricsRetentionDays: '30' }, 'metricsRetentionDays'],
  ['grafana a string', { grafana: 'on' }, 'grafana'],
  ['grafana null', { grafana: null }, 'grafana'],
  ['grafana.enabled a string', { grafana: { enabled: 'yes' } }, 'grafana.enabled'],
  ['grafana.instanceName a number', { grafana: { instanceName: 5 } }, 'grafana.instanceName'],
  ['grafana.adminPassword a number', { grafana: { adminPassword: 12345678 } }, 'grafana.adminPassword'],
  ['grafana.reason a number', { grafana: { enabled: false, reason: 1234567890 } }, 'grafana.reason'],
  ['alerting a list', { alerting: [] }, 'alerting'],
  ['alerting.userIds a number', { alerting: { userIds: 100000000001 } }, 'alerting.userIds'],
  ['an alerting user id a string', { alerting: { userIds: ['100000000001'] } }, 'alerting.userIds[0]'],
  ['alerting.groupIds a string', { alerting: { groupIds: '12' } }, 'alerting.groupIds'],
  ['alerting.noticeWays a string', { alerting: { noticeWays: 'x' } }, 'alerting.noticeWays'],
  ['alerting.webhookUrls a string', { alerting: { webhookUrls: 'https://hooks.example.com/a' } }, 'alerting.webhookUrls'],
  ['alerting.language a number', { alerting: { language: 1 } }, 'alerting.language'],
  ['alerting.cpuPercent a string', { alerting: { cpuPercent: '50' } }, 'alerting.cpuPercent'],
  ['alerting.memoryPercent a string', { alerting: { memoryPercent: '50' } }, 'alerting.memoryPercent'],
  ['alerting.diskPercent a boolean', { alerting: { diskPercent: true } }, 'alerting.diskPercent'],
  ['backup a string', { backup: 'cos' }, 'backup'],
  ['backup.appId a number', { backup: { appId: 1250000000 } }, 'backup.appId'],
  ['backup.noncurrentVersionDays a string', { backup: { noncurrentVersionDays: '30' } }, 'backup.noncurrentVersionDays'],
  ['backup.replication a string', { backup: { replication: 'qcs::cos:ap-shanghai::b-1' } }, 'backup.replication'],
  ['replication.destinationBucket a number', { backup: { replication: { ...REPLICATION, destinationBucket: 5 } } }, 'backup.replication.destinationBucket'],
  ['replication.role a list', { backup: { replication: { ...REPLICATION, role: [REPLICATION.role] } } }, 'backup.replication.role'],
  ['registry a string', { registry: 'tcr-abc123' }, 'registry'],
  ['registry.instanceId a number', { registry: { ...REGISTRY, instanceId: 5 } }, 'registry.instanceId'],
  ['registry.namespace a list', { registry: { ...REGISTRY, namespace: ['team'] } }, 'registry.namespace'],
  ['registry.severity a number', { registry: { ...REGISTRY, severity: 2 } }, 'registry.severity'],
  ['registry.cveAllowlist a string', { registry: { ...REGISTRY, cveAllowlist: 'x' } }, 'registry.cveAllowlist'],
  ['securityAlarms a string', { securityAlarms: 'on' }, 'securityAlarms'],
  ['securityAlarms.enabled a string', { securityAlarms: { enabled: 'false' } }, 'securityAlarms.enabled'],
  ['securityAlarms.reason a list', { securityAlarms: { enabled: false, reason: ['the platform team watches CLS'] } }, 'securityAlarms.reason'],
  ['securityAlarms.recipients a list', { securityAlarms: { recipients: [] } }, 'securityAlarms.recipients'],
  ['recipients.userIds a string', { securityAlarms: { recipients: { userIds: '1' } } }, 'securityAlarms.recipients.userIds'],
  ['recipients.groupIds with a string', { securityAlarms: { recipients: { groupIds: ['1'] } } }, 'securityAlarms.recipients.groupIds[0]'],
  ['recipients.channels a string', { securityAlarms: { recipients: { channels: 'Email' } } }, 'securityAlarms.recipients.channels'],
  ['recipients.webhooks an object', { securityAlarms: { recipients: { webhooks: {} } } }, 'securityAlarms.recipients.webhooks'],
  ['a recipient webhook a string', { securityAlarms: { recipients: { webhooks: ['https://hooks.example.com/a'] } } }, 'securityAlarms.recipients.webhooks[0]'],
  ['webhook.type a number', { securityAlarms: { recipients: { webhooks: [{ type: 1, url: 'https://hooks.example.com/a' }] } } }, 'securityAlarms.recipients.webhooks[0].type'],
  ['webhook.url a number', { securityAlarms: { recipients: { webhooks: [{ type: 'Http', url: 5 }] } } }, 'securityAlarms.recipients.webhooks[0].url'],
  ['webhook.method a number', { securityAlarms: { recipients: { webhooks: [{ type: 'Http', url: 'https://hooks.example.com/a', method: 1 }] } } }, 'securityAlarms.recipients.webhooks[0].method'],
  ['securityAlarms.deliveryIdentities a string', { securityAlarms: { deliveryIdentities: 'system:serviceaccount:ci:pulumi' } }, 'securityAlarms.deliveryIdentities'],
  ['securityAlarms.adminRoles with a number', { securityAlarms: { adminRoles: [5] } }, 'securityAlarms.adminRoles[0]'],
  ['runtimeSecurity a boolean', { runtimeSecurity: false }, 'runtimeSecurity'],
  ['runtimeSecurity.enabled a string', { runtimeSecurity: { enabled: 'no' } }, 'runtimeSecurity.enabled'],
  ['runtimeSecurity.reason a number', { runtimeSecurity: { enabled: false, reason: 5 } }, 'runtimeSecurity.reason'],
  ['tenantNamespaces a string', { tenantNamespaces: 'payments' }, 'tenantNamespaces'],
  ['a tenant namespace a number', { tenantNamespaces: [5] }, 'tenantNamespaces[0]'],
  ['addons a list', { addons: [] }, 'addons'],
  ['addons.tkeBackup a string', { addons: { tkeBackup: 'yes' } }, 'addons.tkeBackup'],
  ['addons.istio a boolean', { addons: { istio: true } }, 'addons.istio'],
  ['addons.istio.version a number', { addons: { istio: { ...ISTIO, version: 1.22 } } }, 'addons.istio.version'],
  ['addons.istio.proxyImage a number', { addons: { istio: { ...ISTIO, proxyImage: 5 } } }, 'addons.istio.proxyImage'],
  ['addons.istio.ingressGateway a string', { addons: { istio: { ...ISTIO, ingressGateway: 'true' } } }, 'addons.istio.ingressGateway'],
  ['suppressions a list', { suppressions: ['KW-CLU-001'] }, 'suppressions'],
  ['a suppression reason a list', { audit: false, suppressions: { 'KW-CLU-001': ['the platform audits at the proxy'] } }, 'suppressions.KW-CLU-001'],
];

/** Velero's install (addons.velero). */
const VELERO = { version: '10.0.8', pluginImage: `registry.example.com/velero/velero-plugin-for-aws:v1.12.0@sha256:${'b'.repeat(64)}`, credentials: '[default]\naws_access_key_id=AKID\naws_secret_access_key=SK\n' };
const VELERO_CASES: readonly Case[] = [
  ['addons.velero a string', { addons: { tkeBackup: false, velero: 'on' } }, 'addons.velero'],
  ['addons.velero.version a number', { addons: { tkeBackup: false, velero: { ...VELERO, version: 10 } } }, 'addons.velero.version'],
  ['addons.velero.pluginImage a number', { addons: { tkeBackup: false, velero: { ...VELERO, pluginImage: 5 } } }, 'addons.velero.pluginImage'],
  ['addons.velero.credentials a number', { addons: { tkeBackup: false, velero: { ...VELERO, credentials: 5 } } }, 'addons.velero.credentials'],
];

/** Values of the right type that mean nothing, or something the cloud or the API server refuses. */
const WRONG_MEANINGS: readonly Case[] = [
  ['a region of one word', { region: 'guangzhou' }, 'region'],
  ['a bogus taint effect', pool({ taints: [{ key: 'gpu', value: 'true', effect: 'NoPods' }] }), 'nodePools[0].taints[0].effect'],
  ['a taint effect in the wrong case', pool({ taints: [{ key: 'gpu', value: 'true', effect: 'noschedule' }] }), 'nodePools[0].taints[0].effect'],
  ['a taint key that is not a qualified name', pool({ taints: [{ key: 'gpu type', value: 'true', effect: 'NoSchedule' }] }), 'nodePools[0].taints[0].key'],
  ['a taint value that is not a label value', pool({ taints: [{ key: 'gpu', value: '-x-', effect: 'NoSchedule' }] }), 'nodePools[0].taints[0].value'],
  ['two taints with one key and effect', pool({ taints: [{ key: 'gpu', value: 'a', effect: 'NoSchedule' }, { key: 'gpu', value: 'b', effect: 'NoSchedule' }] }), 'nodePools[0].taints[1]'],
  ['a node label key with a space', pool({ labels: { 'node type': 'gpu' } }), 'nodePools[0].labels.node type'],
  ['a node label key with a bad prefix', pool({ labels: { 'Example.COM/tier': 'gpu' } }), 'nodePools[0].labels.Example.COM/tier'],
  ['a node label key over 63 characters', pool({ labels: { [`a${'b'.repeat(63)}`]: 'x' } }), `nodePools[0].labels.a${'b'.repeat(63)}`],
  ['a node label value over 63 characters', pool({ labels: { tier: 'x'.repeat(64) } }), 'nodePools[0].labels.tier'],
  ['a local data disk (cannot be encrypted)', pool({ dataDiskType: 'LOCAL_SSD' }), 'nodePools[0].dataDiskType'],
  ['an instance type with a space', pool({ instanceType: 'SA5 LARGE8' }), 'nodePools[0].instanceType'],
  ['a fractional minSize', pool({ minSize: 3.5 }), 'nodePools[0].minSize'],
  ['an empty keyId', pool({ keyIds: [''] }), 'nodePools[0].keyIds[0]'],
  ['alerting.language fr', { alerting: { language: 'fr' } }, 'alerting.language'],
  ['alerting.language en (not en-US)', { alerting: { language: 'en' } }, 'alerting.language'],
  ['a user id of 0', { alerting: { userIds: [0] } }, 'alerting.userIds[0]'],
  ['users without a channel', { alerting: { userIds: [100000000001], noticeWays: [] } }, 'alerting.noticeWays'],
  ['a percentage of NaN', { alerting: { cpuPercent: Number.NaN } }, 'alerting.cpuPercent'],
  ['a tag key __proto__', { tags: JSON.parse('{"__proto__": "x"}') }, 'tags.__proto__'],
  ['a tag overwriting the cluster tag', { tags: { 'kubeward.dev/cluster': 'other' } }, 'tags.kubeward.dev/cluster'],
  ['a reserved tag key', { tags: { 'qcloud:owner': 'me' } }, 'tags.qcloud:owner'],
  ['a tag key with a newline', { tags: { 'team\nx': 'a' } }, 'tags.team\nx'],
  ['an empty tag value', { tags: { team: '' } }, 'tags.team'],
  ['more than 49 tags', { tags: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`t${i}`, 'v'])) }, 'tags'],
  ['a cluster level that is no tier', { clusterLevel: 'large' }, 'clusterLevel'],
  ['a TCR instance id without tcr-', { registry: { ...REGISTRY, instanceId: 'abc' } }, 'registry.instanceId'],
  ['an empty Grafana password', { grafana: { adminPassword: '' } }, 'grafana.adminPassword'],
  ['a CVE allowlist entry that is no CVE id', { registry: { ...REGISTRY, cveAllowlist: ['x'] } }, 'registry.cveAllowlist[0]'],
  ['a securityAlarms opt-out reason too short', { securityAlarms: { enabled: false, reason: 'short' } }, 'securityAlarms.reason'],
];

function refusal(props: Record<string, unknown>): KubewardError {
  const whole = Object.prototype.hasOwnProperty.call(props, '__whole');
  let error: unknown;
  try {
    new MultiZoneCluster('prod', (whole ? props.__whole : { ...BASE, ...props }) as never);
  } catch (e) {
    error = e;
  }
  if (!(error instanceof KubewardError)) throw new Error(`expected a KubewardError, got ${error instanceof Error ? `${error.name}: ${error.message}` : 'no error'}`);
  return error;
}

/** Every prop path of a shape (`nodePools[].taints[].effect`); list items of options objects as `x[]`. */
function propPaths(shape: PropShape, at: string): string[] {
  switch (shape.kind) {
    case 'value': return [at];
    case 'list': return shape.item.kind === 'value' ? [at] : [at, ...propPaths(shape.item, `${at}[]`)];
    case 'optOutOr': return [...propPaths(shape.options, at), `${at}.reason`];
    case 'object': return [...(at ? [at] : []), ...Object.entries(shape.fields).flatMap(([k, f]) => propPaths(f, at ? `${at}.${k}` : k))];
  }
}

/** A prop path as the shape names it: `nodePools[0].labels.tier` to `nodePools[].labels`, `zones[1]` to `zones`. */
function normalized(prop: string, known: ReadonlySet<string>): string {
  let p = prop.replace(/\[\d+\]/g, '[]');
  while (!known.has(p)) {
    if (p.endsWith('[]')) p = p.slice(0, -2);
    else if (p.includes('.')) p = p.slice(0, p.lastIndexOf('.'));
    else break;
  }
  return p;
}

const KNOWN = new Set(propPaths(CLUSTER_SHAPE, ''));
const CASES = { wrongTypes: [...WRONG_TYPES, ...VELERO_CASES], wrongMeanings: WRONG_MEANINGS };

describe('MultiZoneCluster invalid props |', () => {
  beforeEach(() => reset());

  test.each([...CASES.wrongTypes, ...CASES.wrongMeanings])('%s: refused at %s, nothing registered', async (_label, props, prop) => {
    const e = refusal(props);
    expect([e.path, e.prop]).toEqual(['prod', prop]);
    expect(e.fix.length).toBeGreaterThan(10);
    expect(e.message).not.toMatch(/undefined is not|Cannot read|is not a function|is not iterable/);
    await settle();
    expect(registered).toEqual([]);
  });

  test('every prop of the shape, nested ones included, has a wrong-type case', () => {
    const covered = new Set(CASES.wrongTypes.map(([, , prop]) => normalized(prop, KNOWN)));
    const missing = [...KNOWN].filter((p) => !covered.has(p));
    expect(missing).toEqual([]);
  });

  test('the typos of the issue are refused by the shape (zone, deletionProtect)', () => {
    expect(refusal({ zone: ['ap-guangzhou-3'] }).prop).toBe('zone');
    expect(refusal({ deletionProtect: false }).prop).toBe('deletionProtect');
  });

  test('valid values of the same props are accepted: the cases above fail for their value only', async () => {
    new MultiZoneCluster('ok', {
      ...BASE,
      clusterLevel: 'L20',
      tags: { 'team': 'platform', 'cost center': 'k8s/prod' },
      nodePools: [{ ...POOL, dataDiskType: 'CLOUD_SSD', labels: { 'example.com/tier': 'general' }, taints: [{ key: 'gpu', value: '', effect: 'NoSchedule' }, { key: 'gpu', value: '', effect: 'NoExecute' }], keyIds: ['skey-abc'] }],
      alerting: { userIds: [100000000001], language: 'zh-CN', cpuPercent: 90 },
      registry: { ...REGISTRY, cveAllowlist: ['CVE-2024-12345'] },
      grafana: { adminPassword: pulumi.secret('a-long-initial-password') },
    });
    await settle();
    expect(registered.length).toBeGreaterThan(0);
  });

  test('an Output or a promise for the Grafana password is left for deployment time', () => {
    expect(() => new MultiZoneCluster('later', { ...BASE, grafana: { adminPassword: Promise.resolve('a-long-initial-password') } })).not.toThrow();
    expect(() => new MultiZoneCluster('later2', { ...BASE, grafana: { adminPassword: pulumi.output('a-long-initial-password') } })).not.toThrow();
  });
});

describe('MultiZoneCluster allowed values come from the provider facts |', () => {
  const subset = loadSubset();

  test('alerting.language: the languages Monitor/alarmNotice noticeLanguage names', () => {
    const described = subset.resources['tencentcloud:Monitor/alarmNotice:AlarmNotice'].inputs.noticeLanguage.description;
    const named = described.match(/[a-z]{2}-[A-Z]{2}/g) ?? [];
    expect([...NOTICE_LANGUAGES].sort()).toEqual([...named].sort());
  });

  test('taint effects: the NodePool taint effects of the provider', () => {
    expect([...TAINT_EFFECTS].sort()).toEqual([...(subset.types['Kubernetes.NodePoolTaint'].effect.allowedValues as string[])].sort());
  });

  test('data disk types: the NodePool data disk types that are cloud (encryptable) disks', () => {
    for (const type of ['Kubernetes.NodePoolAutoScalingConfigDataDisk', 'Kubernetes.NodePoolNodeConfigDataDisk']) {
      const allowed = subset.types[type].diskType.allowedValues as string[];
      expect([...DATA_DISK_TYPES].sort()).toEqual(allowed.filter((t) => t.startsWith('CLOUD_')).sort());
    }
  });
});
