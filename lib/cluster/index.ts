// MultiZoneCluster: a secure-by-default multi-zone TKE cluster as a Pulumi component, its props,
// the TKE version table, and the adapter that lets the control engine audit what it registers.
// Public (also exported by lib/index.ts or lib/pulumi.ts).
export { cloudResourcesOf } from './cloud-resources';
export { mockInternetKubeconfig, mockIntranetKubeconfig, tencentCloudMocks } from './mocks';
export type { TencentCloudMockOptions } from './mocks';
export { MultiZoneCluster } from './multi-zone-cluster';
export type { ClusterTopicIds, RegisteredChild } from './multi-zone-cluster';
export type { AlertingProps, BackupProps, BackupReplicationProps, LogRetentionProps, MultiZoneClusterProps, NodePoolSpec, PublicEndpointProps, RegistryProps } from './props';
export type { ClusterOptOut, RuntimeSecurityProps, SecurityAlarmsProps, SecurityRecipientsProps, SecurityWebhookProps } from './props';
export type { ResolvedCluster, ResolvedNodePool, ResolvedSecurityAlarms, ResolvedSecurityRecipients } from './resolve';
export { SECURITY_DETECTIONS } from './detections';
export type { AuditTrail, DetectionContext, DetectionSeverity, SecurityDetection } from './detections';
export { lookupTkeVersion, supportedTkeVersions, TKE_VERSION_SOURCES, TKE_VERSIONS, TKE_VERSIONS_CHECKED } from './versions';
export type { TkeVersion, TkeVersionStage, VersionLookup } from './versions';
// In-repo only: for the other rooms and the tests, not part of the package API.
/** @internal */
export { KUBERNETES_ALERT_RULES } from './alert-rules';
/** @internal */
export type { PromAlertRule } from './alert-rules';
/** @internal */
export { CLUSTER_TAG, MAX_NODE_POOL_NAME, resolveCluster } from './resolve';
