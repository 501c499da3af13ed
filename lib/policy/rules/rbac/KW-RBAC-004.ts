import { CLUSTER_ROLE, ROLE, grants, Permission, eachPolicyRule } from '../../model/rbac';
import type { KubeRule } from '../../rule';

/** Reading Secrets: get, list or watch on core-group secrets. */
const READ_SECRETS: Permission = { groups: [''], resources: ['secrets'], verbs: ['get', 'list', 'watch'] };

/**
 * KW-RBAC-004 Read access to Secrets is not granted.
 * Pass: no rule whose apiGroups include "" or "*" grants get, list, watch or "*" on secrets or "*".
 * Fail: some rule lets its subjects get, list or watch Secrets (directly or through wildcards).
 *
 * resourceNames do not excuse the rule: reading even one named Secret is reading a Secret.
 */
export const KW_RBAC_004: KubeRule = {
  id: 'KW-RBAC-004',
  target: 'kube',
  kinds: [ROLE, CLUSTER_ROLE],
  evaluate(obj) {
    return eachPolicyRule(obj, (rule) => (grants(rule, READ_SECRETS)
      ? [`${rule.path} lets its subjects read Secrets (get, list or watch, directly or through "*"); mount the Secrets the workload needs instead of granting API access to them.`]
      : []));
  },
};
