// The declared shape of MultiZoneClusterProps (see lib/core/props-shape.ts: adding a prop to one
// of these interfaces means adding its key here, and `tsc` insists). resolveCluster checks the
// whole props tree against it before anything else, so a typo such as `zone` or
// `deletionProtect` is refused instead of leaving the secure default silently in place.
import { GRAFANA_SHAPE } from './grafana';
import type {
  ClusterAddonsProps, IstioInstallProps, VeleroInstallProps,
  AlertingProps, BackupProps, BackupReplicationProps, LogRetentionProps, MultiZoneClusterProps, NodePoolSpec, PublicEndpointProps, RegistryProps,
  RuntimeSecurityProps, SecurityAlarmsProps, SecurityRecipientsProps, SecurityWebhookProps,
} from './props';
import { ObjectShape, VALUE, listOf, optOutOr, shapeOf } from '../core/props-shape';

type Taint = NonNullable<NodePoolSpec['taints']>[number];

const TAINT = shapeOf<Taint>('a taint ({ key, value, effect })', { key: VALUE, value: VALUE, effect: VALUE });

const NODE_POOL = shapeOf<NodePoolSpec>('NodePoolSpec', {
  name: VALUE,
  instanceType: VALUE,
  minSize: VALUE,
  maxSize: VALUE,
  dataDiskSizeGb: VALUE,
  dataDiskType: VALUE,
  systemDiskSizeGb: VALUE,
  labels: VALUE,
  taints: listOf(TAINT),
  keyIds: VALUE,
  nodeOs: VALUE,
});

const PUBLIC_ENDPOINT = shapeOf<PublicEndpointProps>('PublicEndpointProps', { sourceCidrs: VALUE });

const LOG_RETENTION = shapeOf<LogRetentionProps>('LogRetentionProps', { audit: VALUE, events: VALUE, application: VALUE, cloudAudit: VALUE });

const ALERTING = shapeOf<AlertingProps>('AlertingProps', {
  userIds: VALUE,
  groupIds: VALUE,
  noticeWays: VALUE,
  webhookUrls: VALUE,
  language: VALUE,
  cpuPercent: VALUE,
  memoryPercent: VALUE,
  diskPercent: VALUE,
});

const REPLICATION = shapeOf<BackupReplicationProps>('BackupReplicationProps', { destinationBucket: VALUE, role: VALUE });

const BACKUP = shapeOf<BackupProps>('BackupProps', { appId: VALUE, noncurrentVersionDays: VALUE, replication: REPLICATION });

const REGISTRY = shapeOf<RegistryProps>('RegistryProps', { instanceId: VALUE, namespace: VALUE, severity: VALUE, cveAllowlist: VALUE });

const WEBHOOK = shapeOf<SecurityWebhookProps>('SecurityWebhookProps', { type: VALUE, url: VALUE, method: VALUE });

const RECIPIENTS = shapeOf<SecurityRecipientsProps>('SecurityRecipientsProps', { userIds: VALUE, groupIds: VALUE, channels: VALUE, webhooks: listOf(WEBHOOK) });

const SECURITY_ALARMS = shapeOf<SecurityAlarmsProps>('SecurityAlarmsProps', { enabled: VALUE, recipients: RECIPIENTS, deliveryIdentities: VALUE, adminRoles: VALUE });

const RUNTIME_SECURITY = shapeOf<RuntimeSecurityProps>('RuntimeSecurityProps', { enabled: VALUE });

const ISTIO = shapeOf<IstioInstallProps>('IstioInstallProps', { version: VALUE, proxyImage: VALUE, ingressGateway: VALUE });

const VELERO = shapeOf<VeleroInstallProps>('VeleroInstallProps', { version: VALUE, pluginImage: VALUE, credentials: VALUE });

const ADDONS = shapeOf<ClusterAddonsProps>('ClusterAddonsProps', { tkeBackup: VALUE, velero: VELERO, istio: ISTIO });

/** Props of MultiZoneCluster. */
export const CLUSTER_SHAPE: ObjectShape = shapeOf<MultiZoneClusterProps>('MultiZoneClusterProps', {
  region: VALUE,
  zones: VALUE,
  kubernetesVersion: VALUE,
  nodePools: listOf(NODE_POOL),
  clusterName: VALUE,
  vpcCidr: VALUE,
  subnetCidrs: VALUE,
  podCidr: VALUE,
  serviceCidr: VALUE,
  maxPodsPerNode: VALUE,
  clusterLevel: VALUE,
  tags: VALUE,
  audit: VALUE,
  eventPersistence: VALUE,
  deletionProtection: VALUE,
  secretsEncryption: VALUE,
  publicEndpoint: PUBLIC_ENDPOINT,
  logRetentionDays: LOG_RETENTION,
  metricsRetentionDays: VALUE,
  grafana: optOutOr(GRAFANA_SHAPE),
  alerting: ALERTING,
  backup: BACKUP,
  registry: REGISTRY,
  securityAlarms: optOutOr(SECURITY_ALARMS),
  runtimeSecurity: optOutOr(RUNTIME_SECURITY),
  tenantNamespaces: VALUE,
  addons: ADDONS,
  suppressions: VALUE,
});
