import { ROLE_BINDING, describeSubject, isRbacDefault, subjectsOf } from '../../model/rbac';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

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
    if (isRbacDefault(obj)) return NOT_APPLICABLE;
    const own = obj.effectiveNamespace ?? 'default';
    const out: Violation[] = [];
    for (const s of subjectsOf(obj)) {
      if (s.kind === 'ServiceAccount' && s.namespace !== undefined && s.namespace !== own) {
        out.push({
          message: `subjects[${s.index}] is ${describeSubject(s)} from another namespace than this RoleBinding's (${own}), which grants that namespace access here; bind a ServiceAccount of ${own}.`,
          field: `subjects[${s.index}].namespace`,
        });
      }
    }
    return out;
  },
};
