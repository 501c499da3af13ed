// The tenant's RoleBinding guard. `tenant-admin` may write RoleBindings in the tenant (admins
// manage access inside their team), and the API server's escalation check only stops them from
// granting more than they hold, not from granting it to everyone: nothing in Kubernetes itself
// stops a binding of tenant-admin to system:authenticated. SecureTenant refuses such subjects in
// its own props; this ValidatingAdmissionPolicy refuses them in the cluster, for bindings written
// by anyone, from the same list (subjects.ts: EVERYONE_SUBJECTS, the ServiceAccount spellings and
// `subjectProblem`, which a test checks against this CEL subject by subject).
//
// The CEL uses only `has`, `==`, `!=`, `startsWith`, `all` and boolean operators, which
// Kubernetes CEL and @bufbuild/cel share, so tests evaluate the exact expressions shipped.
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { EVERYONE_SUBJECTS, SERVICE_ACCOUNTS_GROUP, SERVICE_ACCOUNT_USER_PREFIX } from './subjects';
import { AdmissionApiVersion, addTenantAdmissionPolicy } from '../supply-chain/admission-policy';

function celString(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Name of a tenant's RoleBinding guard (cluster-scoped, so the namespace is part of the name). @internal */
export function roleBindingGuardName(namespace: string): string {
  return `kubeward-rolebindings-${namespace}`;
}

/** The CEL variables and validations of the guard for a tenant namespace (exported for tests). @internal */
export function roleBindingGuardCel(namespace: string): {
  variables: Array<{ name: string; expression: string }>;
  validations: Array<{ expression: string; message: string; reason: string }>;
} {
  const ns = celString(namespace);
  const ownUser = celString(`${SERVICE_ACCOUNT_USER_PREFIX}${namespace}:`);
  const userPrefix = celString(SERVICE_ACCOUNT_USER_PREFIX);
  const allSas = celString(SERVICE_ACCOUNTS_GROUP);
  const nsSas = celString(`${SERVICE_ACCOUNTS_GROUP}:`);
  const ownGroup = celString(`${SERVICE_ACCOUNTS_GROUP}:${namespace}`);
  // A ServiceAccount subject without a namespace means the RoleBinding's own namespace.
  const saNsIsOwn = `(!has(s.namespace) || s.namespace == '' || s.namespace == ${ns})`;
  const none = (condition: string) => `variables.subjects.all(s, !(${condition}))`;
  const everyone = EVERYONE_SUBJECTS.map((e) => `(s.kind == ${celString(e.kind)} && s.name == ${celString(e.name)})`).join(' || ');
  const foreign = [
    `(s.kind == 'ServiceAccount' && !${saNsIsOwn})`,
    `(s.kind == 'User' && s.name.startsWith(${userPrefix}) && !s.name.startsWith(${ownUser}))`,
    `(s.kind == 'Group' && (s.name == ${allSas} || (s.name.startsWith(${nsSas}) && s.name != ${ownGroup})))`,
  ].join(' || ');
  const defaultSa = [
    `(s.kind == 'ServiceAccount' && s.name == 'default' && ${saNsIsOwn})`,
    `(s.kind == 'User' && s.name == ${celString(`${SERVICE_ACCOUNT_USER_PREFIX}${namespace}:default`)})`,
    `(s.kind == 'Group' && s.name == ${ownGroup})`,
  ].join(' || ');
  return {
    variables: [{ name: 'subjects', expression: 'has(object.subjects) ? object.subjects : []' }],
    validations: [
      {
        expression: none(everyone),
        message: `RoleBindings in ${namespace} may not name ${EVERYONE_SUBJECTS.map((e) => e.name).join(', ')}: they stand for everyone or bypass RBAC (KW-RBAC-011, KW-RBAC-012); bind the people or teams that need the role`,
        reason: 'Forbidden',
      },
      {
        expression: none(foreign),
        message: `RoleBindings in ${namespace} may only name ServiceAccounts of ${namespace}, in any spelling (ServiceAccount, ${SERVICE_ACCOUNT_USER_PREFIX}<ns>:<name>, ${SERVICE_ACCOUNTS_GROUP}[:<ns>]) (KW-RBAC-014)`,
        reason: 'Forbidden',
      },
      {
        expression: none(defaultSa),
        message: `RoleBindings in ${namespace} may not grant to its default ServiceAccount, directly or through ${SERVICE_ACCOUNTS_GROUP}:${namespace}: every pod without its own ServiceAccount runs as default (KW-RBAC-009)`,
        reason: 'Forbidden',
      },
    ],
  };
}

/** Options of `addRoleBindingGuard`. @internal */
export interface RoleBindingGuardOptions {
  /** The tenant's namespace. */
  readonly namespace: string;
  /** Labels of both objects. */
  readonly labels: Record<string, string>;
  /** API version (the tenant's admission API version). */
  readonly apiVersion: AdmissionApiVersion;
}

/**
 * Adds the guard's ValidatingAdmissionPolicy and its binding. Both are cluster-scoped; the
 * binding's namespaceSelector limits the guard to the tenant's namespace.
 * @internal
 */
export function addRoleBindingGuard(scope: Construct, options: RoleBindingGuardOptions): { policy: ApiObject; binding: ApiObject } {
  const cel = roleBindingGuardCel(options.namespace);
  return addTenantAdmissionPolicy(scope, 'rolebinding-guard', {
    name: roleBindingGuardName(options.namespace),
    namespace: options.namespace,
    labels: options.labels,
    apiVersion: options.apiVersion,
    spec: {
      // A guard that cannot be evaluated rejects: failing open would admit the binding.
      failurePolicy: 'Fail',
      matchConstraints: {
        resourceRules: [{
          apiGroups: ['rbac.authorization.k8s.io'],
          apiVersions: ['v1'],
          operations: ['CREATE', 'UPDATE'],
          resources: ['rolebindings'],
        }],
      },
      variables: cel.variables,
      validations: cel.validations,
    },
  });
}
