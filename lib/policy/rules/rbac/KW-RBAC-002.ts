import { ALL, CLUSTER_ROLE, ROLE, eachPolicyRule } from '../../model/rbac';
import type { KubeRule } from '../../rule';

/** The verbs that, together, amount to every verb on a resource. */
const EVERY_VERB = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'];

/**
 * KW-RBAC-002 No Role or ClusterRole is admin-equivalent.
 * Pass: no single rule combines "*" in apiGroups, "*" in resources and every verb.
 * Fail: some rule grants every verb ("*", or all of get, list, watch, create, update, patch and
 * delete) on "*" resources in "*" apiGroups, which is cluster-admin equivalent within its scope.
 *
 * The combination must sit in one rule, as the sentence says: permissions spread over several
 * rules are left to KW-RBAC-003..007. Objects labeled kubernetes.io/bootstrapping=rbac-defaults
 * (the API server's own roles, cluster-admin among them) are skipped.
 */
export const KW_RBAC_002: KubeRule = {
  id: 'KW-RBAC-002',
  target: 'kube',
  kinds: [ROLE, CLUSTER_ROLE],
  evaluate(obj) {
    return eachPolicyRule(obj, (rule) => {
      const everyVerb = rule.verbs.includes(ALL) || EVERY_VERB.every((v) => rule.verbs.includes(v));
      return rule.apiGroups.includes(ALL) && rule.resources.includes(ALL) && everyVerb
        ? [`${rule.path} grants every verb on every resource of every API group, which is cluster-admin within this ${obj.kind}'s scope; list the groups, resources and verbs actually needed.`]
        : [];
    });
  },
};
