// HardenedStatefulSet: the same pod hardening as a Deployment (one core), plus claims that
// outlive the pods, a headless Service and a PodDisruptionBudget.
import { Testing } from 'cdk8s';
import { SERVICE_CONTROLS, expectCompliant, one, ofKind } from './support/compliance';
import { StubTenant, imageOf } from './support/stub-tenant';
import { HardenedDeployment, HardenedStatefulSet } from '../../lib/workloads';

function build() {
  const app = Testing.app();
  const tenant = new StubTenant(app, 'payments');
  const db = new HardenedStatefulSet(tenant, 'db', {
    image: imageOf('payments', 'db'),
    port: 5432,
    metricsPort: 9187,
    resources: { cpu: '1', memory: '2Gi' },
    writablePaths: ['/tmp', '/var/run/postgresql'],
    volumes: [{ name: 'data', mountPath: '/var/lib/postgresql/data', size: '50Gi', storageClassName: 'cbs-ssd' }],
  });
  const api = new HardenedDeployment(tenant, 'api', { image: imageOf('payments'), port: 8080, resources: { cpu: '1', memory: '2Gi' } });
  return { tenant, db, api, objects: tenant.toJson() as Array<Record<string, any>> };
}

describe('HardenedStatefulSet |', () => {
  test('output matches the snapshot', () => {
    expect(build().objects.filter((o) => o.metadata.labels['kubeward.dev/workload'] === 'db')).toMatchSnapshot();
  });

  test('shares the pod hardening of HardenedDeployment', () => {
    const { objects } = build();
    const sts = one(objects, 'StatefulSet').spec.template.spec;
    const dep = one(objects, 'Deployment').spec.template.spec;
    expect(sts.securityContext).toEqual(dep.securityContext);
    expect(sts.containers[0].securityContext).toEqual(dep.containers[0].securityContext);
    expect(sts.automountServiceAccountToken).toBe(false);
    expect(sts.topologySpreadConstraints.map((t: any) => t.topologyKey)).toEqual(dep.topologySpreadConstraints.map((t: any) => t.topologyKey));
    for (const p of ['startupProbe', 'readinessProbe', 'livenessProbe']) expect(sts.containers[0][p].tcpSocket).toEqual({ port: 5432 });
  });

  test('claims per replica, retained, mounted writable; headless Service; PDB; fixed replicas', () => {
    const { objects, db } = build();
    const sts = one(objects, 'StatefulSet');
    expect(sts.spec.replicas).toBe(3);
    expect(db.replicas).toBe(3);
    expect(sts.spec.serviceName).toBe('db');
    expect(sts.spec.persistentVolumeClaimRetentionPolicy).toEqual({ whenDeleted: 'Retain', whenScaled: 'Retain' });
    expect(sts.spec.volumeClaimTemplates).toHaveLength(1);
    expect(sts.spec.volumeClaimTemplates[0].spec).toEqual({ accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '50Gi' } }, storageClassName: 'cbs-ssd' });
    expect(sts.spec.template.spec.containers[0].volumeMounts).toContainEqual({ name: 'data', mountPath: '/var/lib/postgresql/data' });
    const services = ofKind(objects, 'Service').filter((s) => s.metadata.name === 'db');
    expect(services).toHaveLength(1);
    expect(services[0].spec.clusterIP).toBe('None');
    expect(ofKind(objects, 'PodDisruptionBudget').find((p) => p.metadata.name === 'db')!.spec.maxUnavailable).toBe(1);
    expect(ofKind(objects, 'HorizontalPodAutoscaler').map((h) => h.metadata.name)).toEqual(['api']);
  });

  test('passes every applicable control', () => {
    const { objects, db } = build();
    db.allowFrom(db);
    expectCompliant(objects, [...SERVICE_CONTROLS, 'KW-MON-001']);
  });
});
