// Availability alerts written as PrometheusRule rules. They read kube-state-metrics series, which
// TKE's managed Prometheus and every prometheus-operator install collect. Each rule carries a
// severity and a summary (KW-MON-002) and the workload's namespace, so routing can go per team.

/** The kind of workload alerts are written for. */
export type AlertedKind = 'Deployment' | 'StatefulSet' | 'CronJob';

/** PrometheusRule rules for a workload's availability. */
export function availabilityRules(kind: AlertedKind, namespace: string, name: string): Array<Record<string, unknown>> {
  const labels = (severity: string) => ({ severity, namespace, workload: name });
  if (kind === 'CronJob') {
    // Job names are "<cronjob>-<scheduled minute>"; the regex keeps other jobs out.
    const jobs = `namespace="${namespace}",job_name=~"${name}-[0-9]+"`;
    return [
      {
        alert: 'CronJobRunFailed',
        expr: `max(kube_job_status_failed{${jobs}}) > 0`,
        for: '1m',
        labels: labels('warning'),
        annotations: {
          summary: `A run of CronJob ${namespace}/${name} failed`,
          description: `A Job created by CronJob ${name} in namespace ${namespace} ended in failure; check its pod logs.`,
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
