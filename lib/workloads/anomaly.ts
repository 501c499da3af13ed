// Anomaly rules: each serving workload's request rate, error ratio (meshed workloads, from Istio's
// `istio_requests_total`) and CPU use (cAdvisor's `container_cpu_usage_seconds_total`) are recorded
// every evaluation, a week of the recorded series is the workload's own baseline (mean and standard
// deviation), and an alert fires when the current value is several standard deviations away from
// it. A fixed threshold cannot tell a quiet internal service from a busy storefront; the baseline
// can, and it follows the weekly rhythm of traffic.
//
// Metric facts (see test/observability/metrics-allow-list.json for the sources):
// - istio_requests_total is a COUNTER with reporter, destination_workload,
//   destination_workload_namespace and response_code labels (istio.io "Istio Standard Metrics").
//   `reporter="destination"` counts each request once, at the server's sidecar.
// - container_cpu_usage_seconds_total is a counter per container (google/cadvisor
//   docs/storage/prometheus.md); the kubelet's cAdvisor endpoint adds namespace, pod and container
//   labels, and a series with container="" for the whole pod cgroup, which is left out so CPU is not
//   counted twice.

/** The kind of workload anomaly rules are written for. */
export type AnomalyKind = 'Deployment' | 'StatefulSet';

/** The knobs of the anomaly rules. */
export interface AnomalySettings {
  /**
   * How many standard deviations from the baseline count as an anomaly.
   * @default 3 - for a roughly normal series about 0.3% of samples lie further out by chance; with a
   * `for` of 15 minutes a single noisy sample does not page
   */
  readonly deviations: number;
  /**
   * The history the baseline is computed over.
   * @default "1w" - one week covers the daily and the weekday/weekend rhythm of traffic
   */
  readonly baselineWindow: string;
  /**
   * The smallest baseline request rate, in requests per second, at which request-rate and error
   * anomalies are reported.
   * @default 1 - below one request a second a handful of requests moves the rate by many standard
   * deviations, so idle services would page on noise
   */
  readonly minRequestsPerSecond: number;
  /**
   * The smallest change, relative to the baseline mean, that counts: guards a very steady series
   * whose standard deviation is near zero.
   * @default 0.2 - a 20% change
   */
  readonly minRelativeChange: number;
  /**
   * The smallest error-ratio rise, absolute, that counts.
   * @default 0.01 - one percentage point of requests failing more than usual
   */
  readonly minErrorRatioRise: number;
  /**
   * The smallest baseline CPU use, in cores, at which CPU anomalies are reported.
   * @default 0.05 - 50 millicores; an idle pod's CPU is mostly noise
   */
  readonly minCpuCores: number;
}

/** The anomaly settings kubeward uses. @internal */
export const DEFAULT_ANOMALY: AnomalySettings = {
  deviations: 3,
  baselineWindow: '1w',
  minRequestsPerSecond: 1,
  minRelativeChange: 0.2,
  minErrorRatioRise: 0.01,
  minCpuCores: 0.05,
};

/** Names of the recorded series (one family per signal; `:avg_1w` / `:stddev_1w` are the baseline). @internal */
export const ANOMALY_SERIES = {
  requests: 'workload:istio_requests:rate5m',
  errors: 'workload:istio_request_errors:ratio_rate5m',
  cpu: 'workload:container_cpu_usage_seconds:rate5m',
} as const;

/**
 * The pods of a workload, by name: a Deployment's pods are `<name>-<ReplicaSet hash>-<5 chars>`, a
 * StatefulSet's `<name>-<ordinal>`. Anchoring the suffix keeps another workload named `<name>-x`
 * out of the match.
 */
function podRegex(kind: AnomalyKind, name: string): string {
  const escaped = name.replace(/[.]/g, '\\\\.');
  return kind === 'Deployment' ? `${escaped}-[a-z0-9]+-[a-z0-9]{5}` : `${escaped}-[0-9]+`;
}

/** Recording and alerting rules of a workload's anomalies. @internal */
export function anomalyRules(
  kind: AnomalyKind, namespace: string, name: string, meshed: boolean, s: AnomalySettings = DEFAULT_ANOMALY,
): Array<Record<string, unknown>> {
  const labels = { namespace, workload: name };
  const sel = `{namespace="${namespace}",workload="${name}"}`;
  const w = s.baselineWindow;
  const suffix = w.replace(/[^a-z0-9]/g, '');
  const record = (series: string, expr: string) => [
    { record: series, expr, labels },
    { record: `${series}:avg_${suffix}`, expr: `avg_over_time(${series}${sel}[${w}])`, labels },
    { record: `${series}:stddev_${suffix}`, expr: `stddev_over_time(${series}${sel}[${w}])`, labels },
  ];
  const cur = (series: string) => `${series}${sel}`;
  const avg = (series: string) => `${series}:avg_${suffix}${sel}`;
  const sd = (series: string) => `${series}:stddev_${suffix}${sel}`;
  const alert = (alertName: string, expr: string, summary: string, description: string) => ({
    alert: alertName,
    expr,
    for: '15m',
    labels: { severity: 'warning', namespace, workload: name },
    annotations: { summary, description },
  });
  const rules: Array<Record<string, unknown>> = [];
  if (meshed) {
    const istio = `istio_requests_total{reporter="destination",destination_workload_namespace="${namespace}",destination_workload="${name}"`;
    const R = ANOMALY_SERIES.requests;
    const E = ANOMALY_SERIES.errors;
    rules.push(
      ...record(R, `sum(rate(${istio}}[5m]))`),
      ...record(E, `sum(rate(${istio},response_code=~"5.."}[5m])) / sum(rate(${istio}}[5m]))`),
      alert(
        `${kind}RequestRateAnomaly`,
        // Both directions: a drop (clients cut off, a bad route) matters as much as a surge.
        `abs(${cur(R)} - ${avg(R)}) > ${s.deviations} * ${sd(R)} and abs(${cur(R)} - ${avg(R)}) > ${s.minRelativeChange} * ${avg(R)} and ${avg(R)} >= ${s.minRequestsPerSecond}`,
        `Request rate of ${kind} ${namespace}/${name} is far from its usual level`,
        `${name} serves {{ $value | humanize }} requests/s more or less than its ${w} mean, beyond ${s.deviations} standard deviations.`,
      ),
      alert(
        `${kind}ErrorRateAnomaly`,
        // Only a rise: fewer errors than usual is good news. The traffic guard is on the current
        // rate, so a service that just started failing most of its requests is still seen.
        `${cur(E)} - ${avg(E)} > ${s.deviations} * ${sd(E)} and ${cur(E)} - ${avg(E)} > ${s.minErrorRatioRise} and ${cur(R)} >= ${s.minRequestsPerSecond}`,
        `Error ratio of ${kind} ${namespace}/${name} is well above its usual level`,
        `The share of 5xx responses of ${name} is {{ $value | humanizePercentage }} above its ${w} mean, beyond ${s.deviations} standard deviations.`,
      ),
    );
  }
  const C = ANOMALY_SERIES.cpu;
  rules.push(
    ...record(C, `sum(rate(container_cpu_usage_seconds_total{namespace="${namespace}",pod=~"${podRegex(kind, name)}",container!="",container!="POD"}[5m]))`),
    alert(
      `${kind}CpuAnomaly`,
      // Only a rise: a runaway loop or a traffic surge the request rate does not show (batch work).
      `${cur(C)} - ${avg(C)} > ${s.deviations} * ${sd(C)} and ${cur(C)} - ${avg(C)} > ${s.minRelativeChange} * ${avg(C)} and ${avg(C)} >= ${s.minCpuCores}`,
      `CPU use of ${kind} ${namespace}/${name} is well above its usual level`,
      `${name} uses {{ $value | humanize }} cores more than its ${w} mean, beyond ${s.deviations} standard deviations.`,
    ),
  );
  return rules;
}
