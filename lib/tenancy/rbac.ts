// The tenant's three roles. Every rule names its API groups, resources and verbs (no wildcards,
// KW-RBAC-003), so a new resource type or verb added to the cluster later is never granted by
// accident. No role reads Secrets through the API (KW-RBAC-004), execs into or attaches to pods or
// forwards ports (KW-RBAC-006), or binds, escalates or impersonates (KW-RBAC-007): admins manage
// RBAC objects, and the API server's escalation check then limits them to granting what they hold.
// That does not hide Secrets from the team: whoever may create workloads can mount any Secret of
// the namespace into a pod and read it there (Kubernetes docs, "Role Based Access Control Good
// Practices", workload creation). The README says so; keep such Secrets out of the namespace.
// Admins may write RoleBindings, so rbac-guard.ts refuses in the cluster the subjects that
// subjects.ts refuses in the props.
// The isolation objects (NetworkPolicies, quota, LimitRange, mesh policies) are read-only for
// every role: the platform owns the tenant's boundary.
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { RbacSubject } from './subjects';

/** One RBAC rule. @internal */
export interface RoleRule {
  /** API groups (`''` is the core group). */
  readonly apiGroups: readonly string[];
  /** Resources (and subresources). */
  readonly resources: readonly string[];
  /** Verbs. */
  readonly verbs: readonly string[];
}

/** The tenant roles. */
export type TenantRole = 'admin' | 'developer' | 'viewer';

const READ = ['get', 'list', 'watch'];
const WRITE = ['create', 'update', 'patch', 'delete'];

// What everyone in the tenant may look at. Secrets are absent on purpose; pods/log too, because
// logs often carry request data and viewers (auditors) read them in CLS with its own access control.
const VIEW: readonly RoleRule[] = [
  { apiGroups: [''], resources: ['configmaps', 'endpoints', 'events', 'limitranges', 'persistentvolumeclaims', 'pods', 'replicationcontrollers', 'resourcequotas', 'serviceaccounts', 'services'], verbs: READ },
  { apiGroups: ['apps'], resources: ['daemonsets', 'deployments', 'replicasets', 'statefulsets'], verbs: READ },
  { apiGroups: ['autoscaling'], resources: ['horizontalpodautoscalers'], verbs: READ },
  { apiGroups: ['batch'], resources: ['cronjobs', 'jobs'], verbs: READ },
  { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: READ },
  { apiGroups: ['events.k8s.io'], resources: ['events'], verbs: READ },
  { apiGroups: ['metrics.k8s.io'], resources: ['pods'], verbs: READ },
  { apiGroups: ['monitoring.coreos.com'], resources: ['podmonitors', 'prometheusrules', 'servicemonitors'], verbs: READ },
  { apiGroups: ['networking.k8s.io'], resources: ['ingresses', 'networkpolicies'], verbs: READ },
  { apiGroups: ['policy'], resources: ['poddisruptionbudgets'], verbs: READ },
  { apiGroups: ['rbac.authorization.k8s.io'], resources: ['rolebindings', 'roles'], verbs: READ },
  { apiGroups: ['security.istio.io'], resources: ['authorizationpolicies', 'peerauthentications'], verbs: READ },
];

// What developers change: their workloads and the objects those need, never pods directly
// (controllers own pods, KW-HA-008) except deleting one to force a restart.
const DEVELOP: readonly RoleRule[] = [
  { apiGroups: [''], resources: ['pods/log'], verbs: ['get'] },
  { apiGroups: [''], resources: ['pods'], verbs: ['delete'] },
  { apiGroups: [''], resources: ['configmaps', 'persistentvolumeclaims', 'services'], verbs: WRITE },
  { apiGroups: ['apps'], resources: ['deployments', 'statefulsets'], verbs: WRITE },
  { apiGroups: ['apps'], resources: ['deployments/scale', 'statefulsets/scale'], verbs: ['get', 'update', 'patch'] },
  { apiGroups: ['autoscaling'], resources: ['horizontalpodautoscalers'], verbs: WRITE },
  { apiGroups: ['batch'], resources: ['cronjobs', 'jobs'], verbs: WRITE },
  { apiGroups: ['monitoring.coreos.com'], resources: ['podmonitors', 'prometheusrules', 'servicemonitors'], verbs: WRITE },
  { apiGroups: ['networking.k8s.io'], resources: ['ingresses'], verbs: WRITE },
  { apiGroups: ['policy'], resources: ['poddisruptionbudgets'], verbs: WRITE },
];

// What only admins change: identities and access inside the tenant. Secrets get create, update,
// patch and delete without get/list/watch: an admin can rotate a credential without listing the
// others through the API (a pod that mounts them can still read them, see the header).
const ADMINISTER: readonly RoleRule[] = [
  { apiGroups: [''], resources: ['secrets'], verbs: WRITE },
  { apiGroups: [''], resources: ['serviceaccounts'], verbs: WRITE },
  { apiGroups: ['rbac.authorization.k8s.io'], resources: ['rolebindings', 'roles'], verbs: WRITE },
];

/** The rules of a tenant role, merged per API group and resource set. @internal */
export function roleRules(role: TenantRole): RoleRule[] {
  const rules = role === 'viewer' ? VIEW : role === 'developer' ? [...VIEW, ...DEVELOP] : [...VIEW, ...DEVELOP, ...ADMINISTER];
  return rules.map((r) => ({ apiGroups: [...r.apiGroups], resources: [...r.resources], verbs: [...r.verbs] }));
}

/** Name of the Role (and RoleBinding) of a tenant role. @internal */
export function roleName(role: TenantRole): string {
  return `tenant-${role}`;
}

/** The subjects of each role. */
export interface TenantSubjects {
  /** Admins. */
  readonly admin: readonly RbacSubject[];
  /** Developers. */
  readonly developer: readonly RbacSubject[];
  /** Viewers. */
  readonly viewer: readonly RbacSubject[];
}

/**
 * Adds the three Roles, a RoleBinding for each role that has subjects, and the namespace's
 * `default` ServiceAccount with token auto-mounting off (KW-RBAC-009, KW-RBAC-010): pods that do
 * not name a ServiceAccount get no API credentials.
 * @internal
 */
export function addTenantRbac(scope: Construct, namespace: string, labels: Record<string, string>, subjects: TenantSubjects): void {
  new k8s.KubeServiceAccount(scope, 'default-service-account', {
    metadata: { name: 'default', namespace, labels: { ...labels } },
    automountServiceAccountToken: false,
  });
  for (const role of ['admin', 'developer', 'viewer'] as const) {
    const name = roleName(role);
    new k8s.KubeRole(scope, `role-${role}`, {
      metadata: { name, namespace, labels: { ...labels } },
      rules: roleRules(role).map((r) => ({ apiGroups: [...r.apiGroups], resources: [...r.resources], verbs: [...r.verbs] })),
    });
    if (subjects[role].length === 0) continue;
    new k8s.KubeRoleBinding(scope, `binding-${role}`, {
      metadata: { name, namespace, labels: { ...labels } },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name },
      subjects: subjects[role].map((s) => ({
        kind: s.kind,
        name: s.name,
        ...(s.apiGroup ? { apiGroup: s.apiGroup } : {}),
        ...(s.namespace ? { namespace: s.namespace } : {}),
      })),
    });
  }
}
