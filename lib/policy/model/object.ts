import type { ObjectRef, ObjectSource } from '../types';

/**
 * API groups that used to serve a kind which now lives elsewhere. The catalog still evaluates
 * these legacy objects (extensions/v1beta1 Deployment is a Deployment), so the engine normalizes
 * them to the modern group before dispatching rules.
 */
const LEGACY_GROUPS: Record<string, Record<string, string>> = {
  extensions: {
    Deployment: 'apps',
    DaemonSet: 'apps',
    ReplicaSet: 'apps',
    NetworkPolicy: 'networking.k8s.io',
    Ingress: 'networking.k8s.io',
    PodSecurityPolicy: 'policy',
  },
};

/** Group-qualified kinds of every workload kind of the catalog (core group has no prefix). */
export const WORKLOAD_KINDS: ReadonlySet<string> = new Set([
  'Pod',
  'ReplicationController',
  'apps/Deployment',
  'apps/StatefulSet',
  'apps/DaemonSet',
  'apps/ReplicaSet',
  'batch/Job',
  'batch/CronJob',
]);

/** Group-qualified kinds that are cluster-scoped (everything else is taken as namespaced). */
const CLUSTER_SCOPED: ReadonlySet<string> = new Set([
  'Namespace',
  'Node',
  'PersistentVolume',
  'ComponentStatus',
  'rbac.authorization.k8s.io/ClusterRole',
  'rbac.authorization.k8s.io/ClusterRoleBinding',
  'storage.k8s.io/StorageClass',
  'storage.k8s.io/CSIDriver',
  'storage.k8s.io/CSINode',
  'storage.k8s.io/VolumeAttachment',
  'apiextensions.k8s.io/CustomResourceDefinition',
  'apiregistration.k8s.io/APIService',
  'scheduling.k8s.io/PriorityClass',
  'node.k8s.io/RuntimeClass',
  'networking.k8s.io/IngressClass',
  'policy/PodSecurityPolicy',
  'certificates.k8s.io/CertificateSigningRequest',
  'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
  'admissionregistration.k8s.io/MutatingWebhookConfiguration',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicy',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding',
  'flowcontrol.apiserver.k8s.io/FlowSchema',
  'flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration',
  'kyverno.io/ClusterPolicy',
  'velero.io/ServerStatusRequest',
  'audit.k8s.io/Policy',
  'cert-manager.io/ClusterIssuer',
  // TKE's log collection rule: cluster-scoped (its selfLink is /apis/cls.cloud.tencent.com/v1/logconfigs/<name>).
  'cls.cloud.tencent.com/LogConfig',
]);

/**
 * A Kubernetes object as the engine sees it: the raw plain object plus the few facts every
 * rule needs, computed once.
 */
export interface KubeObject {
  /** The object exactly as read or synthesized. */
  readonly raw: Record<string, any>;
  /** apiVersion as written (`apps/v1`). */
  readonly apiVersion: string;
  /** API group, `''` for the core group. */
  readonly group: string;
  /** API version part (`v1`). */
  readonly version: string;
  /** kind as written. */
  readonly kind: string;
  /**
   * Group-qualified kind used for dispatch: `Pod`, `apps/Deployment`,
   * `security.istio.io/PeerAuthentication`. Legacy groups are normalized.
   */
  readonly gk: string;
  /** metadata.name, `''` when absent. */
  readonly name: string;
  /** metadata.namespace as written. */
  readonly namespace?: string;
  /** The namespace the object lands in: as written, else `default` for namespaced kinds. */
  readonly effectiveNamespace?: string;
  /** Whether the kind is namespaced. */
  readonly namespaced: boolean;
  /** metadata.labels (empty object when absent). */
  readonly labels: Record<string, string>;
  /** metadata.annotations (empty object when absent). */
  readonly annotations: Record<string, string>;
  /** Where it came from. */
  readonly source: ObjectSource;
}

function asRecord(v: unknown): Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(asRecord(v))) {
    out[k] = val === null || val === undefined ? '' : String(val);
  }
  return out;
}

/** Splits an apiVersion into group and version (`v1` is the core group). */
export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

/** The dispatch key of a group and kind: `Pod`, `apps/Deployment`. */
export function groupKind(group: string, kind: string): string {
  const normalized = LEGACY_GROUPS[group]?.[kind] ?? group;
  return normalized ? `${normalized}/${kind}` : kind;
}

/**
 * Whether objects of an apiVersion and kind live in a namespace, by the engine's scope model
 * (unknown kinds, custom resources included, count as namespaced, as most are). The constructs
 * ask this too, so a tenant places exactly the objects the engine audits as namespaced.
 */
export function isNamespacedKind(apiVersion: string, kind: string): boolean {
  return !CLUSTER_SCOPED.has(groupKind(splitApiVersion(apiVersion).group, kind));
}

/**
 * Wraps a plain object for the engine. Returns undefined when the value is not an object with
 * string `apiVersion` and `kind` (the caller reports that as a shape error).
 * @internal
 */
export function toKubeObject(raw: unknown, source: ObjectSource = {}): KubeObject | undefined {
  const obj = asRecord(raw);
  if (typeof obj.apiVersion !== 'string' || typeof obj.kind !== 'string' || !obj.apiVersion || !obj.kind) {
    return undefined;
  }
  const { group, version } = splitApiVersion(obj.apiVersion);
  const gk = groupKind(group, obj.kind);
  const metadata = asRecord(obj.metadata);
  const namespaced = !CLUSTER_SCOPED.has(gk);
  const namespace = typeof metadata.namespace === 'string' && metadata.namespace ? metadata.namespace : undefined;
  return {
    raw: obj,
    apiVersion: obj.apiVersion,
    group,
    version,
    kind: obj.kind,
    gk,
    name: typeof metadata.name === 'string' ? metadata.name : '',
    namespace,
    effectiveNamespace: namespaced ? namespace ?? 'default' : undefined,
    namespaced,
    labels: stringMap(metadata.labels),
    annotations: stringMap(metadata.annotations),
    source,
  };
}

/** Whether the object is one of the catalog's workload kinds. */
export function isWorkload(obj: KubeObject): boolean {
  return WORKLOAD_KINDS.has(obj.gk);
}

/** A short reference for reports. */
export function refOf(obj: KubeObject): ObjectRef {
  return { apiVersion: obj.apiVersion, kind: obj.kind, name: obj.name, namespace: obj.namespace };
}
