// HardenedCronJob: the shared pod hardening, no probes, PDB or HPA (the catalog scopes those to
// long-running workloads), runs that never overlap and always end.
import { Testing } from 'cdk8s';
import { JOB_CONTROLS, expectCompliant, one, ofKind } from './support/compliance';
import { StubTenant, imageOf } from './support/stub-tenant';
import { HardenedCronJob, HardenedDeployment } from '../../lib/workloads';

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

  test('passes every applicable control', () => {
    expectCompliant(build().objects, JOB_CONTROLS);
    expectCompliant(build({ timeZone: 'Asia/Shanghai', schedule: '*/5 * * * *', suspend: true }).objects, JOB_CONTROLS);
  });
});
