// The API server's own RBAC objects (the "bootstrap policy"), so that a cluster dump that contains
// them is not reported for what Kubernetes itself creates. The label
// kubernetes.io/bootstrapping=rbac-defaults alone proves nothing (anyone can write it), so an
// object is a built-in only when its label, kind, name and content all match the table below.
//
// Source: kubernetes/kubernetes plugin/pkg/auth/authorizer/rbac/bootstrappolicy/
//   - policy.go ClusterRoles() / ClusterRoleBindings() and their golden files
//     testdata/cluster-roles.yaml, testdata/cluster-role-bindings.yaml;
//   - namespace_policy.go and testdata/namespace-role-bindings.yaml (Roles/RoleBindings in
//     kube-system and kube-public);
//   - controller_policy.go: every controller role is named `system:controller:<name>` (saRolePrefix)
//     and bound by a ClusterRoleBinding of the same name to exactly ServiceAccount kube-system/<name>.
import type { KubeObject } from './object';

/** The label the API server puts on its bootstrap policy. */
const LABEL = 'kubernetes.io/bootstrapping';
/** Prefix of the controller roles and bindings (controller_policy.go saRolePrefix). */
export const CONTROLLER_ROLE_PREFIX = 'system:controller:';

/** One subject of a built-in binding: `Kind/name` or `ServiceAccount/namespace/name`. */
type SubjectKey = string;

/** A built-in binding: its role and its exact subjects. */
interface BuiltInBinding {
  readonly roleKind: 'ClusterRole' | 'Role';
  readonly role: string;
  readonly subjects: readonly SubjectKey[];
}

/** ClusterRoleBindings of policy.go ClusterRoleBindings() (testdata/cluster-role-bindings.yaml). */
export const BUILT_IN_CLUSTER_ROLE_BINDINGS: ReadonlyMap<string, BuiltInBinding> = new Map<string, BuiltInBinding>([
  ['cluster-admin', { roleKind: 'ClusterRole', role: 'cluster-admin', subjects: ['Group/system:masters'] }],
  ['system:basic-user', { roleKind: 'ClusterRole', role: 'system:basic-user', subjects: ['Group/system:authenticated'] }],
  ['system:discovery', { roleKind: 'ClusterRole', role: 'system:discovery', subjects: ['Group/system:authenticated'] }],
  ['system:public-info-viewer', { roleKind: 'ClusterRole', role: 'system:public-info-viewer', subjects: ['Group/system:authenticated', 'Group/system:unauthenticated'] }],
  ['system:kube-controller-manager', { roleKind: 'ClusterRole', role: 'system:kube-controller-manager', subjects: ['User/system:kube-controller-manager'] }],
  ['system:kube-dns', { roleKind: 'ClusterRole', role: 'system:kube-dns', subjects: ['ServiceAccount/kube-system/kube-dns'] }],
  ['system:kube-scheduler', { roleKind: 'ClusterRole', role: 'system:kube-scheduler', subjects: ['User/system:kube-scheduler'] }],
  ['system:volume-scheduler', { roleKind: 'ClusterRole', role: 'system:volume-scheduler', subjects: ['User/system:kube-scheduler'] }],
  ['system:node', { roleKind: 'ClusterRole', role: 'system:node', subjects: [] }],
  ['system:node-proxier', { roleKind: 'ClusterRole', role: 'system:node-proxier', subjects: ['User/system:kube-proxy'] }],
  ['system:monitoring', { roleKind: 'ClusterRole', role: 'system:monitoring', subjects: ['Group/system:monitoring'] }],
  ['system:service-account-issuer-discovery', { roleKind: 'ClusterRole', role: 'system:service-account-issuer-discovery', subjects: ['Group/system:serviceaccounts'] }],
]);

/** RoleBindings of namespace_policy.go (testdata/namespace-role-bindings.yaml), keyed `namespace/name`. */
export const BUILT_IN_ROLE_BINDINGS: ReadonlyMap<string, BuiltInBinding> = new Map<string, BuiltInBinding>([
  ['kube-public/system:controller:bootstrap-signer', { roleKind: 'Role', role: 'system:controller:bootstrap-signer', subjects: ['ServiceAccount/kube-system/bootstrap-signer'] }],
  ['kube-system/system::extension-apiserver-authentication-reader', { roleKind: 'Role', role: 'extension-apiserver-authentication-reader', subjects: ['User/system:kube-controller-manager', 'User/system:kube-scheduler'] }],
  ['kube-system/system::leader-locking-kube-controller-manager', { roleKind: 'Role', role: 'system::leader-locking-kube-controller-manager', subjects: ['User/system:kube-controller-manager', 'ServiceAccount/kube-system/kube-controller-manager', 'ServiceAccount/kube-system/leader-election-controller'] }],
  ['kube-system/system::leader-locking-kube-scheduler', { roleKind: 'Role', role: 'system::leader-locking-kube-scheduler', subjects: ['User/system:kube-scheduler', 'ServiceAccount/kube-system/kube-scheduler'] }],
  ['kube-system/system:controller:bootstrap-signer', { roleKind: 'Role', role: 'system:controller:bootstrap-signer', subjects: ['ServiceAccount/kube-system/bootstrap-signer'] }],
  ['kube-system/system:controller:cloud-provider', { roleKind: 'Role', role: 'system:controller:cloud-provider', subjects: ['ServiceAccount/kube-system/cloud-provider'] }],
  ['kube-system/system:controller:token-cleaner', { roleKind: 'Role', role: 'system:controller:token-cleaner', subjects: ['ServiceAccount/kube-system/token-cleaner'] }],
]);

/** ClusterRoles of policy.go ClusterRoles() (testdata/cluster-roles.yaml); controller roles match by prefix. */
export const BUILT_IN_CLUSTER_ROLES: ReadonlySet<string> = new Set([
  'admin', 'edit', 'view', 'cluster-admin',
  'system:aggregate-to-admin', 'system:aggregate-to-edit', 'system:aggregate-to-view',
  'system:auth-delegator', 'system:basic-user', 'system:discovery', 'system:public-info-viewer',
  'system:heapster', 'system:kube-aggregator', 'system:kube-controller-manager', 'system:kube-dns',
  'system:kube-scheduler', 'system:volume-scheduler', 'system:kubelet-api-admin', 'system:monitoring',
  'system:node', 'system:node-bootstrapper', 'system:node-problem-detector', 'system:node-proxier',
  'system:persistent-volume-provisioner', 'system:service-account-issuer-discovery',
  'system:certificates.k8s.io:certificatesigningrequests:nodeclient',
  'system:certificates.k8s.io:certificatesigningrequests:selfnodeclient',
  'system:certificates.k8s.io:kube-apiserver-client-approver',
  'system:certificates.k8s.io:kube-apiserver-client-kubelet-approver',
  'system:certificates.k8s.io:kubelet-serving-approver',
  'system:certificates.k8s.io:legacy-unknown-approver',
]);

/** Roles of namespace_policy.go, keyed `namespace/name`. */
export const BUILT_IN_ROLES: ReadonlySet<string> = new Set([
  'kube-system/extension-apiserver-authentication-reader',
  'kube-system/system::leader-locking-kube-controller-manager',
  'kube-system/system::leader-locking-kube-scheduler',
  'kube-system/system:controller:bootstrap-signer',
  'kube-system/system:controller:cloud-provider',
  'kube-system/system:controller:token-cleaner',
  'kube-public/system:controller:bootstrap-signer',
]);

/** The rules of the built-in cluster-admin (policy.go): everything, and every non-resource URL. */
const CLUSTER_ADMIN_RULES = JSON.stringify([
  { apiGroups: ['*'], resources: ['*'], verbs: ['*'] },
  { nonResourceURLs: ['*'], verbs: ['*'] },
]);

function rec(v: unknown): Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

function subjectKeys(raw: unknown): SubjectKey[] | undefined {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) return undefined;
  const keys: SubjectKey[] = [];
  for (const s of raw) {
    const r = rec(s);
    if (typeof r.kind !== 'string' || typeof r.name !== 'string') return undefined;
    keys.push(r.kind === 'ServiceAccount' ? `ServiceAccount/${r.namespace ?? ''}/${r.name}` : `${r.kind}/${r.name}`);
  }
  return keys.sort();
}

function bindingMatches(obj: KubeObject, want: BuiltInBinding): boolean {
  const ref = rec(obj.raw.roleRef);
  if (ref.kind !== want.roleKind || ref.name !== want.role) return false;
  const got = subjectKeys(obj.raw.subjects);
  return got !== undefined && JSON.stringify(got) === JSON.stringify([...want.subjects].sort());
}

/** A role's rules with the fields the authorizer reads, for comparison. */
function normalRules(raw: unknown): string {
  const rules = Array.isArray(raw) ? raw : [];
  return JSON.stringify(rules.map((r) => {
    const x = rec(r);
    const out: Record<string, unknown> = {};
    for (const k of ['apiGroups', 'resources', 'resourceNames', 'nonResourceURLs', 'verbs']) if (x[k] !== undefined) out[k] = x[k];
    return out;
  }));
}

/**
 * Whether an object is one of the API server's own bootstrap RBAC objects: it carries
 * kubernetes.io/bootstrapping=rbac-defaults AND its kind, name and content are those of a
 * built-in. Bindings must bind the built-in role to exactly the built-in subjects; the built-in
 * cluster-admin ClusterRole must have exactly its two rules. Other built-in roles are matched by
 * name and scope (their full rule lists are not mirrored here; a renamed copy never matches).
 */
export function isBuiltInRbacObject(obj: KubeObject): boolean {
  if (obj.labels[LABEL] !== 'rbac-defaults') return false;
  const ns = obj.namespace ?? '';
  switch (obj.kind) {
    case 'ClusterRoleBinding': {
      const known = BUILT_IN_CLUSTER_ROLE_BINDINGS.get(obj.name);
      if (known) return bindingMatches(obj, known);
      if (!obj.name.startsWith(CONTROLLER_ROLE_PREFIX)) return false;
      const sa = obj.name.slice(CONTROLLER_ROLE_PREFIX.length);
      return sa !== '' && bindingMatches(obj, { roleKind: 'ClusterRole', role: obj.name, subjects: [`ServiceAccount/kube-system/${sa}`] });
    }
    case 'RoleBinding': {
      const known = BUILT_IN_ROLE_BINDINGS.get(`${ns}/${obj.name}`);
      return known !== undefined && bindingMatches(obj, known);
    }
    case 'ClusterRole':
      if (obj.name === 'cluster-admin') return normalRules(obj.raw.rules) === CLUSTER_ADMIN_RULES;
      return BUILT_IN_CLUSTER_ROLES.has(obj.name) || (obj.name.startsWith(CONTROLLER_ROLE_PREFIX) && obj.name.length > CONTROLLER_ROLE_PREFIX.length);
    case 'Role':
      return BUILT_IN_ROLES.has(`${ns}/${obj.name}`);
    default:
      return false;
  }
}
