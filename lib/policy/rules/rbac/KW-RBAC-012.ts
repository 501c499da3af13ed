import { CLUSTER_ROLE_BINDING, ROLE_BINDING, describeSubject, eachSubject } from '../../model/rbac';
import type { KubeRule } from '../../rule';

/** Identities that stand for "anyone": kind and name. */
const ANYONE: ReadonlyArray<readonly [string, string]> = [
  ['User', 'system:anonymous'],
  ['Group', 'system:unauthenticated'],
  ['Group', 'system:authenticated'],
];

/**
 * KW-RBAC-012 Anonymous and all-authenticated groups receive no bindings.
 * Pass: no subject is User system:anonymous, Group system:unauthenticated or Group
 * system:authenticated (the API server's own bootstrap bindings, such as system:discovery, are
 * skipped when kind, name and content match Kubernetes' bootstrap policy: isRbacDefault).
 * Fail: a binding grants any role to one of those identities.
 */
export const KW_RBAC_012: KubeRule = {
  id: 'KW-RBAC-012',
  target: 'kube',
  kinds: [CLUSTER_ROLE_BINDING, ROLE_BINDING],
  evaluate(obj) {
    return eachSubject(obj, (s) => (ANYONE.some(([kind, name]) => s.kind === kind && s.name === name)
      ? {
        message: `subjects[${s.index}] is ${describeSubject(s)}, which stands for ${s.name === 'system:authenticated' ? 'every authenticated identity of the cluster' : 'anonymous callers'}; bind the users, groups or ServiceAccounts that need the role instead.`,
        field: `subjects[${s.index}]`,
      }
      : undefined));
  },
};
