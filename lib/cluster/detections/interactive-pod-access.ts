import { all, not, term } from './cls-syntax';
import type { SecurityDetection } from './detection';

/**
 * Someone opened a shell, attached to, or port-forwarded into a pod of a tenant namespace: the
 * `pods/exec`, `pods/attach` and `pods/portforward` subresources (Kubernetes "Auditing": each is
 * recorded with `objectRef.subresource`), allowed by authorization. Platform namespaces are left
 * out, where operators debug system pods.
 */
export const INTERACTIVE_POD_ACCESS: SecurityDetection = {
  id: 'interactive-pod-access',
  title: 'Interactive access to a tenant pod (exec, attach, port-forward)',
  trail: 'kubernetes-audit',
  severity: 'high',
  periodMinutes: 5,
  threshold: 1,
  search: (ctx) => all(
    term('stage', 'ResponseComplete'),
    term('objectRef.resource', 'pods'),
    term('objectRef.subresource', 'exec', 'attach', 'portforward'),
    term('annotations.authorization.k8s.io/decision', 'allow'),
    not(term('objectRef.namespace', ...ctx.systemNamespaces)),
  ),
  runbook: 'Find user.username, sourceIPs and objectRef.namespace/name in the matching records; confirm with the tenant that the session was a planned debug session, otherwise revoke the identity\'s credentials and treat the pod as compromised (replace it, keep its logs).',
};
