import { all, not, term } from './cls-syntax';
import type { SecurityDetection } from './detection';

/**
 * A person read Secrets: get, list or watch on `secrets`, allowed, by an identity that is neither
 * a ServiceAccount (`system:serviceaccount:<ns>:<name>`), a node (`system:node:<name>`), a control
 * plane component (kube-controller-manager, kube-scheduler, the API server itself) nor the delivery
 * identity. Workloads read their Secrets as ServiceAccounts; people have no reason to.
 */
export const HUMAN_SECRET_READ: SecurityDetection = {
  id: 'human-secret-read',
  title: 'Secrets read by a human identity',
  trail: 'kubernetes-audit',
  severity: 'high',
  periodMinutes: 5,
  threshold: 1,
  search: (ctx) => all(
    term('stage', 'ResponseComplete'),
    term('objectRef.resource', 'secrets'),
    term('verb', 'get', 'list', 'watch'),
    term('annotations.authorization.k8s.io/decision', 'allow'),
    not(term('user.username', 'system:serviceaccount:*', 'system:node:*', 'system:kube-controller-manager', 'system:kube-scheduler', 'system:apiserver')),
    ctx.deliveryIdentities.length > 0 ? not(term('user.username', ...ctx.deliveryIdentities)) : '',
  ),
  runbook: 'Identify user.username and objectRef.namespace/name; ask the person why they read the Secret. Rotate every Secret read (the credential inside, not only the object) unless the read is explained, and narrow the RBAC that allowed it.',
};
