import { all, any, term } from './cls-syntax';
import type { SecurityDetection } from './detection';

/**
 * Pod Security admission or one of kubeward's ValidatingAdmissionPolicies refused a request:
 * someone tried to run something unsafe. Pod Security answers 403 "violates PodSecurity" and marks
 * the event with `pod-security.kubernetes.io/enforce-policy` (kubernetes/pod-security-admission,
 * admission/admission.go; Kubernetes "Audit Annotations"); a policy denial says
 * "ValidatingAdmissionPolicy '<name>' with binding '<name>' denied request" (kubernetes/apiserver,
 * plugin/policy/validating/dispatcher.go), and kubeward's policies are named `kubeward-...`.
 */
export const ADMISSION_DENIED: SecurityDetection = {
  id: 'admission-denied',
  title: 'Admission denied by Pod Security or a kubeward policy',
  trail: 'kubernetes-audit',
  severity: 'medium',
  periodMinutes: 10,
  threshold: 1,
  search: () => all(
    term('stage', 'ResponseComplete'),
    any(
      all(term('responseStatus.code', '403'), term('responseStatus.message', 'PodSecurity')),
      all(term('responseStatus.message', 'ValidatingAdmissionPolicy'), term('responseStatus.message', 'kubeward-*')),
    ),
  ),
  runbook: 'Read responseStatus.message (which check or policy refused, for which field), user.username and objectRef.namespace; a deploy pipeline fixes its manifest, a person trying privileged or unapproved images gets asked why.',
};
