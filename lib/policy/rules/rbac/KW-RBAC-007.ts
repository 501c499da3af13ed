import { ALL, CLUSTER_ROLE, ROLE, grants, Permission, PolicyRule, eachPolicyRule, groupMatches, verbMatches } from '../../model/rbac';
import type { KubeRule } from '../../rule';

/** Granting or creating roles beyond one's own permissions. */
const BIND_OR_ESCALATE: Permission = { groups: ['rbac.authorization.k8s.io'], resources: ['roles', 'clusterroles'], verbs: ['bind', 'escalate'] };

/** Acting as another user, group or ServiceAccount. */
const IMPERSONATE: Permission = { groups: [''], resources: ['users', 'groups', 'serviceaccounts'], verbs: ['impersonate'] };

/**
 * Whether the rule lets its subjects impersonate user extras. The authorizer checks them as
 * `userextras/<extra name>` in authentication.k8s.io, so any userextras entry, `*`, or a
 * subresource wildcard grants some of them.
 */
function impersonatesExtras(rule: PolicyRule): boolean {
  return (
    groupMatches(rule, 'authentication.k8s.io') &&
    verbMatches(rule, 'impersonate') &&
    rule.resources.some((r) => r === ALL || r === 'userextras' || r.startsWith('userextras/') || r.startsWith('*/'))
  );
}

/**
 * KW-RBAC-007 bind, escalate and impersonate are not granted.
 * Pass: no rule grants bind or escalate (or "*") on roles/clusterroles, and none grants
 * impersonate (or "*") on users, groups, serviceaccounts or userextras.
 * Fail: some rule grants bind or escalate on roles or clusterroles, or impersonate on identities.
 *
 * A rule grants a permission as the RBAC authorizer reads it: its apiGroups must include the
 * group that serves the resource (rbac.authorization.k8s.io for roles, the core group for users,
 * groups and serviceaccounts, authentication.k8s.io for userextras) or "*", and "*" resources
 * and verbs count.
 */
export const KW_RBAC_007: KubeRule = {
  id: 'KW-RBAC-007',
  target: 'kube',
  kinds: [ROLE, CLUSTER_ROLE],
  evaluate(obj) {
    return eachPolicyRule(obj, (rule) => [
      ...(grants(rule, BIND_OR_ESCALATE)
        ? [`${rule.path} grants bind or escalate on roles, which lets its subjects grant permissions they do not hold; remove those verbs.`]
        : []),
      ...(grants(rule, IMPERSONATE) || impersonatesExtras(rule)
        ? [`${rule.path} grants impersonate on users, groups, ServiceAccounts or user extras, which lets its subjects act as anyone (cluster admins included); remove that verb.`]
        : []),
    ]);
  },
};
