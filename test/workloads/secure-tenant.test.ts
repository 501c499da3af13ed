// Workloads inside real SecureTenants: the whole platform (namespaces, quotas, default-deny,
// mesh, workloads, cross-tenant connections) is schema-valid and passes the catalog, and the
// workloads take owner, labels, Istio version and resource bounds from their tenant.
import { SERVICE_CONTROLS, expectCompliant } from './support/compliance';
import { imageOf } from './support/stub-tenant';
import { PlatformApp } from '../../lib/app/platform-app';
import { KubewardError } from '../../lib/core/errors';
import { TenantPeer } from '../../lib/network';
import { audit } from '../../lib/policy';
import { SecureTenant, SecureTenantProps } from '../../lib/tenancy';
import { HardenedCronJob, HardenedDeployment, HardenedStatefulSet } from '../../lib/workloads';
import { expectSchemaValid } from '../support/schemas';

const RES = { cpu: '500m', memory: '512Mi' };
const PROXY = `ccr.ccs.tencentyun.com/mesh/proxyv2:1.22.1@sha256:${'5e'.repeat(32)}`;

function tenant(app: PlatformApp, name: string, extra: Partial<SecureTenantProps> = {}): SecureTenant {
  // The sidecar (Istio's default limits, 2000m and 1024Mi per pod) must fit the limits quota too.
  return new SecureTenant(app, name, { quota: { cpu: '40', memory: '128Gi', limitsCpu: '120', limitsMemory: '160Gi', pods: 300 }, trustedRegistries: [`ccr.ccs.tencentyun.com/${name}`], mesh: { proxyImage: PROXY }, ...extra } as SecureTenantProps);
}

function platform() {
  const app = new PlatformApp();
  const payments = tenant(app, 'payments');
  const edge = tenant(app, 'edge');
  const api = new HardenedDeployment(payments, 'api', { image: imageOf('payments'), port: 8080, resources: RES, metricsPort: 9090 });
  const gateway = new HardenedDeployment(edge, 'gateway', { image: imageOf('edge', 'gateway'), port: 8443, resources: RES });
  const db = new HardenedStatefulSet(payments, 'db', { image: imageOf('payments', 'db'), port: 5432, resources: { cpu: '1', memory: '2Gi' }, volumes: [{ name: 'data', mountPath: '/data', size: '20Gi' }] });
  const report = new HardenedCronJob(payments, 'report', { image: imageOf('payments', 'report'), schedule: '0 2 * * *', resources: { cpu: '100m', memory: '64Mi' } });
  gateway.allowFrom(TenantPeer.ingressGateway());
  api.allowFrom(gateway);
  api.allowTo(db);
  report.allowTo(db);
  return { app, payments, edge, api, gateway, db, report };
}

describe('workloads in SecureTenants |', () => {
  test('every workload object is schema-valid and has no finding in a full platform audit', () => {
    const { app } = platform();
    const objects = app.synthObjects() as Array<Record<string, any>>;
    const workloadObjects = objects.filter((o) => o.metadata?.labels?.['kubeward.dev/workload']);
    expect(workloadObjects.length).toBeGreaterThan(25);
    expectSchemaValid(workloadObjects, { requireNamespace: true });
    const report = audit(objects);
    const isWorkloadObject = (f: { object: { kind: string; name?: string; namespace?: string } }) =>
      workloadObjects.some((o) => o.kind === f.object.kind && o.metadata.name === f.object.name && o.metadata.namespace === f.object.namespace);
    const onWorkloads = report.findings.filter(isWorkloadObject);
    expect(onWorkloads.map((f) => `${f.controlId} ${f.object.kind}/${f.object.name}: ${f.message}`)).toEqual([]);
    // Namespace-level controls hold for the tenants the workloads live in.
    for (const id of ['KW-NET-001', 'KW-NET-002', 'KW-NET-003', 'KW-RES-005', 'KW-RES-006', 'KW-POD-023', 'KW-MESH-002', 'KW-MESH-003', 'KW-MESH-005', 'KW-MESH-006']) {
      expect([id, report.controls.find((c) => c.id === id)!.status]).toEqual([id, 'pass']);
    }
  });

  test('the whole platform passes every applicable control with zero suppressions', () => {
    const { app } = platform();
    expectCompliant(app.synthObjects(), [...SERVICE_CONTROLS, 'KW-MON-001', 'KW-NET-001', 'KW-NET-002', 'KW-MESH-002', 'KW-MESH-005', 'KW-MESH-006']);
  });

  test('workloads take the tenant\'s owner and tenant label', () => {
    const { api, payments } = platform();
    expect(api.labels.owner).toBe(payments.owner);
    expect(api.labels['kubeward.dev/tenant']).toBe('payments');
    expect(api.enclosingTenant).toBe(payments);
    expect(api.namespace).toBe('payments');
  });

  test('the AuthorizationPolicy follows the tenant\'s Istio API version', () => {
    const app = new PlatformApp();
    const legacy = tenant(app, 'legacy', { mesh: { proxyImage: PROXY, apiVersion: 'v1beta1' } });
    const w = new HardenedDeployment(legacy, 'api', { image: imageOf('legacy'), port: 8080, resources: RES });
    expect((w.authorizationPolicy!.toJson() as any).apiVersion).toBe('security.istio.io/v1beta1');
  });

  test('a container outside the tenant\'s LimitRange, or a workload beyond its quota, is refused', () => {
    const app = new PlatformApp();
    const small = tenant(app, 'small', {
      quota: { cpu: '2', memory: '4Gi', pods: 20 },
      limits: { max: { cpu: '1', memory: '2Gi' } },
      mesh: { proxyImage: PROXY, proxyResources: { cpu: '10m', memory: '16Mi', cpuLimit: '100m', memoryLimit: '64Mi' } },
    });
    const attempt = (props: Record<string, unknown>) => () => new HardenedDeployment(small, 'api', { image: imageOf('small'), port: 8080, ...props } as never);
    expect(attempt({ resources: { cpu: '2', memory: '1Gi' } })).toThrow(/above the maximum 1 of the LimitRange/);
    expect(attempt({ resources: { cpu: '500m', memory: '1Gi', memoryLimit: '3Gi' } })).toThrow(KubewardError);
    // 9 replicas (the default HPA maximum) + 3 surge pods × (1 CPU + the sidecar) exceed a 2-CPU quota.
    expect(attempt({ resources: { cpu: '1', memory: '256Mi' } })).toThrow(/beyond tenant small's quota of 2/);
    // 3 fixed replicas + 1 surge pod × (100m + 10m sidecar) fit.
    expect(attempt({ resources: { cpu: '100m', memory: '64Mi' }, autoscaling: false })).not.toThrow();
  });
});
