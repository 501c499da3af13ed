import { ROLE_BINDING, describeSubject, eachSubject } from '../../model/rbac';
import type { KubeRule } from '../../rule';

/**
 * KW-RBAC-014 RoleBindings only bind ServiceAccounts of their own namespace.
 * Pass: every ServiceAccount subject of a RoleBinding has no namespace or the RoleBinding's own
 * namespace.
 * Fail: a RoleBinding names a ServiceAccount from another namespace, granting a foreign tenant
 * access.
 *
 * The RoleBinding's own namespace is its metadata.namespace, `default` when omitted.
 */
export const KW_RBAC_014: KubeRule = {
  id: 'KW-RBAC-014',
  target: 'kube',
  kinds: [ROLE_BINDING],
  evaluate(obj) {
    const own = obj.effectiveNamespace ?? 'default';
    return eachSubject(obj, (s) => (s.kind === 'ServiceAccount' && s.namespace !== undefined && s.namespace !== own
      ? {
        message: `subjects[${s.index}] is ${describeSubject(s)} from another namespace than this RoleBinding's (${own}), which grants that namespace access here; bind a ServiceAccount of ${own}.`,
        field: `subjects[${s.index}].namespace`,
      }
      : undefined));
  },
};
