import { CLUSTER_ROLE, ROLE, grants, Permission, eachPolicyRule } from '../../model/rbac';
import type { KubeRule } from '../../rule';

/** Shell or tunnel into running pods. */
const POD_ACCESS: Permission = { groups: [''], resources: ['pods/exec', 'pods/attach', 'pods/portforward'], verbs: ['get', 'create'] };

/**
 * KW-RBAC-006 pods/exec, pods/attach and pods/portforward are not granted.
 * Pass: no rule in core or "*" apiGroups grants get, create or "*" on pods/exec, pods/attach,
 * pods/portforward or "*".
 * Fail: some rule grants get or create (or "*") on one of those subresources, directly or
 * through a "*" resource.
 *
 * A resource entry made of `*`, a slash and `exec` (or `attach`, `portforward`) grants that
 * subresource of every resource, pods included, and counts as well.
 */
export const KW_RBAC_006: KubeRule = {
  id: 'KW-RBAC-006',
  target: 'kube',
  kinds: [ROLE, CLUSTER_ROLE],
  evaluate(obj) {
    return eachPolicyRule(obj, (rule) => (grants(rule, POD_ACCESS)
      ? [`${rule.path} grants exec, attach or port-forward into pods, which bypasses every other control on them; remove it and debug through logs or ephemeral access granted just in time.`]
      : []));
  },
};
