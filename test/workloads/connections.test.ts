// allowFrom / allowTo: both sides of every pair are written (NetworkPolicy ingress on the target,
// egress on the source, AuthorizationPolicy on a meshed target), across tenants too, and the
// connected platform stays compliant.
import { App, Testing } from 'cdk8s';
import { SERVICE_CONTROLS, expectCompliant } from './support/compliance';
import { StubTenant, imageOf } from './support/stub-tenant';
import { PlatformApp } from '../../lib/app/platform-app';
import { KubewardError } from '../../lib/core/errors';
import { TenantPeer } from '../../lib/network';
import { HardenedCronJob, HardenedDeployment, HardenedStatefulSet, ExternalPeer } from '../../lib/workloads';

const RES = { cpu: '250m', memory: '256Mi' };

function platform(app: App = Testing.app(), gatewayMesh = true) {
  const payments = new StubTenant(app, 'payments');
  const edge = new StubTenant(app, 'edge', { mesh: gatewayMesh });
  const api = new HardenedDeployment(payments, 'api', { image: imageOf('payments'), port: 8080, resources: RES });
  const db = new HardenedStatefulSet(payments, 'db', { image: imageOf('payments', 'db'), port: 5432, resources: RES, volumes: [{ name: 'data', mountPath: '/data', size: '10Gi' }] });
  const gateway = new HardenedDeployment(edge, 'gateway', { image: imageOf('edge', 'gateway'), port: 8443, resources: RES });
  return { app, payments, edge, api, db, gateway };
}

function policy(objects: Array<Record<string, any>>, kind: string, ns: string, name: string): Record<string, any> {
  const found = objects.find((o) => o.kind === kind && o.metadata.namespace === ns && o.metadata.name === name);
  expect(found).toBeDefined();
  return found!;
}

const peerOf = (ns: string, name: string) => ({
  namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': ns } },
  podSelector: { matchLabels: { 'app.kubernetes.io/name': name, 'kubeward.dev/workload': name } },
});

describe('connections |', () => {
  test('allowFrom across tenants writes ingress and AuthorizationPolicy on the target, egress on the source', () => {
    const { app, api, gateway } = platform(new PlatformApp());
    api.allowFrom(gateway);
    const objects = (app as PlatformApp).synthObjects() as Array<Record<string, any>>;
    const apiNp = policy(objects, 'NetworkPolicy', 'payments', 'api');
    expect(apiNp.spec.ingress).toEqual([{ from: [peerOf('edge', 'gateway')], ports: [{ port: 8080, protocol: 'TCP' }] }]);
    const gwNp = policy(objects, 'NetworkPolicy', 'edge', 'gateway');
    expect(gwNp.spec.egress.slice(1)).toEqual([{ to: [peerOf('payments', 'api')], ports: [{ port: 8080, protocol: 'TCP' }] }]);
    const ap = policy(objects, 'AuthorizationPolicy', 'payments', 'api');
    expect(ap.spec.rules).toEqual([{ from: [{ source: { principals: ['cluster.local/ns/edge/sa/gateway'] } }], to: [{ operation: { ports: ['8080'] } }] }]);
    expectCompliant(objects, [...SERVICE_CONTROLS, 'KW-MESH-006']);
  });

  test('allowTo is the mirror of allowFrom', () => {
    const a = platform(new PlatformApp());
    a.api.allowFrom(a.gateway);
    const b = platform(new PlatformApp());
    b.gateway.allowTo(b.api);
    const strip = (objs: any[]) => JSON.stringify(objs).replace(/allowTo|allowFrom/g, '');
    expect(strip((b.app as PlatformApp).synthObjects())).toEqual(strip((a.app as PlatformApp).synthObjects()));
  });

  test('a StatefulSet may admit its own members; a Deployment may not', () => {
    const { db, api } = platform();
    db.allowFrom(db);
    const np = db.networkPolicy.toJson() as any;
    expect(np.spec.ingress).toEqual([{ from: [peerOf('payments', 'db')], ports: [{ port: 5432, protocol: 'TCP' }] }]);
    expect(np.spec.egress[1]).toEqual({ to: [peerOf('payments', 'db')], ports: [{ port: 5432, protocol: 'TCP' }] });
    expect(() => api.allowFrom(api)).toThrow(KubewardError);
    expect(() => api.allowTo(api)).toThrow(/own peer/);
  });

  test('tenant-level peers: a namespace with labels and service account, a whole tenant, an address range', () => {
    const { api, payments, edge } = platform();
    api.allowFrom(TenantPeer.namespace('istio-ingress', { podLabels: { istio: 'ingressgateway' }, serviceAccount: 'istio-ingressgateway' }));
    api.allowFrom(edge);
    api.allowTo(ExternalPeer.cidr('10.0.8.0/24'), { ports: [{ port: 5432 }] });
    api.allowTo(ExternalPeer.cidr('0.0.0.0/0'), { ports: [{ port: 443 }] });
    const objects = payments.toJson() as Array<Record<string, any>>;
    const np = policy(objects, 'NetworkPolicy', 'payments', 'api');
    expect(np.spec.ingress).toEqual([
      { from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'istio-ingress' } }, podSelector: { matchLabels: { istio: 'ingressgateway' } } }], ports: [{ port: 8080, protocol: 'TCP' }] },
      { from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'edge' } } }], ports: [{ port: 8080, protocol: 'TCP' }] },
    ]);
    expect(np.spec.egress.slice(1)).toEqual([
      { to: [{ ipBlock: { cidr: '10.0.8.0/24' } }], ports: [{ port: 5432, protocol: 'TCP' }] },
      // Opening the internet never opens the node metadata service (KW-NET-006).
      { to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['169.254.0.0/16'] } }], ports: [{ port: 443, protocol: 'TCP' }] },
    ]);
    const ap = policy(objects, 'AuthorizationPolicy', 'payments', 'api');
    expect(ap.spec.rules.map((r: any) => r.from[0].source)).toEqual([
      { principals: ['cluster.local/ns/istio-ingress/sa/istio-ingressgateway'] },
      { namespaces: ['edge'] },
    ]);
    expectCompliant(objects, [...SERVICE_CONTROLS, 'KW-NET-006', 'KW-MESH-006']);
  });

  test('a CronJob can call a service but cannot be called', () => {
    const { payments, db } = platform();
    const job = new HardenedCronJob(payments, 'backup', { image: imageOf('payments', 'backup'), schedule: '@daily', resources: RES });
    job.allowTo(db);
    expect((db.networkPolicy.toJson() as any).spec.ingress[0].from).toEqual([peerOf('payments', 'backup')]);
    expect(() => db.allowTo(job)).toThrow(/no port/);
    expect(() => job.allowFrom(db)).toThrow(/no port/);
  });

  test('specific ports must belong to the target', () => {
    const { payments, api, gateway } = platform();
    const m = new HardenedDeployment(payments, 'metrics', { image: imageOf('payments', 'm'), port: 8080, metricsPort: 9090, resources: RES });
    expect(() => gateway.allowTo(m, { ports: [{ port: 9091 }] })).toThrow(/9091 is not a port/);
    expect(() => api.allowFrom(gateway, { ports: [{ port: 8081 }] })).toThrow(KubewardError);
  });

  test('a failed connection leaves both sides unchanged', () => {
    const { api, gateway } = platform();
    api.allowFrom(gateway);
    const before = [JSON.stringify(api.networkPolicy.toJson()), JSON.stringify(gateway.networkPolicy.toJson())];
    expect(() => gateway.allowTo(api)).toThrow(/already/);
    expect([JSON.stringify(api.networkPolicy.toJson()), JSON.stringify(gateway.networkPolicy.toJson())]).toEqual(before);
  });

  test('a meshed workload refuses peers without a mesh identity', () => {
    const { api, gateway } = platform(Testing.app(), false);
    expect(() => api.allowFrom(gateway)).toThrow(/no mesh identity/);
    expect(() => api.allowFrom(ExternalPeer.cidr('10.0.0.0/8'))).toThrow(/no mesh identity/);
    // The other direction is fine: a meshed client talks plaintext to a non-mesh server.
    expect(() => api.allowTo(gateway)).not.toThrow();
  });
});
