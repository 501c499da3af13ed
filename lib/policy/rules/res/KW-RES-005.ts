import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE } from '../../types';

function rec(v: unknown): Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

/**
 * KW-RES-005 Every tenant namespace has a ResourceQuota.
 * Pass: the manifest set holds a ResourceQuota in that namespace with a non-empty spec.hard.
 * Fail: a non-system Namespace in the set has no ResourceQuota with hard limits.
 *
 * The rule evaluates Namespace objects; ResourceQuotas are only looked up (a quota without its
 * Namespace in the set has nothing to answer for). System namespaces are out of scope.
 */
export const KW_RES_005: KubeRule = {
  id: 'KW-RES-005',
  target: 'kube',
  kinds: ['Namespace'],
  evaluate(obj, ctx) {
    if (!obj.name || ctx.options.systemNamespaces.includes(obj.name)) return NOT_APPLICABLE;
    const quotas = ctx.set.inNamespace('ResourceQuota', obj.name);
    if (quotas.some((q) => Object.keys(rec(rec(q.raw.spec).hard)).length > 0)) return [];
    return [
      {
        message: `namespace ${obj.name} has no ResourceQuota with spec.hard in this manifest set, so one tenant can consume the whole cluster; add a ResourceQuota in ${obj.name} with hard limits (requests.cpu, requests.memory, limits.memory, pods ...).`,
      },
    ];
  },
};
