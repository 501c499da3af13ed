import { all, any, not, term } from './cls-syntax';
import type { SecurityDetection } from './detection';

/** Service accounts of kube-controller-manager that delete a namespace's objects with it. */
const NAMESPACE_CLEANUP = ['system:serviceaccount:kube-system:namespace-controller', 'system:serviceaccount:kube-system:generic-garbage-collector', 'system:kube-controller-manager'];

/**
 * kubeward's guards were created, changed or deleted by someone other than the delivery
 * identity: ValidatingAdmissionPolicies and their bindings, NetworkPolicies, and Istio's
 * PeerAuthentications and AuthorizationPolicies. A new NetworkPolicy or ALLOW policy is included:
 * both are additive, so one more can open what the default-deny closed. The controllers that
 * clean up a deleted namespace are left out.
 */
export const GUARD_TAMPERING: SecurityDetection = {
  id: 'guard-tampering',
  title: 'Guard changed outside the delivery pipeline',
  trail: 'kubernetes-audit',
  severity: 'critical',
  periodMinutes: 5,
  threshold: 1,
  search: (ctx) => all(
    term('stage', 'ResponseComplete'),
    term('verb', 'create', 'update', 'patch', 'delete', 'deletecollection'),
    any(
      all(term('objectRef.apiGroup', 'admissionregistration.k8s.io'), term('objectRef.resource', 'validatingadmissionpolicies', 'validatingadmissionpolicybindings')),
      all(term('objectRef.apiGroup', 'networking.k8s.io'), term('objectRef.resource', 'networkpolicies')),
      all(term('objectRef.apiGroup', 'security.istio.io'), term('objectRef.resource', 'peerauthentications', 'authorizationpolicies')),
    ),
    term('responseStatus.code', '200', '201', '202'),
    not(term('user.username', ...ctx.deliveryIdentities, ...NAMESPACE_CLEANUP)),
  ),
  runbook: 'Restore the guard by re-running the delivery pipeline (it re-applies the declared objects), then read user.username and sourceIPs: whoever could change a guard can likely change more; revoke their write access to these kinds.',
};
