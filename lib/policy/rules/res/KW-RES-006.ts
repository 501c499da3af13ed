import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE } from '../../types';

function rec(v: unknown): Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

function hasContainerItem(limitRange: Record<string, any>): boolean {
  const limits = rec(limitRange.spec).limits;
  return Array.isArray(limits) && limits.some((item) => rec(item).type === 'Container');
}

/**
 * KW-RES-006 Every tenant namespace has a container LimitRange.
 * Pass: the manifest set holds a LimitRange in that namespace with at least one limits[] item
 * of type Container.
 * Fail: a non-system Namespace in the set has no LimitRange with a Container item.
 *
 * The rule evaluates Namespace objects and looks LimitRanges up; system namespaces are out of scope.
 */
export const KW_RES_006: KubeRule = {
  id: 'KW-RES-006',
  target: 'kube',
  kinds: ['Namespace'],
  evaluate(obj, ctx) {
    if (!obj.name || ctx.options.systemNamespaces.includes(obj.name)) return NOT_APPLICABLE;
    if (ctx.set.inNamespace('LimitRange', obj.name).some((lr) => hasContainerItem(lr.raw))) return [];
    return [
      {
        message: `namespace ${obj.name} has no LimitRange with a limits[] item of type Container in this manifest set, so containers that omit resources get none; add one with default and defaultRequest values.`,
      },
    ];
  },
};
