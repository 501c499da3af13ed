// kubeward: secure-by-default multi-tenant platform constructs for TKE, checked by one catalog.
// This entry point is the engine and the cdk8s side; the Pulumi side is `kubeward/pulumi`
// (lib/pulumi.ts), so a cdk8s-only program never loads the Pulumi runtime.
//
// This file is the public API: every name a user may import, listed explicitly (no `export *`),
// each from the file that declares it. What is not listed here is internal, however the rooms
// export it to each other (such declarations carry `@internal` and are stripped from the .d.ts).
// To publish a name, add it below and run `npm run docgen`, which rewrites API.md and the pinned
// list test/api-surface.txt that test/api-surface.test.ts compares with this file.

// Errors: every construct throws KubewardError (construct path, prop, problem, fix).
export { KubewardError } from './core/errors';

// SecureTenant: one construct per team (lib/tenancy), and the parts its props configure.
export { SecureTenant } from './tenancy/secure-tenant';
export type { ITenant } from './tenancy/tenant-ref';
export type {
  AllowEgressOptions, AllowFromOptions, PodSecurityOptions, SecureTenantProps, TenantImagePolicyOptions, TenantMeshOptions, TenantNetworkOptions,
} from './tenancy/props';
export type { OptOut } from './tenancy/checks';
export type { ContainerLimitsProps, ResolvedQuota, ResourcePair, TenantQuotaProps } from './tenancy/quota';
export type { TenantRole, TenantSubjects } from './tenancy/rbac';
export type { RbacSubject } from './tenancy/subjects';
export { TENANT_LABEL } from './tenancy/resolve';
export type { ResolvedImagePolicy, ResolvedMesh, ResolvedTenant } from './tenancy/resolve';
export type { IstioSecurityVersion } from './mesh/peer-authentication';
export type { MeshControlPlanePeer, MeshOptions, MeshProvider, ProxyResources, ResolvedProxyResources } from './mesh/mode';
export type { BackupBackend, BackupVolumeData, ResolvedBackup, RestoreDrillOptions, TenantBackupOptions } from './backup/schedule';
export type { ResolvedAlerting, TenantAlertingOptions } from './observability/alerts';
export type { ResolvedLogging, TenantLoggingOptions } from './observability/log-config';
export { writeDashboards } from './observability/dashboards';
export type { DashboardWorkload, WrittenDashboards } from './observability/dashboards';
export type { AdmissionApiVersion } from './supply-chain/admission-policy';
export type { ResolvedSignatureVerification, SignatureVerificationOptions } from './supply-chain/kyverno';

// Peers: who may talk to a tenant or a workload (lib/network).
export { TenantPeer } from './network/peer';
export type {
  ITenantPeer, IngressGatewayPeerOptions, LabelSelectorSpec, MeshSource, MonitoringPeerOptions, NamespacePeerOptions, NetworkPeerSpec,
} from './network/peer';
export type { ResolvedPort, TenantPort } from './network/ports';

// Hardened workloads (lib/workloads).
export { HardenedDeployment } from './workloads/deployment';
export type { AutoscalingOptions, HardenedDeploymentProps } from './workloads/deployment';
export { HardenedStatefulSet } from './workloads/stateful-set';
export type { HardenedStatefulSetProps, PersistentVolumeOptions } from './workloads/stateful-set';
export { HardenedCronJob } from './workloads/cron-job';
export type { HardenedCronJobProps } from './workloads/cron-job';
export { HardenedWorkload } from './workloads/workload';
export type { ConnectionOptions } from './workloads/workload';
export { AppProtocol, ZoneSpread } from './workloads/pod-props';
export type { ContainerResources, HardenedPodProps, HardenedServiceProps, ProbeOptions, SecretMount, WorkloadSuppression } from './workloads/pod-props';
export { ExternalPeer } from './workloads/peers';
export type { IPeer } from './workloads/peers';
export { WORKLOAD_LABEL } from './workloads/hardening';

// Synthesis of large platforms (lib/app).
export { PlatformApp } from './app/platform-app';

// The engine (lib/policy): audit plain objects against the catalog.
export { audit, exitCodeOf, failingFindings } from './policy/engine';
export type { AuditReport, ControlResult, ControlStatus, ManifestSetInput, NotCovered } from './policy/engine';
export { controlsOf } from './policy/options';
export type { AuditOptions, Profile, ResolvedAuditOptions } from './policy/options';
export { SEVERITIES } from './policy/types';
export type { CloudResource, ControlInfo, ControlReferences, Finding, InputError, ObjectRef, ObjectSource, Severity } from './policy/types';
// The catalog.
export { CATALOG_DEFAULTS, CONTROLS } from './policy/catalog-data';
// Suppressions and opt-outs: the annotations that record a weakening and its reason.
export { MIN_REASON_LENGTH, SUPPRESS_ANNOTATION, UNSUPPRESSIBLE, formatSuppressions, parseSuppressions } from './policy/suppressions';
export type { ParsedSuppressions, Suppression } from './policy/suppressions';
export { OPT_OUTS_ANNOTATION, formatOptOuts, parseOptOuts } from './policy/opt-outs';
export type { OptedOutPart } from './policy/opt-outs';
// Reading manifests from files, directories and stdin, with the hostile-input limits.
export { auditLoaded, auditPaths } from './policy/input/audit-paths';
export type { AuditPathsOptions, PathAuditReport } from './policy/input/audit-paths';
export { loadPaths, loadText } from './policy/input/load';
export type { LoadResult } from './policy/input/load';
export type { LoadOptions } from './policy/input/options';
export type { KubeObject } from './policy/model/object';
// Reporters.
export { formatReport } from './policy/report/index';
export { REPORT_FORMATS } from './policy/report/options';
export type { RenderableReport, ReportFormat, ReportOptions } from './policy/report/options';
export { formatText } from './policy/report/text';
export { JSON_SCHEMA_VERSION, formatJson, toJsonReport } from './policy/report/json';
export type { JsonFinding, JsonReport, JsonSource } from './policy/report/json';
export { formatSarif, toSarif } from './policy/report/sarif';
export { formatJunit } from './policy/report/junit';
export { summarize } from './policy/report/summary';
export type { ReportSummary } from './policy/report/summary';

// Adapters of the engine: cdk8s synth gate and tree audits, the jest matcher, the cdk8s CLI plugin.
export { Compliance, auditApp, auditChart, auditConstruct } from './integrations/cdk8s';
export type { ConstructAuditOptions } from './integrations/cdk8s';
export { kubewardMatchers, toPassControls } from './integrations/jest';
export type { MatcherResult } from './integrations/jest';
export { KubewardValidation } from './plugin/cdk8s-validation';
export type { KubewardValidationProps, ValidationContextLike } from './plugin/cdk8s-validation';
