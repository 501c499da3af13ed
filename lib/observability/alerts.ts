// The tenant's alerts, as a prometheus-operator PrometheusRule over kube-state-metrics series:
// quota nearly used up (warning at 80%, critical at 95%, so a team hears before deployments start
// failing), crash-looping containers, OOM kills and pods stuck Pending. Every alert has a severity
// label, a summary, a description and a runbook (KW-MON-002).
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { optionalRecord, show } from '../core/checks';
import { KubewardError } from '../core/errors';
import { requireLabelMap } from '../core/kube-names';

/** Options of a tenant's alerts. */
export interface TenantAlertingOptions {
  /**
   * Set to true (or omit) to keep alerting on; `{ enabled: false, reason }` turns it off.
   * @default true - on unless turned off with a reason
   */
  readonly enabled?: true;
  /**
   * Base URL of the runbooks; each alert links to `<base>#<alert name in lower case>`.
   * @default - no link: each alert carries its runbook as text in the `runbook` annotation
   */
  readonly runbookBaseUrl?: string;
  /**
   * Labels on the PrometheusRule, for the Prometheus `ruleSelector` that picks it up.
   * @default {} - prometheus-operator's default selector is set per installation; add yours here
   */
  readonly ruleLabels?: Record<string, string>;
}

/** Alerting settings with every default applied. */
export interface ResolvedAlerting {
  /** Runbook base URL. */
  readonly runbookBaseUrl?: string;
  /** Extra labels. */
  readonly ruleLabels: Record<string, string>;
}

/**
 * Validates alerting options. @internal
 * @param written the labels kubeward itself puts on the PrometheusRule (ownership, tenant):
 *   `ruleLabels` may not set them, or an audit and the owner's on-call would read another value
 */
export function resolveAlerting(path: string, value: unknown, written: Readonly<Record<string, string>> = {}): ResolvedAlerting {
  const o = optionalRecord(path, 'alerting', value, 'pass { runbookBaseUrl?, ruleLabels? } or { enabled: false, reason }') ?? {};
  if (o.enabled !== undefined && o.enabled !== true) {
    throw new KubewardError(path, 'alerting.enabled', `${show(o.enabled)} is not true`, 'omit enabled, or turn alerting off with { enabled: false, reason: "why" }');
  }
  if (o.runbookBaseUrl !== undefined && (typeof o.runbookBaseUrl !== 'string' || !/^https:\/\/[^\s#]+$/.test(o.runbookBaseUrl))) {
    throw new KubewardError(path, 'alerting.runbookBaseUrl', `${show(o.runbookBaseUrl)} is not an https URL without fragment`, 'write e.g. "https://wiki.example.com/runbooks/tenants"');
  }
  // The labels go on the PrometheusRule's metadata, where prometheus-operator's `ruleSelector`
  // (a Kubernetes label selector) matches them: Kubernetes label syntax, not Prometheus's.
  const ruleLabels = requireLabelMap(path, 'alerting.ruleLabels', o.ruleLabels);
  for (const key of Object.keys(ruleLabels)) {
    if (Object.prototype.hasOwnProperty.call(written, key)) {
      throw new KubewardError(path, `alerting.ruleLabels.${key}`, `would overwrite the label ${key}=${show(written[key])} that kubeward writes on the PrometheusRule`,
        `remove ${key} from ruleLabels (kubeward sets it; use another key for your ruleSelector)`);
    }
  }
  return { ...(o.runbookBaseUrl !== undefined ? { runbookBaseUrl: o.runbookBaseUrl as string } : {}), ruleLabels };
}

interface AlertSpec {
  readonly alert: string;
  readonly expr: string;
  readonly for: string;
  readonly severity: 'warning' | 'critical';
  readonly summary: string;
  readonly description: string;
  readonly runbook: string;
}

/** The alert rules of a namespace (exported for tests and docs). @internal */
export function tenantAlertRules(namespace: string): AlertSpec[] {
  const ns = `namespace="${namespace}"`;
  const quota = (threshold: number) =>
    `kube_resourcequota{${ns}, type="used"} / ignoring(type) (kube_resourcequota{${ns}, type="hard"} > 0) > ${threshold}`;
  return [
    {
      alert: 'TenantQuotaNearlyExhausted',
      expr: quota(0.8),
      for: '15m',
      severity: 'warning',
      summary: `Namespace ${namespace} uses more than 80% of a quota`,
      description: `{{ $labels.resource }} in ${namespace} is at {{ $value | humanizePercentage }} of its ResourceQuota.`,
      runbook: 'Check `kubectl describe resourcequota -n ' + namespace + '`; remove unused workloads or ask the platform team to raise the quota before new pods are refused.',
    },
    {
      alert: 'TenantQuotaExhausted',
      expr: quota(0.95),
      for: '5m',
      severity: 'critical',
      summary: `Namespace ${namespace} has almost no quota left`,
      description: `{{ $labels.resource }} in ${namespace} is at {{ $value | humanizePercentage }} of its ResourceQuota; new pods and rollouts will be refused.`,
      runbook: 'Scale down or delete what is not needed now; a rollout needs room for its surge pods. Ask the platform team for a quota increase.',
    },
    {
      alert: 'TenantPodCrashLooping',
      expr: `max by (namespace, pod, container) (max_over_time(kube_pod_container_status_waiting_reason{${ns}, reason="CrashLoopBackOff"}[5m])) >= 1`,
      for: '15m',
      severity: 'warning',
      summary: `A container in ${namespace} is crash-looping`,
      description: 'Container {{ $labels.container }} of pod {{ $labels.pod }} has been in CrashLoopBackOff for 15 minutes.',
      runbook: 'Read the previous logs (`kubectl logs --previous`) or the CLS topic of the namespace; check the last deploy, config and dependencies.',
    },
    {
      alert: 'TenantContainerOOMKilled',
      expr: `(max by (namespace, pod, container) (kube_pod_container_status_last_terminated_reason{${ns}, reason="OOMKilled"}) == 1) and on (namespace, pod, container) (increase(kube_pod_container_status_restarts_total{${ns}}[15m]) > 0)`,
      for: '0m',
      severity: 'warning',
      summary: `A container in ${namespace} was killed for running out of memory`,
      description: 'Container {{ $labels.container }} of pod {{ $labels.pod }} was OOM-killed in the last 15 minutes.',
      runbook: 'Compare the memory limit with the working set; raise the limit (within the LimitRange max) or fix the leak.',
    },
    {
      alert: 'TenantPodPending',
      expr: `max by (namespace, pod) (kube_pod_status_phase{${ns}, phase="Pending"}) == 1`,
      for: '15m',
      severity: 'warning',
      summary: `A pod in ${namespace} has been Pending for 15 minutes`,
      description: 'Pod {{ $labels.pod }} cannot be scheduled or started.',
      runbook: 'Run `kubectl describe pod`: look for quota refusals, unschedulable resources, image pull errors or admission denials (unpinned or untrusted images).',
    },
  ];
}

/** Adds the PrometheusRule of the namespace. @internal */
export function addTenantAlerts(scope: Construct, namespace: string, labels: Record<string, string>, alerting: ResolvedAlerting): ApiObject {
  const rules = tenantAlertRules(namespace).map((a) => ({
    alert: a.alert,
    expr: a.expr,
    for: a.for,
    labels: { severity: a.severity, namespace },
    annotations: {
      summary: a.summary,
      description: a.description,
      runbook: a.runbook,
      ...(alerting.runbookBaseUrl ? { runbook_url: `${alerting.runbookBaseUrl}#${a.alert.toLowerCase()}` } : {}),
    },
  }));
  return new ApiObject(scope, 'alerts', {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PrometheusRule',
    metadata: { name: `${namespace}-tenant-alerts`.slice(0, 63).replace(/-+$/, ''), namespace, labels: { ...labels, ...alerting.ruleLabels } },
    spec: { groups: [{ name: `tenant-${namespace}`, rules }] },
  });
}
