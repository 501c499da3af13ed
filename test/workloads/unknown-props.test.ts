// Every workload refuses unknown props, nested ones included, with the construct path, the prop
// path and the nearest known name; ports take the one object shape of every kubeward API.
import { Testing } from 'cdk8s';
import { StubTenant, imageOf } from './support/stub-tenant';
import { KubewardError } from '../../lib/core/errors';
import { TenantPeer } from '../../lib/network';
import { ExternalPeer, HardenedCronJob, HardenedDeployment, HardenedStatefulSet } from '../../lib/workloads';

const IMAGE = imageOf('payments');
const RES = { cpu: '250m', memory: '256Mi' };

function refusal(fn: () => unknown): KubewardError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(KubewardError);
    return e as KubewardError;
  }
  throw new Error('expected a KubewardError');
}

function tenant(): StubTenant {
  return new StubTenant(Testing.app(), 'payments');
}

const dep = (props: Record<string, unknown>) => new HardenedDeployment(tenant(), 'api', { image: IMAGE, port: 8080, resources: RES, ...props } as never);
const sts = (props: Record<string, unknown>) => new HardenedStatefulSet(tenant(), 'db', { image: IMAGE, port: 5432, resources: RES, ...props } as never);
const job = (props: Record<string, unknown>) => new HardenedCronJob(tenant(), 'job', { image: IMAGE, resources: RES, schedule: '@daily', ...props } as never);

describe('workloads refuse unknown props |', () => {
  // The examples, each with the name the message must suggest.
  test.each([
    ['replica: 5', () => dep({ replica: 5 }), 'payments/api', 'replica', 'replicas'],
    ['writeablePaths', () => dep({ writeablePaths: ['/tmp'] }), 'payments/api', 'writeablePaths', 'writablePaths'],
    ['probe', () => dep({ probe: { path: '/healthz' } }), 'payments/api', 'probe', 'probes'],
    ['metricPort', () => sts({ metricPort: 9090 }), 'payments/db', 'metricPort', 'metricsPort'],
    ['resources.memroy', () => dep({ resources: { cpu: '250m', memroy: '256Mi' } }), 'payments/api', 'resources.memroy', 'memory'],
    ['CronJob timezone', () => job({ timezone: 'Asia/Shanghai' }), 'payments/job', 'timezone', 'timeZone'],
    ['probes.livenesPath', () => dep({ probes: { livenesPath: '/live' } }), 'payments/api', 'probes.livenesPath', 'livenessPath'],
    ['autoscaling.maxReplica', () => dep({ autoscaling: { maxReplica: 9 } }), 'payments/api', 'autoscaling.maxReplica', 'maxReplicas'],
    ['volumes[0].sise', () => sts({ volumes: [{ name: 'data', mountPath: '/data', sise: '1Gi' }] }), 'payments/db', 'volumes[0].sise', 'size'],
    ['secretMounts[0].secret', () => dep({ secretMounts: [{ secret: 'db', mountPath: '/etc/db' }] }), 'payments/api', 'secretMounts[0].secret', undefined],
    ['suppressions[0].reasons', () => dep({ suppressions: [{ id: 'KW-IMG-002', reasons: 'staging only, tags move' }] }), 'payments/api', 'suppressions[0].reasons', 'reason'],
  ] as const)('%s', (_name, run, path, prop, suggestion) => {
    const e = refusal(run);
    expect([e.path, e.prop]).toEqual([path, prop]);
    if (suggestion) expect(e.message).toContain(`did you mean "${suggestion}"?`);
    expect(e.message).toContain(e.fix);
  });

  test('props that mean nothing for the kind say why', () => {
    expect(refusal(() => job({ port: 8080 })).message).toMatch(/port: is not an option of HardenedCronJobProps: a CronJob has no port/);
    expect(refusal(() => job({ replicas: 3 })).prop).toBe('replicas');
    expect(refusal(() => sts({ autoscaling: { maxReplicas: 6 } })).message).toMatch(/autoscaling: is not an option of HardenedStatefulSetProps/);
    expect(refusal(() => dep({ volumes: [] })).message).toMatch(/use a HardenedStatefulSet/);
  });

  test('a refused typo leaves nothing in the tree', () => {
    const t = tenant();
    const before = t.node.findAll().length;
    expect(() => new HardenedDeployment(t, 'api', { image: IMAGE, port: 8080, resources: RES, replica: 5 } as never)).toThrow(KubewardError);
    expect(t.node.findAll().length).toBe(before);
  });

  test('connection options: unknown keys, and ports in the one object shape', () => {
    const t = tenant();
    const api = new HardenedDeployment(t, 'api', { image: IMAGE, port: 8080, resources: RES });
    const gw = new HardenedDeployment(t, 'gw', { image: IMAGE, port: 8443, resources: RES });
    expect(refusal(() => api.allowFrom(gw, { port: [{ port: 8080 }] } as never)).message).toMatch(/allowFrom\.port: .*did you mean "ports"/);
    const bare = refusal(() => gw.allowTo(api, { ports: [8080] } as never));
    expect([bare.path, bare.prop]).toEqual(['payments/gw', 'allowTo.ports[0]']);
    expect(bare.message).toMatch(/8080 is a bare port number/);
    expect(bare.fix).toMatch(/write \{ port: 8080 \}/);
    expect(refusal(() => gw.allowTo(ExternalPeer.cidr('10.0.8.0/24'), { ports: [{ prot: 5432 }] } as never)).message).toMatch(/allowTo\.ports\[0\]\.prot: .*did you mean "port"/);
    expect(refusal(() => gw.allowTo(api, { ports: [{ port: 8080, protocol: 'UDP' }] })).message).toMatch(/not a single TCP port/);
    // The object shape works on both sides, as for a tenant's allowFrom.
    gw.allowTo(api, { ports: [{ port: 8080 }] });
    gw.allowTo(ExternalPeer.cidr('10.0.8.0/24'), { ports: [{ port: 5432 }, { port: 8125, protocol: 'UDP' }] });
    const egress = (gw.networkPolicy.toJson() as any).spec.egress;
    expect(egress.slice(1)).toEqual([
      { to: [api.toNetworkPolicyPeer()], ports: [{ port: 8080, protocol: 'TCP' }] },
      { to: [{ ipBlock: { cidr: '10.0.8.0/24' } }], ports: [{ port: 5432, protocol: 'TCP' }, { port: 8125, protocol: 'UDP' }] },
    ]);
  });

  test('TenantPeer factories refuse unknown options', () => {
    const e = refusal(() => TenantPeer.namespace('legacy', { podLabel: { app: 'x' } } as never));
    expect([e.path, e.prop]).toEqual(['TenantPeer.namespace', 'options.podLabel']);
    expect(e.message).toMatch(/did you mean "podLabels"/);
    expect(refusal(() => TenantPeer.ingressGateway({ serviceAcount: 'gw' } as never)).message).toMatch(/did you mean "serviceAccount"/);
    expect(refusal(() => TenantPeer.monitoring({ namespce: 'mon' } as never)).message).toMatch(/did you mean "namespace"/);
  });
});
