// API versions the Kubernetes API server deprecated or no longer serves, by release (KW-AUD-003), and the built-in API
// groups, so that custom resources (whose versions the catalog leaves out of scope) can be told apart.

/** When Kubernetes deprecated and stopped serving one group/version (optionally only some of its kinds). */
export interface ApiVersionRetirement {
  /** `group/version`. */
  readonly apiVersion: string;
  /** The kinds this entry is about; absent for every kind of the group/version not listed elsewhere. */
  readonly kinds?: readonly string[];
  /**
   * The minor that deprecated it; absent when that was before 1.25, the oldest target, so it is
   * reported at every target.
   */
  readonly deprecatedIn?: number;
  /** The minor that stopped serving it, when known. */
  readonly removedIn?: number;
}

/**
 * Retired built-in API versions, from the Kubernetes deprecated API migration guide
 * (kubernetes.io/docs/reference/using-api/deprecation-guide: the release that removed each version,
 * and the release that brought its replacement). Manifests written against them fail to apply once
 * removed; KW-AUD-003 reports them from the release that deprecated them.
 */
export const RETIRED_API_VERSIONS: readonly ApiVersionRetirement[] = [
  { apiVersion: 'extensions/v1beta1', removedIn: 22 },
  { apiVersion: 'apps/v1beta1', removedIn: 16 },
  { apiVersion: 'apps/v1beta2', removedIn: 16 },
  { apiVersion: 'batch/v1beta1', removedIn: 25 },
  { apiVersion: 'policy/v1beta1', removedIn: 25 },
  { apiVersion: 'autoscaling/v2beta1', removedIn: 25 },
  { apiVersion: 'autoscaling/v2beta2', removedIn: 26 },
  { apiVersion: 'networking.k8s.io/v1beta1', removedIn: 22 },
  { apiVersion: 'rbac.authorization.k8s.io/v1beta1', removedIn: 22 },
  { apiVersion: 'rbac.authorization.k8s.io/v1alpha1', removedIn: 22 },
  // v1beta1 came back in 1.28 for ValidatingAdmissionPolicy (beta), superseded by v1 in 1.30; the
  // webhook configurations of that version were removed in 1.22.
  { apiVersion: 'admissionregistration.k8s.io/v1beta1', kinds: ['ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding'], deprecatedIn: 30 },
  { apiVersion: 'admissionregistration.k8s.io/v1beta1', removedIn: 22 },
  { apiVersion: 'apiextensions.k8s.io/v1beta1', removedIn: 22 },
  { apiVersion: 'storage.k8s.io/v1beta1', removedIn: 22 },
  { apiVersion: 'scheduling.k8s.io/v1beta1', removedIn: 22 },
  { apiVersion: 'discovery.k8s.io/v1beta1', removedIn: 25 },
  { apiVersion: 'events.k8s.io/v1beta1', removedIn: 25 },
  { apiVersion: 'node.k8s.io/v1beta1', removedIn: 25 },
  { apiVersion: 'certificates.k8s.io/v1beta1', removedIn: 22 },
  { apiVersion: 'coordination.k8s.io/v1beta1', removedIn: 22 },
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta1', removedIn: 26 },
  // Replaced by v1beta3 (1.26), then by v1 (1.29).
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2', deprecatedIn: 26, removedIn: 29 },
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3', deprecatedIn: 29, removedIn: 32 },
];

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

/**
 * The retirement of an object's apiVersion and kind that applies on Kubernetes 1.`targetMinor`
 * (deprecated or removed by then), or undefined when that version still serves it undeprecated.
 */
export function retirementAt(apiVersion: string, kind: string, targetMinor: number): ApiVersionRetirement | undefined {
  const entries = RETIRED_API_VERSIONS.filter((r) => r.apiVersion === apiVersion);
  const entry = entries.find((r) => r.kinds?.includes(kind)) ?? entries.find((r) => r.kinds === undefined);
  if (!entry) return undefined;
  return entry.deprecatedIn === undefined || targetMinor >= entry.deprecatedIn ? entry : undefined;
}
