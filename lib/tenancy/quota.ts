// A tenant's share of the cluster: a ResourceQuota caps the namespace's total requests, limits,
// object counts and storage (KW-RES-005), and a container LimitRange gives containers without
// resources a default request and limit and bounds every container (KW-RES-006). The two are
// checked against each other exactly (lib/core/quantity.ts), so a LimitRange can never admit a
// container the quota could not hold, and a default can never exceed its own bounds.
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { intInRange, optionalRecord, requireRecord } from '../core/checks';
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
   * @default { cpu: '100m', memory: '128Mi' } - never lowered behind your back: a quota or a
   * default limit below it is refused, with the fix (raise it, or set this to fit)
   */
  readonly defaultRequest?: ResourcePair;
  /**
   * Limit given to a container that sets none.
   * @default { cpu: '500m', memory: '512Mi' } - never lowered behind your back: a quota or a
   * `max` below it is refused, with the fix (raise it, or set this to fit)
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

/** The LimitRange values a tenant gets when it sets none (documented on ContainerLimitsProps). */
const DEFAULTS: Record<Res, { readonly req: string; readonly lim: string; readonly min: string; readonly max: string }> = {
  cpu: { req: '100m', lim: '500m', min: '10m', max: '4' },
  memory: { req: '128Mi', lim: '512Mi', min: '16Mi', max: '8Gi' },
};

/** One side of a quota/LimitRange comparison: the value, the prop it comes from, and whether the user wrote it. */
interface Value {
  readonly q: Quantity;
  readonly prop: string;
  readonly given: boolean;
  /** The value is (or follows) the tenant's quota. */
  readonly fromQuota?: boolean;
}

function smaller(a: Quantity, b: Quantity): Quantity {
  return a.compare(b) <= 0 ? a : b;
}

/**
 * The error for `a` above `b`, naming the prop to change: the one the user wrote (the larger
 * side first), or, when the larger side is a kubeward default, the quota or bound below it, with
 * both ways out.
 */
function contradiction(path: string, a: Value, b: Value, why: string): KubewardError {
  if (a.given) {
    return new KubewardError(path, a.prop, `${a.q.text} is above ${b.prop} (${b.q.text})${b.given ? '' : ' by default'}: ${why}`, `lower ${a.prop} to at most ${b.q.text}, or raise ${b.prop}`);
  }
  const blame = b.fromQuota ? 'the tenant\'s quota' : b.prop;
  return new KubewardError(path, b.prop,
    `${b.q.text} is below the default ${a.prop} (${a.q.text}) of every container that sets no resources: ${why}; kubeward does not lower its defaults silently`,
    `raise ${b.prop} to at least ${a.q.text}, or set ${a.prop} explicitly to at most ${b.q.text} (and the other LimitRange values it must stay within) to fit ${blame}`);
}

/**
 * Validates quota and limits, fills the defaults and checks that they agree. Every contradiction
 * is reported with both props involved.
 * @internal
 */
export function resolveQuota(path: string, quotaValue: unknown, limitsValue: unknown): ResolvedQuota {
  const q = requireRecord(path, 'quota', quotaValue, 'pass { cpu: "40", memory: "128Gi", pods: 300 }');
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
  const given = (key: string, res: Res): Quantity | undefined => {
    const pair = optionalRecord(path, `limits.${key}`, l[key], `pass { cpu?: "${EXAMPLE.cpu}", memory?: "${EXAMPLE.memory}" }`);
    if (pair === undefined) return undefined;
    return pair[res] === undefined ? undefined : requireExactQuantity(path, `limits.${key}.${res}`, pair[res], EXAMPLE[res]);
  };

  const resolve = (res: Res, quotaReq: Quantity, quotaLim: Quantity) => {
    const dflt = DEFAULTS[res];
    const quotaReqProp = `quota.${res}`;
    const quotaLimProp = res === 'cpu' ? (q.limitsCpu === undefined ? 'quota.cpu' : 'quota.limitsCpu') : (q.limitsMemory === undefined ? 'quota.memory' : 'quota.limitsMemory');
    // The bounds follow the quota (a container above the namespace total could never be
    // admitted), but the defaults every container without resources gets never change behind the
    // user's back: a quota or a bound below them is refused below, with the fix.
    const givenMax = given('max', res);
    const max: Value = givenMax ? { q: givenMax, prop: `limits.max.${res}`, given: true }
      : Quantity.parse(dflt.max)!.compare(quotaLim) <= 0 ? { q: Quantity.parse(dflt.max)!, prop: `limits.max.${res}`, given: false }
        : { q: quotaLim, prop: quotaLimProp, given: true, fromQuota: true };
    const value = (key: 'defaultLimit' | 'defaultRequest', fallback: string): Value => {
      const g = given(key, res);
      return g ? { q: g, prop: `limits.${key}.${res}`, given: true } : { q: Quantity.parse(fallback)!, prop: `limits.${key}.${res}`, given: false };
    };
    const defaultLimit = value('defaultLimit', dflt.lim);
    const defaultRequest = value('defaultRequest', dflt.req);
    const givenMin = given('min', res);
    // The smallest request follows the default request down: a bound, not a default.
    const min: Value = givenMin ? { q: givenMin, prop: `limits.min.${res}`, given: true }
      : { q: smaller(Quantity.parse(dflt.min)!, defaultRequest.q), prop: `limits.min.${res}`, given: false };
    const quotaRequests: Value = { q: quotaReq, prop: quotaReqProp, given: true, fromQuota: true };
    const quotaLimits: Value = { q: quotaLim, prop: quotaLimProp, given: true, fromQuota: true };
    const checks: Array<[Value, Value, string]> = [
      [max, quotaLimits, 'a container above the namespace total could never be admitted'],
      [defaultLimit, max, 'the default would be refused by the LimitRange itself'],
      [defaultRequest, defaultLimit, 'a request above its limit is invalid'],
      [defaultRequest, quotaRequests, 'one defaulted container would exceed the namespace total'],
      [min, defaultRequest, 'the default request would be refused by the LimitRange itself'],
      [min, max, 'no container could satisfy both bounds'],
    ];
    for (const [a, b, why] of checks) {
      if (a.q.compare(b.q) > 0) throw contradiction(path, a, b, why);
    }
    return { max: max.q.text, defaultLimit: defaultLimit.q.text, defaultRequest: defaultRequest.q.text, min: min.q.text };
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
