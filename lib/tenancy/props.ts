// The props of SecureTenant. Everything is on by default; each part that can be turned off takes
// `{ enabled: false, reason }`, and the reason is written into the tenant's Namespace (as a
// suppression for the control it weakens, and in the opt-out list), so an audit shows it.
import { OptOut } from './checks';
import { ContainerLimitsProps, TenantQuotaProps } from './quota';
import { TenantBackupOptions } from '../backup/schedule';
import type { MeshOptions } from '../mesh/mode';
import { TenantPort } from '../network/ports';
import { TenantAlertingOptions } from '../observability/alerts';
import { TenantLoggingOptions } from '../observability/log-config';
import { AdmissionApiVersion } from '../supply-chain/admission-policy';
import { SignatureVerificationOptions } from '../supply-chain/kyverno';

/** Pod Security Standards admission for the namespace. */
export interface PodSecurityOptions {
  /**
   * The level pods must meet (the `enforce` label); `audit` and `warn` stay `restricted` either way.
   * @default 'restricted' - the hardened profile every HardenedDeployment meets
   */
  readonly level?: 'restricted' | 'baseline';
  /**
   * Why the tenant needs `baseline` instead of `restricted` (required with `level: 'baseline'`).
   * @default - none needed for restricted
   */
  readonly reason?: string;
  /**
   * The Pod Security Standards version `enforce` is pinned to (`vMAJOR.MINOR` or `latest`).
   * @default 'v1.34' - the version kubeward checks its constructs against (the engine's default
   * kubernetesVersion, the newest TKE minor; CHECKED_PSS_VERSION), pinned so a cluster upgrade
   * cannot tighten admission under running teams unannounced; `audit` and `warn` use `latest` to
   * show what the next version would refuse. kubeward's audit reads this label: pods in the
   * namespace are checked against the pinned version
   */
  readonly version?: string;
}

/** Network isolation of the namespace. */
export interface TenantNetworkOptions {
  /**
   * Deny all ingress that no allow admits (KW-NET-001).
   * @default true - pass `{ enabled: false, reason }` to turn it off (suppresses KW-NET-001 with that reason)
   */
  readonly defaultDenyIngress?: true | OptOut;
  /**
   * Deny all egress that no allow admits (KW-NET-002); cluster DNS stays reachable.
   * @default true - pass `{ enabled: false, reason }` to turn it off (suppresses KW-NET-002 with that reason)
   */
  readonly defaultDenyEgress?: true | OptOut;
  /**
   * Let the tenant's pods reach each other on any port (NetworkPolicy both ways, and an Istio
   * ALLOW rule for the namespace's own identities).
   * @default false - workloads open the paths they need (HardenedDeployment.allowFrom)
   */
  readonly allowIntraTenant?: boolean;
  /**
   * Let the pods reach TKE's NodeLocal DNSCache add-on on its listener 169.254.20.10, UDP and TCP
   * 53: one /32 exception to the link-local guard, which keeps the rest of 169.254.0.0/16 (the
   * metadata service 169.254.0.23 above all) closed. Turn it on where the add-on is installed and
   * pods resolve through it (TKE docs 457/34061, 457/38711).
   * @default false - the add-on is optional; without this, pods reach only the CoreDNS pods
   */
  readonly nodeLocalDnsCache?: boolean;
}

/**
 * The mesh of the tenant: which mesh injects the sidecars and how (see `MeshOptions` in
 * lib/mesh/mode.ts for every field and its default).
 */
export interface TenantMeshOptions extends MeshOptions {}

/** Image policy of the tenant. */
export interface TenantImagePolicyOptions {
  /**
   * Set to true (or omit) to keep the policy on; `{ enabled: false, reason }` turns it off.
   * @default true - on unless turned off with a reason
   */
  readonly enabled?: true;
  /**
   * API version of the ValidatingAdmissionPolicy and its binding.
   * @default 'v1' - GA since Kubernetes 1.30; use 'v1beta1' on 1.28/1.29 clusters
   */
  readonly admissionApiVersion?: AdmissionApiVersion;
  /**
   * Verify cosign signatures with Kyverno (requires Kyverno in the cluster).
   * @default - no signature check: digest pinning and the registry allow-list only
   */
  readonly signatureVerification?: SignatureVerificationOptions;
}

/** Props of `SecureTenant`. */
export interface SecureTenantProps {
  /**
   * The namespace (and tenant) name, an RFC 1123 label.
   * @default - the construct id
   */
  readonly namespace?: string;
  /**
   * The owning team, written as the `owner` label (KW-AUD-002).
   * @default - the namespace name
   */
  readonly owner?: string;
  /** The namespace's resource budget (required: a tenant without a quota can starve the cluster). */
  readonly quota: TenantQuotaProps;
  /**
   * Per-container defaults and bounds.
   * @default - see ContainerLimitsProps; derived to fit inside the quota
   */
  readonly limits?: ContainerLimitsProps;
  /**
   * Subjects of the `tenant-admin` role (`user:…`, `group:…`, `serviceaccount:<ns>/<name>`).
   * @default [] - no binding is written
   */
  readonly admins?: readonly string[];
  /**
   * Subjects of the `tenant-developer` role.
   * @default []
   */
  readonly developers?: readonly string[];
  /**
   * Subjects of the `tenant-viewer` role.
   * @default []
   */
  readonly viewers?: readonly string[];
  /** Registries (host with optional path) the tenant's images must come from. */
  readonly trustedRegistries: readonly string[];
  /**
   * Pod Security Standards admission.
   * @default { level: 'restricted', version: 'v1.34' } (see PodSecurityOptions.version)
   */
  readonly podSecurity?: PodSecurityOptions;
  /**
   * Network isolation.
   * @default - default-deny both ways, DNS egress allowed, no intra-tenant traffic
   */
  readonly network?: TenantNetworkOptions;
  /**
   * The mesh, an explicit choice: STRICT mTLS and identity-based authorization through the mesh
   * that injects the tenant's sidecars (`{ proxyImage }` for Istio with its CNI node agent,
   * `{ provider: 'tcm', revision, cni, proxyImage, controlPlaneCidr }` for Tencent Cloud Mesh), or
   * `{ enabled: false, reason }` for clusters without a mesh (the MESH controls then do not apply,
   * and the Namespace records the reason). Required: the proxy image the mesh injects has no
   * default, and the tenant's image policy must know it.
   */
  readonly mesh: TenantMeshOptions | OptOut;
  /**
   * Velero backups of the namespace.
   * @default - daily at 02:00, kept 30 days, volumes included, location 'default'
   */
  readonly backup?: TenantBackupOptions | OptOut;
  /**
   * Shipping container stdout to CLS.
   * @default - on, into topic `<namespace>-stdout` of logset `kubeward-tenants`
   */
  readonly logging?: TenantLoggingOptions | OptOut;
  /**
   * Prometheus alerts on quota, crash loops, OOM kills and Pending pods.
   * @default - on
   */
  readonly alerting?: TenantAlertingOptions | OptOut;
  /**
   * Admission policy: digest-pinned images from the trusted registries only.
   * @default - on, admissionregistration.k8s.io/v1
   */
  readonly imagePolicy?: TenantImagePolicyOptions | OptOut;
}

/** Options of `SecureTenant.allowFrom`. */
export interface AllowFromOptions {
  /**
   * Ports the peer may reach.
   * @default - every port (for a mesh-exempt peer such as monitoring: its exempt ports)
   */
  readonly ports?: readonly TenantPort[];
}

/** Options of `SecureTenant.allowEgressTo`. */
export interface AllowEgressOptions {
  /** A name for the destination (RFC 1123 label), used in the policy name `allow-egress-<name>`. */
  readonly name: string;
  /** The destination range. If it contains 169.254.0.0/16, that range is excluded. */
  readonly cidr: string;
  /** Ports (at least one: an allow to a range on every port is rarely what a service needs). */
  readonly ports: readonly TenantPort[];
}
