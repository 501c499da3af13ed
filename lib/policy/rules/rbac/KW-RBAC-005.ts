import { CLUSTER_ROLE, grants, Permission, eachPolicyRule } from '../../model/rbac';
import type { KubeRule } from '../../rule';

/** Creating pods or the workload kinds that create pods, in the groups that serve them. */
const CREATE_WORKLOADS: Permission = {
  groups: ['', 'apps', 'batch'],
  resources: ['pods', 'deployments', 'replicasets', 'statefulsets', 'daemonsets', 'jobs', 'cronjobs'],
  verbs: ['create'],
};

/**
 * KW-RBAC-005 ClusterRoles do not grant pod or workload creation.
 * Pass: no ClusterRole rule grants create or "*" on pods, deployments, replicasets, statefulsets,
 * daemonsets, jobs, cronjobs or "*" (in "", apps, batch or "*").
 * Fail: a ClusterRole rule grants create (or "*") on any of those resources; namespaced Roles
 * are out of scope.
 *
 * The groups and resources are read as the sentence lists them (any of the groups with any of
 * the resources), not paired per kind.
 */
export const KW_RBAC_005: KubeRule = {
  id: 'KW-RBAC-005',
  target: 'kube',
  kinds: [CLUSTER_ROLE],
  evaluate(obj) {
    return eachPolicyRule(obj, (rule) => (grants(rule, CREATE_WORKLOADS)
      ? [`${rule.path} grants create on pods or workloads cluster-wide, which lets its subjects run any pod (and its ServiceAccount) in every namespace; grant it in a namespaced Role instead.`]
      : []));
  },
};
