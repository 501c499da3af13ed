// MultiZoneCluster: a secure-by-default multi-zone TKE cluster as a Pulumi component, its props,
// the TKE version table, and the adapter that lets the control engine audit what it registers.
export * from './multi-zone-cluster';
export * from './props';
export { cloudResourcesOf } from './cloud-resources';
export { CLUSTER_TAG, MAX_NODE_POOL_NAME, resolveCluster } from './resolve';
export type { ResolvedCluster, ResolvedNodePool } from './resolve';
export { TKE_VERSIONS, TKE_VERSIONS_CHECKED, TKE_VERSION_SOURCES, lookupTkeVersion, supportedTkeVersions } from './versions';
export type { TkeVersion, TkeVersionStage, VersionLookup } from './versions';
export { KUBERNETES_ALERT_RULES } from './alert-rules';
export type { PromAlertRule } from './alert-rules';
export { tencentCloudMocks, mockIntranetKubeconfig, mockInternetKubeconfig } from './mocks';
export type { TencentCloudMockOptions } from './mocks';
