// RBAC subjects written as short strings: `user:alice@example.com`, `group:payments-devs`,
// `serviceaccount:payments/ci-deployer`. One string format is easier to review in a pull request
// than nested objects, and parsing it here lets us refuse the identities no tenant may grant to.
import { show } from '../core/checks';
import { KubewardError } from '../core/errors';
import { isDnsLabel } from '../core/names';
import { isDnsSubdomain } from '../policy/model/names';

const RBAC_GROUP = 'rbac.authorization.k8s.io';

/** A RoleBinding subject, in the shape the API takes. */
export interface RbacSubject {
  /** `User`, `Group` or `ServiceAccount`. */
  readonly kind: 'User' | 'Group' | 'ServiceAccount';
  /** The user, group or ServiceAccount name. */
  readonly name: string;
  /** `rbac.authorization.k8s.io` for users and groups; absent for ServiceAccounts. */
  readonly apiGroup?: string;
  /** The ServiceAccount's namespace. */
  readonly namespace?: string;
}

/** An identity that stands for everyone, or for the whole cluster. @internal */
export interface EveryoneSubject {
  /** `User` or `Group`. */
  readonly kind: 'User' | 'Group';
  /** The user or group name. */
  readonly name: string;
  /** Why no tenant may grant it a role, with the control. */
  readonly reason: string;
}

/**
 * Identities no RoleBinding of a tenant may name (KW-RBAC-011, KW-RBAC-012). This one list, and
 * `subjectProblem` below, serve both SecureTenant's check of its own subjects and the in-cluster
 * RoleBinding guard (rbac-guard.ts), so the construct and the cluster refuse the same bindings.
 * @internal
 */
export const EVERYONE_SUBJECTS: readonly EveryoneSubject[] = [
  { kind: 'Group', name: 'system:masters', reason: 'system:masters bypasses RBAC entirely (KW-RBAC-011)' },
  { kind: 'Group', name: 'system:authenticated', reason: 'system:authenticated is every identity the cluster knows, i.e. everyone (KW-RBAC-012)' },
  { kind: 'Group', name: 'system:unauthenticated', reason: 'system:unauthenticated is anonymous callers, i.e. everyone (KW-RBAC-012)' },
  { kind: 'User', name: 'system:anonymous', reason: 'system:anonymous is anyone without credentials, i.e. everyone (KW-RBAC-012)' },
];

/**
 * The user name a ServiceAccount authenticates as is `system:serviceaccount:<namespace>:<name>`;
 * its groups are `system:serviceaccounts` (every ServiceAccount of the cluster) and
 * `system:serviceaccounts:<namespace>` (Kubernetes docs, "Using RBAC Authorization",
 * "Referring to subjects"). A binding can name a ServiceAccount in any of these spellings.
 * @internal
 */
export const SERVICE_ACCOUNT_USER_PREFIX = 'system:serviceaccount:';
/** The group of every ServiceAccount; `<this>:<namespace>` is the group of one namespace's. @internal */
export const SERVICE_ACCOUNTS_GROUP = 'system:serviceaccounts';

/** A RoleBinding subject as the API server stores it. @internal */
export interface BindingSubject {
  /** `User`, `Group` or `ServiceAccount`. */
  readonly kind: string;
  /** The name. */
  readonly name: string;
  /**
   * The ServiceAccount's namespace.
   * @default - the RoleBinding's own namespace (how the RBAC authorizer reads an empty one)
   */
  readonly namespace?: string;
}

/** Why a subject must not be granted a role by a RoleBinding of `namespace`, with the fix. @internal */
export interface SubjectProblem {
  /** The reason, naming the control. */
  readonly reason: string;
  /** What to bind instead. */
  readonly fix: string;
}

/**
 * Why a RoleBinding in `namespace` must not name `subject`, or undefined when it may: an
 * identity that stands for everyone (EVERYONE_SUBJECTS), a ServiceAccount of another namespace
 * (KW-RBAC-014) in any spelling, or the namespace's `default` ServiceAccount, which every pod
 * without its own runs as (KW-RBAC-009), also through the group of all the namespace's
 * ServiceAccounts. The RoleBinding guard's CEL (rbac-guard.ts) is written from the same
 * constants; a test checks the two agree subject by subject.
 * @internal
 */
export function subjectProblem(subject: BindingSubject, namespace: string): SubjectProblem | undefined {
  const everyone = EVERYONE_SUBJECTS.find((e) => e.kind === subject.kind && e.name === subject.name);
  if (everyone) return { reason: everyone.reason, fix: 'name the people or teams explicitly' };
  const foreign = (what: string): SubjectProblem => ({
    reason: `${what} is not a ServiceAccount of this tenant (${namespace}) (KW-RBAC-014)`,
    fix: `bind a ServiceAccount of ${namespace}, or grant the foreign workload access from its own namespace`,
  });
  const defaultSa = (what: string): SubjectProblem => ({
    reason: `${what} includes the default ServiceAccount, which must stay without permissions (KW-RBAC-009)`,
    fix: 'create a dedicated ServiceAccount for the workload and bind that one',
  });
  const ownUser = `${SERVICE_ACCOUNT_USER_PREFIX}${namespace}:`;
  const ownGroup = `${SERVICE_ACCOUNTS_GROUP}:${namespace}`;
  if (subject.kind === 'ServiceAccount') {
    const ns = subject.namespace === undefined || subject.namespace === '' ? namespace : subject.namespace;
    if (ns !== namespace) return foreign(`ServiceAccount ${ns}/${subject.name}`);
    if (subject.name === 'default') return defaultSa(`ServiceAccount ${ns}/default`);
    return undefined;
  }
  if (subject.kind === 'User' && subject.name.startsWith(SERVICE_ACCOUNT_USER_PREFIX)) {
    if (!subject.name.startsWith(ownUser)) return foreign(`user ${subject.name}`);
    if (subject.name === `${ownUser}default`) return defaultSa(`user ${subject.name}`);
    return undefined;
  }
  if (subject.kind === 'Group' && (subject.name === SERVICE_ACCOUNTS_GROUP || subject.name.startsWith(`${SERVICE_ACCOUNTS_GROUP}:`))) {
    return subject.name === ownGroup ? defaultSa(`group ${subject.name}`) : foreign(`group ${subject.name}`);
  }
  return undefined;
}

const FORMAT_FIX = 'write "user:<name>", "group:<name>" or "serviceaccount:<namespace>/<name>", e.g. "group:payments-devs"';

/**
 * Parses one subject string. ServiceAccounts must belong to `namespace` (KW-RBAC-014: a binding
 * to another namespace's ServiceAccount hands this tenant to a foreign workload) and must not be
 * `default` (KW-RBAC-009: every pod without its own ServiceAccount runs as default).
 * @param path construct path for errors
 * @param prop the prop holding the subject (e.g. `developers[1]`)
 * @param namespace the tenant's namespace
 * @internal
 */
export function parseSubject(path: string, prop: string, value: unknown, namespace: string): RbacSubject {
  if (typeof value !== 'string') throw new KubewardError(path, prop, `${show(value)} is not a subject string`, FORMAT_FIX);
  const colon = value.indexOf(':');
  const type = colon < 0 ? '' : value.slice(0, colon).toLowerCase();
  const rest = colon < 0 ? '' : value.slice(colon + 1);
  const forbidden = EVERYONE_SUBJECTS.find((e) => `${e.kind.toLowerCase()}:${e.name}` === `${type}:${rest}`)?.reason;
  if (forbidden) {
    throw new KubewardError(path, prop, `${show(value)} cannot be granted a tenant role: ${forbidden}`, 'name the people or teams explicitly');
  }
  if ((type === 'user' || type === 'group') && rest.trim() === rest && rest.length > 0 && !/[\s]/.test(rest)) {
    const subject: RbacSubject = { kind: type === 'user' ? 'User' : 'Group', apiGroup: RBAC_GROUP, name: rest };
    // ServiceAccounts written as users or groups (`user:system:serviceaccount:<ns>:<name>`).
    const problem = subjectProblem(subject, namespace);
    if (problem) throw new KubewardError(path, prop, `${show(value)} cannot be granted a tenant role: ${problem.reason}`, problem.fix);
    return subject;
  }
  if (type === 'serviceaccount') {
    const [ns, name, ...extra] = rest.split('/');
    if (extra.length > 0 || name === undefined || !isDnsLabel(ns) || !isDnsSubdomain(name)) {
      throw new KubewardError(path, prop, `${show(value)} is not "serviceaccount:<namespace>/<name>"`, 'write e.g. "serviceaccount:payments/ci-deployer"');
    }
    if (ns !== namespace) {
      throw new KubewardError(path, prop, `${show(value)} belongs to namespace ${ns}, not to this tenant (${namespace}) (KW-RBAC-014)`,
        `create the ServiceAccount in ${namespace}, or grant the foreign workload access from its own namespace`);
    }
    if (name === 'default') {
      throw new KubewardError(path, prop, 'the default ServiceAccount must stay without permissions (KW-RBAC-009)',
        'create a dedicated ServiceAccount for the workload and bind that one');
    }
    return { kind: 'ServiceAccount', name, namespace: ns };
  }
  throw new KubewardError(path, prop, `${show(value)} is not a known subject format`, FORMAT_FIX);
}

/** Parses a list of subjects, refusing duplicates (they make bindings hard to review). @internal */
export function parseSubjects(path: string, prop: string, value: unknown, namespace: string): RbacSubject[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new KubewardError(path, prop, `${show(value)} is not a list of subjects`, `pass an array, ${FORMAT_FIX}`);
  const seen = new Set<string>();
  return value.map((v, i) => {
    const s = parseSubject(path, `${prop}[${i}]`, v, namespace);
    const key = `${s.kind}:${s.namespace ?? ''}/${s.name}`;
    if (seen.has(key)) throw new KubewardError(path, `${prop}[${i}]`, `${show(v)} is listed twice`, 'list each subject once');
    seen.add(key);
    return s;
  });
}

/** The subject string of a parsed subject (the inverse of parseSubject). @internal */
export function formatSubject(subject: RbacSubject): string {
  if (subject.kind === 'ServiceAccount') return `serviceaccount:${subject.namespace}/${subject.name}`;
  return `${subject.kind.toLowerCase()}:${subject.name}`;
}
