// RBAC subjects written as short strings: `user:alice@example.com`, `group:payments-devs`,
// `serviceaccount:payments/ci-deployer`. One string format is easier to review in a pull request
// than nested objects, and parsing it here lets us refuse the identities no tenant may grant to.
import { show } from '../core/checks';
import { KubewardError } from '../core/errors';
import { isDnsLabel } from '../core/names';

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

// Identities that mean "everyone" or "the whole cluster" (KW-RBAC-011, KW-RBAC-012).
const FORBIDDEN: Record<string, string> = {
  'group:system:masters': 'system:masters bypasses RBAC entirely (KW-RBAC-011)',
  'group:system:authenticated': 'system:authenticated is every identity the cluster knows (KW-RBAC-012)',
  'group:system:unauthenticated': 'system:unauthenticated is anonymous callers (KW-RBAC-012)',
  'user:system:anonymous': 'system:anonymous is anyone without credentials (KW-RBAC-012)',
};

const FORMAT_FIX = 'write "user:<name>", "group:<name>" or "serviceaccount:<namespace>/<name>", e.g. "group:payments-devs"';

/**
 * Parses one subject string. ServiceAccounts must belong to `namespace` (KW-RBAC-014: a binding
 * to another namespace's ServiceAccount hands this tenant to a foreign workload) and must not be
 * `default` (KW-RBAC-009: every pod without its own ServiceAccount runs as default).
 * @param path construct path for errors
 * @param prop the prop holding the subject (e.g. `developers[1]`)
 * @param namespace the tenant's namespace
 */
export function parseSubject(path: string, prop: string, value: unknown, namespace: string): RbacSubject {
  if (typeof value !== 'string') throw new KubewardError(path, prop, `${show(value)} is not a subject string`, FORMAT_FIX);
  const colon = value.indexOf(':');
  const type = colon < 0 ? '' : value.slice(0, colon).toLowerCase();
  const rest = colon < 0 ? '' : value.slice(colon + 1);
  const forbidden = FORBIDDEN[`${type}:${rest}`];
  if (forbidden) {
    throw new KubewardError(path, prop, `${show(value)} cannot be granted a tenant role: ${forbidden}`, 'name the people or teams explicitly');
  }
  if ((type === 'user' || type === 'group') && rest.trim() === rest && rest.length > 0 && !/[\s]/.test(rest)) {
    return { kind: type === 'user' ? 'User' : 'Group', apiGroup: RBAC_GROUP, name: rest };
  }
  if (type === 'serviceaccount') {
    const [ns, name, ...extra] = rest.split('/');
    if (extra.length > 0 || name === undefined || !isDnsLabel(ns) || !/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(name) || name.length > 253) {
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

/** Parses a list of subjects, refusing duplicates (they make bindings hard to review). */
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

/** The subject string of a parsed subject (the inverse of parseSubject). */
export function formatSubject(subject: RbacSubject): string {
  if (subject.kind === 'ServiceAccount') return `serviceaccount:${subject.namespace}/${subject.name}`;
  return `${subject.kind.toLowerCase()}:${subject.name}`;
}
