// Turns MultiZoneClusterProps into a fully resolved plan, or throws KubewardError naming the
// prop and the fix. Runs before the component registers anything, so bad input never leaves a
// half-created stack behind.
import type * as pulumi from '@pulumi/pulumi';
import { Cidr, carve, contains, isPrivate, overlaps, parseCidr } from './cidr';
import type { DetectionContext } from './detections';
import type {
  AlertingProps, BackupReplicationProps, ClusterOptOut, MultiZoneClusterProps, NodePoolSpec, RegistryProps, SecurityAlarmsProps, SecurityWebhookProps,
} from './props';
import { CLUSTER_SHAPE } from './shapes';
import { TkeVersion, compareMinor, lookupTkeVersion } from './versions';
import { KubewardError } from '../core/errors';
import { checkShape } from '../core/props-shape';
import { CATALOG_DEFAULTS, CONTROLS } from '../policy/catalog-data';
import { MIN_REASON_LENGTH, parseSuppressions } from '../policy/suppressions';

/** A node pool with every default applied. */
export interface ResolvedNodePool {
  /** TKE node pool name. */
  readonly name: string;
  /** CVM instance type. */
  readonly instanceType: string;
  /** Minimum node count (at least the number of zones). */
  readonly minSize: number;
  /** Maximum node count. */
  readonly maxSize: number;
  /** Encrypted data disk size in GB. */
  readonly dataDiskSizeGb: number;
  /** Data disk type. */
  readonly dataDiskType: string;
  /** System disk size in GB. */
  readonly systemDiskSizeGb: number;
  /** Node labels. */
  readonly labels: Readonly<Record<string, string>>;
  /** Node taints. */
  readonly taints: NonNullable<NodePoolSpec['taints']>;
  /** SSH key pair ids, when given. */
  readonly keyIds?: readonly string[];
  /** Node OS image, when given. */
  readonly nodeOs?: string;
}

/** The plan MultiZoneCluster builds from: every prop validated, every default applied. */
export interface ResolvedCluster {
  /** Name of the cluster and stem of the service names. */
  readonly clusterName: string;
  /** Region. */
  readonly region: string;
  /** Zones, in the order given. */
  readonly zones: readonly string[];
  /** The Kubernetes version, from the table. */
  readonly version: TkeVersion;
  /** VPC CIDR. */
  readonly vpcCidr: string;
  /** Subnet CIDRs, one per zone. */
  readonly subnetCidrs: readonly string[];
  /** Pod CIDR. */
  readonly podCidr: string;
  /** Service CIDR. */
  readonly serviceCidr: string;
  /** Maximum pods per node. */
  readonly maxPodsPerNode: number;
  /** Maximum Services, the size of the service CIDR. */
  readonly maxServices: number;
  /** Managed cluster size tier, when given. */
  readonly clusterLevel?: string;
  /** Node pools. */
  readonly nodePools: readonly ResolvedNodePool[];
  /** Kubernetes API audit logging on. */
  readonly audit: boolean;
  /** Event persistence on. */
  readonly eventPersistence: boolean;
  /** Deletion protection on. */
  readonly deletionProtection: boolean;
  /** KMS encryption of Secrets on. */
  readonly secretsEncryption: boolean;
  /** The public endpoint's allowed sources, when opted in. */
  readonly publicEndpoint?: { readonly sourceCidrs: readonly string[] };
  /** CLS retention per topic, in days. */
  readonly retention: { readonly audit: number; readonly events: number; readonly application: number; readonly cloudAudit: number };
  /** TMP retention in days. */
  readonly metricsRetentionDays: number;
  /** Alarm recipients and thresholds. */
  readonly alerting: Required<Omit<AlertingProps, 'language'>> & { readonly language: 'en-US' | 'zh-CN' };
  /** Backup settings. */
  readonly backup: { readonly appId?: string; readonly noncurrentVersionDays: number; readonly replication?: BackupReplicationProps };
  /** TCR namespace settings, when asked for. */
  readonly registry?: Required<RegistryProps>;
  /** Security alarms: who they reach and what their searches depend on; absent when turned off. */
  readonly securityAlarms?: ResolvedSecurityAlarms;
  /** Whether the cluster is connected to TCSS with its defender on. */
  readonly runtimeSecurity: boolean;
  /** Tags of every taggable resource, the cluster tag included. */
  readonly tags: Readonly<Record<string, string>>;
  /** Namespaces whose stdout their own LogConfig ships; the cluster-wide one excludes them. */
  readonly tenantNamespaces: readonly string[];
  /** What the cluster installs for tenant custom resources. */
  readonly addons: ResolvedAddons;
  /** Accepted suppressions: control id to reason. */
  readonly suppressions: Readonly<Record<string, string>>;
}


/** The security alarms' recipients, every default applied. */
export interface ResolvedSecurityRecipients {
  /** Sub-account UINs. */
  readonly userIds: readonly number[];
  /** User group ids. */
  readonly groupIds: readonly number[];
  /** CLS channels for users and groups. */
  readonly channels: ReadonlyArray<'Email' | 'Sms' | 'WeChat' | 'Phone'>;
  /** Webhooks, each with its method. */
  readonly webhooks: ReadonlyArray<Required<SecurityWebhookProps>>;
}

/** The resolved security alarms. */
export interface ResolvedSecurityAlarms {
  /** Who the alarms reach (possibly nobody: KW-CLU-008 then fails unless suppressed). */
  readonly recipients: ResolvedSecurityRecipients;
  /** What the detections' searches depend on. */
  readonly context: DetectionContext;
}

/** Tag every taggable resource carries; the node alarm policy binds the node CVMs through it. @internal */
export const CLUSTER_TAG = 'kubeward.dev/cluster';

/** TKE's limit on node pool names. @internal */
export const MAX_NODE_POOL_NAME = 25;

const NAME = /^[a-z][a-z0-9-]{0,38}$/;
const REGION = /^[a-z]+(-[a-z0-9]+)+$/;
const TMP_RETENTION = [15, 30, 45, 90, 180, 365, 730];
const NOTICE_WAYS = ['EMAIL', 'SMS', 'CALL', 'WECHAT', 'RTX'];
/** Cloud Monitor notice ways in CLS's channel names (CLS AlarmNotice receiverChannels); RTX has none. */
const CLS_CHANNEL_OF: Readonly<Record<string, 'Email' | 'Sms' | 'WeChat' | 'Phone'>> = { EMAIL: 'Email', SMS: 'Sms', WECHAT: 'WeChat', CALL: 'Phone' };
const CLS_CHANNELS = ['Email', 'Sms', 'WeChat', 'Phone'];
const WEBHOOK_TYPES = ['Http', 'WeCom', 'DingTalk', 'Lark'];
/**
 * ClusterRoles that are admin grants: Kubernetes' cluster-admin and admin (user-facing roles,
 * Kubernetes RBAC docs) and TKE's tke:admin, which `acquireClusterAdminRole` grants
 * (providers/tencentcloud/README.md).
 */
const BUILT_IN_ADMIN_ROLES = ['cluster-admin', 'admin', 'tke:admin'];
/**
 * The platform's own namespaces, where operators may exec into system pods without an alarm:
 * Kubernetes' kube-system, kube-public and kube-node-lease, the mesh root namespace of the catalog
 * (istio-system), TKE's backup add-on (tke-backup, TKE add-on doc 457/55040) and TCSS's agent
 * (tcss, TCSS doc 1163/50895).
 */
const PLATFORM_NAMESPACES = ['kube-system', 'kube-public', 'kube-node-lease', CATALOG_DEFAULTS.meshRootNamespace, 'tke-backup', 'tcss'];
const KNOWN_IDS: ReadonlySet<string> = new Set(CONTROLS.map((c) => c.id));

/** Resolves and validates the props; throws KubewardError on the first problem. @internal */
export function resolveCluster(path: string, props: MultiZoneClusterProps): ResolvedCluster {
  const fail = (prop: string, problem: string, fix: string): never => {
    throw new KubewardError(path, prop, problem, fix);
  };
  if (!props || typeof props !== 'object') fail('props', 'no props were given', 'pass region, zones, kubernetesVersion and nodePools');
  // Typos first (`zone`, `deletionProtect`), from the one declared shape (lib/cluster/shapes.ts).
  checkShape(path, '', props, CLUSTER_SHAPE);

  const clusterName = props.clusterName ?? path;
  if (!NAME.test(clusterName) || clusterName.endsWith('-')) {
    fail(props.clusterName === undefined ? 'name' : 'clusterName', `"${clusterName}" cannot name the cluster, its logset, key alias and tke-backup bucket`,
      'use a lowercase letter followed by at most 38 lowercase letters, digits or "-" (set clusterName to keep the Pulumi name)');
  }

  const region = String(props.region ?? '');
  if (!REGION.test(region)) fail('region', `"${region}" is not a Tencent Cloud region`, 'use a region id such as "ap-guangzhou"');

  const zones = [...(props.zones ?? [])];
  if (zones.length < 2) fail('zones', `${zones.length} zone(s) given; a multi-zone cluster needs at least two`, `list two or more zones of ${region}, e.g. ["${region}-3", "${region}-4"]`);
  const zonePattern = new RegExp(`^${region.replace(/[-]/g, '\\-')}-\\d+$`);
  zones.forEach((z, i) => {
    if (!zonePattern.test(z)) fail(`zones[${i}]`, `"${z}" is not a zone of ${region}`, `use zones named "${region}-<n>"`);
  });
  const dupZone = zones.find((z, i) => zones.indexOf(z) !== i);
  if (dupZone) fail('zones', `"${dupZone}" is listed twice`, 'list each zone once');

  const lookup = lookupTkeVersion(String(props.kubernetesVersion ?? ''));
  if (!lookup.ok) fail('kubernetesVersion', lookup.problem, 'pick a supported version from TKE_VERSIONS (lib/cluster/versions.ts)');
  const version = (lookup as { version: TkeVersion }).version;

  // Network plan.
  const cidr = (prop: string, text: string | undefined): Cidr => {
    const c = parseCidr(String(text ?? ''));
    if (!c) return fail(prop, `"${text}" is not an IPv4 CIDR block with its host bits clear`, 'write it as a.b.c.d/n, e.g. 10.0.0.0/16');
    if (!isPrivate(c)) fail(prop, `${c.text} is not a private range`, 'use a block inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16');
    return c;
  };
  const vpc = cidr('vpcCidr', props.vpcCidr ?? '10.0.0.0/16');
  if (vpc.prefix < 12 || vpc.prefix > 28) fail('vpcCidr', `a VPC CIDR must be /12 to /28, got /${vpc.prefix}`, 'use a /16, for example');
  let subnetTexts: string[];
  if (props.subnetCidrs) {
    subnetTexts = [...props.subnetCidrs];
    if (subnetTexts.length !== zones.length) {
      fail('subnetCidrs', `${subnetTexts.length} subnet CIDR(s) for ${zones.length} zones`, 'give one subnet CIDR per zone, in the order of zones, or omit subnetCidrs');
    }
  } else {
    const carved = carve(vpc, zones.length);
    if (!carved) return fail('vpcCidr', `${vpc.text} is too small for ${zones.length} subnets`, 'use a larger VPC CIDR, e.g. a /16');
    subnetTexts = carved;
  }
  const subnets = subnetTexts.map((t, i) => cidr(`subnetCidrs[${i}]`, t));
  subnets.forEach((s, i) => {
    if (!contains(vpc, s)) fail(`subnetCidrs[${i}]`, `${s.text} is not inside the VPC ${vpc.text}`, 'pick subnets inside vpcCidr');
    subnets.forEach((o, j) => {
      if (j > i && overlaps(s, o)) fail(`subnetCidrs[${j}]`, `${o.text} overlaps subnetCidrs[${i}] ${s.text}`, 'give every zone its own, non-overlapping block');
    });
  });
  const pod = cidr('podCidr', props.podCidr ?? '172.20.0.0/16');
  const svc = cidr('serviceCidr', props.serviceCidr ?? '172.21.0.0/20');
  if (overlaps(pod, vpc)) fail('podCidr', `${pod.text} overlaps the VPC ${vpc.text}; TKE routes pod IPs beside VPC addresses`, 'choose a pod CIDR outside vpcCidr, e.g. 172.20.0.0/16');
  if (overlaps(svc, vpc)) fail('serviceCidr', `${svc.text} overlaps the VPC ${vpc.text}`, 'choose a service CIDR outside vpcCidr, e.g. 172.21.0.0/20');
  if (overlaps(svc, pod)) fail('serviceCidr', `${svc.text} overlaps the pod CIDR ${pod.text}`, 'choose disjoint pod and service CIDRs');
  if (svc.size < 32 || svc.size > 32768) fail('serviceCidr', `${svc.text} holds ${svc.size} addresses; TKE allows 32 to 32768 Services`, 'use a /17 to /27 block');
  const maxPodsPerNode = props.maxPodsPerNode ?? 64;
  if (![16, 32, 64, 128, 256].includes(maxPodsPerNode)) fail('maxPodsPerNode', `${maxPodsPerNode} is not a power of two from 16 to 256`, 'use 16, 32, 64, 128 or 256');

  // Node pools.
  const specs = props.nodePools ?? [];
  if (specs.length === 0) fail('nodePools', 'no node pool given; the endpoint and add-ons need nodes', 'add at least one node pool');
  const nodePools = specs.map((p, i) => resolvePool(p, i, zones.length, fail));
  const dupPool = nodePools.find((p, i) => nodePools.findIndex((q) => q.name === p.name) !== i);
  if (dupPool) fail('nodePools', `two node pools are named "${dupPool.name}"`, 'give every pool a distinct name');
  const maxNodes = nodePools.reduce((n, p) => n + p.maxSize, 0);
  if (maxNodes * maxPodsPerNode > pod.size) {
    fail('podCidr', `${pod.text} fits ${Math.floor(pod.size / maxPodsPerNode)} nodes at ${maxPodsPerNode} pods each, but the pools may grow to ${maxNodes} nodes`,
      'use a larger pod CIDR, fewer pods per node or smaller maxSize');
  }

  // Opt-in public endpoint.
  let publicEndpoint: ResolvedCluster['publicEndpoint'];
  if (props.publicEndpoint !== undefined) {
    const sources = [...(props.publicEndpoint.sourceCidrs ?? [])];
    if (sources.length === 0) {
      fail('publicEndpoint.sourceCidrs', 'a public endpoint without source CIDRs would be open to the Internet', 'list the CIDRs that may reach the API server, or drop publicEndpoint');
    }
    const parsed = sources.map((s, i) => {
      const c = parseCidr(s);
      if (!c) return fail(`publicEndpoint.sourceCidrs[${i}]`, `"${s}" is not an IPv4 CIDR block with its host bits clear`, 'write it as a.b.c.d/n');
      if (c.prefix < 8) fail(`publicEndpoint.sourceCidrs[${i}]`, `${c.text} opens the API server to a large part of the Internet`, 'list your office or CI egress ranges (at most /8 wide)');
      return c.text;
    });
    publicEndpoint = { sourceCidrs: parsed };
  }

  const retention = {
    audit: days('logRetentionDays.audit', props.logRetentionDays?.audit ?? 180, fail),
    events: days('logRetentionDays.events', props.logRetentionDays?.events ?? 90, fail),
    application: days('logRetentionDays.application', props.logRetentionDays?.application ?? 30, fail),
    cloudAudit: days('logRetentionDays.cloudAudit', props.logRetentionDays?.cloudAudit ?? 180, fail),
  };
  const metricsRetentionDays = props.metricsRetentionDays ?? 30;
  if (!TMP_RETENTION.includes(metricsRetentionDays)) {
    fail('metricsRetentionDays', `${metricsRetentionDays} is not a retention TMP offers`, `use one of ${TMP_RETENTION.join(', ')}`);
  }

  const alerting = resolveAlerting(props.alerting ?? {}, fail);
  const securityOptOut = optOutOf(props.securityAlarms, 'securityAlarms', fail);
  const securityAlarms = securityOptOut ? undefined : resolveSecurityAlarms((props.securityAlarms ?? {}) as SecurityAlarmsProps, alerting, fail);
  const runtimeOptOut = optOutOf(props.runtimeSecurity, 'runtimeSecurity', fail);
  const backup = resolveBackup(props, region, fail);
  const registry = props.registry ? resolveRegistry(props.registry, fail) : undefined;
  const tenantNamespaces = resolveTenantNamespaces(props.tenantNamespaces, fail);
  const addons = resolveAddons(props.addons, fail);

  const audit = props.audit ?? true;
  const eventPersistence = props.eventPersistence ?? true;
  const deletionProtection = props.deletionProtection ?? true;
  const secretsEncryption = props.secretsEncryption ?? true;

  // Weakenings: each needs a suppression with a reason, and each suppression needs its weakening.
  const weakenings: Array<[string, string]> = [];
  if (!audit) weakenings.push(['audit', 'KW-CLU-001']);
  if (!secretsEncryption) weakenings.push(['secretsEncryption', 'KW-CLU-002']);
  if (publicEndpoint) weakenings.push(['publicEndpoint', 'KW-CLU-003']);
  if (compareMinor(version.minor, CATALOG_DEFAULTS.minKubernetesVersion) < 0) weakenings.push(['kubernetesVersion', 'KW-CLU-004']);
  if (!deletionProtection) weakenings.push(['deletionProtection', 'KW-CLU-005']);
  if (!eventPersistence) weakenings.push(['eventPersistence', 'KW-MON-003']);
  // Alarms that reach nobody may be accepted with a reason, but nothing requires one: the
  // control fails in every audit until a recipient is set or the reason is given.
  const unrouted = alerting.userIds.length === 0 && alerting.groupIds.length === 0 && alerting.webhookUrls.length === 0
    && (securityAlarms === undefined || recipientCount(securityAlarms.recipients) === 0);
  const optional: Array<[string, string]> = unrouted ? [['alerting', 'KW-CLU-008']] : [];
  const optOuts: Array<[string, string, string]> = [
    ...(securityOptOut ? [['securityAlarms', 'KW-CLU-007', securityOptOut] as [string, string, string]] : []),
    ...(runtimeOptOut ? [['runtimeSecurity', 'KW-CLU-009', runtimeOptOut] as [string, string, string]] : []),
  ];
  const suppressions = resolveSuppressions(props.suppressions ?? {}, weakenings, fail, optional, optOuts);

  const tags: Record<string, string> = { ...(props.tags ?? {}), [CLUSTER_TAG]: clusterName };

  return {
    clusterName,
    region,
    zones,
    version,
    vpcCidr: vpc.text,
    subnetCidrs: subnets.map((s) => s.text),
    podCidr: pod.text,
    serviceCidr: svc.text,
    maxPodsPerNode,
    maxServices: svc.size,
    ...(props.clusterLevel ? { clusterLevel: props.clusterLevel } : {}),
    nodePools,
    audit,
    eventPersistence,
    deletionProtection,
    secretsEncryption,
    ...(publicEndpoint ? { publicEndpoint } : {}),
    retention,
    metricsRetentionDays,
    alerting,
    backup,
    ...(registry ? { registry } : {}),
    ...(securityAlarms ? { securityAlarms } : {}),
    runtimeSecurity: runtimeOptOut === undefined,
    tags,
    suppressions,
    tenantNamespaces,
    addons,
  };
}

/** The add-ons with every default applied. */
export interface ResolvedAddons {
  /** Whether TKE's backup add-on is installed. */
  readonly tkeBackup: boolean;
  /** Velero's chart install, when asked for. */
  readonly velero?: { readonly version: string; readonly pluginImage: string; readonly credentials: pulumi.Input<string> };
  /** Istio's install, when asked for. */
  readonly istio?: { readonly version: string; readonly proxyImage: string; readonly ingressGateway: boolean };
}

const SYSTEM_NAMESPACES = ['kube-system', 'kube-public', 'kube-node-lease'];
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

function resolveTenantNamespaces(given: readonly string[] | undefined, fail: Fail): string[] {
  if (given === undefined) return [];
  if (!Array.isArray(given)) return fail('tenantNamespaces', 'is not a list of namespaces', 'pass the tenants\' namespace names, e.g. Object.values(platform.tenants).map((t) => t.namespaceName)');
  given.forEach((n, i) => {
    if (typeof n !== 'string' || !DNS_LABEL.test(n)) fail(`tenantNamespaces[${i}]`, `${JSON.stringify(n)} is not a namespace name`, 'use RFC 1123 labels');
    if (SYSTEM_NAMESPACES.includes(n)) fail(`tenantNamespaces[${i}]`, `${n} is a system namespace, excluded already`, 'list only tenant namespaces');
    if (given.indexOf(n) !== i) fail(`tenantNamespaces[${i}]`, `${n} is listed twice`, 'list each namespace once');
  });
  return [...given];
}

// Istio's chart versions are plain semver (istio-release charts: base-1.22.1.tgz, ...).
const ISTIO_VERSION = /^1\.\d{1,2}\.\d{1,3}$/;
const PINNED_IMAGE = /^[a-z0-9.-]+(:\d+)?(\/[a-z0-9._-]+)+(:[\w.-]+)?@sha256:[a-f0-9]{64}$/;

// The velero chart's versions are plain semver (vmware-tanzu/helm-charts charts/velero/Chart.yaml).
const CHART_VERSION = /^\d{1,3}\.\d{1,3}\.\d{1,3}$/;

function resolveVelero(v: NonNullable<MultiZoneClusterProps['addons']>['velero'], fail: Fail): ResolvedAddons['velero'] {
  if (v === undefined) return undefined;
  const { version, pluginImage, credentials } = v;
  if (typeof version !== 'string' || !CHART_VERSION.test(version)) fail('addons.velero.version', `${JSON.stringify(version)} is not a velero chart version`, 'write the chart release, e.g. "10.0.8"');
  if (typeof pluginImage !== 'string' || !PINNED_IMAGE.test(pluginImage) || !/\/velero-plugin-for-aws[:@]/.test(pluginImage)) {
    fail('addons.velero.pluginImage', `${JSON.stringify(pluginImage)} is not a digest-pinned velero-plugin-for-aws image`, 'pass "<registry>/velero/velero-plugin-for-aws:<tag>@sha256:<64 hex>" (COS speaks the S3 API)');
  }
  if (credentials === undefined || credentials === null || (typeof credentials === 'string' && !/aws_access_key_id\s*=\s*\S/.test(credentials))) {
    fail('addons.velero.credentials', 'is not a credentials file with aws_access_key_id', 'pass config.requireSecret(...) holding "[default]\\naws_access_key_id=<SecretId>\\naws_secret_access_key=<SecretKey>"');
  }
  return { version, pluginImage, credentials };
}

function resolveAddons(a: MultiZoneClusterProps['addons'], fail: Fail): ResolvedAddons {
  const velero = resolveVelero(a?.velero, fail);
  // Both serve velero.io and would own the same CRDs.
  if (velero && a?.tkeBackup === true) fail('addons.tkeBackup', 'is true while addons.velero installs Velero too; both bring the velero.io CRDs and controllers', 'keep one: drop addons.velero, or tkeBackup');
  const tkeBackup = a?.tkeBackup ?? !velero;
  if (typeof tkeBackup !== 'boolean') fail('addons.tkeBackup', `${JSON.stringify(tkeBackup)} is not a boolean`, 'pass true (default) or false');
  if (!a?.istio) return { tkeBackup, ...(velero ? { velero } : {}) };
  const { version, proxyImage } = a.istio;
  if (typeof version !== 'string' || !ISTIO_VERSION.test(version)) fail('addons.istio.version', `${JSON.stringify(version)} is not an Istio chart version`, 'write the release, e.g. "1.22.1"');
  if (typeof proxyImage !== 'string' || !PINNED_IMAGE.test(proxyImage)) {
    fail('addons.istio.proxyImage', `${JSON.stringify(proxyImage)} is not a digest-pinned image`, 'pass the tenants\' mesh.proxyImage, "<registry>/<path>/proxyv2:<tag>@sha256:<64 hex>"');
  }
  const ingressGateway = a.istio.ingressGateway ?? true;
  if (typeof ingressGateway !== 'boolean') fail('addons.istio.ingressGateway', `${JSON.stringify(ingressGateway)} is not a boolean`, 'pass true (default) or false');
  return { tkeBackup, ...(velero ? { velero } : {}), istio: { version, proxyImage, ingressGateway } };
}

type Fail = (prop: string, problem: string, fix: string) => never;

function resolvePool(p: NodePoolSpec, i: number, zoneCount: number, fail: Fail): ResolvedNodePool {
  const at = `nodePools[${i}]`;
  const name = String(p?.name ?? '');
  if (name.length === 0 || name.length > MAX_NODE_POOL_NAME) {
    fail(`${at}.name`, `"${name}" has ${name.length} characters; TKE node pool names have 1 to ${MAX_NODE_POOL_NAME}`, `shorten it to at most ${MAX_NODE_POOL_NAME} characters`);
  }
  if (!p.instanceType) fail(`${at}.instanceType`, 'no instance type given', 'set a CVM instance type such as "SA5.LARGE8"');
  if (!Number.isInteger(p.minSize) || p.minSize < zoneCount) {
    fail(`${at}.minSize`, `${p.minSize} is below the number of zones (${zoneCount}), so a zone could be left without nodes`, `set minSize to at least ${zoneCount}`);
  }
  if (!Number.isInteger(p.maxSize) || p.maxSize < p.minSize) fail(`${at}.maxSize`, `${p.maxSize} is below minSize ${p.minSize}`, 'set maxSize to at least minSize');
  const dataDiskSizeGb = p.dataDiskSizeGb ?? 100;
  if (!Number.isInteger(dataDiskSizeGb) || dataDiskSizeGb < 20 || dataDiskSizeGb > 32000 || dataDiskSizeGb % 10 !== 0) {
    fail(`${at}.dataDiskSizeGb`, `${dataDiskSizeGb} GB is not a valid cloud disk size`, 'use a multiple of 10 from 20 to 32000');
  }
  const systemDiskSizeGb = p.systemDiskSizeGb ?? 50;
  if (!Number.isInteger(systemDiskSizeGb) || systemDiskSizeGb < 20 || systemDiskSizeGb > 1024) {
    fail(`${at}.systemDiskSizeGb`, `${systemDiskSizeGb} GB is not a valid system disk size`, 'use 20 to 1024 GB');
  }
  return {
    name,
    instanceType: p.instanceType,
    minSize: p.minSize,
    maxSize: p.maxSize,
    dataDiskSizeGb,
    dataDiskType: p.dataDiskType ?? 'CLOUD_PREMIUM',
    systemDiskSizeGb,
    labels: p.labels ?? {},
    taints: p.taints ?? [],
    ...(p.keyIds && p.keyIds.length > 0 ? { keyIds: p.keyIds } : {}),
    ...(p.nodeOs ? { nodeOs: p.nodeOs } : {}),
  };
}

function days(prop: string, value: number, fail: Fail): number {
  if (!Number.isInteger(value) || value < 1 || value > 3600) fail(prop, `${value} days is outside what CLS keeps`, 'use 1 to 3600 days');
  return value;
}

function resolveAlerting(a: AlertingProps, fail: Fail): ResolvedCluster['alerting'] {
  const pct = (prop: string, v: number): number => {
    if (!(v > 0 && v <= 100)) fail(`alerting.${prop}`, `${v} is not a percentage`, 'use a number from 1 to 100');
    return v;
  };
  const noticeWays = a.noticeWays ?? ['EMAIL', 'SMS'];
  noticeWays.forEach((w, i) => {
    if (!NOTICE_WAYS.includes(w)) fail(`alerting.noticeWays[${i}]`, `"${w}" is not a notification channel`, `use ${NOTICE_WAYS.join(', ')}`);
  });
  const webhookUrls = a.webhookUrls ?? [];
  if (webhookUrls.length > 3) fail('alerting.webhookUrls', `${webhookUrls.length} webhooks given; a notice template takes at most 3`, 'keep three webhooks');
  webhookUrls.forEach((u, i) => {
    if (!/^https:\/\/\S+$/.test(u) || u.length > 256) fail(`alerting.webhookUrls[${i}]`, `"${u}" is not an https URL of at most 256 characters`, 'use an https:// URL');
  });
  return {
    userIds: a.userIds ?? [],
    groupIds: a.groupIds ?? [],
    noticeWays,
    webhookUrls,
    language: a.language ?? 'en-US',
    cpuPercent: pct('cpuPercent', a.cpuPercent ?? 85),
    memoryPercent: pct('memoryPercent', a.memoryPercent ?? 85),
    diskPercent: pct('diskPercent', a.diskPercent ?? 85),
  };
}

function resolveBackup(props: MultiZoneClusterProps, region: string, fail: Fail): ResolvedCluster['backup'] {
  const b = props.backup ?? {};
  if (b.appId !== undefined && !/^\d{5,}$/.test(b.appId)) fail('backup.appId', `"${b.appId}" is not an APPID`, 'use the numeric APPID shown in the account information page');
  const noncurrentVersionDays = b.noncurrentVersionDays ?? 30;
  if (!Number.isInteger(noncurrentVersionDays) || noncurrentVersionDays < 1 || noncurrentVersionDays > 3650) {
    fail('backup.noncurrentVersionDays', `${noncurrentVersionDays} is outside 1 to 3650 days`, 'use 1 to 3650 days');
  }
  if (b.replication) {
    const m = /^qcs::cos:([a-z0-9-]+)::[a-z0-9-]+-\d+$/.exec(b.replication.destinationBucket ?? '');
    if (!m) fail('backup.replication.destinationBucket', `"${b.replication.destinationBucket}" is not a COS bucket reference`, 'write qcs::cos:<region>::<bucket>-<appid>');
    if (m && m[1] === region) fail('backup.replication.destinationBucket', `the replica is in ${region}, the cluster region`, 'replicate to another region, so a regional outage spares the backups');
    if (!/^qcs::cam::uin\/\d+:roleName\/\S+$/.test(b.replication.role ?? '')) {
      fail('backup.replication.role', `"${b.replication.role}" is not a CAM role reference`, 'write qcs::cam::uin/<uin>:roleName/<role>');
    }
  }
  return { ...(b.appId ? { appId: b.appId } : {}), noncurrentVersionDays, ...(b.replication ? { replication: b.replication } : {}) };
}

function resolveRegistry(r: RegistryProps, fail: Fail): Required<RegistryProps> {
  if (!r.instanceId) fail('registry.instanceId', 'no TCR instance id given', 'pass the id of an existing TCR instance (tcr-xxxx)');
  if (!/^[a-z0-9][a-z0-9._-]{1,29}$/.test(r.namespace ?? '')) {
    fail('registry.namespace', `"${r.namespace}" is not a TCR namespace name`, 'use 2 to 30 lowercase letters, digits, ".", "_" or "-"');
  }
  const severity = r.severity ?? 'medium';
  if (!['low', 'medium', 'high'].includes(severity)) fail('registry.severity', `"${severity}" is not a blocking threshold`, 'use low, medium or high');
  const cveAllowlist = r.cveAllowlist ?? [];
  cveAllowlist.forEach((c, i) => {
    if (!/^CVE-\d{4}-\d{4,}$/.test(c)) fail(`registry.cveAllowlist[${i}]`, `"${c}" is not a CVE id`, 'write CVE-YYYY-NNNN');
  });
  return { instanceId: r.instanceId, namespace: r.namespace, severity, cveAllowlist };
}

/**
 * The reason of a `{ enabled: false, reason }` opt-out, checked like a suppression's, or undefined
 * when the part stays on (the prop omitted, or an options object without `enabled: false`).
 */
function optOutOf(value: unknown, prop: string, fail: Fail): string | undefined {
  if (value === undefined || value === null || typeof value !== 'object') return undefined;
  const enabled = (value as { enabled?: unknown }).enabled;
  if (enabled === undefined || enabled === true) return undefined;
  if (enabled !== false) fail(`${prop}.enabled`, `${JSON.stringify(enabled)} is neither true nor false`, `omit enabled, or turn ${prop} off with { enabled: false, reason: "why" }`);
  const reason = (value as ClusterOptOut).reason;
  if (typeof reason !== 'string' || reason.trim().length < MIN_REASON_LENGTH || /[;\n]/.test(reason)) {
    fail(`${prop}.reason`, `${JSON.stringify(reason)} does not explain turning ${prop} off`,
      `say in at least ${MIN_REASON_LENGTH} characters (one line, no ";") why this cluster can go without it; the audit reports it as the suppression's reason`);
  }
  return reason.trim();
}

function recipientCount(r: ResolvedSecurityRecipients): number {
  return r.userIds.length + r.groupIds.length + r.webhooks.length;
}

function resolveSecurityAlarms(s: SecurityAlarmsProps, alerting: ResolvedCluster['alerting'], fail: Fail): ResolvedSecurityAlarms {
  const r = s.recipients ?? {};
  const ids = (prop: string, list: readonly number[] | undefined, fallback: readonly number[]): number[] => {
    const out = [...(list ?? fallback)];
    out.forEach((v, i) => {
      if (!Number.isInteger(v) || v <= 0) fail(`securityAlarms.recipients.${prop}[${i}]`, `${JSON.stringify(v)} is not an id`, 'use the numeric id shown in the CAM console');
    });
    return out;
  };
  const userIds = ids('userIds', r.userIds, alerting.userIds);
  const groupIds = ids('groupIds', r.groupIds, alerting.groupIds);
  const mapped = [...new Set(alerting.noticeWays.flatMap((w) => CLS_CHANNEL_OF[w] ?? []))];
  const channels = [...(r.channels ?? (mapped.length > 0 ? mapped : ['Email', 'Sms']))] as ResolvedSecurityRecipients['channels'][number][];
  channels.forEach((c, i) => {
    if (!CLS_CHANNELS.includes(c)) fail(`securityAlarms.recipients.channels[${i}]`, `"${c}" is not a CLS channel`, `use ${CLS_CHANNELS.join(', ')}`);
  });
  if ((userIds.length > 0 || groupIds.length > 0) && channels.length === 0) {
    fail('securityAlarms.recipients.channels', 'no channel is given, so the users and groups would never be told', `list at least one of ${CLS_CHANNELS.join(', ')}`);
  }
  const given: readonly SecurityWebhookProps[] = r.webhooks ?? alerting.webhookUrls.map((url) => ({ type: 'Http' as const, url }));
  if (given.length > 10) fail('securityAlarms.recipients.webhooks', `${given.length} webhooks given`, 'keep at most 10');
  const webhooks = given.map((w, i): Required<SecurityWebhookProps> => {
    const at = `securityAlarms.recipients.webhooks[${i}]`;
    if (!WEBHOOK_TYPES.includes(w?.type)) fail(`${at}.type`, `${JSON.stringify(w?.type)} is not a CLS web callback type`, `use ${WEBHOOK_TYPES.join(', ')}`);
    if (typeof w.url !== 'string' || !/^https:\/\/\S+$/.test(w.url) || w.url.length > 256) fail(`${at}.url`, `${JSON.stringify(w.url)} is not an https URL of at most 256 characters`, 'use an https:// URL');
    const method = w.method ?? 'POST';
    if (method !== 'POST' && method !== 'PUT') fail(`${at}.method`, `${JSON.stringify(method)} is not POST or PUT`, 'use POST or PUT');
    return { type: w.type, url: w.url, method };
  });
  const names = (prop: string, list: readonly string[] | undefined): string[] => {
    const out = [...(list ?? [])];
    out.forEach((v, i) => {
      if (typeof v !== 'string' || v.trim() === '' || /\s/.test(v)) fail(`securityAlarms.${prop}[${i}]`, `${JSON.stringify(v)} is not a Kubernetes user or role name`, 'give the name exactly as the API server records it, without spaces');
    });
    return out;
  };
  const deliveryIdentities = names('deliveryIdentities', s.deliveryIdentities);
  const adminRoles = [...new Set([...BUILT_IN_ADMIN_ROLES, ...names('adminRoles', s.adminRoles)])];
  return {
    recipients: { userIds, groupIds, channels, webhooks },
    context: { deliveryIdentities, adminRoles, systemNamespaces: PLATFORM_NAMESPACES },
  };
}

function resolveSuppressions(
  given: Readonly<Record<string, string>>,
  weakenings: ReadonlyArray<[string, string]>,
  fail: Fail,
  optional: ReadonlyArray<[string, string]> = [],
  optOuts: ReadonlyArray<[string, string, string]> = [],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [prop, id] of optOuts) {
    if (id in given) fail(`suppressions.${id}`, `${prop} is turned off with its own reason, which already suppresses ${id}`, `remove suppressions["${id}"] and keep the reason in ${prop}.reason`);
  }
  for (const [id, reason] of Object.entries(given)) {
    const parsed = parseSuppressions(`${id}: ${reason}`, KNOWN_IDS);
    if (parsed.errors.length > 0 || !parsed.suppressions.has(id)) {
      fail(`suppressions.${id}`, parsed.errors[0] ?? `"${id}" is not a suppression`, 'write suppressions: { "KW-XXX-NNN": "why this is acceptable" }');
    }
    out[id] = parsed.suppressions.get(id) as string;
  }
  for (const [prop, id] of weakenings) {
    if (!(id in out)) {
      fail(prop, `this weakens ${id} and needs a reason`, `restore the secure default, or add suppressions: { "${id}": "<why this is acceptable>" }`);
    }
  }
  for (const [, id, reason] of optOuts) out[id] = reason;
  for (const id of Object.keys(out)) {
    if (![...weakenings, ...optional, ...optOuts.map(([p, i]): [string, string] => [p, i])].some(([, w]) => w === id)) {
      fail(`suppressions.${id}`, `nothing in this cluster weakens ${id}`, 'remove the stale suppression, so it cannot hide a future regression');
    }
  }
  return out;
}
