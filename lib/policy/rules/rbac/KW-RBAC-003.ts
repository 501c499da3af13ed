import { ALL, CLUSTER_ROLE, ROLE, isRbacDefault, policyRules } from '../../model/rbac';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

/**
 * KW-RBAC-003 Role rules avoid wildcards.
 * Pass: no rule contains "*" in apiGroups, resources or verbs.
 * Fail: some rule contains "*" in apiGroups, resources or verbs.
 *
 * One finding per rule and field holding an entry equal to "*". A subresource wildcard (a `*`
 * before a slash) is not "*" itself; KW-RBAC-006 and KW-RBAC-013 read it as the authorizer does.
 */
export const KW_RBAC_003: KubeRule = {
  id: 'KW-RBAC-003',
  target: 'kube',
  kinds: [ROLE, CLUSTER_ROLE],
  evaluate(obj) {
    if (isRbacDefault(obj)) return NOT_APPLICABLE;
    const out: Violation[] = [];
    for (const rule of policyRules(obj)) {
      for (const field of ['apiGroups', 'resources', 'verbs'] as const) {
        if (rule[field].includes(ALL)) {
          out.push({
            message: `${rule.path}.${field} contains "*", which also grants whatever is added to the API later; list the ${field} needed explicitly.`,
            field: `${rule.path}.${field}`,
          });
        }
      }
    }
    return out;
  },
};
