// kubeward/pulumi: the Pulumi side (Tencent Cloud resources, the TKE cluster component,
// delivery of cdk8s apps, and the CrossGuard policies).
//
// This file is the public API of `kubeward/pulumi`, listed explicitly like lib/index.ts: to
// publish a name, add it below and run `npm run docgen` (API.md and test/api-surface.txt).

// MultiZoneCluster: a secure-by-default multi-zone TKE cluster (lib/cluster), its props and what it exposes.
export { MultiZoneCluster } from './cluster/multi-zone-cluster';
export type { ClusterTopicIds, RegisteredChild } from './cluster/multi-zone-cluster';
export type { GrafanaOptOut, GrafanaProps } from './cluster/grafana';
export type {
  AlertingProps, BackupProps, BackupReplicationProps, LogRetentionProps, MultiZoneClusterProps, NodePoolSpec, PublicEndpointProps, RegistryProps,
} from './cluster/props';
export type { ClusterAddonsProps, IstioInstallProps, VeleroInstallProps } from './cluster/props';
export type { ResolvedAddons } from './cluster/resolve';
export type { ClusterOptOut, RuntimeSecurityProps, SecurityAlarmsProps, SecurityRecipientsProps, SecurityWebhookProps } from './cluster/props';
export type { ResolvedCluster, ResolvedNodePool, ResolvedSecurityAlarms, ResolvedSecurityRecipients } from './cluster/resolve';
// The security detections MultiZoneCluster alarms on (lib/cluster/detections), as data.
export { SECURITY_DETECTIONS } from './cluster/detections';
export type { AuditTrail, DetectionContext, DetectionSeverity, SecurityDetection } from './cluster/detections';
// The TKE version table the cluster's version is checked against.
export { TKE_VERSIONS, TKE_VERSIONS_CHECKED, TKE_VERSION_SOURCES, lookupTkeVersion, supportedTkeVersions } from './cluster/versions';
export type { TkeVersion, TkeVersionStage, VersionLookup } from './cluster/versions';
// The engine's view of a cluster's cloud resources, for `audit({ objects, resources })`.
export { cloudResourcesOf } from './cluster/cloud-resources';
// Pulumi mocks of the Tencent Cloud provider, for a user's own unit tests of their program.
export { mockInternetKubeconfig, mockIntranetKubeconfig, tencentCloudMocks } from './cluster/mocks';
export type { TencentCloudMockOptions } from './cluster/mocks';

// PlatformRelease: a cdk8s app deployed to a cluster behind the release gate (lib/delivery).
export { PlatformRelease } from './delivery/platform-release';
export type { PlatformReleaseArgs } from './delivery/platform-release';

// The catalog as a CrossGuard policy pack (lib/crossguard).
export { kubewardPolicies } from './crossguard/policies';
export type { KubewardPolicyOptions } from './crossguard/policies';

// The Tencent Cloud provider's resource classes, namespaced like the official SDK's modules
// (tencentcloud.kubernetes.Cluster, tencentcloud.vpc.Instance, ...).
export * as tencentcloud from './tencentcloud';
