import { all, term } from './cls-syntax';
import type { SecurityDetection } from './detection';

/**
 * Many failed authentications or denied requests from one source address within a few minutes:
 * someone tries stolen or guessed credentials, or maps what a token may do. A single denial, or
 * denials spread over many sources, stays quiet.
 */
export const CREDENTIAL_PROBING: SecurityDetection = {
  id: 'credential-probing',
  title: 'Burst of 401/403 responses from one source',
  trail: 'kubernetes-audit',
  severity: 'high',
  periodMinutes: 5,
  threshold: 20,
  groupBy: 'sourceIPs',
  search: () => all(term('stage', 'ResponseComplete'), term('responseStatus.code', '401', '403')),
  runbook: 'Take the source address from the alarm and the user.username values it used; if it is not a known misconfigured client, block it at the endpoint\'s security group and revoke the credentials it tried.',
};
