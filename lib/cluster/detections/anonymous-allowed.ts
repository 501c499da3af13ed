import { all, not, term } from './cls-syntax';
import type { SecurityDetection } from './detection';

/**
 * A request by `system:anonymous` was allowed. The health and version endpoints are readable
 * anonymously by Kubernetes' own default binding (ClusterRole system:public-info-viewer), so
 * those non-resource URLs are left out; anything else means RBAC grants the anonymous user, or
 * `system:unauthenticated`, more than that.
 */
export const ANONYMOUS_ALLOWED: SecurityDetection = {
  id: 'anonymous-allowed',
  title: 'Request by system:anonymous allowed',
  trail: 'kubernetes-audit',
  severity: 'critical',
  periodMinutes: 5,
  threshold: 1,
  search: () => all(
    term('stage', 'ResponseComplete'),
    term('user.username', 'system:anonymous'),
    term('annotations.authorization.k8s.io/decision', 'allow'),
    not(term('requestURI', '/healthz*', '/livez*', '/readyz*', '/version*')),
  ),
  runbook: 'Read requestURI and sourceIPs; find the (Cluster)RoleBinding that names system:anonymous or system:unauthenticated and delete it. Check what else those requests read.',
};
