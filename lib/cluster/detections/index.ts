// The security detections MultiZoneCluster turns into CLS alarms, in the order they are created.
import { ADMIN_BINDING } from './admin-binding';
import { ADMISSION_DENIED } from './admission-denied';
import { ALARM_TAMPERING } from './alarm-tampering';
import { ANONYMOUS_ALLOWED } from './anonymous-allowed';
import { CREDENTIAL_PROBING } from './credential-probing';
import type { SecurityDetection } from './detection';
import { GUARD_TAMPERING } from './guard-tampering';
import { HUMAN_SECRET_READ } from './human-secret-read';
import { INTERACTIVE_POD_ACCESS } from './interactive-pod-access';
import { TKE_CONTROL_PLANE_WEAKENED } from './tke-control-plane-weakened';

export { alarmLevelOf, renderDetection } from './detection';
export type { AuditTrail, DetectionContext, DetectionSeverity, SecurityDetection } from './detection';
export { CLOUDAUDIT_INDEX, KUBERNETES_AUDIT_INDEX } from './trail-index';
export type { IndexedField, TrailIndex } from './trail-index';

/** Every detection, Kubernetes audit log first, then CloudAudit. */
export const SECURITY_DETECTIONS: readonly SecurityDetection[] = [
  INTERACTIVE_POD_ACCESS,
  HUMAN_SECRET_READ,
  ADMIN_BINDING,
  ANONYMOUS_ALLOWED,
  CREDENTIAL_PROBING,
  ADMISSION_DENIED,
  GUARD_TAMPERING,
  TKE_CONTROL_PLANE_WEAKENED,
  ALARM_TAMPERING,
];
