// API versions the Kubernetes API server no longer serves (KW-AUD-003), and the built-in API
// groups, so that custom resources (whose versions the catalog leaves out of scope) can be told apart.

/**
 * Removed group/versions, as the catalog lists them. Manifests written against them fail to
 * apply on current clusters (or, for the few still served, on the next upgrade).
 */
export const REMOVED_API_VERSIONS: ReadonlySet<string> = new Set([
  'extensions/v1beta1',
  'apps/v1beta1',
  'apps/v1beta2',
  'batch/v1beta1',
  'policy/v1beta1',
  'autoscaling/v2beta1',
  'autoscaling/v2beta2',
  'networking.k8s.io/v1beta1',
  'rbac.authorization.k8s.io/v1beta1',
  'rbac.authorization.k8s.io/v1alpha1',
  'admissionregistration.k8s.io/v1beta1',
  'apiextensions.k8s.io/v1beta1',
  'storage.k8s.io/v1beta1',
  'scheduling.k8s.io/v1beta1',
  'discovery.k8s.io/v1beta1',
  'events.k8s.io/v1beta1',
  'node.k8s.io/v1beta1',
  'certificates.k8s.io/v1beta1',
  'coordination.k8s.io/v1beta1',
  'flowcontrol.apiserver.k8s.io/v1beta1',
  'flowcontrol.apiserver.k8s.io/v1beta2',
  'flowcontrol.apiserver.k8s.io/v1beta3',
]);

/**
 * API groups served by Kubernetes itself (the core group is `''`), plus `audit.k8s.io`, whose
 * Policy is a configuration file of the API server rather than a custom resource. Any other
 * group belongs to a custom resource.
 */
export const BUILTIN_API_GROUPS: ReadonlySet<string> = new Set([
  '',
  'admissionregistration.k8s.io',
  'apiextensions.k8s.io',
  'apiregistration.k8s.io',
  'apps',
  'audit.k8s.io',
  'authentication.k8s.io',
  'authorization.k8s.io',
  'autoscaling',
  'batch',
  'certificates.k8s.io',
  'coordination.k8s.io',
  'discovery.k8s.io',
  'events.k8s.io',
  'extensions',
  'flowcontrol.apiserver.k8s.io',
  'internal.apiserver.k8s.io',
  'networking.k8s.io',
  'node.k8s.io',
  'policy',
  'rbac.authorization.k8s.io',
  'resource.k8s.io',
  'scheduling.k8s.io',
  'storage.k8s.io',
  'storagemigration.k8s.io',
]);

/** Whether an API group is served by Kubernetes itself rather than by a CustomResourceDefinition. */
export function isBuiltinGroup(group: string): boolean {
  return BUILTIN_API_GROUPS.has(group);
}

/** Whether an apiVersion (`group/version`) is one the catalog lists as removed. */
export function isRemovedApiVersion(apiVersion: string): boolean {
  return REMOVED_API_VERSIONS.has(apiVersion);
}
