// HardenedCronJob: the shared pod hardening, no probes, PDB or HPA (the catalog scopes those to
// long-running workloads), runs that never overlap and always end.
import { Testing } from 'cdk8s';
import { JOB_CONTROLS, expectCompliant, one, ofKind } from './support/compliance';
import { StubTenant, imageOf } from './support/stub-tenant';
import { HardenedCronJob, HardenedDeployment } from '../../lib/workloads';
import { Sample, evaluate } from '../support/promql';

function build(props: Partial<ConstructorParameters<typeof HardenedCronJob>[2]> = {}) {
  const app = Testing.app();
  const tenant = new StubTenant(app, 'payments');
  const job = new HardenedCronJob(tenant, 'report', {
    image: imageOf('payments', 'report'),
    schedule: '30 2 * * MON-FRI',
    resources: { cpu: '200m', memory: '256Mi' },
    writablePaths: ['/tmp'],
    ...props,
  });
  return { tenant, job, objects: tenant.toJson() as Array<Record<string, any>> };
}

describe('HardenedCronJob |', () => {
  test('output matches the snapshot', () => {
    expect(build().objects).toMatchSnapshot();
  });

  test('schedule safety: Forbid, deadlines, explicit time zone, bounded retries', () => {
    const cj = one(build().objects, 'CronJob');
    expect(cj.spec).toMatchObject({
      schedule: '30 2 * * MON-FRI',
      timeZone: 'Etc/UTC',
      concurrencyPolicy: 'Forbid',
      startingDeadlineSeconds: 300,
      suspend: false,
      jobTemplate: { spec: { backoffLimit: 2, activeDeadlineSeconds: 3600 } },
    });
  });

  test('same pod hardening as a Deployment, without probes, ports, PDB, HPA or Service', () => {
    const app = Testing.app();
    const tenant = new StubTenant(app, 'payments');
    new HardenedCronJob(tenant, 'report', { image: imageOf('payments', 'report'), schedule: '@hourly', resources: { cpu: '1', memory: '1Gi' } });
    new HardenedDeployment(tenant, 'api', { image: imageOf('payments'), port: 8080, resources: { cpu: '1', memory: '1Gi' } });
    const objects = tenant.toJson();
    const job = one(objects, 'CronJob').spec.jobTemplate.spec.template.spec;
    const dep = one(objects, 'Deployment').spec.template.spec;
    expect(job.securityContext).toEqual(dep.securityContext);
    expect(job.containers[0].securityContext).toEqual(dep.containers[0].securityContext);
    expect(job.restartPolicy).toBe('Never');
    expect(job.topologySpreadConstraints).toBeUndefined();
    for (const p of ['startupProbe', 'readinessProbe', 'livenessProbe', 'ports']) expect(job.containers[0][p]).toBeUndefined();
    expect(ofKind(objects, 'PodDisruptionBudget').map((o) => o.metadata.name)).toEqual(['api']);
    expect(ofKind(objects, 'HorizontalPodAutoscaler').map((o) => o.metadata.name)).toEqual(['api']);
    expect(ofKind(objects, 'Service').map((o) => o.metadata.name)).toEqual(['api']);
  });

  test('a failed run raises an alert with severity and summary', () => {
    const rule = one(build().objects, 'PrometheusRule').spec.groups[0].rules[0];
    expect(rule).toMatchObject({ alert: 'CronJobRunFailed', labels: { severity: 'warning' } });
    expect(rule.annotations.summary).toContain('payments/report');
  });

  describe('CronJobRunFailed over kube-state-metrics series |', () => {
    // Series as kube-state-metrics exports them (kubernetes/kube-state-metrics
    // docs/metrics/workload/job-metrics.md), with the scrape's own job/instance labels, from two
    // kube-state-metrics replicas.
    const scrape = (instance: string) => ({ job: 'kube-state-metrics', instance });
    const jobSeries = (jobName: string, o: { failedPods: number; failed: boolean; complete: boolean; owner?: string }): Sample[] =>
      ['10.0.0.1:8080', '10.0.0.2:8080'].flatMap((instance) => {
        const base = { namespace: 'payments', job_name: jobName, ...scrape(instance) };
        const cond = (name: string, on: boolean) => (['true', 'false', 'unknown'] as const).map((c) => ({
          labels: { __name__: name, ...base, condition: c }, value: (c === 'true') === on && c !== 'unknown' ? 1 : 0,
        }));
        return [
          { labels: { __name__: 'kube_job_status_failed', ...base, reason: 'BackoffLimitExceeded' }, value: o.failedPods },
          ...cond('kube_job_failed', o.failed),
          ...cond('kube_job_complete', o.complete),
          ...(o.owner ? [{ labels: { __name__: 'kube_job_owner', ...base, owner_kind: 'CronJob', owner_name: o.owner, owner_is_controller: 'true' }, value: 1 }] : []),
        ];
      });
    const expr = String(one(build().objects, 'PrometheusRule').spec.groups[0].rules[0].expr);
    // An alert without a job_name label still fires: name it, so toEqual([]) cannot overlook it.
    const fires = (series: Sample[]) => evaluate(expr, series).map((s) => s.labels.job_name ?? '(no job_name)').sort();

    test('a run whose first pod failed but whose retry succeeded does not fire', () => {
      expect(fires(jobSeries('report-28950000', { failedPods: 1, failed: false, complete: true, owner: 'report' }))).toEqual([]);
    });

    test('a run that failed (retries exhausted) fires, once per Job', () => {
      expect(fires(jobSeries('report-28950000', { failedPods: 3, failed: true, complete: false, owner: 'report' }))).toEqual(['report-28950000']);
    });

    test('only Jobs the CronJob owns count, whatever their names', () => {
      const series = [
        // A hand-made Job named like a run of this CronJob, failed: not ours.
        ...jobSeries('report-1', { failedPods: 3, failed: true, complete: false }),
        // A failed run of another CronJob in the namespace.
        ...jobSeries('reports-28950000', { failedPods: 3, failed: true, complete: false, owner: 'reports' }),
      ];
      expect(fires(series)).toEqual([]);
    });
  });

  test('passes every applicable control', () => {
    expectCompliant(build().objects, JOB_CONTROLS);
    expectCompliant(build({ timeZone: 'Asia/Shanghai', schedule: '*/5 * * * *', suspend: true }).objects, JOB_CONTROLS);
  });
});
