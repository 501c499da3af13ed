// Mocks are installed by ./mocks before the component is imported (Pulumi's mock guidance).
// eslint-disable-next-line import/order
import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { MOCK_APP_ID, intranetKubeconfig, internetKubeconfig, registered, reset, settle, valueOf } from './mocks';
import { MultiZoneCluster, MultiZoneClusterProps, TKE_VERSIONS, cloudResourcesOf, supportedTkeVersions } from '../../lib/cluster';
import { parseCidr, overlaps, contains } from '../../lib/cluster/cidr';
import { SECURITY_DETECTIONS } from '../../lib/cluster/detections';
import { KubewardError } from '../../lib/core/errors';
import { audit, CONTROLS } from '../../lib/policy';
import { checkInputs, loadSubset } from '../tencentcloud/subset';

const subset = loadSubset();

const BASE: MultiZoneClusterProps = {
  region: 'ap-guangzhou',
  zones: ['ap-guangzhou-3', 'ap-guangzhou-4', 'ap-guangzhou-6'],
  kubernetesVersion: '1.30.0',
  nodePools: [{ name: 'general', instanceType: 'SA5.LARGE8', minSize: 3, maxSize: 12 }],
};

const T = {
  vpc: 'tencentcloud:Vpc/instance:Instance',
  subnet: 'tencentcloud:Subnet/instance:Instance',
  sg: 'tencentcloud:Security/group:Group',
  rules: 'tencentcloud:Security/groupRuleSet:GroupRuleSet',
  cluster: 'tencentcloud:Kubernetes/cluster:Cluster',
  pool: 'tencentcloud:Kubernetes/nodePool:NodePool',
  endpoint: 'tencentcloud:Kubernetes/clusterEndpoint:ClusterEndpoint',
  encryption: 'tencentcloud:Kubernetes/encryptionProtection:EncryptionProtection',
  bsl: 'tencentcloud:Kubernetes/backupStorageLocation:BackupStorageLocation',
  addon: 'tencentcloud:Kubernetes/addon:Addon',
  logConfig: 'tencentcloud:Kubernetes/logConfig:LogConfig',
  key: 'tencentcloud:Kms/key:Key',
  logset: 'tencentcloud:Cls/logset:Logset',
  topic: 'tencentcloud:Cls/topic:Topic',
  bucket: 'tencentcloud:Cos/bucket:Bucket',
  tmp: 'tencentcloud:Monitor/tmpInstance:TmpInstance',
  agent: 'tencentcloud:Monitor/tmpTkeClusterAgent:TmpTkeClusterAgent',
  alertGroup: 'tencentcloud:Monitor/tmpAlertGroup:TmpAlertGroup',
  alarmPolicy: 'tencentcloud:Monitor/alarmPolicy:AlarmPolicy',
  notice: 'tencentcloud:Monitor/alarmNotice:AlarmNotice',
  track: 'tencentcloud:Events/auditTrack:AuditTrack',
  tcr: 'tencentcloud:Tcr/namespace:Namespace',
  index: 'tencentcloud:Cls/index:Index',
  clsNotice: 'tencentcloud:Cls/alarmNotice:AlarmNotice',
  clsAlarm: 'tencentcloud:Cls/alarm:Alarm',
  tcss: 'tencentcloud:Tcss/clusterAccess:ClusterAccess',
};

/** Someone who receives the alarms: without one, KW-CLU-008 fails (see the security alarms tests). */
const RECIPIENT: Partial<MultiZoneClusterProps> = { alerting: { userIds: [100000000002] } };

function one(type: string, name?: string) {
  const found = registered.filter((r) => r.type === type && (name === undefined || r.name === name));
  expect(found).toHaveLength(1);
  return found[0];
}

function idOf(type: string, name: string): string {
  return one(type, name).id;
}

async function build(name: string, props: Partial<MultiZoneClusterProps> = {}): Promise<MultiZoneCluster> {
  reset();
  const c = new MultiZoneCluster(name, { ...BASE, ...props });
  await settle();
  return c;
}

/** The cloud controls (those that apply to Tencent Cloud resources), which the cluster's resources are audited against. */
const CLOUD_CONTROLS = CONTROLS.filter((c) => c.appliesTo.some((a) => a.startsWith('tencentcloud:'))).map((c) => c.id);
/** Cloud controls with nothing to check in a default cluster: no TCR namespace is made unless asked for. */
const OUT_OF_SCOPE_BY_DEFAULT = ['KW-CLU-010'];

/** The statuses of a cluster that passes everything in scope, but for the given ones. */
function expectedStatuses(overrides: Record<string, string> = {}): Record<string, string> {
  return Object.fromEntries(CLOUD_CONTROLS.map((id) => [id, overrides[id] ?? (OUT_OF_SCOPE_BY_DEFAULT.includes(id) ? 'not-applicable' : 'pass')]));
}

function statuses(report: ReturnType<typeof audit>): Record<string, string> {
  return Object.fromEntries(report.controls.filter((c) => CLOUD_CONTROLS.includes(c.id)).map((c) => [c.id, c.status]));
}

describe('MultiZoneCluster | defaults', () => {
  let cluster: MultiZoneCluster;
  beforeAll(async () => {
    cluster = await build('prod');
  });

  test('registers the component and every child under it', async () => {
    const types = registered.map((r) => r.type);
    expect(types[0]).toBe('kubeward:cluster:MultiZoneCluster');
    const counts: Record<string, number> = {};
    for (const t of types) counts[t] = (counts[t] ?? 0) + 1;
    expect(counts).toEqual({
      'kubeward:cluster:MultiZoneCluster': 1,
      [T.vpc]: 1,
      [T.subnet]: 3,
      [T.sg]: 1,
      [T.rules]: 1,
      [T.logset]: 1,
      [T.topic]: 4,
      [T.key]: 1,
      [T.cluster]: 1,
      [T.pool]: 1,
      [T.endpoint]: 1,
      [T.encryption]: 1,
      [T.logConfig]: 1,
      [T.tmp]: 1,
      [T.agent]: 1,
      [T.notice]: 1,
      [T.alertGroup]: 1,
      [T.alarmPolicy]: 1,
      [T.bucket]: 1,
      [T.bsl]: 1,
      // TKE's backup add-on, after its repository (addons.tkeBackup, on by default).
      [T.addon]: 1,
      [T.track]: 1,
      [T.index]: 2,
      [T.clsNotice]: 1,
      [T.clsAlarm]: SECURITY_DETECTIONS.length,
      [T.tcss]: 1,
      'tencentcloud:Monitor/grafanaInstance:GrafanaInstance': 1,
      'tencentcloud:Monitor/tmpManageGrafanaAttachment:TmpManageGrafanaAttachment': 1,
      'pulumi:providers:kubernetes': 1,
    });
    // Every Tencent Cloud child, and the Kubernetes provider, has the component as parent.
    expect(cluster.children).toHaveLength(registered.filter((r) => r.type.startsWith('tencentcloud:')).length);
    for (const child of cluster.children) {
      expect((child.resource as any).__parentResource).toBe(cluster);
      expect(await valueOf(child.resource.urn)).toContain('::kubeward:cluster:MultiZoneCluster$tencentcloud:');
    }
    expect((cluster.provider as any).__parentResource).toBe(cluster);
  });

  test('every registered input is a provider input of a compatible type, and every required input is set', () => {
    const tencent = registered.filter((r) => r.type.startsWith('tencentcloud:'));
    expect(tencent.length).toBeGreaterThan(20);
    for (const r of tencent) expect([r.name, checkInputs(subset, r.type, r.inputs)]).toEqual([r.name, []]);
  });

  test('the resources carry the plugin version and download URL of the official SDK', () => {
    for (const child of cluster.children) {
      expect((child.resource as any).__version).toBe('0.2.3');
      expect((child.resource as any).__pluginDownloadURL).toBe('github://api.github.com/tencentcloudstack');
    }
  });

  test('network: a subnet per zone, non-overlapping, inside the VPC; pod and service CIDRs outside it', () => {
    const vpc = one(T.vpc);
    expect(vpc.inputs).toMatchObject({ cidrBlock: '10.0.0.0/16', name: 'prod' });
    const subnets = registered.filter((r) => r.type === T.subnet);
    expect(subnets.map((s) => s.inputs.availabilityZone)).toEqual(BASE.zones);
    expect(subnets.map((s) => s.inputs.cidrBlock)).toEqual(['10.0.0.0/20', '10.0.16.0/20', '10.0.32.0/20']);
    const vpcCidr = parseCidr(vpc.inputs.cidrBlock)!;
    const blocks = subnets.map((s) => parseCidr(s.inputs.cidrBlock)!);
    for (const [i, b] of blocks.entries()) {
      expect(contains(vpcCidr, b)).toBe(true);
      for (const o of blocks.slice(i + 1)) expect(overlaps(b, o)).toBe(false);
    }
    for (const s of subnets) expect(s.inputs.vpcId).toBe(vpc.id);
    const c = one(T.cluster).inputs;
    expect(overlaps(parseCidr(c.clusterCidr)!, vpcCidr)).toBe(false);
    expect(overlaps(parseCidr(c.serviceCidr)!, vpcCidr)).toBe(false);
    expect(overlaps(parseCidr(c.serviceCidr)!, parseCidr(c.clusterCidr)!)).toBe(false);
  });

  test('node security group: VPC and pod traffic in, everything else dropped last', () => {
    const rules = one(T.rules).inputs;
    expect(rules.securityGroupId).toBe(idOf(T.sg, 'prod-nodes'));
    expect(rules.ingresses.map((r: any) => `${r.action} ${r.cidrBlock}`)).toEqual(['ACCEPT 10.0.0.0/16', 'ACCEPT 172.20.0.0/16', 'DROP 0.0.0.0/0']);
  });

  test('cluster: managed, protected, audited to our CLS topics, events persisted, log agent on, in-place upgrades', () => {
    const c = one(T.cluster).inputs;
    const logset = idOf(T.logset, 'prod-logs');
    expect(c).toMatchObject({
      clusterName: 'prod',
      clusterDeployType: 'MANAGED_CLUSTER',
      clusterVersion: '1.30.0',
      upgradeInstancesFollowCluster: true,
      vpcId: idOf(T.vpc, 'prod-vpc'),
      networkType: 'GR',
      containerRuntime: 'containerd',
      deletionProtection: true,
      clusterAudit: { enabled: true, logSetId: logset, topicId: idOf(T.topic, 'prod-audit'), deleteAuditLogAndTopic: false },
      eventPersistence: { enabled: true, logSetId: logset, topicId: idOf(T.topic, 'prod-events'), deleteEventLogAndTopic: false },
      logAgent: { enabled: true },
      tags: { 'kubeward.dev/cluster': 'prod' },
    });
    // Endpoints and workers are managed by their own resources, never inline.
    expect(c.clusterInternet).toBeUndefined();
    expect(c.clusterIntranet).toBeUndefined();
    expect(c.workerConfigs).toBeUndefined();
  });

  test('node pool: every zone, balanced, no public IP, encrypted data disk, node security group', () => {
    const pool = one(T.pool, 'prod-general').inputs;
    expect(pool).toMatchObject({
      name: 'general',
      clusterId: idOf(T.cluster, 'prod-cluster'),
      multiZoneSubnetPolicy: 'EQUALITY',
      minSize: 3,
      maxSize: 12,
      enableAutoScale: true,
      deleteKeepInstance: false,
    });
    expect(pool.subnetIds).toEqual(registered.filter((r) => r.type === T.subnet).map((s) => s.id));
    const asc = pool.autoScalingConfig;
    expect(asc).toMatchObject({ instanceType: 'SA5.LARGE8', publicIpAssigned: false, internetMaxBandwidthOut: 0, orderlySecurityGroupIds: [idOf(T.sg, 'prod-nodes')] });
    expect(asc.dataDisks).toEqual([{ diskType: 'CLOUD_PREMIUM', diskSize: 100, encrypt: true, deleteWithInstance: true }]);
    expect(asc.securityGroupIds).toBeUndefined();
    expect(pool.nodeConfig.dataDisks[0]).toMatchObject({ autoFormatAndMount: true, mountTarget: '/var/lib/containerd' });
  });

  test('endpoint: intranet only, in the first subnet, registered after the node pools', () => {
    const endpoint = one(T.endpoint);
    expect(endpoint.inputs).toEqual({
      clusterId: idOf(T.cluster, 'prod-cluster'),
      clusterIntranet: true,
      clusterIntranetSubnetId: idOf(T.subnet, 'prod-ap-guangzhou-3'),
      clusterInternet: false,
    });
    expect(endpoint.order).toBeGreaterThan(one(T.pool).order);
  });

  test('secrets: a rotating KMS key and EncryptionProtection on the cluster', () => {
    expect(one(T.key).inputs).toMatchObject({ keyUsage: 'ENCRYPT_DECRYPT', isEnabled: true, keyRotationEnabled: true, pendingDeleteWindowInDays: 30, alias: 'prod-etcd-secrets' });
    expect(one(T.encryption).inputs).toEqual({
      clusterId: idOf(T.cluster, 'prod-cluster'),
      kmsConfiguration: { keyId: idOf(T.key, 'prod-etcd-key'), kmsRegion: 'ap-guangzhou' },
    });
  });

  test('logs: one logset, topics with retention, stdout collection into the application topic', () => {
    const topics = registered.filter((r) => r.type === T.topic);
    expect(Object.fromEntries(topics.map((t) => [t.inputs.topicName, t.inputs.period]))).toEqual({
      'prod-audit': 180,
      'prod-events': 90,
      'prod-app': 30,
      'prod-cloudaudit': 180,
    });
    for (const t of topics) expect(t.inputs.logsetId).toBe(idOf(T.logset, 'prod-logs'));
    const lc = one(T.logConfig).inputs;
    const spec = JSON.parse(lc.logConfig);
    expect(spec).toMatchObject({ apiVersion: 'cls.cloud.tencent.com/v1', kind: 'LogConfig' });
    expect(spec.spec.clsDetail.topicId).toBe(idOf(T.topic, 'prod-app'));
    expect(spec.spec.inputDetail).toMatchObject({ type: 'container_stdout', containerStdout: { allContainers: true } });
  });

  test('monitoring: TMP in the first zone, its agent on the cluster, node/pod/control-plane alerts, node CVM alarms', () => {
    const tmp = one(T.tmp).inputs;
    expect(tmp).toMatchObject({ zone: 'ap-guangzhou-3', subnetId: idOf(T.subnet, 'prod-ap-guangzhou-3'), dataRetentionTime: 30 });
    expect(one(T.agent).inputs).toEqual({
      instanceId: idOf(T.tmp, 'prod-prometheus'),
      agents: { clusterId: idOf(T.cluster, 'prod-cluster'), clusterType: 'tke', region: 'ap-guangzhou', enableExternal: false },
    });
    const group = one(T.alertGroup).inputs;
    const notice = idOf(T.notice, 'prod-alarms');
    expect(group.ampReceivers).toEqual([notice]);
    const exprs = group.rules.map((r: any) => r.expr).join('\n');
    expect(exprs).toContain('kube_node_status_condition');
    expect(exprs).toContain('kube_pod_container_status_restarts_total');
    expect(exprs).toContain('apiserver_request_total');
    const policy = one(T.alarmPolicy).inputs;
    expect(policy).toMatchObject({ monitorType: 'MT_QCE', namespace: 'cvm_device', noticeIds: [notice], policyTags: [{ key: 'kubeward.dev/cluster', value: 'prod' }] });
    expect(policy.conditions.rules.map((r: any) => `${r.metricName}>${r.value}`)).toEqual(['CpuUsage>85', 'MemUsage>85', 'CvmDiskUsage>85']);
    // Nodes carry the tag the policy binds by.
    expect(one(T.pool).inputs.tags).toMatchObject({ 'kubeward.dev/cluster': 'prod' });
  });

  test('backup: versioned encrypted tke-backup bucket named with the APPID, and its storage location', () => {
    const bucket = one(T.bucket).inputs;
    expect(bucket).toMatchObject({ bucket: `tke-backup-prod-${MOCK_APP_ID}`, acl: 'private', versioningEnable: true, encryptionAlgorithm: 'AES256' });
    expect(bucket.replicaRules).toBeUndefined();
    expect(one(T.bsl).inputs).toEqual({ name: 'prod-cos', bucket: `tke-backup-prod-${MOCK_APP_ID}`, storageRegion: 'ap-guangzhou', path: 'prod' });
  });

  test('CloudAudit: write events of the account into the cloudaudit topic; no TCR namespace unless asked', () => {
    expect(one(T.track).inputs).toMatchObject({
      status: 1,
      storage: { storageType: 'cls', storageName: idOf(T.topic, 'prod-cloudaudit'), storageRegion: 'ap-guangzhou' },
    });
    expect(registered.filter((r) => r.type === T.tcr)).toEqual([]);
  });

  test('outputs: cluster id, secret intranet kubeconfig, a Kubernetes provider, topic ids, backup location', async () => {
    const clusterId = idOf(T.cluster, 'prod-cluster');
    expect(await valueOf(cluster.clusterId)).toBe(clusterId);
    expect(await valueOf(cluster.kubeconfig)).toBe(intranetKubeconfig(clusterId));
    expect(await (cluster.kubeconfig as any).isSecret).toBe(true);
    expect(cluster.provider).toBeInstanceOf(k8s.Provider);
    // The provider receives the kubeconfig as a secret (the mocks see Pulumi's secret envelope).
    expect(one('pulumi:providers:kubernetes').inputs.kubeconfig).toMatchObject({ value: intranetKubeconfig(clusterId) });
    expect(await valueOf(cluster.topicIds.audit!)).toBe(idOf(T.topic, 'prod-audit'));
    expect(await valueOf(cluster.topicIds.events!)).toBe(idOf(T.topic, 'prod-events'));
    expect(await valueOf(cluster.topicIds.application)).toBe(idOf(T.topic, 'prod-app'));
    expect(await valueOf(cluster.backupLocationName)).toBe('prod-cos');
    expect(await valueOf(cluster.logsetId)).toBe(idOf(T.logset, 'prod-logs'));
  });

  test('the audit adapter returns exactly the registered inputs, with clusterId pointing at the cluster resource', async () => {
    const resources = await valueOf(cloudResourcesOf(cluster));
    const key = (r: { type: string; name: string }): string => `${r.type} ${r.name}`;
    expect(resources.map(key).sort()).toEqual(registered.filter((r) => r.type.startsWith('tencentcloud:')).map(key).sort());
    // References to the cluster and to alarm notices become those children's logical names.
    const nameOf = new Map(registered.filter((x) => [T.cluster, T.notice, T.clsNotice].includes(x.type)).map((x) => [x.id, x.name]));
    const named = (v: unknown): unknown => {
      if (typeof v === 'string') return nameOf.get(v) ?? v;
      if (Array.isArray(v)) return v.map(named);
      if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, named(x)]));
      return v;
    };
    expect(nameOf.size).toBe(3);
    for (const r of resources) {
      const reg = one(r.type, r.name);
      expect(r.inputs).toEqual(named(reg.inputs));
      expect(r.source?.urn).toContain(`::${r.name}`);
      expect(r.suppressions).toBeUndefined();
    }
  });

  test('the defaults pass every cloud control but KW-CLU-008: with no recipient, every alarm fires into the console only', async () => {
    const report = audit({ resources: await valueOf(cloudResourcesOf(cluster)) });
    expect(report.errors).toEqual([]);
    expect(statuses(report)).toEqual(expectedStatuses({ 'KW-CLU-008': 'fail' }));
    // Every alarm the cluster makes: the security alarms, the node alarm policy and the TMP group.
    const alarms = registered.filter((r) => [T.clsAlarm, T.alarmPolicy, T.alertGroup].includes(r.type)).map((r) => r.name).sort();
    expect(report.findings.map((f) => `${f.controlId} ${f.object.name}`).sort()).toEqual(alarms.map((n) => `KW-CLU-008 ${n}`));
  });


  test('snapshot of every registered input', () => {
    // Sorted, because registrations complete in an order the runtime decides.
    const rows = registered.map((r) => ({ type: r.type, name: r.name, inputs: r.inputs }));
    rows.sort((a, b) => `${a.type} ${a.name}`.localeCompare(`${b.type} ${b.name}`));
    expect(rows).toMatchSnapshot();
  });
});

describe('MultiZoneCluster | with a recipient for the alarms', () => {
  test('the defaults pass every cloud control in scope', async () => {
    const c = await build('prod', RECIPIENT);
    const report = audit({ resources: await valueOf(cloudResourcesOf(c)) });
    expect(report.errors).toEqual([]);
    expect(report.findings).toEqual([]);
    expect(statuses(report)).toEqual(expectedStatuses());
  });
});

describe('MultiZoneCluster | weakenings need a reason and show in the audit', () => {
  const cases: Array<[string, Partial<MultiZoneClusterProps>, string]> = [
    ['audit: false', { audit: false }, 'KW-CLU-001'],
    ['secretsEncryption: false', { secretsEncryption: false }, 'KW-CLU-002'],
    ['publicEndpoint', { publicEndpoint: { sourceCidrs: ['203.0.113.0/24'] } }, 'KW-CLU-003'],
    ['deletionProtection: false', { deletionProtection: false }, 'KW-CLU-005'],
    ['eventPersistence: false', { eventPersistence: false }, 'KW-MON-003'],
  ];

  test.each(cases)('%s without a suppression is refused before anything is registered', (_label, weakening, id) => {
    reset();
    expect(() => new MultiZoneCluster('weak', { ...BASE, ...weakening })).toThrow(KubewardError);
    expect(() => new MultiZoneCluster('weak', { ...BASE, ...weakening })).toThrow(new RegExp(`needs a reason.*suppressions: \\{ "${id}"`));
    expect(registered).toEqual([]);
  });

  test.each(cases)('%s with a reason: %s is reported as suppressed, and fails once the reason is removed', async (_label, weakening, id) => {
    const reason = 'accepted by the platform team for the staging environment';
    const c = await build('weak', { ...RECIPIENT, ...weakening, suppressions: { [id]: reason } });
    const resources = await valueOf(cloudResourcesOf(c));
    for (const r of resources) expect(r.suppressions).toEqual({ [id]: reason });
    const report = audit({ resources });
    expect(report.errors).toEqual([]);
    // Audit off leaves no Kubernetes audit trail, so KW-CLU-007 has only the CloudAudit track to check.
    expect(statuses(report)).toEqual(expectedStatuses({ [id]: 'suppressed' }));
    expect(report.findings.every((f) => f.controlId === id && f.suppressed?.reason === reason)).toBe(true);

    const bare = audit({ resources: resources.map(({ suppressions: _s, ...r }) => r) });
    expect(statuses(bare)).toEqual(expectedStatuses({ [id]: 'fail' }));
  });

  test('audit off: the cluster sends clusterAudit.enabled false and no audit topic is created', async () => {
    const c = await build('weak', { audit: false, suppressions: { 'KW-CLU-001': 'audit goes to the company SIEM through another path' } });
    expect(one(T.cluster).inputs.clusterAudit).toEqual({ enabled: false });
    expect(registered.filter((r) => r.type === T.topic).map((t) => t.inputs.topicName)).not.toContain('weak-audit');
    expect(c.topicIds.audit).toBeUndefined();
  });

  test('public endpoint: its own security group allows only the source CIDRs on 443, and the public kubeconfig is used', async () => {
    const c = await build('pub', {
      publicEndpoint: { sourceCidrs: ['203.0.113.0/24', '198.51.100.7/32'] },
      suppressions: { 'KW-CLU-003': 'CI runs outside the VPC until the VPN lands' },
    });
    const sg = one(T.sg, 'pub-api-public');
    const rules = one(T.rules, 'pub-api-public-rules').inputs;
    expect(rules.securityGroupId).toBe(sg.id);
    expect(rules.ingresses.map((r: any) => `${r.action} ${r.protocol} ${r.port} ${r.cidrBlock}`)).toEqual([
      'ACCEPT TCP 443 203.0.113.0/24',
      'ACCEPT TCP 443 198.51.100.7/32',
      'DROP ALL ALL 0.0.0.0/0',
    ]);
    expect(one(T.endpoint).inputs).toMatchObject({ clusterInternet: true, clusterInternetSecurityGroup: sg.id, clusterIntranet: true });
    expect(await valueOf(c.kubeconfig)).toBe(internetKubeconfig(idOf(T.cluster, 'pub-cluster')));
  });

  test('a suppression without its weakening is refused, so it cannot hide a later regression', () => {
    reset();
    expect(() => new MultiZoneCluster('stale', { ...BASE, suppressions: { 'KW-CLU-001': 'left over from an old experiment' } })).toThrow(/nothing in this cluster weakens KW-CLU-001/);
    expect(registered).toEqual([]);
  });

  test('a short reason or an unknown control id is refused', () => {
    expect(() => new MultiZoneCluster('short', { ...BASE, audit: false, suppressions: { 'KW-CLU-001': 'because' } })).toThrow(/shorter than 10 characters/);
    expect(() => new MultiZoneCluster('unknown', { ...BASE, suppressions: { 'KW-CLU-999': 'no such control in the catalog' } })).toThrow(/not a control of the catalog/);
  });
});

describe('MultiZoneCluster | bad input is refused before anything is registered', () => {
  const cases: Array<[string, Partial<MultiZoneClusterProps>, string, RegExp]> = [
    ['a zone of another region', { zones: ['ap-guangzhou-3', 'ap-shanghai-2'] }, 'zones[1]', /not a zone of ap-guangzhou/],
    ['a single zone', { zones: ['ap-guangzhou-3'] }, 'zones', /at least two/],
    ['a duplicated zone', { zones: ['ap-guangzhou-3', 'ap-guangzhou-3'] }, 'zones', /listed twice/],
    ['overlapping subnets', { subnetCidrs: ['10.0.0.0/20', '10.0.8.0/24', '10.0.32.0/20'] }, 'subnetCidrs[1]', /overlaps subnetCidrs\[0\]/],
    ['a subnet outside the VPC', { subnetCidrs: ['10.0.0.0/20', '10.1.0.0/20', '10.0.32.0/20'] }, 'subnetCidrs[1]', /not inside the VPC/],
    ['too few subnet CIDRs', { subnetCidrs: ['10.0.0.0/20'] }, 'subnetCidrs', /1 subnet CIDR\(s\) for 3 zones/],
    ['a pod CIDR overlapping the VPC', { podCidr: '10.0.128.0/17' }, 'podCidr', /overlaps the VPC/],
    ['a service CIDR overlapping the VPC', { serviceCidr: '10.0.240.0/20' }, 'serviceCidr', /overlaps the VPC/],
    ['a service CIDR overlapping the pod CIDR', { serviceCidr: '172.20.16.0/20' }, 'serviceCidr', /overlaps the pod CIDR/],
    ['a public VPC range', { vpcCidr: '8.8.0.0/16' }, 'vpcCidr', /not a private range/],
    ['an unsupported Kubernetes version', { kubernetesVersion: '1.31.0' }, 'kubernetesVersion', /not a TKE Kubernetes version/],
    ['an end-of-service Kubernetes version', { kubernetesVersion: '1.28.3' }, 'kubernetesVersion', /End of Service/],
    ['a node pool name over 25 characters', { nodePools: [{ name: 'general-purpose-workers-pool', instanceType: 'SA5.LARGE8', minSize: 3, maxSize: 6 }] }, 'nodePools[0].name', /28 characters/],
    ['minSize below the number of zones', { nodePools: [{ name: 'general', instanceType: 'SA5.LARGE8', minSize: 2, maxSize: 6 }] }, 'nodePools[0].minSize', /below the number of zones \(3\)/],
    ['maxSize below minSize', { nodePools: [{ name: 'general', instanceType: 'SA5.LARGE8', minSize: 3, maxSize: 2 }] }, 'nodePools[0].maxSize', /below minSize/],
    ['no node pool', { nodePools: [] }, 'nodePools', /no node pool/],
    ['pools outgrowing the pod CIDR', { podCidr: '172.20.0.0/22', nodePools: [{ name: 'general', instanceType: 'SA5.LARGE8', minSize: 3, maxSize: 40 }] }, 'podCidr', /fits 16 nodes/],
    ['a public endpoint without source CIDRs', { publicEndpoint: { sourceCidrs: [] }, suppressions: { 'KW-CLU-003': 'needed for the CI runners outside' } }, 'publicEndpoint.sourceCidrs', /open to the Internet/],
    ['a public endpoint open to everyone', { publicEndpoint: { sourceCidrs: ['0.0.0.0/0'] }, suppressions: { 'KW-CLU-003': 'needed for the CI runners outside' } }, 'publicEndpoint.sourceCidrs[0]', /large part of the Internet/],
    ['a cluster name unfit for bucket and alias names', { clusterName: 'Prod_Cluster' }, 'clusterName', /cannot name the cluster/],
    ['an unknown TMP retention', { metricsRetentionDays: 20 }, 'metricsRetentionDays', /not a retention TMP offers/],
    ['a replica in the same region', { backup: { replication: { destinationBucket: 'qcs::cos:ap-guangzhou::tke-backup-dr-1250000000', role: 'qcs::cam::uin/100000000001:roleName/COSReplication' } } }, 'backup.replication.destinationBucket', /cluster region/],
    ['a bad TCR namespace', { registry: { instanceId: 'tcr-abc', namespace: 'A' } }, 'registry.namespace', /not a TCR namespace name/],
  ];

  test.each(cases)('%s', (_label, props, prop, message) => {
    reset();
    let error: unknown;
    try {
      new MultiZoneCluster('bad', { ...BASE, ...props });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KubewardError);
    const k = error as KubewardError;
    expect(k.path).toBe('bad');
    expect(k.prop).toBe(prop);
    expect(k.message).toMatch(message);
    expect(k.fix.length).toBeGreaterThan(10);
    expect(registered).toEqual([]);
  });
});

describe('MultiZoneCluster | versions and options', () => {
  test('upgrading kubernetesVersion changes clusterVersion in place and upgrades the nodes after it', async () => {
    await build('up', { kubernetesVersion: '1.30.0' });
    const before = one(T.cluster, 'up-cluster').inputs;
    await build('up', { kubernetesVersion: '1.32.2' });
    const after = one(T.cluster, 'up-cluster').inputs;
    expect(before.clusterVersion).toBe('1.30.0');
    expect(after.clusterVersion).toBe('1.32.2');
    expect(after.upgradeInstancesFollowCluster).toBe(true);
    // clusterVersion is not ForceNew upstream, so the change is an update, not a replacement.
    expect(subset.resources[T.cluster].inputs.clusterVersion.forceNew).toBeUndefined();
    // Nothing else about the cluster changes with the version.
    const { clusterVersion: _a, ...restBefore } = before;
    const { clusterVersion: _b, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
  });

  test('every supported version is a known, even TKE minor, the newest first', () => {
    for (const v of TKE_VERSIONS) expect(Number(v.minor.split('.')[1]) % 2).toBe(0);
    expect(supportedTkeVersions().map((v) => v.version)).toEqual(['1.34.1', '1.32.2', '1.30.0']);
  });

  test('a version past End of Marketing logs the upgrade warning with its dates on every run', async () => {
    const warn = jest.spyOn(pulumi.log, 'warn').mockImplementation(async () => undefined);
    try {
      await build('old', { kubernetesVersion: '1.30.0' });
      const messages = warn.mock.calls.map((c) => String(c[0]));
      // 1.30 is past EOM (2026-04-01) whatever the day the test runs.
      expect(messages.some((m) => /^old: Kubernetes 1\.30\.0 (is at End of Full Support|reached End of Service)/.test(m) && /upgrade to|plan the upgrade/.test(m))).toBe(true);
    } finally {
      warn.mockRestore();
    }
  });

  test('the TCR namespace scans on push and blocks vulnerable images', async () => {
    await build('reg', { registry: { instanceId: 'tcr-abc123', namespace: 'prod-apps', cveAllowlist: ['CVE-2024-12345'] } });
    expect(one(T.tcr).inputs).toEqual({
      instanceId: 'tcr-abc123',
      name: 'prod-apps',
      isPublic: false,
      isAutoScan: true,
      isPreventVul: true,
      severity: 'medium',
      cveWhitelistItems: [{ cveId: 'CVE-2024-12345' }],
    });
    expect(checkInputs(subset, T.tcr, one(T.tcr).inputs)).toEqual([]);
  });

  test('cross-region replication, an explicit APPID, alert recipients and given subnets are passed through', async () => {
    await build('dr', {
      subnetCidrs: ['10.0.1.0/24', '10.0.2.0/24', '10.0.3.0/24'],
      backup: { appId: '1300000001', replication: { destinationBucket: 'qcs::cos:ap-shanghai::tke-backup-dr-1300000001', role: 'qcs::cam::uin/100000000001:roleName/COSReplication' } },
      alerting: { userIds: [100000000002], webhookUrls: ['https://hooks.example.com/tke'], cpuPercent: 75 },
    });
    expect(registered.filter((r) => r.type === T.subnet).map((s) => s.inputs.cidrBlock)).toEqual(['10.0.1.0/24', '10.0.2.0/24', '10.0.3.0/24']);
    expect(one(T.bucket).inputs).toMatchObject({
      bucket: 'tke-backup-dr-1300000001',
      replicaRole: 'qcs::cam::uin/100000000001:roleName/COSReplication',
      replicaRules: [{ status: 'Enabled', destinationBucket: 'qcs::cos:ap-shanghai::tke-backup-dr-1300000001' }],
    });
    const notice = one(T.notice).inputs;
    expect(notice.userNotices).toEqual([expect.objectContaining({ receiverType: 'USER', userIds: [100000000002], noticeWays: ['EMAIL', 'SMS'] })]);
    expect(notice.urlNotices).toEqual([expect.objectContaining({ url: 'https://hooks.example.com/tke' })]);
    expect(one(T.alarmPolicy).inputs.conditions.rules[0].value).toBe('75');
    for (const r of registered.filter((x) => x.type.startsWith('tencentcloud:'))) expect([r.name, checkInputs(subset, r.type, r.inputs)]).toEqual([r.name, []]);
  });
});

describe('MultiZoneCluster | provider region', () => {
  const saved = process.env.TENCENTCLOUD_REGION;
  afterEach(() => {
    if (saved === undefined) delete process.env.TENCENTCLOUD_REGION;
    else process.env.TENCENTCLOUD_REGION = saved;
  });

  test('a provider configured for another region is refused before anything is registered', () => {
    process.env.TENCENTCLOUD_REGION = 'ap-shanghai';
    reset();
    expect(() => new MultiZoneCluster('elsewhere', BASE)).toThrow(/configured for ap-shanghai, not ap-guangzhou/);
    expect(registered).toEqual([]);
  });

  test('the same region is accepted', async () => {
    process.env.TENCENTCLOUD_REGION = 'ap-guangzhou';
    await build('same');
    expect(one(T.cluster, 'same-cluster')).toBeDefined();
  });
});
