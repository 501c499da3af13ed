import type { KubeObject } from '../../model/object';
import { selectorMatches } from '../../model/selectors';
import type { KubeRule } from '../../rule';

function rec(v: unknown): Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

/**
 * KW-MON-001 ServiceMonitors select an existing Service.
 * Pass: at least one Service in the set, in a namespace allowed by namespaceSelector (its own
 * namespace when unset), has labels matching spec.selector.
 * Fail: no Service in scope matches, so the target is never scraped and its alerts never fire.
 *
 * namespaceSelector follows the Prometheus operator: `any: true` allows every namespace, a
 * non-empty `matchNames` allows those namespaces only, otherwise the ServiceMonitor's own.
 * spec.selector is a LabelSelector, so an empty one matches every Service in scope.
 */
export const KW_MON_001: KubeRule = {
  id: 'KW-MON-001',
  target: 'kube',
  kinds: ['monitoring.coreos.com/ServiceMonitor'],
  evaluate(obj, ctx) {
    const spec = rec(obj.raw.spec);
    const nsSelector = rec(spec.namespaceSelector);
    const matchNames: string[] = Array.isArray(nsSelector.matchNames)
      ? nsSelector.matchNames.filter((n: unknown) => typeof n === 'string' && n !== '')
      : [];
    let candidates: readonly KubeObject[];
    let where: string;
    if (nsSelector.any === true) {
      candidates = ctx.set.ofKind('Service');
      where = 'any namespace';
    } else if (matchNames.length > 0) {
      candidates = matchNames.flatMap((ns) => ctx.set.inNamespace('Service', ns));
      where = `namespace(s) ${matchNames.join(', ')}`;
    } else {
      const own = obj.effectiveNamespace ?? 'default';
      candidates = ctx.set.inNamespace('Service', own);
      where = `namespace ${own}`;
    }
    if (candidates.some((svc) => selectorMatches(spec.selector, svc.labels))) return [];
    return [
      {
        message: `no Service in ${where} has labels matching spec.selector, so nothing is scraped; align the selector (or spec.namespaceSelector) with the labels of the Service to monitor.`,
        field: 'spec.selector',
      },
    ];
  },
};
