// Does the workload fit its SecureTenant? The tenant's LimitRange refuses containers outside its
// min/max and its ResourceQuota refuses pods beyond its totals; both only show up at apply time,
// as pods that never appear (or an autoscaler that cannot reach its maximum). Checking here turns
// that into a construction error.
//
// The quota counts what the cluster really admits: every pod of every workload of the tenant at
// once, each at its peak (a Deployment at its HPA maximum plus the rolling-update surge), and each
// pod with its injected sidecar. ResourceQuota charges a pod the sum of its containers' requests
// and limits (or its largest init container, when that is larger); the sidecar's resources are the
// `sidecar.istio.io/proxy*` annotations kubeward writes on the pod template, and current injection
// templates give the init container the same ones, so pod = application + sidecar.
import { ResolvedPod } from './hardening';
import { KubewardError } from '../core/errors';
import { Quantity } from '../core/quantity';
import { SecureTenant } from '../tenancy/secure-tenant';
import { ITenant } from '../tenancy/tenant-ref';

const RESOURCES = ['cpu', 'memory'] as const;
type Resource = typeof RESOURCES[number];
type Kind = 'requests' | 'limits';

/** One workload's share of a tenant's quota. */
interface Share {
  readonly what: string;
  readonly pods: number;
  readonly totals: Readonly<Record<`${Kind}.${Resource}`, Quantity>>;
  readonly services: number;
  readonly claims: number;
  readonly storage: Quantity;
}

/** The other objects a workload adds that the tenant's ResourceQuota counts. */
export interface CountedObjects {
  /** Services the workload writes (0 or 1). */
  readonly services: number;
  /** PersistentVolumeClaims at its peak (volumes x replicas of a StatefulSet). */
  readonly claims?: number;
  /** Storage those claims request, in total. */
  readonly storage?: Quantity;
}

const SHARES = new WeakMap<ITenant, Share[]>();

/** A workload's demand at its peak: how many pods at once, and why. */
export interface PeakPods {
  /** Pods that must fit at once. */
  readonly pods: number;
  /** How the count comes about, for messages (`12 replicas (HPA maximum) + 3 surge`). */
  readonly reason: string;
}

/**
 * The peak of a rolling Deployment: `replicas` (the HPA maximum when autoscaling) plus the surge
 * of `maxSurge: 25%`, which Kubernetes rounds up.
 */
export function deploymentPeak(replicas: number, autoscaled: boolean): PeakPods {
  const surge = Math.ceil(replicas / 4);
  return { pods: replicas + surge, reason: `${replicas} replicas${autoscaled ? ' (the HPA maximum)' : ''} + ${surge} rolling-update surge` };
}

function show(q: Quantity, r: Resource): string {
  const n = q.toNumber();
  if (r === 'cpu') return `${Number(n.toFixed(3))} CPU`;
  return `${Number((n / 2 ** 30).toFixed(2))}Gi`;
}

/**
 * Throws when a container's requests or limits fall outside the tenant's LimitRange, or when the
 * workload at its peak, sidecars included, would push the tenant's workloads past its
 * ResourceQuota. Returns the function that books the workload's share; call it once the workload
 * is sure to be created, so a later error leaves no phantom share behind.
 */
export function checkTenantFit(path: string, tenant: ITenant | undefined, pod: ResolvedPod, peak: PeakPods,
  counted: CountedObjects = { services: 0 }): () => void {
  if (!tenant || !SecureTenant.isSecureTenant(tenant)) return () => undefined;
  const { limits, hard } = tenant.settings.quota;
  const range = `the LimitRange of tenant ${tenant.namespaceName}`;
  const sidecar = pod.placement.mesh ? pod.placement.meshMode?.proxyResources : undefined;
  const totals = {} as Record<`${Kind}.${Resource}`, Quantity>;
  for (const r of RESOURCES) {
    const request = Quantity.parse(pod.resources.requests[r])!;
    const limit = Quantity.parse(pod.resources.limits[r])!;
    const min = Quantity.parse(limits.min[r]);
    const max = Quantity.parse(limits.max[r]);
    if (min && request.compare(min) < 0) {
      throw new KubewardError(path, `resources.${r}`, `${request.text} is below the minimum ${min.text} of ${range}`, `request at least ${min.text}`);
    }
    if (max && limit.compare(max) > 0) {
      const prop = pod.resources.limits[r] === pod.resources.requests[r] ? `resources.${r}` : `resources.${r}Limit`;
      throw new KubewardError(path, prop, `a ${r} limit of ${limit.text} is above the maximum ${max.text} of ${range}`, `stay at or below ${max.text}, or raise the tenant's limits.max`);
    }
    for (const [kind, q] of [['requests', request], ['limits', limit]] as const) {
      const perPod = sidecar ? q.plus(Quantity.parse(sidecar[kind][r])!) : q;
      totals[`${kind}.${r}`] = perPod.times(peak.pods);
    }
  }

  const booked = SHARES.get(tenant) ?? [];
  const others = booked.length > 0 ? `; the tenant's other workloads (${booked.map((b) => b.what).join(', ')}) already take` : '';
  const perPodNote = sidecar ? ` (each pod with its sidecar: ${sidecar.requests.cpu}/${sidecar.requests.memory} requests, ${sidecar.limits.cpu}/${sidecar.limits.memory} limits)` : '';
  for (const r of RESOURCES) {
    for (const kind of ['requests', 'limits'] as const) {
      const key = `${kind}.${r}` as const;
      const total = Quantity.parse(hard[key]);
      if (!total) continue;
      const mine = totals[key];
      const before = booked.reduce((sum, b) => sum.plus(b.totals[key]), Quantity.parse('0')!);
      if (mine.plus(before).compare(total) > 0) {
        throw new KubewardError(path, `resources.${r}`,
          `at its peak of ${peak.pods} pods (${peak.reason})${perPodNote} the workload needs ${show(mine, r)} of ${key}${others ? `${others} ${show(before, r)}` : ''}, beyond tenant ${tenant.namespaceName}'s quota of ${total.text}`,
          `raise tenant ${tenant.namespaceName}'s quota (${kind === 'requests' ? `quota.${r}` : r === 'cpu' ? 'quota.limitsCpu' : 'quota.limitsMemory'}) to at least ${show(mine.plus(before), r)}, or lower the ${kind === 'requests' ? 'request' : 'limit'}, the replicas or the autoscaling maximum`);
      }
    }
  }
  const podQuota = Number(hard.pods);
  const podsBefore = booked.reduce((n, b) => n + b.pods, 0);
  if (Number.isFinite(podQuota) && podsBefore + peak.pods > podQuota) {
    throw new KubewardError(path, 'replicas', `at its peak of ${peak.pods} pods (${peak.reason}) the workload${others ? `${others} ${podsBefore} pods,` : ''} exceeds tenant ${tenant.namespaceName}'s quota of ${podQuota} pods`,
      `raise tenant ${tenant.namespaceName}'s quota.pods to at least ${podsBefore + peak.pods}, or lower the replicas or the autoscaling maximum`);
  }
  // Objects the quota counts besides pods: a Service while quota.services is 0, or claims and
  // storage of a StatefulSet's volumes beyond the tenant's, are refused by the API server.
  const quotaName = tenant.namespaceName;
  const claims = counted.claims ?? 0;
  const storage = counted.storage ?? Quantity.parse('0')!;
  const count = (what: string, mine: number, key: string, prop: string, quotaProp: string, fix: string) => {
    const hardCount = Number(hard[key]);
    const before = booked.reduce((n, b) => n + (key === 'services' ? b.services : b.claims), 0);
    if (mine > 0 && Number.isFinite(hardCount) && before + mine > hardCount) {
      throw new KubewardError(path, prop, `the workload needs ${mine} ${what}${before > 0 ? ` beside the ${before} the tenant's other workloads take` : ''}, beyond tenant ${quotaName}'s quota of ${hardCount}`,
        `raise tenant ${quotaName}'s ${quotaProp} to at least ${before + mine}, or ${fix}`);
    }
  };
  count(counted.services === 1 ? 'Service' : 'Services', counted.services, 'services', 'port', 'quota.services', 'remove port and metricsPort so no Service is written');
  count('PersistentVolumeClaims (volumes x replicas)', claims, 'persistentvolumeclaims', 'volumes', 'quota.persistentVolumeClaims', 'lower the volumes or the replicas');
  const storageQuota = Quantity.parse(hard['requests.storage']);
  const storageBefore = booked.reduce((sum, b) => sum.plus(b.storage), Quantity.parse('0')!);
  if (claims > 0 && storageQuota && storage.plus(storageBefore).compare(storageQuota) > 0) {
    throw new KubewardError(path, 'volumes', `the workload's claims request ${show(storage, 'memory')} of storage (volumes x replicas)${storageBefore.toNumber() > 0 ? ` beside ${show(storageBefore, 'memory')} of the tenant's other workloads` : ''}, beyond tenant ${quotaName}'s quota of ${storageQuota.text}`,
      `raise tenant ${quotaName}'s quota.storage to at least ${show(storage.plus(storageBefore), 'memory')}, or lower the volume sizes or the replicas`);
  }
  return () => {
    SHARES.set(tenant, [...booked, { what: `${pod.name}: ${peak.pods} pods`, pods: peak.pods, totals, services: counted.services, claims, storage }]);
  };
}
