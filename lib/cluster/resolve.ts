// Turns MultiZoneClusterProps into a fully resolved plan, or throws KubewardError naming the
// prop and the fix. Runs before the component registers anything, so bad input never leaves a
// half-created stack behind.
import type * as pulumi from '@pulumi/pulumi';
import { Cidr, carve, contains, isPrivate, overlaps, parseCidr } from './cidr';
import type { DetectionContext } from './detections';
import type {
  AlertingProps, BackupProps, BackupReplicationProps, ClusterOptOut, MultiZoneClusterProps, NodePoolSpec, RegistryProps, SecurityAlarmsProps,
  SecurityRecipientsProps, SecurityWebhookProps,
} from './props';
import { CLUSTER_SHAPE } from './shapes';
import { TkeVersion, compareMinor, lookupTkeVersion } from './versions';
import { optionalArray, optionalBoolean, optionalRecord, optionalString, requireRecord, requireString, show, stringList } from '../core/checks';
import { KubewardError } from '../core/errors';
import { requireLabelMap } from '../core/kube-names';
import { checkShape } from '../core/props-shape';
import { CATALOG_DEFAULTS, CONTROLS } from '../policy/catalog-data';
import { isLabelKey, isLabelValue } from '../policy/model/names';
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
/** TCR instance ids are `tcr-` and a lowercase suffix (provider docs: `tcr-xxxx`). */
const TCR_INSTANCE = /^tcr-[a-z0-9]{1,32}$/;
const NOTICE_WAYS = ['EMAIL', 'SMS', 'CALL', 'WECHAT', 'RTX'];
/**
 * Languages a Cloud Monitor notice template takes: `noticeLanguage` of
 * `tencentcloud:Monitor/alarmNotice:AlarmNotice` is "zh-CN or en-US" (providers/tencentcloud/provider-subset.json;
 * test/cluster/invalid-props.test.ts compares). @internal
 */
export const NOTICE_LANGUAGES: ReadonlyArray<'en-US' | 'zh-CN'> = ['en-US', 'zh-CN'];
/**
 * Data disk types of a node pool: the provider's NodePool data disk `diskType` values
 * (provider-subset.json, Kubernetes.NodePoolAutoScalingConfigDataDisk) that are cloud disks.
 * The LOCAL_* types are instance storage, which CBS cannot encrypt, and kubeward encrypts every
 * data disk. @internal
 */
export const DATA_DISK_TYPES: readonly string[] = ['CLOUD_BASIC', 'CLOUD_PREMIUM', 'CLOUD_SSD', 'CLOUD_HSSD', 'CLOUD_TSSD', 'CLOUD_BSSD'];
/**
 * Kubernetes taint effects (core/v1 TaintEffect; the provider's Kubernetes.NodePoolTaint `effect`
 * takes the same three). @internal
 */
export const TAINT_EFFECTS: readonly string[] = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];
/** TKE managed cluster tiers are `L` and a node count (provider: "L5, L20, L50, L100"). */
const CLUSTER_LEVEL = /^L[1-9]\d{0,4}$/;
/** CVM instance types are a family and a size, e.g. `SA5.LARGE8`, `S6.2XLARGE32`. */
const INSTANCE_TYPE = /^[A-Za-z][A-Za-z0-9]{0,15}\.[A-Za-z0-9]{1,24}$/;
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
  requireRecord(path, 'props', props, 'pass an object with region, zones, kubernetesVersion and nodePools');
  // Typos first (`zone`, `deletionProtect`), from the one declared shape (lib/cluster/shapes.ts).
  checkShape(path, '', props, CLUSTER_SHAPE);
  // Then every value by type before it is used: props also come from JavaScript and generated
  // config, and a wrong type must end in a KubewardError, never in a TypeError half-way through.

  const nameFix = 'use a lowercase letter followed by at most 38 lowercase letters, digits or "-" (set clusterName to keep the Pulumi name)';
  const clusterName = props.clusterName === undefined ? String(path) : requireString(path, 'clusterName', props.clusterName, nameFix);
  if (!NAME.test(clusterName) || clusterName.endsWith('-')) {
    fail(props.clusterName === undefined ? 'name' : 'clusterName', `"${clusterName}" cannot name the cluster, its logset, key alias and tke-backup bucket`,
      'use a lowercase letter followed by at most 38 lowercase letters, digits or "-" (set clusterName to keep the Pulumi name)');
  }

  const region = requireString(path, 'region', props.region, 'use a region id such as "ap-guangzhou"');
  if (!REGION.test(region)) fail('region', `"${region}" is not a Tencent Cloud region`, 'use a region id such as "ap-guangzhou"');

  const zones = stringList(path, 'zones', props.zones, 'list two or more zones of the region, e.g. ["ap-guangzhou-3", "ap-guangzhou-4"]');
  if (zones.length < 2) fail('zones', `${zones.length} zone(s) given; a multi-zone cluster needs at least two`, `list two or more zones of ${region}, e.g. ["${region}-3", "${region}-4"]`);
  const zonePattern = new RegExp(`^${region.replace(/[-]/g, '\\-')}-\\d+$`);
  zones.forEach((z, i) => {
    if (!zonePattern.test(z)) fail(`zones[${i}]`, `"${z}" is not a zone of ${region}`, `use zones named "${region}-<n>"`);
  });
  const dupZone = zones.find((z, i) => zones.indexOf(z) !== i);
  if (dupZone) fail('zones', `"${dupZone}" is listed twice`, 'list each zone once');

  const lookup = lookupTkeVersion(requireString(path, 'kubernetesVersion', props.kubernetesVersion, 'pick a supported version from TKE_VERSIONS (lib/cluster/versions.ts), e.g. "1.30.0"'));
  if (!lookup.ok) fail('kubernetesVersion', lookup.problem, 'pick a supported version from TKE_VERSIONS (lib/cluster/versions.ts)');
  const version = (lookup as { version: TkeVersion }).version;

  // Network plan.
  const cidr = (prop: string, text: unknown): Cidr => {
    if (typeof text !== 'string') return fail(prop, `${show(text)} is not a CIDR block written as a string`, 'write it as a.b.c.d/n, e.g. 10.0.0.0/16');
    const c = parseCidr(text);
    if (!c) return fail(prop, `"${text}" is not an IPv4 CIDR block with its host bits clear`, 'write it as a.b.c.d/n, e.g. 10.0.0.0/16');
    if (!isPrivate(c)) fail(prop, `${c.text} is not a private range`, 'use a block inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16');
    return c;
  };
  const vpc = cidr('vpcCidr', props.vpcCidr ?? '10.0.0.0/16');
  if (vpc.prefix < 12 || vpc.prefix > 28) fail('vpcCidr', `a VPC CIDR must be /12 to /28, got /${vpc.prefix}`, 'use a /16, for example');
  let subnetTexts: string[];
  if (props.subnetCidrs !== undefined) {
    subnetTexts = stringList(path, 'subnetCidrs', props.subnetCidrs, 'give one subnet CIDR per zone, in the order of zones, or omit subnetCidrs');
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
  if (![16, 32, 64, 128, 256].includes(maxPodsPerNode)) fail('maxPodsPerNode', `${show(maxPodsPerNode)} is not a power of two from 16 to 256`, 'use 16, 32, 64, 128 or 256');

  // Node pools.
  const specs = optionalArray(path, 'nodePools', props.nodePools, 'list the node pools, e.g. [{ name: "general", instanceType: "SA5.LARGE8", minSize: 3, maxSize: 12 }]');
  if (specs.length === 0) fail('nodePools', 'no node pool given; the endpoint and add-ons need nodes', 'add at least one node pool');
  const nodePools = specs.map((p, i) => resolvePool(path, p, i, zones.length, fail));
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
    const given = requireRecord(path, 'publicEndpoint', props.publicEndpoint, 'pass { sourceCidrs: [...] }, or omit publicEndpoint');
    const sources = stringList(path, 'publicEndpoint.sourceCidrs', given.sourceCidrs, 'list the CIDRs that may reach the API server, e.g. ["203.0.113.0/24"]');
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

  const logDays = optionalRecord(path, 'logRetentionDays', props.logRetentionDays, 'pass { audit, events, application, cloudAudit } in days, or omit it') ?? {};
  const retention = {
    audit: days('logRetentionDays.audit', logDays.audit ?? 180, fail),
    events: days('logRetentionDays.events', logDays.events ?? 90, fail),
    application: days('logRetentionDays.application', logDays.application ?? 30, fail),
    cloudAudit: days('logRetentionDays.cloudAudit', logDays.cloudAudit ?? 180, fail),
  };
  const metricsRetentionDays = props.metricsRetentionDays ?? 30;
  if (!TMP_RETENTION.includes(metricsRetentionDays)) {
    fail('metricsRetentionDays', `${show(metricsRetentionDays)} is not a retention TMP offers`, `use one of ${TMP_RETENTION.join(', ')}`);
  }

  const clusterLevel = optionalString(path, 'clusterLevel', props.clusterLevel, 'write a TKE tier such as "L20", or omit it to let TKE pick');
  if (clusterLevel !== undefined && !CLUSTER_LEVEL.test(clusterLevel)) fail('clusterLevel', `${show(clusterLevel)} is not a TKE cluster tier`, 'write L and the tier\'s node count, e.g. "L5", "L20", "L50", "L100"');

  const alerting = resolveAlerting(path, optionalRecord(path, 'alerting', props.alerting, 'pass an object such as { userIds: [100000000001] }, or omit alerting') ?? {}, fail);
  const optOutOrOptions = (prop: string, value: unknown): void => {
    if (value !== undefined) requireRecord(path, prop, value, `omit ${prop} to keep it on, or turn it off with { enabled: false, reason: "why" }`);
  };
  optOutOrOptions('securityAlarms', props.securityAlarms);
  optOutOrOptions('runtimeSecurity', props.runtimeSecurity);
  const securityOptOut = optOutOf(props.securityAlarms, 'securityAlarms', fail);
  const securityAlarms = securityOptOut
    ? undefined
    : resolveSecurityAlarms(path, (props.securityAlarms ?? {}) as SecurityAlarmsProps, alerting, fail);
  const runtimeOptOut = optOutOf(props.runtimeSecurity, 'runtimeSecurity', fail);
  const backup = resolveBackup(path, props, region, fail);
  const registry = props.registry !== undefined
    ? resolveRegistry(path, requireRecord(path, 'registry', props.registry, 'pass { instanceId, namespace }, or omit registry') as unknown as RegistryProps, fail)
    : undefined;
  const tenantNamespaces = resolveTenantNamespaces(props.tenantNamespaces, fail);
  const addonsGiven = optionalRecord(path, 'addons', props.addons, 'pass { tkeBackup, istio, ... }, or omit addons');
  for (const part of ['istio', 'velero']) {
    if (addonsGiven?.[part] !== undefined) requireRecord(path, `addons.${part}`, addonsGiven[part], `pass the options object of addons.${part}, or omit it`);
  }
  const addons = resolveAddons(addonsGiven as MultiZoneClusterProps['addons'], fail);

  const audit = optionalBoolean(path, 'audit', props.audit, true);
  const eventPersistence = optionalBoolean(path, 'eventPersistence', props.eventPersistence, true);
  const deletionProtection = optionalBoolean(path, 'deletionProtection', props.deletionProtection, true);
  const secretsEncryption = optionalBoolean(path, 'secretsEncryption', props.secretsEncryption, true);

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
  const givenSuppressions = optionalRecord(path, 'suppressions', props.suppressions, 'write suppressions: { "KW-XXX-NNN": "why this is acceptable" }') ?? {};
  for (const [id, reason] of Object.entries(givenSuppressions)) {
    requireString(path, `suppressions.${id}`, reason, `give the reason as a string: suppressions: { "${id}": "why this is acceptable" }`);
  }
  const suppressions = resolveSuppressions(givenSuppressions as Record<string, string>, weakenings, fail, optional, optOuts);

  const tags: Record<string, string> = { ...resolveTags(path, props.tags), [CLUSTER_TAG]: clusterName };

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
    ...(clusterLevel ? { clusterLevel } : {}),
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
  // An Input: a string now, or an Output or a promise (a Pulumi secret) known at deployment.
  const deferred = credentials instanceof Promise || isOutput(credentials);
  if (!deferred && (typeof credentials !== 'string' || !/aws_access_key_id\s*=\s*\S/.test(credentials))) {
    fail('addons.velero.credentials', `${typeof credentials === 'string' ? 'is not' : `a ${credentials === null ? 'null' : typeof credentials} is not`} a credentials file with aws_access_key_id`,
      'pass config.requireSecret(...) holding "[default]\\naws_access_key_id=<SecretId>\\naws_secret_access_key=<SecretKey>"');
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

/** Whether a value is a Pulumi Output (the `__pulumiOutput` brand, without importing the SDK at run time here). */
function isOutput(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { __pulumiOutput?: unknown }).__pulumiOutput === true;
}

function resolvePool(path: string, given: unknown, i: number, zoneCount: number, fail: Fail): ResolvedNodePool {
  const at = `nodePools[${i}]`;
  const p = requireRecord(path, at, given, 'describe the pool as { name, instanceType, minSize, maxSize }') as unknown as NodePoolSpec;
  const name = requireString(path, `${at}.name`, p.name, `name the pool with 1 to ${MAX_NODE_POOL_NAME} characters, e.g. "general"`);
  if (name.length > MAX_NODE_POOL_NAME) {
    fail(`${at}.name`, `"${name}" has ${name.length} characters; TKE node pool names have 1 to ${MAX_NODE_POOL_NAME}`, `shorten it to at most ${MAX_NODE_POOL_NAME} characters`);
  }
  if (p.instanceType === undefined) fail(`${at}.instanceType`, 'no instance type given', 'set a CVM instance type such as "SA5.LARGE8"');
  if (typeof p.instanceType !== 'string' || !INSTANCE_TYPE.test(p.instanceType)) {
    fail(`${at}.instanceType`, `${show(p.instanceType)} is not a CVM instance type`, 'write family.size, e.g. "SA5.LARGE8"');
  }
  if (typeof p.minSize !== 'number' || !Number.isInteger(p.minSize)) fail(`${at}.minSize`, `${show(p.minSize)} is not a whole number of nodes`, `set minSize to a whole number, at least ${zoneCount}`);
  if (p.minSize < zoneCount) {
    fail(`${at}.minSize`, `${p.minSize} is below the number of zones (${zoneCount}), so a zone could be left without nodes`, `set minSize to at least ${zoneCount}`);
  }
  if (typeof p.maxSize !== 'number' || !Number.isInteger(p.maxSize)) fail(`${at}.maxSize`, `${show(p.maxSize)} is not a whole number of nodes`, 'set maxSize to a whole number, at least minSize');
  if (p.maxSize < p.minSize) fail(`${at}.maxSize`, `${p.maxSize} is below minSize ${p.minSize}`, 'set maxSize to at least minSize');
  const dataDiskSizeGb = p.dataDiskSizeGb ?? 100;
  if (!Number.isInteger(dataDiskSizeGb) || dataDiskSizeGb < 20 || dataDiskSizeGb > 32000 || dataDiskSizeGb % 10 !== 0) {
    fail(`${at}.dataDiskSizeGb`, `${show(dataDiskSizeGb)} GB is not a valid cloud disk size`, 'use a multiple of 10 from 20 to 32000');
  }
  const systemDiskSizeGb = p.systemDiskSizeGb ?? 50;
  if (!Number.isInteger(systemDiskSizeGb) || systemDiskSizeGb < 20 || systemDiskSizeGb > 1024) {
    fail(`${at}.systemDiskSizeGb`, `${show(systemDiskSizeGb)} GB is not a valid system disk size`, 'use 20 to 1024 GB');
  }
  const dataDiskType = p.dataDiskType ?? 'CLOUD_PREMIUM';
  if (!DATA_DISK_TYPES.includes(dataDiskType)) {
    fail(`${at}.dataDiskType`, `${show(dataDiskType)} is not a cloud disk type kubeward can encrypt`, `use one of ${DATA_DISK_TYPES.join(', ')}`);
  }
  // Node labels and taints are checked as the API server checks a Node
  // (kubernetes/kubernetes pkg/apis/core/validation/validation.go): label keys are qualified
  // names and values label values; a taint has a qualified-name key, a label-value value and one
  // of three effects, and no two taints share key and effect.
  const labels = requireLabelMap(path, `${at}.labels`, p.labels);
  const taints = optionalArray(path, `${at}.taints`, p.taints, 'list taints as [{ key, value, effect }]').map((t, j) => {
    const where = `${at}.taints[${j}]`;
    const taint = requireRecord(path, where, t, 'write a taint as { key, value, effect }');
    if (!isLabelKey(taint.key)) {
      fail(`${where}.key`, `${show(taint.key)} is not a taint key`, 'use an optional DNS-subdomain prefix and "/", then at most 63 letters, digits, "-", "_" or "." (e.g. "dedicated" or "example.com/gpu")');
    }
    const value = taint.value ?? '';
    if (!isLabelValue(value)) fail(`${where}.value`, `${show(value)} is not a taint value`, 'use at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit (or "")');
    if (typeof taint.effect !== 'string' || !TAINT_EFFECTS.includes(taint.effect)) {
      fail(`${where}.effect`, `${show(taint.effect)} is not a taint effect`, `use ${TAINT_EFFECTS.join(', ')}`);
    }
    return { key: taint.key as string, value: value as string, effect: taint.effect as 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute' };
  });
  taints.forEach((t, j) => {
    const k = taints.findIndex((o) => o.key === t.key && o.effect === t.effect);
    if (k !== j) fail(`${at}.taints[${j}]`, `repeats taints[${k}] (${t.key}:${t.effect}); the API server refuses two taints with one key and effect`, 'keep one taint per key and effect');
  });
  const keyIds = stringList(path, `${at}.keyIds`, p.keyIds, 'list SSH key pair ids, e.g. ["skey-abcd1234"], or omit keyIds');
  const nodeOs = optionalString(path, `${at}.nodeOs`, p.nodeOs, 'name a TKE node image (e.g. "tlinux3.1x86_64") or a custom image id, or omit nodeOs');
  return {
    name,
    instanceType: p.instanceType,
    minSize: p.minSize,
    maxSize: p.maxSize,
    dataDiskSizeGb,
    dataDiskType,
    systemDiskSizeGb,
    labels,
    taints,
    ...(keyIds.length > 0 ? { keyIds } : {}),
    ...(nodeOs ? { nodeOs } : {}),
  };
}

/**
 * Tencent Cloud tag rules (Tag API CreateTag, https://www.tencentcloud.com/document/product/651/33015,
 * and COS "Bucket Tag Overview", https://www.tencentcloud.com/document/product/436/31509): keys of
 * 1 to 127 and values of 1 to 255 letters, digits, spaces and `+ - = . _ : / @`; keys starting
 * with qcloud, tencent, project or qcs: are reserved; at most 50 tags on a resource.
 */
const TAG_TEXT = /^[\p{L}\p{N} +\-=._:/@]+$/u;
const RESERVED_TAG = /^(qcloud|tencent|project|qcs:)/i;
const MAX_TAGS = 50;

function resolveTags(path: string, given: unknown): Record<string, string> {
  const tags = optionalRecord(path, 'tags', given, 'pass an object of tag keys to string values, e.g. { team: "platform" }') ?? {};
  const keys = Object.keys(tags);
  if (keys.length > MAX_TAGS - 1) {
    throw new KubewardError(path, 'tags', `${keys.length} tags given; a Tencent Cloud resource takes ${MAX_TAGS}, and kubeward adds ${CLUSTER_TAG}`, `keep at most ${MAX_TAGS - 1} tags`);
  }
  const out: Record<string, string> = {};
  for (const key of keys) {
    const at = `tags.${key}`;
    if (key === CLUSTER_TAG) {
      throw new KubewardError(path, at, `kubeward sets ${CLUSTER_TAG} to the cluster name, and the node alarms find the nodes by it`, 'remove the tag (clusterName sets its value)');
    }
    if (key.length > 127 || !TAG_TEXT.test(key) || key.trim() !== key) {
      throw new KubewardError(path, at, `${show(key)} is not a Tencent Cloud tag key`, 'use 1 to 127 letters, digits, spaces or + - = . _ : / @, without leading or trailing space');
    }
    if (RESERVED_TAG.test(key)) throw new KubewardError(path, at, `${show(key)} starts with a prefix Tencent Cloud reserves`, 'use a key not starting with qcloud, tencent, project or qcs:');
    const value = tags[key];
    if (typeof value !== 'string' || value.length > 255 || !TAG_TEXT.test(value)) {
      throw new KubewardError(path, at, `${show(value)} is not a Tencent Cloud tag value`, 'use a string of 1 to 255 letters, digits, spaces or + - = . _ : / @');
    }
    out[key] = value;
  }
  return out;
}

function days(prop: string, value: unknown, fail: Fail): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 3600) fail(prop, `${show(value)} days is outside what CLS keeps`, 'use 1 to 3600 days');
  return value as number;
}

/** A list of Tencent Cloud numeric ids (sub-account UINs, user group ids). */
function idList(path: string, prop: string, value: unknown, fail: Fail): number[] {
  return optionalArray(path, prop, value, 'list numeric ids, e.g. [100000000001]').map((v, i) => {
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v <= 0) fail(`${prop}[${i}]`, `${show(v)} is not an id`, 'use the numeric id shown in the CAM console');
    return v as number;
  });
}

function resolveAlerting(path: string, a: Record<string, unknown>, fail: Fail): ResolvedCluster['alerting'] {
  const pct = (prop: string, v: unknown): number => {
    if (typeof v !== 'number' || !(v > 0 && v <= 100)) fail(`alerting.${prop}`, `${show(v)} is not a percentage`, 'use a number from 1 to 100');
    return v as number;
  };
  const noticeWays = a.noticeWays === undefined ? ['EMAIL', 'SMS'] : stringList(path, 'alerting.noticeWays', a.noticeWays, `list channels among ${NOTICE_WAYS.join(', ')}`);
  noticeWays.forEach((w, i) => {
    if (!NOTICE_WAYS.includes(w)) fail(`alerting.noticeWays[${i}]`, `"${w}" is not a notification channel`, `use ${NOTICE_WAYS.join(', ')}`);
  });
  const userIds = idList(path, 'alerting.userIds', a.userIds, fail);
  const groupIds = idList(path, 'alerting.groupIds', a.groupIds, fail);
  if (userIds.length + groupIds.length > 0 && noticeWays.length === 0) {
    fail('alerting.noticeWays', 'no channel is given, so the users and groups would never be told', `list at least one of ${NOTICE_WAYS.join(', ')}`);
  }
  const webhookUrls = stringList(path, 'alerting.webhookUrls', a.webhookUrls, 'list https:// URLs');
  if (webhookUrls.length > 3) fail('alerting.webhookUrls', `${webhookUrls.length} webhooks given; a notice template takes at most 3`, 'keep three webhooks');
  webhookUrls.forEach((u, i) => {
    if (!/^https:\/\/\S+$/.test(u) || u.length > 256) fail(`alerting.webhookUrls[${i}]`, `"${u}" is not an https URL of at most 256 characters`, 'use an https:// URL');
  });
  const language = a.language ?? 'en-US';
  if (!(NOTICE_LANGUAGES as readonly unknown[]).includes(language)) {
    fail('alerting.language', `${show(language)} is not a language Cloud Monitor notices are written in`, `use ${NOTICE_LANGUAGES.join(' or ')}`);
  }
  return {
    userIds,
    groupIds,
    noticeWays,
    webhookUrls,
    language: language as 'en-US' | 'zh-CN',
    cpuPercent: pct('cpuPercent', a.cpuPercent ?? 85),
    memoryPercent: pct('memoryPercent', a.memoryPercent ?? 85),
    diskPercent: pct('diskPercent', a.diskPercent ?? 85),
  };
}

function resolveBackup(path: string, props: MultiZoneClusterProps, region: string, fail: Fail): ResolvedCluster['backup'] {
  const b = (optionalRecord(path, 'backup', props.backup, 'pass { appId, noncurrentVersionDays, replication }, or omit backup') ?? {}) as BackupProps;
  if (b.appId !== undefined && (typeof b.appId !== 'string' || !/^\d{5,}$/.test(b.appId))) fail('backup.appId', `"${b.appId}" is not an APPID`, 'use the numeric APPID shown in the account information page');
  const noncurrentVersionDays = b.noncurrentVersionDays ?? 30;
  if (!Number.isInteger(noncurrentVersionDays) || noncurrentVersionDays < 1 || noncurrentVersionDays > 3650) {
    fail('backup.noncurrentVersionDays', `${noncurrentVersionDays} is outside 1 to 3650 days`, 'use 1 to 3650 days');
  }
  if (b.replication !== undefined) {
    const given = requireRecord(path, 'backup.replication', b.replication, 'pass { destinationBucket, role }, or omit replication');
    const destination = requireString(path, 'backup.replication.destinationBucket', given.destinationBucket, 'write qcs::cos:<region>::<bucket>-<appid>');
    requireString(path, 'backup.replication.role', given.role, 'write qcs::cam::uin/<uin>:roleName/<role>');
    const m = /^qcs::cos:([a-z0-9-]+)::[a-z0-9-]+-\d+$/.exec(destination);
    if (!m) fail('backup.replication.destinationBucket', `"${b.replication.destinationBucket}" is not a COS bucket reference`, 'write qcs::cos:<region>::<bucket>-<appid>');
    if (m && m[1] === region) fail('backup.replication.destinationBucket', `the replica is in ${region}, the cluster region`, 'replicate to another region, so a regional outage spares the backups');
    if (!/^qcs::cam::uin\/\d+:roleName\/\S+$/.test(b.replication.role ?? '')) {
      fail('backup.replication.role', `"${b.replication.role}" is not a CAM role reference`, 'write qcs::cam::uin/<uin>:roleName/<role>');
    }
  }
  return { ...(b.appId ? { appId: b.appId } : {}), noncurrentVersionDays, ...(b.replication ? { replication: b.replication } : {}) };
}

function resolveRegistry(path: string, r: RegistryProps, fail: Fail): Required<RegistryProps> {
  requireString(path, 'registry.instanceId', r.instanceId, 'pass the id of an existing TCR instance (tcr-xxxx)');
  if (!TCR_INSTANCE.test(r.instanceId)) fail('registry.instanceId', `${show(r.instanceId)} is not a TCR instance id`, 'pass the id of an existing TCR instance, "tcr-" and its suffix (tcr-xxxx)');
  if (typeof r.namespace !== 'string' || !/^[a-z0-9][a-z0-9._-]{1,29}$/.test(r.namespace)) {
    fail('registry.namespace', `"${r.namespace}" is not a TCR namespace name`, 'use 2 to 30 lowercase letters, digits, ".", "_" or "-"');
  }
  const severity = r.severity ?? 'medium';
  if (!['low', 'medium', 'high'].includes(severity)) fail('registry.severity', `"${severity}" is not a blocking threshold`, 'use low, medium or high');
  const cveAllowlist = stringList(path, 'registry.cveAllowlist', r.cveAllowlist, 'list CVE ids, e.g. ["CVE-2024-12345"]');
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

function resolveSecurityAlarms(path: string, s: SecurityAlarmsProps, alerting: ResolvedCluster['alerting'], fail: Fail): ResolvedSecurityAlarms {
  const r = (optionalRecord(path, 'securityAlarms.recipients', s.recipients, 'pass { userIds, groupIds, channels, webhooks }, or omit recipients for alerting\'s') ?? {}) as SecurityRecipientsProps;
  const ids = (prop: string, list: unknown, fallback: readonly number[]): number[] =>
    (list === undefined ? [...fallback] : idList(path, `securityAlarms.recipients.${prop}`, list, fail));
  const userIds = ids('userIds', r.userIds, alerting.userIds);
  const groupIds = ids('groupIds', r.groupIds, alerting.groupIds);
  const mapped = [...new Set(alerting.noticeWays.flatMap((w) => CLS_CHANNEL_OF[w] ?? []))];
  const channels = (r.channels === undefined
    ? (mapped.length > 0 ? mapped : ['Email', 'Sms'])
    : stringList(path, 'securityAlarms.recipients.channels', r.channels, `list channels among ${CLS_CHANNELS.join(', ')}`)) as ResolvedSecurityRecipients['channels'][number][];
  channels.forEach((c, i) => {
    if (!CLS_CHANNELS.includes(c)) fail(`securityAlarms.recipients.channels[${i}]`, `"${c}" is not a CLS channel`, `use ${CLS_CHANNELS.join(', ')}`);
  });
  if ((userIds.length > 0 || groupIds.length > 0) && channels.length === 0) {
    fail('securityAlarms.recipients.channels', 'no channel is given, so the users and groups would never be told', `list at least one of ${CLS_CHANNELS.join(', ')}`);
  }
  const given = (r.webhooks === undefined
    ? alerting.webhookUrls.map((url) => ({ type: 'Http' as const, url }))
    : optionalArray(path, 'securityAlarms.recipients.webhooks', r.webhooks, 'list webhooks as [{ type, url }]')
      .map((w, i) => requireRecord(path, `securityAlarms.recipients.webhooks[${i}]`, w, 'write a webhook as { type, url }'))) as readonly SecurityWebhookProps[];
  if (given.length > 10) fail('securityAlarms.recipients.webhooks', `${given.length} webhooks given`, 'keep at most 10');
  const webhooks = given.map((w, i): Required<SecurityWebhookProps> => {
    const at = `securityAlarms.recipients.webhooks[${i}]`;
    if (!WEBHOOK_TYPES.includes(w?.type)) fail(`${at}.type`, `${JSON.stringify(w?.type)} is not a CLS web callback type`, `use ${WEBHOOK_TYPES.join(', ')}`);
    if (typeof w.url !== 'string' || !/^https:\/\/\S+$/.test(w.url) || w.url.length > 256) fail(`${at}.url`, `${JSON.stringify(w.url)} is not an https URL of at most 256 characters`, 'use an https:// URL');
    const method = w.method ?? 'POST';
    if (method !== 'POST' && method !== 'PUT') fail(`${at}.method`, `${JSON.stringify(method)} is not POST or PUT`, 'use POST or PUT');
    return { type: w.type, url: w.url, method };
  });
  const names = (prop: string, list: unknown): string[] => {
    const out = optionalArray(path, `securityAlarms.${prop}`, list, 'list names as strings');
    out.forEach((v, i) => {
      if (typeof v !== 'string' || v.trim() === '' || /\s/.test(v)) fail(`securityAlarms.${prop}[${i}]`, `${JSON.stringify(v)} is not a Kubernetes user or role name`, 'give the name exactly as the API server records it, without spaces');
    });
    return out as string[];
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
