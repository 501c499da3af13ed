// Workloads in a mesh, as the cluster will run them (issue 10, defects 5 and 7): Istio's injector
// adds a sidecar with the image and resources written on the pod template, the quota must hold
// every pod at its peak with that sidecar, and metrics must be scrapable under STRICT mTLS.
import { Chart } from 'cdk8s';
import { imageOf } from './support/stub-tenant';
import { buildPlatform } from '../../examples/platform/platform';
import { PlatformApp } from '../../lib/app/platform-app';
import { KubewardError } from '../../lib/core/errors';
import { Quantity } from '../../lib/core/quantity';
import { ISTIO_RESERVED_PORTS } from '../../lib/mesh/injection';
import { TenantPeer } from '../../lib/network';
import { SecureTenant, SecureTenantProps } from '../../lib/tenancy';
import { HardenedCronJob, HardenedDeployment, HardenedStatefulSet } from '../../lib/workloads';

const PROXY = `ccr.ccs.tencentyun.com/mesh/proxyv2:1.22.1@sha256:${'5e'.repeat(32)}`;
const RES = { cpu: '500m', memory: '512Mi' };

function tenant(app: PlatformApp, name: string, extra: Partial<SecureTenantProps> = {}): SecureTenant {
  return new SecureTenant(app, name, {
    quota: { cpu: '40', memory: '128Gi', limitsCpu: '200', limitsMemory: '256Gi', pods: 300 },
    trustedRegistries: [`ccr.ccs.tencentyun.com/${name}`],
    mesh: { proxyImage: PROXY },
    ...extra,
  });
}

function failure(fn: () => unknown): KubewardError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(KubewardError);
    return e as KubewardError;
  }
  throw new Error('expected a KubewardError');
}

const template = (w: HardenedDeployment | HardenedStatefulSet) =>
  ((w instanceof HardenedDeployment ? w.deployment : w.statefulSet).toJson() as any).spec.template;

describe('the sidecar on the pod template |', () => {
  test('the proxy image and all four resource annotations are written explicitly', () => {
    const app = new PlatformApp();
    const payments = tenant(app, 'payments', { mesh: { proxyImage: PROXY, proxyResources: { cpu: '200m', memoryLimit: '512Mi' } } });
    const api = new HardenedDeployment(payments, 'api', { image: imageOf('payments'), port: 8080, resources: RES });
    expect(template(api).metadata.annotations).toEqual({
      'sidecar.istio.io/proxyImage': PROXY,
      'sidecar.istio.io/proxyCPU': '200m',
      'sidecar.istio.io/proxyMemory': '128Mi',
      'sidecar.istio.io/proxyCPULimit': '2000m',
      'sidecar.istio.io/proxyMemoryLimit': '512Mi',
    });
  });

  test('without the mesh the pod template carries no sidecar annotation', () => {
    const app = new PlatformApp();
    const legacy = tenant(app, 'legacy', { mesh: { enabled: false, reason: 'cluster runs without Istio until Q3 migration' } });
    const api = new HardenedDeployment(legacy, 'api', { image: imageOf('legacy'), port: 8080, resources: RES });
    expect(template(api).metadata.annotations).toBeUndefined();
  });

  test('the application may not run as the proxy user, whose traffic bypasses the sidecar', () => {
    const app = new PlatformApp();
    const payments = tenant(app, 'payments');
    expect(failure(() => new HardenedDeployment(payments, 'api', { image: imageOf('payments'), port: 8080, resources: RES, runAsUser: 1337 })).prop).toBe('runAsUser');
    expect(failure(() => new HardenedDeployment(payments, 'api', { image: imageOf('payments'), port: 15020, resources: RES })).prop).toBe('port');
  });

  test('outside a tenant the workload names its mesh, and its own policy opens the control plane', () => {
    const app = new Chart(new PlatformApp(), 'plain');
    const base = { namespace: 'shop', trustedRegistries: ['ccr.ccs.tencentyun.com/shop'], image: imageOf('shop'), port: 8080, resources: RES };
    expect(failure(() => new HardenedDeployment(app, 'bare', { ...base, name: 'bare', mesh: true })).prop).toBe('mesh');
    const api = new HardenedDeployment(app, 'api', { ...base, mesh: { proxyImage: PROXY } });
    expect(template(api).metadata.annotations['sidecar.istio.io/proxyImage']).toBe(PROXY);
    expect((api.networkPolicy.toJson() as any).spec.egress).toContainEqual({
      to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'istio-system' } }, podSelector: { matchLabels: { app: 'istiod' } } }],
      ports: [{ port: 15012, protocol: 'TCP' }],
    });
  });
});

// Defect 5: a plaintext scrape of the metrics port is refused by STRICT mTLS. Istio merges the
// application's metrics into the agent's /stats/prometheus on port 15020, which the sidecar does
// not intercept (istio.io docs/ops/integrations/prometheus, "Option 1: Metrics merging";
// injection-template.yaml excludes the status port from inbound capture).
describe('scraping under STRICT mTLS |', () => {
  function meshed() {
    const app = new PlatformApp();
    const payments = tenant(app, 'payments');
    const api = new HardenedDeployment(payments, 'api', { image: imageOf('payments'), port: 8080, metricsPort: 9090, metricsPath: '/prom', resources: RES });
    return {
      api,
      policy: api.networkPolicy.toJson() as any,
      authz: api.authorizationPolicy!.toJson() as any,
      monitor: api.serviceMonitor!.toJson() as any,
    };
  }

  test('the ServiceMonitor scrapes the merged metrics on the pod port 15020', () => {
    const { monitor } = meshed();
    expect(monitor.spec.endpoints).toEqual([{
      port: 'metrics',
      path: '/stats/prometheus',
      interval: '30s',
      scheme: 'http',
      relabelings: [{ sourceLabels: ['__meta_kubernetes_pod_ip'], regex: '([0-9.]+)', targetLabel: '__address__', replacement: '$1:15020', action: 'replace' }],
    }]);
  });

  test('the pod tells the injector where the application serves its metrics', () => {
    expect(template(meshed().api).metadata.annotations).toMatchObject({
      'prometheus.io/scrape': 'true',
      'prometheus.io/port': '9090',
      'prometheus.io/path': '/prom',
      'prometheus.istio.io/merge-metrics': 'true',
    });
  });

  test('the NetworkPolicy admits the scraper on 15020 and not on the metrics port; no mesh rule is needed', () => {
    const { policy, authz } = meshed();
    const fromMonitoring = policy.spec.ingress.filter((r: any) => r.from.some((f: any) => f.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === 'monitoring'));
    expect(fromMonitoring.map((r: any) => r.ports)).toEqual([[{ port: 15020, protocol: 'TCP' }]]);
    expect(JSON.stringify(policy.spec.ingress)).not.toContain('9090');
    expect(JSON.stringify(authz.spec.rules)).not.toContain('monitoring');
  });

  test('a scraper without a mesh identity is fine: the merged port bypasses mTLS', () => {
    const app = new PlatformApp();
    const payments = tenant(app, 'payments');
    expect(() => new HardenedDeployment(payments, 'api', { image: imageOf('payments'), port: 8080, metricsPort: 9090, resources: RES, metricsScraper: TenantPeer.monitoring() })).not.toThrow();
  });

  test('without the mesh the metrics port itself is scraped', () => {
    const app = new PlatformApp();
    const legacy = tenant(app, 'legacy', { mesh: { enabled: false, reason: 'cluster runs without Istio until Q3 migration' } });
    const api = new HardenedDeployment(legacy, 'api', { image: imageOf('legacy'), port: 8080, metricsPort: 9090, resources: RES });
    expect((api.serviceMonitor!.toJson() as any).spec.endpoints).toEqual([{ port: 'metrics', path: '/metrics', interval: '30s', scheme: 'http' }]);
    const ingress = (api.networkPolicy.toJson() as any).spec.ingress;
    expect(ingress.map((r: any) => r.ports)).toEqual([[{ port: 9090, protocol: 'TCP' }]]);
  });
});

// Defect 7: the sidecar takes Istio's global.proxy.resources (requests 100m/128Mi, limits
// 2000m/1024Mi in manifests/charts/istio-control/istio-discovery/values.yaml) unless the pod's
// annotations say otherwise, and an HPA must be able to reach its maximum during a rollout.
describe('quota fit with the sidecar, at the HPA maximum plus the surge |', () => {
  test('a Deployment whose application alone fits, but not with its sidecars at its peak, is refused', () => {
    const app = new PlatformApp();
    const small = tenant(app, 'small', { quota: { cpu: '8', memory: '32Gi', limitsCpu: '100', limitsMemory: '64Gi', pods: 100 } });
    // 12 replicas (HPA maximum) + 3 surge = 15 pods: 7.5 CPU for the application, 9 with sidecars.
    const e = failure(() => new HardenedDeployment(small, 'api', { image: imageOf('small'), port: 8080, resources: RES, replicas: 2, autoscaling: { maxReplicas: 12 } }));
    expect(e.prop).toBe('resources.cpu');
    expect(e.message).toMatch(/15 pods/);
    expect(e.message).toMatch(/requests\.cpu/);
    expect(app.node.findAll().some((c) => c instanceof HardenedDeployment)).toBe(false);
  });

  test('the sidecar\'s limits count too (Istio\'s default 2000m each)', () => {
    const app = new PlatformApp();
    const t = tenant(app, 'tight', { quota: { cpu: '20', memory: '32Gi', pods: 100 } });
    // limits.cpu defaults to the requests quota (20): 15 pods × (500m + 2000m) = 37.5.
    expect(failure(() => new HardenedDeployment(t, 'api', { image: imageOf('tight'), port: 8080, resources: RES, replicas: 2, autoscaling: { maxReplicas: 12 } })).message).toMatch(/limits\.cpu/);
  });

  test('the tenant\'s workloads are counted together', () => {
    const app = new PlatformApp();
    const t = tenant(app, 'shared', { quota: { cpu: '10', memory: '64Gi', limitsCpu: '100', limitsMemory: '128Gi', pods: 100 } });
    // Each: 9 + 3 surge = 12 pods × 600m = 7.2 CPU requests.
    new HardenedDeployment(t, 'a', { image: imageOf('shared', 'a'), port: 8080, resources: RES });
    const e = failure(() => new HardenedDeployment(t, 'b', { image: imageOf('shared', 'b'), port: 8080, resources: RES }));
    expect(e.message).toMatch(/other workloads \(a: 12 pods\)/);
    // A refused workload books nothing: a smaller one still fits next to the first.
    expect(() => new HardenedCronJob(t, 'job', { image: imageOf('shared', 'job'), schedule: '0 2 * * *', resources: RES })).not.toThrow();
  });

  test('a sidecar outside the LimitRange is refused at the tenant, before any workload', () => {
    const e = failure(() => tenant(new PlatformApp(), 'narrow', { limits: { max: { cpu: '1', memory: '2Gi' } } }));
    expect(e.prop).toBe('mesh.proxyResources.cpuLimit');
    expect(e.message).toMatch(/2000m/);
  });

  test('the fit counts what the pod template tells the injector', () => {
    const app = new PlatformApp();
    const t = tenant(app, 'exact', { quota: { cpu: '8', memory: '32Gi', limitsCpu: '100', limitsMemory: '64Gi', pods: 100 }, mesh: { proxyImage: PROXY, proxyResources: { cpu: '10m' } } });
    // 15 pods × (500m + 10m) = 7.65 CPU: fits once the sidecar is declared smaller.
    const api = new HardenedDeployment(t, 'api', { image: imageOf('exact'), port: 8080, resources: RES, replicas: 2, autoscaling: { maxReplicas: 12 } });
    const a = template(api).metadata.annotations;
    const perPod = Quantity.parse(RES.cpu)!.plus(Quantity.parse(a['sidecar.istio.io/proxyCPU'])!);
    expect(perPod.times(15).compare(Quantity.parse('8')!)).toBeLessThanOrEqual(0);
  });
});

// The example platform's quotas must hold what its HPAs promise, with Istio's sidecar in every
// pod. Counted from the synthesized manifests alone (the pod-template annotations, or Istio's
// defaults where a template has none), not from kubeward's own fit check.
describe('the example platform at its peak, sidecars included |', () => {
  const ISTIO_DEFAULTS = { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '2000m', memory: '1024Mi' } };
  const q = (t: string) => Quantity.parse(t)!;

  function peakUse(objects: any[], namespace: string): { pods: number; totals: Record<string, Quantity> } {
    const inNs = objects.filter((o) => o.metadata?.namespace === namespace);
    const hpa = (name: string) => inNs.find((o) => o.kind === 'HorizontalPodAutoscaler' && o.spec.scaleTargetRef.name === name);
    const totals: Record<string, Quantity> = { 'requests.cpu': q('0'), 'requests.memory': q('0'), 'limits.cpu': q('0'), 'limits.memory': q('0') };
    let pods = 0;
    for (const o of inNs) {
      let count: number;
      let tpl: any;
      if (o.kind === 'Deployment') {
        const replicas = hpa(o.metadata.name)?.spec.maxReplicas ?? o.spec.replicas;
        count = replicas + Math.ceil(replicas / 4);
        tpl = o.spec.template;
      } else if (o.kind === 'StatefulSet') {
        count = o.spec.replicas;
        tpl = o.spec.template;
      } else if (o.kind === 'CronJob') {
        count = 1;
        tpl = o.spec.jobTemplate.spec.template;
      } else {
        continue;
      }
      const a = tpl.metadata.annotations ?? {};
      const annotated = ['proxyCPU', 'proxyMemory', 'proxyCPULimit', 'proxyMemoryLimit'].some((k) => a[`sidecar.istio.io/${k}`] !== undefined);
      const sidecar = annotated
        ? { requests: { cpu: a['sidecar.istio.io/proxyCPU'], memory: a['sidecar.istio.io/proxyMemory'] }, limits: { cpu: a['sidecar.istio.io/proxyCPULimit'], memory: a['sidecar.istio.io/proxyMemoryLimit'] } }
        : ISTIO_DEFAULTS;
      pods += count;
      for (const kind of ['requests', 'limits'] as const) {
        for (const r of ['cpu', 'memory'] as const) {
          let perPod = q(sidecar[kind][r] ?? '0');
          for (const c of tpl.spec.containers) perPod = perPod.plus(q(c.resources[kind][r]));
          totals[`${kind}.${r}`] = totals[`${kind}.${r}`].plus(perPod.times(count));
        }
      }
    }
    return { pods, totals };
  }

  const app = new PlatformApp();
  const platform = buildPlatform(app);
  const objects = app.synthObjects() as any[];
  const tenants = Object.values(platform.tenants).map((t: any) => t.namespaceName as string);

  test.each(tenants)('%s fits', (ns) => {
    const quota = objects.find((o) => o.kind === 'ResourceQuota' && o.metadata.namespace === ns).spec.hard;
    const { pods, totals } = peakUse(objects, ns);
    expect(pods).toBeLessThanOrEqual(Number(quota.pods));
    for (const [key, used] of Object.entries(totals)) expect([key, used.compare(q(quota[key])) <= 0]).toEqual([key, true]);
  });

  test('edge and orders are among them, with sidecar annotations on every pod template', () => {
    expect(tenants).toEqual(expect.arrayContaining(['edge', 'orders']));
    const templates = objects.filter((o) => ['Deployment', 'StatefulSet'].includes(o.kind)).map((o) => o.spec.template);
    for (const t of templates) expect(t.metadata.annotations['sidecar.istio.io/proxyImage']).toMatch(/@sha256:[a-f0-9]{64}$/);
  });
});

describe('ports the sidecar owns |', () => {
  // Istio's proxy and agent listen on these inside every meshed pod (istio.io "Ports used by
  // Istio"); an application port among them would collide. The 10,000-run property drew
  // metricsPort 15006 on a meshed workload: that is refused, not written.
  test.each(ISTIO_RESERVED_PORTS.flatMap((p) => [['port', p], ['metricsPort', p]] as const))('a meshed workload refuses %s %d; outside the mesh it is a port like any other', (prop, p) => {
    const props = { image: imageOf('shop', 'api'), resources: RES, port: prop === 'port' ? p : 8080, ...(prop === 'metricsPort' ? { metricsPort: p } : {}) };
    const meshed = tenant(new PlatformApp(), 'shop');
    const e = failure(() => new HardenedDeployment(meshed, 'api', props));
    expect([e.prop, e.message]).toEqual([prop, expect.stringMatching(/Istio sidecar uses/)]);
    const plain = tenant(new PlatformApp(), 'shop', { mesh: { enabled: false, reason: 'this tenant runs outside the mesh' } } as never);
    expect(() => new HardenedDeployment(plain, 'api', props)).not.toThrow();
  });
});
