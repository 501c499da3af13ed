// Availability alerts written as PrometheusRule rules. They read kube-state-metrics series, which
// TKE's managed Prometheus and every prometheus-operator install collect. Each rule carries a
// severity and a summary (KW-MON-002) and the workload's namespace, so routing can go per team.

/** The kind of workload alerts are written for. */
export type AlertedKind = 'Deployment' | 'StatefulSet' | 'CronJob';

/** PrometheusRule rules for a workload's availability. */
export function availabilityRules(kind: AlertedKind, namespace: string, name: string): Array<Record<string, unknown>> {
  const labels = (severity: string) => ({ severity, namespace, workload: name });
  if (kind === 'CronJob') {
    // A run failed when its Job has the Failed condition (retries exhausted or deadline passed):
    // kube-state-metrics exports it as `kube_job_failed{condition="true"} == 1`.
    // `kube_job_status_failed` counts failed pods instead, so it also fires for a run whose retry
    // succeeded. Jobs are tied to the CronJob through `kube_job_owner` (owner_kind, owner_name),
    // not through their names, so a hand-made Job named like a run does not count. The `max by`
    // on both sides collapses duplicate series from several kube-state-metrics replicas, so the
    // one-to-one match never fails. Source: kubernetes/kube-state-metrics
    // docs/metrics/workload/job-metrics.md (kube_job_failed with condition=true|false|unknown;
    // kube_job_owner with owner_kind, owner_name, owner_is_controller; both STABLE).
    const failed = `max by (namespace, job_name) (kube_job_failed{namespace="${namespace}",condition="true"})`;
    const owned = `max by (namespace, job_name) (kube_job_owner{namespace="${namespace}",owner_kind="CronJob",owner_name="${name}"})`;
    return [
      {
        alert: 'CronJobRunFailed',
        expr: `${failed} * on (namespace, job_name) ${owned} > 0`,
        for: '1m',
        labels: labels('warning'),
        annotations: {
          summary: `A run of CronJob ${namespace}/${name} failed`,
          description: `Job {{ $labels.job_name }} of CronJob ${name} in namespace ${namespace} failed (its retries or deadline ran out); check its pod logs.`,
        },
      },
    ];
  }
  const metric = kind === 'Deployment' ? 'kube_deployment_status_replicas_available' : 'kube_statefulset_status_replicas_ready';
  const wanted = kind === 'Deployment' ? 'kube_deployment_spec_replicas' : 'kube_statefulset_replicas';
  const key = kind === 'Deployment' ? 'deployment' : 'statefulset';
  const sel = `namespace="${namespace}",${key}="${name}"`;
  return [
    {
      alert: `${kind}Unavailable`,
      expr: `max(${metric}{${sel}}) < 1`,
      for: '5m',
      labels: labels('critical'),
      annotations: {
        summary: `${kind} ${namespace}/${name} has no available replicas`,
        description: `No replica of ${kind} ${name} in namespace ${namespace} has been available for 5 minutes; the service is down.`,
      },
    },
    {
      alert: `${kind}Degraded`,
      expr: `max(${metric}{${sel}}) < max(${wanted}{${sel}})`,
      for: '15m',
      labels: labels('warning'),
      annotations: {
        summary: `${kind} ${namespace}/${name} runs below its desired replicas`,
        description: `Fewer replicas of ${kind} ${name} in namespace ${namespace} than desired have been available for 15 minutes; one more failure may take it down.`,
      },
    },
  ];
}
