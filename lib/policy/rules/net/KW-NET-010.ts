import type { KubeRule } from '../../rule';

/**
 * KW-NET-010 Services do not set externalIPs.
 * Pass: spec.externalIPs is absent or empty.
 * Fail: spec.externalIPs lists any address (CVE-2020-8554 traffic interception).
 */
export const KW_NET_010: KubeRule = {
  id: 'KW-NET-010',
  target: 'kube',
  kinds: ['Service'],
  evaluate(obj) {
    const ips = (obj.raw.spec ?? {}).externalIPs;
    if (!Array.isArray(ips) || ips.length === 0) return [];
    return [
      {
        message: `spec.externalIPs lists ${ips.map(String).join(', ')}; remove it: the Service would capture cluster traffic meant for those addresses (CVE-2020-8554); expose it through a LoadBalancer or an Ingress instead.`,
        field: 'spec.externalIPs',
      },
    ];
  },
};
