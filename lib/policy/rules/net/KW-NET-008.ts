import { isAnyAddress } from '../../model/network-policy';
import type { KubeRule } from '../../rule';

/** TKE annotation that places a LoadBalancer Service's CLB in a private subnet. */
export const TKE_INTERNAL_SUBNET_ANNOTATION = 'service.kubernetes.io/qcloud-loadbalancer-internal-subnetid';

/**
 * KW-NET-008 LoadBalancer Services are internal or source-restricted.
 * Pass: a type LoadBalancer Service has a non-empty
 * service.kubernetes.io/qcloud-loadbalancer-internal-subnetid annotation (TKE private CLB), or
 * non-empty loadBalancerSourceRanges that contain neither 0.0.0.0/0 nor ::/0.
 * Fail: a type LoadBalancer Service has neither, so TKE provisions an internet-facing CLB open to
 * all sources.
 *
 * Services of other types are in scope and pass (nothing to provision). A whitespace-only
 * annotation counts as empty, and any source range with prefix length 0 counts as 0.0.0.0/0 or
 * ::/0.
 */
export const KW_NET_008: KubeRule = {
  id: 'KW-NET-008',
  target: 'kube',
  kinds: ['Service'],
  evaluate(obj) {
    const spec = obj.raw.spec ?? {};
    if (spec.type !== 'LoadBalancer') return [];
    if ((obj.annotations[TKE_INTERNAL_SUBNET_ANNOTATION] ?? '').trim() !== '') return [];
    const ranges: unknown[] = Array.isArray(spec.loadBalancerSourceRanges) ? spec.loadBalancerSourceRanges : [];
    const open = ranges.filter((r) => typeof r === 'string' && isAnyAddress(r));
    if (ranges.length > 0 && open.length === 0) return [];
    return [
      {
        message:
          ranges.length === 0
            ? `this LoadBalancer Service gets an internet-facing CLB open to all sources; set the ${TKE_INTERNAL_SUBNET_ANNOTATION} annotation for a private CLB, or list the allowed clients in spec.loadBalancerSourceRanges.`
            : `spec.loadBalancerSourceRanges contains ${open.join(', ')}, which admits every source; list only the client CIDRs, or make the CLB private with the ${TKE_INTERNAL_SUBNET_ANNOTATION} annotation.`,
        field: ranges.length === 0 ? 'spec.type' : 'spec.loadBalancerSourceRanges',
      },
    ];
  },
};
