import { CLUSTER_ROLE_BINDING, ROLE_BINDING, roleRefOf } from '../../model/rbac';
import type { KubeRule } from '../../rule';

/**
 * KW-RBAC-001 Nothing is bound to the cluster-admin ClusterRole.
 * Pass: the binding's roleRef is not ClusterRole/cluster-admin. No binding is exempt, not even
 * the API server's own cluster-admin binding (an unsuppressible control takes no exemption).
 * Fail: a ClusterRoleBinding or RoleBinding references roleRef kind ClusterRole, name
 * cluster-admin.
 *
 * Unsuppressible (see `UNSUPPRESSIBLE`): no reason makes cluster-wide admin acceptable for a
 * tenant. A RoleBinding to cluster-admin is reported too: it is full control of the namespace,
 * Secrets and RoleBindings included.
 */
export const KW_RBAC_001: KubeRule = {
  id: 'KW-RBAC-001',
  target: 'kube',
  kinds: [CLUSTER_ROLE_BINDING, ROLE_BINDING],
  evaluate(obj) {
    const ref = roleRefOf(obj);
    if (ref.kind !== 'ClusterRole' || ref.name !== 'cluster-admin') return [];
    return [
      {
        message: `this ${obj.kind} grants the cluster-admin ClusterRole; bind a Role (or ClusterRole) that lists only the permissions its subjects need.`,
        field: 'roleRef.name',
      },
    ];
  },
};
