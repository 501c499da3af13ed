// What a security detection is: a named search over one audit trail in CLS, with its severity,
// threshold, period and the first thing to do when it fires. The detections are data (one file
// each); lib/cluster/security-alarms.ts turns them into Cls/alarm resources, and
// test/cluster/detections.test.ts runs them over recorded audit events with an evaluator of the
// CLS subset they use (test/support/cls-query.ts).

/** The audit trails a detection can read. */
export type AuditTrail =
  /** The Kubernetes API audit log TKE ships to CLS (clusterAudit): `audit.k8s.io/v1` Event objects. */
  | 'kubernetes-audit'
  /** CloudAudit records of Tencent Cloud API calls, shipped by the cluster's tracking set. */
  | 'cloudaudit';

/** Severity of a detection; it sets the CLS alarm level. */
export type DetectionSeverity = 'critical' | 'high' | 'medium';

/** What a detection's search may depend on, resolved from MultiZoneCluster's props. */
export interface DetectionContext {
  /** Identities (`user.username`) that deliver the platform and may change its guards. */
  readonly deliveryIdentities: readonly string[];
  /** ClusterRoles a binding to which is an admin grant. */
  readonly adminRoles: readonly string[];
  /** Namespaces of the platform itself; every other namespace is a tenant's. */
  readonly systemNamespaces: readonly string[];
}

/** One named security detection. */
export interface SecurityDetection {
  /** Stable id, also the suffix of the alarm's name: lowercase words joined by `-`. */
  readonly id: string;
  /** What it detects, in a few words. */
  readonly title: string;
  /** The trail it reads. */
  readonly trail: AuditTrail;
  /** How bad a hit is. */
  readonly severity: DetectionSeverity;
  /** Minutes between runs; each run searches the last `periodMinutes` (at most 1440). */
  readonly periodMinutes: number;
  /**
   * Matching records in one period that raise the alarm; with `groupBy`, per value of that field
   * (the query keeps the groups that reach it, the condition fires when one is left).
   */
  readonly threshold: number;
  /** The CLS search condition (left of `|`), in the subset documented in test/support/cls-query.ts. */
  readonly search: (ctx: DetectionContext) => string;
  /** Count per value of this field instead of in total (for bursts from one source). */
  readonly groupBy?: string;
  /** The first thing the person paged should do. */
  readonly runbook: string;
}

/** The CLS query and trigger condition of a detection: its search, an aggregation for groups, and `$1.` condition. */
export function renderDetection(d: SecurityDetection, ctx: DetectionContext): { readonly query: string; readonly condition: string } {
  const search = d.search(ctx);
  if (d.groupBy !== undefined) {
    return {
      query: `${search} | select "${d.groupBy}" as source, count(*) as cnt group by source having count(*) >= ${d.threshold}`,
      condition: '$1.__QUERYCOUNT__ > 0',
    };
  }
  return { query: search, condition: `$1.__QUERYCOUNT__ >= ${d.threshold}` };
}

/** The CLS alarm level of a severity: 2 Critical for critical, 0 Warning for high, 1 Info for medium. */
export function alarmLevelOf(severity: DetectionSeverity): number {
  return severity === 'critical' ? 2 : severity === 'high' ? 0 : 1;
}
