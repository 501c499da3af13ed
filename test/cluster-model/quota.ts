// ResourceQuota admission at the namespace's peak: every workload at its HPA maximum plus the pods
// a rolling update adds, sidecars included, against `spec.hard`. Each count follows upstream:
//  - pod usage (k8s.io/component-helpers/resource/helpers.go PodRequests/PodLimits): the sum of
//    the containers, or the largest init container if larger; a restartable init container
//    (native sidecar, restartPolicy Always) adds to the steady state and to every later init step;
//  - the quota's pod evaluator (kubernetes/kubernetes pkg/quota/v1/evaluator/core/pods.go): a
//    quota on requests.cpu / requests.memory / limits.cpu / limits.memory refuses a pod with any
//    container (init containers too) missing that value; pods in a terminal phase do not count;
//  - peak replicas: a Deployment's RollingUpdate creates up to maxSurge extra pods (default 25%,
//    rounded up: pkg/controller/deployment/util/deployment_util.go ResolveFenceposts), Recreate
//    none; a StatefulSet replaces pods one by one (no surge) and keeps one PVC per template and
//    ordinal; a Job runs `parallelism` pods (default 1); a CronJob with concurrencyPolicy Forbid or
//    Replace one Job at a time, Allow possibly two overlapping;
//  - object counts: services (with services.loadbalancers / services.nodeports by type),
//    persistentvolumeclaims and requests.storage, configmaps (the kube-root-ca.crt every namespace
//    gets from kube-controller-manager counts), count/<resource>.<group>.
import { Amount, sum } from './amount';
import { Obj, StringMap, refOf, visitContainers } from './objects';

/** How many pods of one admitted template run at the namespace's peak. */
export interface PeakPods {
  /** The workload, `Deployment edge/gateway`. */
  readonly workload: string;
  /** The admitted pod spec (after mutation). */
  readonly spec: Obj;
  /** Pods running at once at the peak. */
  readonly pods: number;
  /** How that count came about, for reports. */
  readonly why: string;
}

/** One exceeded (or unsatisfiable) quota line. */
export interface QuotaProblem {
  /** The ResourceQuota. */
  readonly quota: string;
  /** The resource name (`requests.cpu`, `pods`, ...). */
  readonly resource: string;
  /** What is wrong. */
  readonly message: string;
}

const COMPUTE: Record<string, { from: 'requests' | 'limits'; key: string }> = {
  'cpu': { from: 'requests', key: 'cpu' },
  'requests.cpu': { from: 'requests', key: 'cpu' },
  'memory': { from: 'requests', key: 'memory' },
  'requests.memory': { from: 'requests', key: 'memory' },
  'limits.cpu': { from: 'limits', key: 'cpu' },
  'limits.memory': { from: 'limits', key: 'memory' },
};

function amountOf(c: Obj, from: 'requests' | 'limits', key: string): Amount {
  const v = c.resources?.[from]?.[key];
  return v === undefined ? Amount.ZERO : Amount.of(v);
}

/** PodRequests / PodLimits for one resource (no pod overhead: no RuntimeClass is modelled). */
export function podUsage(spec: Obj, from: 'requests' | 'limits', key: string): Amount {
  let steady = sum((spec.containers ?? []).map((c: Obj) => amountOf(c, from, key)));
  let sidecars = Amount.ZERO;
  let initPeak = Amount.ZERO;
  for (const c of spec.initContainers ?? []) {
    const own = amountOf(c, from, key);
    if (c.restartPolicy === 'Always') {
      steady = steady.plus(own);
      sidecars = sidecars.plus(own);
      initPeak = initPeak.max(sidecars);
    } else {
      initPeak = initPeak.max(own.plus(sidecars));
    }
  }
  return steady.max(initPeak);
}

function percentOrInt(v: unknown, base: number, roundUp: boolean): number {
  if (typeof v === 'number') return v;
  const m = /^(\d+)%$/.exec(String(v));
  if (!m) throw new Error(`not an int or percent: ${String(v)}`);
  const exact = (base * Number(m[1])) / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

/** The HPA maximum for a workload, when an HPA targets it. */
function hpaMax(objects: readonly Obj[], o: Obj): number | undefined {
  const hpa = objects.find((h) => h.kind === 'HorizontalPodAutoscaler' && h.metadata?.namespace === o.metadata?.namespace
    && h.spec?.scaleTargetRef?.kind === o.kind && h.spec?.scaleTargetRef?.name === o.metadata?.name);
  return hpa?.spec?.maxReplicas;
}

/** Pods of one workload at its peak. */
export function peakPodsOf(objects: readonly Obj[], o: Obj, spec: Obj): PeakPods {
  const workload = refOf(o);
  switch (o.kind) {
    case 'Deployment': {
      const max = hpaMax(objects, o);
      const replicas = max ?? o.spec?.replicas ?? 1;
      const strategy = o.spec?.strategy ?? {};
      const surge = (strategy.type ?? 'RollingUpdate') === 'RollingUpdate' ? percentOrInt(strategy.rollingUpdate?.maxSurge ?? '25%', replicas, true) : 0;
      return { workload, spec, pods: replicas + surge, why: `${replicas} replicas${max !== undefined ? ' (HPA maximum)' : ''} + ${surge} surge` };
    }
    case 'StatefulSet': {
      const max = hpaMax(objects, o);
      const replicas = max ?? o.spec?.replicas ?? 1;
      return { workload, spec, pods: replicas, why: `${replicas} replicas${max !== undefined ? ' (HPA maximum)' : ''}, no surge` };
    }
    case 'Job':
      return { workload, spec, pods: o.spec?.parallelism ?? 1, why: 'parallelism' };
    case 'CronJob': {
      const parallelism = o.spec?.jobTemplate?.spec?.parallelism ?? 1;
      const jobs = (o.spec?.concurrencyPolicy ?? 'Allow') === 'Allow' ? 2 : 1;
      return { workload, spec, pods: jobs * parallelism, why: `${jobs} Job(s) at once (concurrencyPolicy ${o.spec?.concurrencyPolicy ?? 'Allow'}) × parallelism ${parallelism}` };
    }
    case 'Pod':
      return { workload, spec, pods: 1, why: 'a Pod' };
    default:
      throw new Error(`no peak count for ${workload}`);
  }
}

/** Storage a PVC (or a volumeClaimTemplate) requests. */
function storageOf(pvc: Obj): Amount {
  return Amount.maybe(pvc.spec?.resources?.requests?.storage) ?? Amount.ZERO;
}

/**
 * Checks the ResourceQuotas of `namespace` against the namespace's peak: `peaks` (admitted pods
 * at their peak counts) and the other objects of the namespace.
 */
export function checkQuota(objects: readonly Obj[], namespace: string, peaks: readonly PeakPods[]): QuotaProblem[] {
  const inNs = objects.filter((o) => o.metadata?.namespace === namespace);
  const out: QuotaProblem[] = [];
  const statefulSets = inNs.filter((o) => o.kind === 'StatefulSet');
  const pvcs: Array<{ who: string; count: number; storage: Amount; storageClass?: string }> = [
    ...inNs.filter((o) => o.kind === 'PersistentVolumeClaim').map((p) => ({ who: refOf(p), count: 1, storage: storageOf(p), storageClass: p.spec?.storageClassName })),
    ...statefulSets.flatMap((s) => {
      const replicas = hpaMax(objects, s) ?? s.spec?.replicas ?? 1;
      return (s.spec?.volumeClaimTemplates ?? []).map((t: Obj) => ({ who: `${refOf(s)} volumeClaimTemplate ${t.metadata?.name}`, count: replicas, storage: storageOf(t).times(replicas), storageClass: t.spec?.storageClassName }));
    }),
  ];
  const services = inNs.filter((o) => o.kind === 'Service');
  for (const quota of inNs.filter((o) => o.kind === 'ResourceQuota')) {
    const hard: StringMap = quota.spec?.hard ?? {};
    const name = refOf(quota);
    if (quota.spec?.scopes || quota.spec?.scopeSelector) throw new Error(`${name}: quota scopes are not modelled`);
    for (const [resource, limitText] of Object.entries(hard)) {
      const limit = Amount.of(limitText);
      let used: Amount;
      let detail: string;
      if (COMPUTE[resource]) {
        const { from, key } = COMPUTE[resource];
        const missing = peaks.flatMap((p) => visitContainers(p.spec).filter((v) => v.list !== 'ephemeralContainers' && v.container.resources?.[from]?.[key] === undefined)
          .map((v) => `${p.workload} container ${v.container.name}`));
        if (missing.length) out.push({ quota: name, resource, message: `must specify ${resource} for: ${missing.join(', ')}` });
        const parts = peaks.map((p) => ({ p, each: podUsage(p.spec, from, key) }));
        used = sum(parts.map(({ p, each }) => each.times(p.pods)));
        detail = parts.map(({ p, each }) => `${p.workload}: ${p.pods} pods (${p.why}) × ${each}`).join('; ');
      } else if (resource === 'pods') {
        used = Amount.of(String(peaks.reduce((n, p) => n + p.pods, 0)));
        detail = peaks.map((p) => `${p.workload}: ${p.pods} (${p.why})`).join('; ');
      } else if (resource === 'services' || resource === 'count/services') {
        used = Amount.of(String(services.length));
        detail = services.map(refOf).join(', ');
      } else if (resource === 'services.loadbalancers' || resource === 'services.nodeports') {
        const type = resource === 'services.loadbalancers' ? ['LoadBalancer'] : ['NodePort', 'LoadBalancer'];
        const matching = services.filter((s) => type.includes(s.spec?.type ?? 'ClusterIP'));
        // services.nodeports counts node ports: one per port of a NodePort or LoadBalancer Service (unless allocateLoadBalancerNodePorts: false).
        const count = resource === 'services.loadbalancers' ? matching.length
          : matching.reduce((n, s) => n + (s.spec?.type === 'LoadBalancer' && s.spec?.allocateLoadBalancerNodePorts === false ? 0 : (s.spec?.ports ?? []).length), 0);
        used = Amount.of(String(count));
        detail = matching.map(refOf).join(', ');
      } else if (resource === 'persistentvolumeclaims' || resource === 'count/persistentvolumeclaims') {
        used = Amount.of(String(pvcs.reduce((n, p) => n + p.count, 0)));
        detail = pvcs.map((p) => `${p.who}: ${p.count}`).join('; ');
      } else if (resource === 'requests.storage') {
        used = sum(pvcs.map((p) => p.storage));
        detail = pvcs.map((p) => `${p.who}: ${p.storage}`).join('; ');
      } else if (/\.storageclass\.storage\.k8s\.io\/(requests\.storage|persistentvolumeclaims)$/.test(resource)) {
        const [sc, what] = resource.split('.storageclass.storage.k8s.io/');
        const mine = pvcs.filter((p) => p.storageClass === sc);
        used = what === 'requests.storage' ? sum(mine.map((p) => p.storage)) : Amount.of(String(mine.reduce((n, p) => n + p.count, 0)));
        detail = mine.map((p) => p.who).join(', ');
      } else if (resource === 'configmaps' || resource === 'count/configmaps') {
        const cms = inNs.filter((o) => o.kind === 'ConfigMap');
        used = Amount.of(String(cms.length + (cms.some((c) => c.metadata.name === 'kube-root-ca.crt') ? 0 : 1)));
        detail = 'incl. kube-root-ca.crt';
      } else if (resource.startsWith('count/')) {
        const [plural, group = ''] = resource.slice('count/'.length).split(/\.(.*)/s);
        const counted = inNs.filter((o) => pluralOf(o.kind) === plural && (o.apiVersion.includes('/') ? o.apiVersion.split('/')[0] : '') === group);
        used = Amount.of(String(counted.length));
        detail = counted.map(refOf).join(', ');
      } else {
        throw new Error(`${name}: quota resource ${resource} is not modelled`);
      }
      if (used.compare(limit) > 0) out.push({ quota: name, resource, message: `${resource} at the peak is ${used}, above the hard limit ${limitText} (${detail})` });
    }
  }
  return out;
}

function pluralOf(kind: string): string {
  const lower = kind.toLowerCase();
  return lower.endsWith('s') ? `${lower}es` : lower.endsWith('y') ? `${lower.slice(0, -1)}ies` : `${lower}s`;
}
