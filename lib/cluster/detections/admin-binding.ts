import { all, any, term } from './cls-syntax';
import type { SecurityDetection } from './detection';

/**
 * A RoleBinding or ClusterRoleBinding to cluster-admin, admin or another admin-equivalent role was
 * created or changed (successfully). The role is read from the request and from the response, so a
 * patch that carries no roleRef is still seen; both need TKE's audit policy to log bodies for RBAC
 * (level Request or RequestResponse), which its docs do not state.
 */
export const ADMIN_BINDING: SecurityDetection = {
  id: 'admin-binding',
  title: 'Binding to cluster-admin, admin or an admin-equivalent role',
  trail: 'kubernetes-audit',
  severity: 'critical',
  periodMinutes: 5,
  threshold: 1,
  search: (ctx) => all(
    term('stage', 'ResponseComplete'),
    term('objectRef.apiGroup', 'rbac.authorization.k8s.io'),
    term('objectRef.resource', 'clusterrolebindings', 'rolebindings'),
    term('verb', 'create', 'update', 'patch'),
    term('responseStatus.code', '200', '201'),
    any(term('requestObject.roleRef.name', ...ctx.adminRoles), term('responseObject.roleRef.name', ...ctx.adminRoles)),
  ),
  runbook: 'Read objectRef.name, the subjects in requestObject and user.username: an admin grant nobody planned is an escalation. Delete the binding, then find how the creator obtained the right to bind (the bind or escalate verb, or an admin role of their own).',
};
