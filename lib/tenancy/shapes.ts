// The declared shapes of SecureTenant's props and of its methods' options (see
// lib/core/props-shape.ts: adding a prop to one of these interfaces, including the backup,
// logging, alerting and image-policy options of other families, means adding its key here, and
// `tsc` insists). resolveTenant checks the whole props tree against TENANT_SHAPE before anything
// else, so the families' resolvers see known keys only.
import type { AllowEgressOptions, AllowFromOptions, PodSecurityOptions, SecureTenantProps, TenantImagePolicyOptions, TenantNetworkOptions } from './props';
import type { ContainerLimitsProps, ResourcePair, TenantQuotaProps } from './quota';
import type { RestoreDrillOptions, TenantBackupOptions } from '../backup/schedule';
import { ObjectShape, VALUE, optOutOr, shapeOf } from '../core/props-shape';
import { MESH_OPTIONS_SHAPE } from '../mesh/mode';
import { PORTS_SHAPE } from '../network/shapes';
import type { TenantAlertingOptions } from '../observability/alerts';
import type { TenantLoggingOptions } from '../observability/log-config';
import type { SignatureVerificationOptions } from '../supply-chain/kyverno';

const QUOTA = shapeOf<TenantQuotaProps>('TenantQuotaProps', {
  cpu: VALUE,
  memory: VALUE,
  limitsCpu: VALUE,
  limitsMemory: VALUE,
  pods: VALUE,
  services: VALUE,
  persistentVolumeClaims: VALUE,
  storage: VALUE,
  loadBalancers: VALUE,
  nodePorts: VALUE,
});

const PAIR = shapeOf<ResourcePair>('ResourcePair', { cpu: VALUE, memory: VALUE });

const LIMITS = shapeOf<ContainerLimitsProps>('ContainerLimitsProps', { defaultRequest: PAIR, defaultLimit: PAIR, min: PAIR, max: PAIR });

const POD_SECURITY = shapeOf<PodSecurityOptions>('PodSecurityOptions', { level: VALUE, reason: VALUE, version: VALUE });

// The two deny flags take true or an opt-out; an opt-out object may hold nothing else.
const NETWORK = shapeOf<TenantNetworkOptions>('TenantNetworkOptions', {
  defaultDenyIngress: optOutOr(shapeOf<object>('true or an opt-out', {})),
  defaultDenyEgress: optOutOr(shapeOf<object>('true or an opt-out', {})),
  allowIntraTenant: VALUE,
  nodeLocalDnsCache: VALUE,
});

// The mesh options are declared once, beside the mesh modes (lib/mesh/mode.ts); TenantMeshOptions adds nothing.
const MESH: ObjectShape = MESH_OPTIONS_SHAPE;

const BACKUP = shapeOf<TenantBackupOptions>('TenantBackupOptions', {
  enabled: VALUE,
  backend: VALUE,
  schedule: VALUE,
  ttl: VALUE,
  storageLocation: VALUE,
  volumeData: VALUE,
  veleroNamespace: VALUE,
}, {
  snapshotVolumes: 'it is replaced by volumeData ("fs-backup", "csi-snapshot" or "none"): snapshotVolumes captures no data without a VolumeSnapshotLocation or CSI snapshots, and Velero has none for CBS disks',
});

const LOGGING = shapeOf<TenantLoggingOptions>('TenantLoggingOptions', { enabled: VALUE, topicId: VALUE, logsetName: VALUE, retentionDays: VALUE });

const ALERTING = shapeOf<TenantAlertingOptions>('TenantAlertingOptions', { enabled: VALUE, runbookBaseUrl: VALUE, ruleLabels: VALUE });

const SIGNATURES = shapeOf<SignatureVerificationOptions>('SignatureVerificationOptions', { publicKeys: VALUE, requireTransparencyLog: VALUE });

const IMAGE_POLICY = shapeOf<TenantImagePolicyOptions>('TenantImagePolicyOptions', { enabled: VALUE, admissionApiVersion: VALUE, signatureVerification: SIGNATURES });

/** Props of SecureTenant. */
export const TENANT_SHAPE: ObjectShape = shapeOf<SecureTenantProps>('SecureTenantProps', {
  namespace: VALUE,
  owner: VALUE,
  quota: QUOTA,
  limits: LIMITS,
  admins: VALUE,
  developers: VALUE,
  viewers: VALUE,
  trustedRegistries: VALUE,
  podSecurity: POD_SECURITY,
  network: NETWORK,
  mesh: optOutOr(MESH),
  backup: optOutOr(BACKUP),
  logging: optOutOr(LOGGING),
  alerting: optOutOr(ALERTING),
  imagePolicy: optOutOr(IMAGE_POLICY),
});

/** Options of `SecureTenant.allowFrom`. */
export const ALLOW_FROM_SHAPE: ObjectShape = shapeOf<AllowFromOptions>('AllowFromOptions', { ports: PORTS_SHAPE });

/** Options of `SecureTenant.allowEgressTo`. */
export const ALLOW_EGRESS_SHAPE: ObjectShape = shapeOf<AllowEgressOptions>('AllowEgressOptions', { name: VALUE, cidr: VALUE, ports: PORTS_SHAPE });

/** Options of `SecureTenant.restoreDrill`. */
export const RESTORE_DRILL_SHAPE: ObjectShape = shapeOf<RestoreDrillOptions>('RestoreDrillOptions', { targetNamespace: VALUE, name: VALUE });
