import { all, any, phrase, term } from './cls-syntax';
import type { SecurityDetection } from './detection';

/**
 * A Tencent Cloud API call weakened the TKE control plane or the audit trail itself: a public API
 * endpoint created or its security policy changed, deletion protection, Secret encryption,
 * cluster audit or event persistence turned off, the cluster deleted, or CloudAudit logging
 * stopped or its tracking set changed or deleted. Action names from the TKE and CloudAudit API
 * references (providers/tencentcloud/README.md, "CloudAudit records"); only successful calls
 * (errorCode 0) count. An intranet endpoint (CreateClusterEndpoint without IsExtranet) stays quiet.
 */
export const TKE_CONTROL_PLANE_WEAKENED: SecurityDetection = {
  id: 'tke-control-plane-weakened',
  title: 'TKE control plane or audit trail weakened (CloudAudit)',
  trail: 'cloudaudit',
  severity: 'critical',
  periodMinutes: 10,
  threshold: 1,
  search: () => all(
    term('errorCode', '0'),
    any(
      all(term('resourceType', 'tke'), any(
        all(term('eventName', 'CreateClusterEndpoint'), phrase('requestParameters', 'IsExtranet true')),
        term('eventName', 'CreateClusterEndpointVip', 'ModifyClusterEndpointSP', 'DisableClusterDeletionProtection', 'DisableEncryptionProtection', 'DisableClusterAudit', 'DisableEventPersistence', 'DeleteCluster'),
      )),
      all(term('resourceType', 'cloudaudit'), term('eventName', 'StopLogging', 'ModifyAuditTrack', 'DeleteAuditTrack', 'DeleteAudit')),
    ),
  ),
  runbook: 'Read eventName, resourceName, userIdentity.principalId and sourceIPAddress: if the change is not a reviewed `pulumi up`, restore the setting with the delivery pipeline (which re-applies the secure defaults) and disable the CAM credentials that made the call.',
};
