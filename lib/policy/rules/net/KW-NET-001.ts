import { NETWORK_POLICY, defaultDenyNamespaces } from '../../model/network-policy';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE } from '../../types';

/**
 * KW-NET-001 Every tenant namespace has a default-deny ingress NetworkPolicy.
 * Pass: the manifest set holds a NetworkPolicy in that namespace whose podSelector is empty,
 * whose effective policyTypes include Ingress, and whose ingress list is absent or empty.
 * Fail: no such policy exists for a non-system Namespace in the set; a policy with ingress [{}]
 * or a from-less rule is allow-all and does not count.
 *
 * The finding sits on the Namespace object, the thing that lacks the policy. NetworkPolicy
 * objects are in the control's scope (they are the evidence it looks for) but cannot fail it
 * on their own: the fail sentence speaks of a Namespace in the set, so a set with policies and
 * no Namespace object passes. System namespaces (kube-system, kube-public, kube-node-lease) are
 * not tenant namespaces and are out of scope. Effective policyTypes follow the API server's
 * defaulting (see `effectivePolicyTypes`).
 */
export const KW_NET_001: KubeRule = {
  id: 'KW-NET-001',
  target: 'kube',
  kinds: ['Namespace', NETWORK_POLICY],
  evaluate(obj, ctx) {
    if (obj.gk === NETWORK_POLICY) return [];
    if (ctx.options.systemNamespaces.includes(obj.name)) return NOT_APPLICABLE;
    if (defaultDenyNamespaces(ctx.set, 'Ingress').has(obj.name)) return [];
    return [
      {
        message: `namespace ${obj.name} has no default-deny ingress NetworkPolicy in this manifest set; add one with podSelector: {}, policyTypes: [Ingress] and no ingress rules, then allow the traffic each workload needs with narrower policies.`,
      },
    ];
  },
};
