// Recorded audit records for the detection tests, written from the field references:
// Kubernetes `audit.k8s.io/v1` Event (kubernetes/website content/en/docs/reference/config-api/
// apiserver-audit.v1.md: level, auditID, stage, requestURI, verb, user{username, uid, groups},
// sourceIPs, userAgent, objectRef{resource, namespace, name, apiGroup, apiVersion, subresource},
// responseStatus{code, status, reason, message}, requestObject, responseObject, timestamps,
// annotations), its audit annotations (content/en/docs/reference/labels-annotations-taints/
// audit-annotations.md: authorization.k8s.io/decision and /reason,
// pod-security.kubernetes.io/enforce-policy, validation.policy.admission.k8s.io/validation_failure),
// and CloudAudit's event details (providers/tencentcloud/README.md, "CloudAudit records").

/** When the alarms run in these tests; records are stamped relative to it. */
export const RUN_AT = Date.parse('2025-06-02T10:00:00Z');

/** A time `minutesAgo` before the run, as an RFC 3339 timestamp. */
export function before(minutesAgo: number): string {
  return new Date(RUN_AT - minutesAgo * 60_000).toISOString();
}

/** What varies between Kubernetes audit events. */
export interface K8sEventSpec {
  readonly verb: string;
  readonly user: string;
  readonly groups?: readonly string[];
  readonly sourceIP?: string;
  readonly userAgent?: string;
  readonly resource?: string;
  readonly subresource?: string;
  readonly namespace?: string;
  readonly name?: string;
  readonly apiGroup?: string;
  readonly apiVersion?: string;
  readonly requestURI?: string;
  readonly code: number;
  readonly message?: string;
  /** Authorization decision: allow, or forbid (RBAC said no). */
  readonly decision: 'allow' | 'forbid';
  readonly annotations?: Readonly<Record<string, string>>;
  readonly requestObject?: object;
  readonly responseObject?: object;
  readonly stage?: 'RequestReceived' | 'ResponseStarted' | 'ResponseComplete' | 'Panic';
  readonly minutesAgo?: number;
  readonly auditID?: string;
}

let serial = 0;

/** An `audit.k8s.io/v1` Event as the API server writes it at the given stage. */
export function k8sEvent(spec: K8sEventSpec): Record<string, unknown> {
  serial += 1;
  const group = spec.apiGroup ?? '';
  const version = spec.apiVersion ?? 'v1';
  const base = group === '' ? `/api/${version}` : `/apis/${group}/${version}`;
  const path = spec.resource === undefined ? '' : `${spec.namespace ? `/namespaces/${spec.namespace}` : ''}/${spec.resource}${spec.name ? `/${spec.name}` : ''}${spec.subresource ? `/${spec.subresource}` : ''}`;
  const failed = spec.code >= 400;
  return {
    kind: 'Event',
    apiVersion: 'audit.k8s.io/v1',
    level: spec.requestObject || spec.responseObject ? 'RequestResponse' : 'Metadata',
    auditID: spec.auditID ?? `7f3c1b2e-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    stage: spec.stage ?? 'ResponseComplete',
    requestURI: spec.requestURI ?? `${base}${path}`,
    verb: spec.verb,
    user: { username: spec.user, uid: `uid-${spec.user}`, groups: [...(spec.groups ?? ['system:authenticated'])] },
    sourceIPs: [spec.sourceIP ?? '10.0.2.15'],
    userAgent: spec.userAgent ?? 'kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0',
    ...(spec.resource !== undefined ? {
      objectRef: {
        resource: spec.resource,
        ...(spec.namespace ? { namespace: spec.namespace } : {}),
        ...(spec.name ? { name: spec.name } : {}),
        ...(group ? { apiGroup: group } : {}),
        apiVersion: version,
        ...(spec.subresource ? { subresource: spec.subresource } : {}),
      },
    } : {}),
    responseStatus: {
      metadata: {},
      code: spec.code,
      ...(failed ? { status: 'Failure', reason: spec.code === 401 ? 'Unauthorized' : spec.code === 403 ? 'Forbidden' : 'Invalid', message: spec.message ?? 'forbidden' } : {}),
    },
    ...(spec.requestObject ? { requestObject: spec.requestObject } : {}),
    ...(spec.responseObject ? { responseObject: spec.responseObject } : {}),
    requestReceivedTimestamp: before((spec.minutesAgo ?? 1) + 0.001),
    stageTimestamp: before(spec.minutesAgo ?? 1),
    annotations: {
      'authorization.k8s.io/decision': spec.decision,
      'authorization.k8s.io/reason': spec.decision === 'allow' ? 'RBAC: allowed by ClusterRoleBinding' : '',
      ...(spec.annotations ?? {}),
    },
  };
}

/** A RoleBinding or ClusterRoleBinding body, as requestObject/responseObject carry it. */
export function binding(kind: 'RoleBinding' | 'ClusterRoleBinding', name: string, role: { kind: 'Role' | 'ClusterRole'; name: string }, subject: string, namespace?: string): object {
  return {
    kind,
    apiVersion: 'rbac.authorization.k8s.io/v1',
    metadata: { name, ...(namespace ? { namespace } : {}) },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: role.kind, name: role.name },
    subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: subject }],
  };
}

/** What varies between CloudAudit records. */
export interface CloudAuditSpec {
  readonly eventName: string;
  readonly resourceType?: string;
  /** The API version of the action (its product's; TKE's 2018-05-25 unless given). */
  readonly version?: string;
  readonly errorCode?: number;
  readonly requestParameters?: Readonly<Record<string, unknown>>;
  readonly principalId?: string;
  readonly sourceIP?: string;
  readonly resourceName?: string;
  readonly minutesAgo?: number;
}

/** A CloudAudit record with the fields of its event details, as a tracking set ships it. */
export function cloudAuditRecord(spec: CloudAuditSpec): Record<string, unknown> {
  serial += 1;
  const resourceType = spec.resourceType ?? 'tke';
  return {
    userIdentity: { principalId: spec.principalId ?? '100000000011', accountId: '100000000001', secretId: 'AKIDEXAMPLE', type: 'CAMUser' },
    actionType: 'Write',
    eventRegion: 'ap-guangzhou',
    eventVersion: 2,
    errorCode: spec.errorCode ?? 0,
    errorMessage: spec.errorCode ? 'UnauthorizedOperation' : '',
    requestID: `req-${serial}`,
    apiVersion: '3.0',
    eventType: 'ApiCall',
    eventTime: Math.floor((RUN_AT - (spec.minutesAgo ?? 1) * 60_000) / 1000),
    sourceIPAddress: spec.sourceIP ?? '203.0.113.40',
    resourceType,
    eventName: spec.eventName,
    eventSource: `${resourceType}.tencentcloudapi.com`,
    requestParameters: JSON.stringify({ Action: spec.eventName, Version: spec.version ?? '2018-05-25', Region: 'ap-guangzhou', ...(spec.requestParameters ?? {}) }),
    resourceName: spec.resourceName ?? 'cls-prod0001',
  };
}

/** When a record happened, in epoch milliseconds (stageTimestamp of an Event, eventTime of a CloudAudit record). */
export function timeOf(record: Record<string, unknown>): number {
  if (typeof record.stageTimestamp === 'string') return Date.parse(record.stageTimestamp);
  if (typeof record.eventTime === 'number') return record.eventTime * 1000;
  throw new Error('a record without a time');
}
