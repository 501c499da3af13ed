import type { ManifestSet } from '../../model/manifest-set';
import { NETWORK_POLICY, networkPolicySpec } from '../../model/network-policy';
import { isEmptySelector, selectorMatches } from '../../model/selectors';
import { podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE } from '../../types';

/** Namespaces (effective) holding a NetworkPolicy with an empty podSelector, which selects every pod. */
function namespacesCoveredWhole(set: ManifestSet): ReadonlySet<string> {
  return set.memo('KW-NET-003:wholeNamespace', () => {
    const out = new Set<string>();
    for (const np of set.ofKind(NETWORK_POLICY)) {
      if (np.effectiveNamespace !== undefined && isEmptySelector(networkPolicySpec(np).podSelector)) out.add(np.effectiveNamespace);
    }
    return out;
  });
}

/**
 * KW-NET-003 Every workload is selected by a NetworkPolicy.
 * Pass: at least one NetworkPolicy in the workload's namespace (within the manifest set) has a
 * podSelector that matches the pod template labels; an empty podSelector matches every pod.
 * Fail: no NetworkPolicy in the same namespace selects the workload's pods.
 *
 * Any policy that selects the pods isolates them in the directions it governs, so its
 * policyTypes and rules do not matter here (KW-NET-001/002/004/005 judge those). NetworkPolicy
 * objects are in scope as evidence and never fail on their own. Namespaces resolve to `default`
 * when omitted, on both sides.
 */
export const KW_NET_003: KubeRule = {
  id: 'KW-NET-003',
  target: 'kube',
  kinds: ['*workload', NETWORK_POLICY],
  evaluate(obj, ctx) {
    if (obj.gk === NETWORK_POLICY) return [];
    const pod = podTemplateOf(obj);
    if (!pod) return NOT_APPLICABLE;
    const namespace = obj.effectiveNamespace ?? 'default';
    if (namespacesCoveredWhole(ctx.set).has(namespace)) return [];
    const policies = ctx.set.inNamespace(NETWORK_POLICY, namespace);
    if (policies.some((np) => selectorMatches(networkPolicySpec(np).podSelector, pod.labels))) return [];
    return [
      {
        message: `no NetworkPolicy in namespace ${namespace} selects this workload's pods, so all their traffic is allowed; add a NetworkPolicy whose podSelector matches the pod labels (or a namespace default-deny with podSelector: {}).`,
        field: pod.path === 'spec' ? 'metadata.labels' : `${pod.path.slice(0, -'.spec'.length)}.metadata.labels`,
      },
    ];
  },
};
