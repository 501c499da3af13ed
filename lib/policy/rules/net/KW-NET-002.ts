import { NETWORK_POLICY, defaultDenyNamespaces } from '../../model/network-policy';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE } from '../../types';

/**
 * KW-NET-002 Every tenant namespace has a default-deny egress NetworkPolicy.
 * Pass: the manifest set holds a NetworkPolicy in that namespace with an empty podSelector,
 * Egress in policyTypes, and an absent or empty egress list.
 * Fail: no such policy exists for a non-system Namespace in the set.
 *
 * As for KW-NET-001, the finding sits on the Namespace object; NetworkPolicy objects are in
 * scope as evidence and never fail on their own. A policy without policyTypes governs egress only
 * when it has egress rules (API server defaulting), so a default-deny egress policy must list
 * Egress in policyTypes explicitly.
 */
export const KW_NET_002: KubeRule = {
  id: 'KW-NET-002',
  target: 'kube',
  kinds: ['Namespace', NETWORK_POLICY],
  evaluate(obj, ctx) {
    if (obj.gk === NETWORK_POLICY) return [];
    if (ctx.options.systemNamespaces.includes(obj.name)) return NOT_APPLICABLE;
    if (defaultDenyNamespaces(ctx.set, 'Egress').has(obj.name)) return [];
    return [
      {
        message: `namespace ${obj.name} has no default-deny egress NetworkPolicy in this manifest set; add one with podSelector: {}, policyTypes: [Egress] and no egress rules, then allow DNS and the destinations each workload needs with narrower policies.`,
      },
    ];
  },
};
