// Quota and LimitRange admission: the counts ResourceQuota charges at a namespace's peak (HPA
// maximum, rolling-update surge rounded up, sidecars, init containers, native sidecars, PVCs per
// StatefulSet ordinal) and LimitRanger's defaulting before the webhooks and validation after.
import { Amount } from './amount';
import { apiDefaultResources, applyLimitRangeDefaults, containerLimitsOf, validateLimitRange } from './limit-range';
import { checkQuota, peakPodsOf, podUsage } from './quota';

const container = (name: string, cpu: string, memory: string, extra: Record<string, unknown> = {}) => ({ name, image: 'x', resources: { requests: { cpu, memory }, limits: { cpu, memory } }, ...extra });

function deployment(name: string, spec: Record<string, unknown>, podSpec: Record<string, unknown>): Record<string, any> {
  return { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name, namespace: 'team' }, spec: { ...spec, template: { metadata: {}, spec: podSpec } } };
}

function hpa(target: string, maxReplicas: number, kind = 'Deployment'): Record<string, any> {
  return { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: target, namespace: 'team' }, spec: { maxReplicas, scaleTargetRef: { apiVersion: 'apps/v1', kind, name: target } } };
}

function quota(hard: Record<string, string>): Record<string, any> {
  return { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'q', namespace: 'team' }, spec: { hard } };
}

describe('quota model: pod usage |', () => {
  test('containers add up; an init container counts when it is larger than the containers together', () => {
    const spec = { initContainers: [container('init', '3', '1Gi')], containers: [container('a', '1', '1Gi'), container('b', '500m', '512Mi')] };
    expect(podUsage(spec, 'requests', 'cpu').toString()).toBe('3');
    expect(podUsage(spec, 'requests', 'memory').toString()).toBe('1536Mi');
  });

  test('a native sidecar (restartPolicy Always) runs beside the app and beside every later init container', () => {
    const spec = { initContainers: [container('proxy', '100m', '128Mi', { restartPolicy: 'Always' }), container('migrate', '1', '256Mi')], containers: [container('app', '500m', '512Mi')] };
    // Steady: 100m + 500m; the migration runs next to the proxy: 1 + 100m = 1100m.
    expect(podUsage(spec, 'requests', 'cpu').toString()).toBe('1100m');
    expect(podUsage(spec, 'requests', 'memory').toString()).toBe('640Mi');
  });

  test('exact arithmetic: ten 100m containers are exactly one CPU, 12 × 1Gi exactly 12Gi', () => {
    const spec = { containers: Array.from({ length: 10 }, (_, i) => container(`c${i}`, '100m', '1Gi')) };
    expect(podUsage(spec, 'requests', 'cpu').compare(Amount.of('1'))).toBe(0);
    expect(Amount.of('1Gi').times(12).compare(Amount.of('12Gi'))).toBe(0);
    expect(Amount.of('0.1').plus(Amount.of('0.2')).compare(Amount.of('300m'))).toBe(0);
  });
});

describe('quota model: peak replicas |', () => {
  const pod = { containers: [container('app', '1', '1Gi')] };

  test('a Deployment at its HPA maximum plus 25% surge, rounded up', () => {
    const d = deployment('api', { replicas: 3 }, pod);
    expect(peakPodsOf([d, hpa('api', 10)], d, pod).pods).toBe(13); // 10 + ceil(2.5)
    expect(peakPodsOf([d], d, pod).pods).toBe(4); // 3 + ceil(0.75)
    const fixed = deployment('api', { replicas: 4, strategy: { rollingUpdate: { maxSurge: 2, maxUnavailable: 0 } } }, pod);
    expect(peakPodsOf([fixed], fixed, pod).pods).toBe(6);
    const recreate = deployment('api', { replicas: 4, strategy: { type: 'Recreate' } }, pod);
    expect(peakPodsOf([recreate], recreate, pod).pods).toBe(4);
  });

  test('a StatefulSet never surges; a CronJob runs one Job at a time unless concurrency is allowed', () => {
    const sts = { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db', namespace: 'team' }, spec: { replicas: 3, template: { spec: pod } } };
    expect(peakPodsOf([sts], sts, pod).pods).toBe(3);
    const cron = (concurrencyPolicy?: string) => ({ apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'c', namespace: 'team' }, spec: { ...(concurrencyPolicy ? { concurrencyPolicy } : {}), jobTemplate: { spec: { template: { spec: pod } } } } });
    expect(peakPodsOf([], cron('Forbid'), pod).pods).toBe(1);
    expect(peakPodsOf([], cron(), pod).pods).toBe(2);
  });
});

describe('quota model: ResourceQuota |', () => {
  const withProxy = { containers: [container('app', '1', '1Gi'), { name: 'istio-proxy', image: 'p', resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '2000m', memory: '1024Mi' } } }] };

  test('the sidecar counts: 12 + 3 surge pods of 1 CPU + 100m need 16.5 CPU of requests and 45 CPU of limits', () => {
    const d = deployment('api', { replicas: 3 }, withProxy);
    const objects = [d, hpa('api', 12), quota({ 'requests.cpu': '16', 'limits.cpu': '45', 'pods': '15' })];
    const problems = checkQuota(objects, 'team', [peakPodsOf(objects, d, withProxy)]);
    expect(problems.map((p) => `${p.resource}: ${p.message.split(' (')[0]}`)).toEqual(['requests.cpu: requests.cpu at the peak is 16500m, above the hard limit 16']);
  });

  test('a compute quota refuses pods whose containers lack the value, init containers included', () => {
    const spec = { initContainers: [{ name: 'init', image: 'x', resources: { limits: { cpu: '1' } } }], containers: [container('app', '1', '1Gi')] };
    const d = deployment('api', { replicas: 1 }, spec);
    const problems = checkQuota([d, quota({ 'limits.memory': '10Gi' })], 'team', [peakPodsOf([d], d, spec)]);
    expect(problems.map((p) => p.message)).toEqual(['must specify limits.memory for: Deployment team/api container init']);
  });

  test('PVCs of a StatefulSet count once per ordinal, with their storage; Services by type', () => {
    const sts = { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db', namespace: 'team' }, spec: { replicas: 3, template: { spec: {} }, volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { resources: { requests: { storage: '50Gi' } } } }] } };
    const lb = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'public', namespace: 'team' }, spec: { type: 'LoadBalancer', ports: [{ port: 443 }] } };
    const problems = checkQuota([sts, lb, quota({ 'persistentvolumeclaims': '2', 'requests.storage': '150Gi', 'services.loadbalancers': '0', 'services.nodeports': '0' })], 'team', []);
    expect(problems.map((p) => p.resource)).toEqual(['persistentvolumeclaims', 'services.loadbalancers', 'services.nodeports']);
  });

  test('the kube-root-ca.crt ConfigMap every namespace gets counts against a configmaps quota', () => {
    expect(checkQuota([quota({ configmaps: '0' })], 'team', []).map((p) => p.resource)).toEqual(['configmaps']);
  });
});

describe('LimitRange model |', () => {
  const limitRange = { apiVersion: 'v1', kind: 'LimitRange', metadata: { name: 'lr', namespace: 'team' }, spec: { limits: [{ type: 'Container', default: { cpu: '500m', memory: '512Mi' }, defaultRequest: { cpu: '100m', memory: '128Mi' }, max: { cpu: '2', memory: '1Gi' }, min: { cpu: '10m' } }] } };
  const items = containerLimitsOf([limitRange], 'team');

  test('containers without requests or limits get the defaults; a limit alone becomes the request (API defaulting first)', () => {
    const spec: any = { containers: [{ name: 'bare', image: 'x' }, { name: 'limited', image: 'x', resources: { limits: { cpu: '1' } } }] };
    apiDefaultResources(spec);
    applyLimitRangeDefaults(spec, items);
    expect(spec.containers[0].resources).toEqual({ limits: { cpu: '500m', memory: '512Mi' }, requests: { cpu: '100m', memory: '128Mi' } });
    expect(spec.containers[1].resources).toEqual({ limits: { cpu: '1', memory: '512Mi' }, requests: { cpu: '1', memory: '128Mi' } });
  });

  test('API defaulting of the LimitRange: default from max, defaultRequest from default', () => {
    const lr = { kind: 'LimitRange', metadata: { name: 'm', namespace: 'team' }, spec: { limits: [{ type: 'Container', max: { cpu: '2' } }] } };
    expect(containerLimitsOf([lr], 'team')[0]).toMatchObject({ default: { cpu: '2' }, defaultRequest: { cpu: '2' } });
  });

  test('validation covers every container, injected ones too: a sidecar above max or without a limit is refused', () => {
    const spec = { containers: [container('app', '1', '512Mi'), { name: 'istio-proxy', image: 'p', resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '2000m', memory: '1024Mi' } } }, { name: 'bare-sidecar', image: 'p', resources: { requests: { cpu: '100m' } } }] };
    expect(validateLimitRange(spec, items)).toEqual([
      'container bare-sidecar: maximum cpu usage per Container is 2, but no limit is specified',
      'container bare-sidecar: maximum memory usage per Container is 1Gi, but no limit is specified',
    ]);
    const big = { containers: [container('app', '3', '2Gi')] };
    expect(validateLimitRange(big, items)).toEqual([
      'container app: maximum cpu usage per Container is 2, but limit is 3',
      'container app: maximum memory usage per Container is 1Gi, but limit is 2Gi',
    ]);
  });
});
