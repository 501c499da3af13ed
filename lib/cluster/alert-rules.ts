// What the cluster alerts on. Prometheus rules (TMP alert group) watch Kubernetes health: nodes,
// pods and the control plane. Cloud Monitor rules watch the node CVMs' CPU, memory and disk,
// which keep reporting even when the in-cluster agent is down.

/** One Prometheus alerting rule of the TMP alert group. @internal */
export interface PromAlertRule {
  /** Rule name. */
  readonly ruleName: string;
  /** PromQL expression; the alert fires while it returns series. */
  readonly expr: string;
  /** How long the expression must hold before firing. */
  readonly duration: string;
  /** Severity label, for routing. */
  readonly severity: 'critical' | 'warning';
  /** One-line summary for the notification. */
  readonly summary: string;
}

/** Kubernetes health rules: node, pod and control-plane. @internal */
export const KUBERNETES_ALERT_RULES: readonly PromAlertRule[] = [
  {
    ruleName: 'NodeNotReady',
    expr: 'kube_node_status_condition{condition="Ready",status="true"} == 0',
    duration: '5m',
    severity: 'critical',
    summary: 'Node {{ $labels.node }} has not been Ready for 5 minutes.',
  },
  {
    ruleName: 'NodeUnderPressure',
    expr: 'kube_node_status_condition{condition=~"MemoryPressure|DiskPressure|PIDPressure",status="true"} == 1',
    duration: '5m',
    severity: 'warning',
    summary: 'Node {{ $labels.node }} reports {{ $labels.condition }}; the kubelet is evicting pods.',
  },
  {
    ruleName: 'PodCrashLooping',
    expr: 'increase(kube_pod_container_status_restarts_total[15m]) > 3',
    duration: '5m',
    severity: 'warning',
    summary: 'Container {{ $labels.container }} of {{ $labels.namespace }}/{{ $labels.pod }} restarted more than 3 times in 15 minutes.',
  },
  {
    ruleName: 'PodNotReady',
    expr: 'sum by (namespace, pod) (kube_pod_status_phase{phase=~"Pending|Unknown|Failed"}) > 0',
    duration: '15m',
    severity: 'warning',
    summary: 'Pod {{ $labels.namespace }}/{{ $labels.pod }} has not been running for 15 minutes.',
  },
  {
    ruleName: 'ApiServerErrors',
    expr: 'sum(rate(apiserver_request_total{code=~"5.."}[5m])) / sum(rate(apiserver_request_total[5m])) > 0.05',
    duration: '10m',
    severity: 'critical',
    summary: 'More than 5% of API server requests fail with a 5xx status.',
  },
  {
    ruleName: 'ApiServerSlow',
    expr: 'histogram_quantile(0.99, sum by (le, verb) (rate(apiserver_request_duration_seconds_bucket{verb!~"WATCH|CONNECT"}[5m]))) > 1',
    duration: '10m',
    severity: 'warning',
    summary: 'The 99th percentile latency of {{ $labels.verb }} requests to the API server is above 1 second.',
  },
];

/** One Cloud Monitor metric rule on the node CVMs (namespace `cvm_device`). */
export interface NodeMetricRule {
  /** Cloud Monitor metric name. */
  readonly metricName: 'CpuUsage' | 'MemUsage' | 'CvmDiskUsage';
  /** Display name. */
  readonly description: string;
  /** Threshold in percent. */
  readonly threshold: number;
}

/** The node CPU, memory and disk rules at the given thresholds. */
export function nodeMetricRules(t: { cpuPercent: number; memoryPercent: number; diskPercent: number }): NodeMetricRule[] {
  return [
    { metricName: 'CpuUsage', description: 'Node CPU usage', threshold: t.cpuPercent },
    { metricName: 'MemUsage', description: 'Node memory usage', threshold: t.memoryPercent },
    { metricName: 'CvmDiskUsage', description: 'Node disk usage', threshold: t.diskPercent },
  ];
}
