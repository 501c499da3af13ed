// The series kube-state-metrics exports for one Job of a CronJob (kubernetes/kube-state-metrics
// docs/metrics/workload/job-metrics.md): kube_job_status_failed is the number of the Job's pods
// that reached phase Failed (a retried pod counts even when the Job then succeeds);
// kube_job_failed{condition} and kube_job_complete{condition} are the Job's conditions (one series
// per condition value true/false/unknown, 1 for the one that holds); kube_job_owner ties the Job
// to its CronJob. Alert rules are evaluated over these with test/support/promql.ts.
import type { Sample } from '../support/promql';

/** How one run went. */
export interface JobRun {
  /** Pods that failed (backoff retries included). */
  readonly failedPods: number;
  /** Whether the Job's Failed condition is true (retries or deadline exhausted). */
  readonly failed: boolean;
  /** Whether it completed. */
  readonly complete: boolean;
}

/** The series of one Job `name` of CronJob `cronJob` in `namespace`. */
export function jobSeries(namespace: string, cronJob: string, name: string, run: JobRun): Sample[] {
  const base = { namespace, job_name: name };
  const condition = (metric: string, on: boolean): Sample[] => (['true', 'false', 'unknown'] as const).map((c) => ({
    labels: { __name__: metric, ...base, condition: c },
    value: (c === 'true' && on) || (c === 'false' && !on) ? 1 : 0,
  }));
  return [
    { labels: { __name__: 'kube_job_status_failed', ...base, ...(run.failedPods ? { reason: 'BackoffLimitExceeded' } : {}) }, value: run.failedPods },
    { labels: { __name__: 'kube_job_status_succeeded', ...base }, value: run.complete ? 1 : 0 },
    ...condition('kube_job_failed', run.failed),
    ...condition('kube_job_complete', run.complete),
    { labels: { __name__: 'kube_job_owner', ...base, owner_kind: 'CronJob', owner_name: cronJob, owner_is_controller: 'true' }, value: 1 },
  ];
}
