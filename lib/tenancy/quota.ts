// A tenant's share of the cluster: a ResourceQuota caps the namespace's total requests, limits,
// object counts and storage (KW-RES-005), and a container LimitRange gives containers without
// resources a default request and limit and bounds every container (KW-RES-006). The two are
// checked against each other exactly (lib/core/quantity.ts), so a LimitRange can never admit a
// container the quota could not hold, and a default can never exceed its own bounds.
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { intInRange, optionalRecord, rejectUnknownKeys, requireRecord } from '../core/checks';
import { KubewardError } from '../core/errors';
import { Quantity, requireExactQuantity } from '../core/quantity';

/** The namespace's total budget. */
export interface TenantQuotaProps {
  /** Sum of CPU requests (`requests.cpu`), e.g. `'40'` or `'8500m'`. */
  readonly cpu: string;
  /** Sum of memory requests (`requests.memory`), e.g. `'128Gi'`. */
  readonly memory: string;
  /**
   * Sum of CPU limits (`limits.cpu`).
   * @default - equal to `cpu`: the tenant cannot burst beyond what it reserved, so one tenant's
   * spike cannot starve another on a shared node
   */
  readonly limitsCpu?: string;
  /**
   * Sum of memory limits (`limits.memory`).
   * @default - equal to `memory`: memory overcommit ends in OOM kills of other tenants' pods
   */
  readonly limitsMemory?: string;
  /** Maximum number of pods. */
  readonly pods: number;
  /**
   * Maximum number of Services.
   * @default 20 - plenty for a team's services, bounded so a loop cannot exhaust the Service CIDR
   */
  readonly services?: number;
  /**
   * Maximum number of PersistentVolumeClaims.
   * @default 20 - each claim is a cloud disk (CBS) with its own cost
   */
  readonly persistentVolumeClaims?: number;
  /**
   * Sum of storage requested by claims (`requests.storage`).
   * @default '500Gi'
   */
  readonly storage?: string;
  /**
   * Maximum number of LoadBalancer Services (each one a CLB, possibly public).
   * @default 0 - exposure goes through the shared ingress gateway; opt in deliberately
   */
  readonly loadBalancers?: number;
  /**
   * Maximum number of NodePort Services (they open a port on every node, KW-NET-007).
   * @default 0
   */
  readonly nodePorts?: number;
}

/** CPU and memory of one LimitRange bound. */
export interface ResourcePair {
  /** CPU, e.g. `'500m'`. */
  readonly cpu?: string;
  /** Memory, e.g. `'512Mi'`. */
  readonly memory?: string;
}

/** Per-container bounds and defaults (the LimitRange). */
export interface ContainerLimitsProps {
  /**
   * Request given to a container that sets none.
   * @default { cpu: '100m', memory: '128Mi' } (lowered to the default limit when that is smaller)
   */
  readonly defaultRequest?: ResourcePair;
  /**
   * Limit given to a container that sets none.
   * @default { cpu: '500m', memory: '512Mi' } (lowered to `max` when that is smaller)
   */
  readonly defaultLimit?: ResourcePair;
  /**
   * Smallest request a container may set.
   * @default { cpu: '10m', memory: '16Mi' } (lowered to the default request when that is smaller)
   */
  readonly min?: ResourcePair;
  /**
   * Largest limit a container may set.
   * @default - cpu 4 and memory 8Gi, or the quota's limits when those are smaller: one container
   * should never be able to take the whole budget of a large tenant
   */
  readonly max?: ResourcePair;
}

/** The effective quota and limits, as strings (what is written). */
export interface ResolvedQuota {
  /** ResourceQuota `spec.hard`, in a stable key order. */
  readonly hard: Readonly<Record<string, string>>;
  /** LimitRange values per resource. */
  readonly limits: {
    readonly defaultRequest: Required<ResourcePair>;
    readonly defaultLimit: Required<ResourcePair>;
    readonly min: Required<ResourcePair>;
    readonly max: Required<ResourcePair>;
  };
}

const EXAMPLE = { cpu: '500m', memory: '512Mi' } as const;
type Res = 'cpu' | 'memory';

function smaller(a: Quantity, b: Quantity): Quantity {
  return a.compare(b) <= 0 ? a : b;
}

/**
 * Validates quota and limits, fills the defaults and checks that they agree. Every contradiction
 * is reported with both props involved.
 * @internal
 */
export function resolveQuota(path: string, quotaValue: unknown, limitsValue: unknown): ResolvedQuota {
  const q = requireRecord(path, 'quota', quotaValue, 'pass { cpu: "40", memory: "128Gi", pods: 300 }');
  rejectUnknownKeys(path, 'quota', q, ['cpu', 'memory', 'limitsCpu', 'limitsMemory', 'pods', 'services', 'persistentVolumeClaims', 'storage', 'loadBalancers', 'nodePorts']);
  const reqCpu = requireExactQuantity(path, 'quota.cpu', q.cpu, '40');
  const reqMem = requireExactQuantity(path, 'quota.memory', q.memory, '128Gi');
  const limCpu = q.limitsCpu === undefined ? reqCpu : requireExactQuantity(path, 'quota.limitsCpu', q.limitsCpu, '80');
  const limMem = q.limitsMemory === undefined ? reqMem : requireExactQuantity(path, 'quota.limitsMemory', q.limitsMemory, '128Gi');
  if (limCpu.compare(reqCpu) < 0) {
    throw new KubewardError(path, 'quota.limitsCpu', `${limCpu.text} is below quota.cpu (${reqCpu.text}); a request can never exceed its limit, so requests could not use the quota`, 'set limitsCpu to at least quota.cpu, or omit it');
  }
  if (limMem.compare(reqMem) < 0) {
    throw new KubewardError(path, 'quota.limitsMemory', `${limMem.text} is below quota.memory (${reqMem.text})`, 'set limitsMemory to at least quota.memory, or omit it');
  }
  const pods = intInRange(path, 'quota.pods', q.pods, 1, 100000);
  const services = intInRange(path, 'quota.services', q.services, 0, 10000, 20);
  const pvcs = intInRange(path, 'quota.persistentVolumeClaims', q.persistentVolumeClaims, 0, 10000, 20);
  const storage = q.storage === undefined ? Quantity.parse('500Gi')! : requireExactQuantity(path, 'quota.storage', q.storage, '500Gi', true);
  const loadBalancers = intInRange(path, 'quota.loadBalancers', q.loadBalancers, 0, 1000, 0);
  const nodePorts = intInRange(path, 'quota.nodePorts', q.nodePorts, 0, 1000, 0);
  if (loadBalancers + nodePorts > services) {
    throw new KubewardError(path, 'quota.loadBalancers', `loadBalancers (${loadBalancers}) plus nodePorts (${nodePorts}) exceed quota.services (${services})`, 'raise quota.services or lower the exposed Service counts');
  }

  const l = optionalRecord(path, 'limits', limitsValue, 'pass { defaultRequest?, defaultLimit?, min?, max? } with { cpu?, memory? } each') ?? {};
  rejectUnknownKeys(path, 'limits', l, ['defaultRequest', 'defaultLimit', 'min', 'max']);
  const given = (key: string, res: Res): Quantity | undefined => {
    const pair = optionalRecord(path, `limits.${key}`, l[key], `pass { cpu?: "${EXAMPLE.cpu}", memory?: "${EXAMPLE.memory}" }`);
    if (pair === undefined) return undefined;
    rejectUnknownKeys(path, `limits.${key}`, pair, ['cpu', 'memory']);
    return pair[res] === undefined ? undefined : requireExactQuantity(path, `limits.${key}.${res}`, pair[res], EXAMPLE[res]);
  };

  const resolve = (res: Res, quotaReq: Quantity, quotaLim: Quantity) => {
    const dflt = res === 'cpu' ? { req: '100m', lim: '500m', min: '10m', max: '4' } : { req: '128Mi', lim: '512Mi', min: '16Mi', max: '8Gi' };
    const max = given('max', res) ?? smaller(Quantity.parse(dflt.max)!, quotaLim);
    const defaultLimit = given('defaultLimit', res) ?? smaller(Quantity.parse(dflt.lim)!, max);
    const defaultRequest = given('defaultRequest', res) ?? smaller(Quantity.parse(dflt.req)!, smaller(defaultLimit, quotaReq));
    const min = given('min', res) ?? smaller(Quantity.parse(dflt.min)!, defaultRequest);
    const quotaProp = res === 'cpu' ? 'quota.limitsCpu' : 'quota.limitsMemory';
    const checks: Array<[Quantity, Quantity, string, string, string]> = [
      [max, quotaLim, `limits.max.${res}`, `${quotaProp} (or quota.${res})`, 'a container above the namespace total could never be admitted'],
      [defaultLimit, max, `limits.defaultLimit.${res}`, `limits.max.${res}`, 'the default would be refused by the LimitRange itself'],
      [defaultRequest, defaultLimit, `limits.defaultRequest.${res}`, `limits.defaultLimit.${res}`, 'a request above its limit is invalid'],
      [defaultRequest, quotaReq, `limits.defaultRequest.${res}`, `quota.${res}`, 'one defaulted container would exceed the namespace total'],
      [min, defaultRequest, `limits.min.${res}`, `limits.defaultRequest.${res}`, 'the default request would be refused by the LimitRange itself'],
      [min, max, `limits.min.${res}`, `limits.max.${res}`, 'no container could satisfy both bounds'],
    ];
    for (const [a, b, aProp, bProp, why] of checks) {
      if (a.compare(b) > 0) {
        throw new KubewardError(path, aProp, `${a.text} is above ${bProp} (${b.text}): ${why}`, `lower ${aProp} to at most ${b.text}, or raise ${bProp}`);
      }
    }
    return { max: max.text, defaultLimit: defaultLimit.text, defaultRequest: defaultRequest.text, min: min.text };
  };
  const cpu = resolve('cpu', reqCpu, limCpu);
  const memory = resolve('memory', reqMem, limMem);

  return {
    hard: {
      'requests.cpu': reqCpu.text,
      'requests.memory': reqMem.text,
      'limits.cpu': limCpu.text,
      'limits.memory': limMem.text,
      'pods': String(pods),
      'services': String(services),
      'services.loadbalancers': String(loadBalancers),
      'services.nodeports': String(nodePorts),
      'persistentvolumeclaims': String(pvcs),
      'requests.storage': storage.text,
    },
    limits: {
      defaultRequest: { cpu: cpu.defaultRequest, memory: memory.defaultRequest },
      defaultLimit: { cpu: cpu.defaultLimit, memory: memory.defaultLimit },
      min: { cpu: cpu.min, memory: memory.min },
      max: { cpu: cpu.max, memory: memory.max },
    },
  };
}

/** Name of the tenant's ResourceQuota. @internal */
export const QUOTA_NAME = 'tenant-quota';
/** Name of the tenant's LimitRange. @internal */
export const LIMIT_RANGE_NAME = 'container-limits';

/** Adds the ResourceQuota and the container LimitRange. @internal */
export function addQuota(scope: Construct, namespace: string, labels: Record<string, string>, quota: ResolvedQuota): void {
  const pair = (p: Required<ResourcePair>) => ({ cpu: k8s.Quantity.fromString(p.cpu), memory: k8s.Quantity.fromString(p.memory) });
  new k8s.KubeResourceQuota(scope, QUOTA_NAME, {
    metadata: { name: QUOTA_NAME, namespace, labels: { ...labels } },
    spec: { hard: Object.fromEntries(Object.entries(quota.hard).map(([k, v]) => [k, k8s.Quantity.fromString(v)])) },
  });
  new k8s.KubeLimitRange(scope, LIMIT_RANGE_NAME, {
    metadata: { name: LIMIT_RANGE_NAME, namespace, labels: { ...labels } },
    spec: {
      limits: [{
        type: 'Container',
        defaultRequest: pair(quota.limits.defaultRequest),
        default: pair(quota.limits.defaultLimit),
        min: pair(quota.limits.min),
        max: pair(quota.limits.max),
      }],
    },
  });
}
