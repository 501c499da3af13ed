// NetworkPolicy facts shared by the NET controls: which directions a policy governs, which
// policies are default-deny, how peers and CIDRs are read, and per-set indexes by namespace.
import { cidrWithin, parseCidr } from './cidr';
import type { ManifestSet } from './manifest-set';
import type { KubeObject } from './object';
import { isEmptySelector } from './selectors';

/** Dispatch key of a Kubernetes NetworkPolicy (legacy extensions/v1beta1 is normalized to it). */
export const NETWORK_POLICY = 'networking.k8s.io/NetworkPolicy';

/** A traffic direction a NetworkPolicy can govern. */
export type PolicyDirection = 'Ingress' | 'Egress';

function rec(v: unknown): Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** The spec of a NetworkPolicy (empty object when absent). */
export function networkPolicySpec(np: KubeObject): Record<string, any> {
  return rec(np.raw.spec);
}

/**
 * The directions a NetworkPolicy governs. An explicit, non-empty `policyTypes` is taken as
 * written. Otherwise the API server's defaulting applies: Ingress always, plus Egress when the
 * policy has at least one egress rule (an `egress: []` decodes to nothing, so it adds nothing).
 */
export function effectivePolicyTypes(np: KubeObject): ReadonlySet<PolicyDirection> {
  const spec = networkPolicySpec(np);
  const written = list(spec.policyTypes);
  if (written.length > 0) {
    return new Set(written.filter((t): t is PolicyDirection => t === 'Ingress' || t === 'Egress'));
  }
  const out = new Set<PolicyDirection>(['Ingress']);
  if (list(spec.egress).length > 0) out.add('Egress');
  return out;
}

/** The rules of one direction (`spec.ingress` or `spec.egress`), empty when absent. */
export function rulesOf(np: KubeObject, direction: PolicyDirection): unknown[] {
  return list(networkPolicySpec(np)[direction === 'Ingress' ? 'ingress' : 'egress']);
}

/**
 * Whether a NetworkPolicy is a namespace-wide default deny for a direction: its podSelector is
 * empty (it selects every pod of its namespace), it governs that direction, and it has no rule
 * for it. A single `{}` rule, or a rule without peers, would be allow-all, so any rule at all
 * disqualifies the policy.
 */
export function isDefaultDeny(np: KubeObject, direction: PolicyDirection): boolean {
  return (
    isEmptySelector(networkPolicySpec(np).podSelector) &&
    effectivePolicyTypes(np).has(direction) &&
    rulesOf(np, direction).length === 0
  );
}

/**
 * Namespaces (effective) of the set holding a default-deny NetworkPolicy for a direction,
 * computed once per set.
 */
export function defaultDenyNamespaces(set: ManifestSet, direction: PolicyDirection): ReadonlySet<string> {
  return set.memo(`net:defaultDeny:${direction}`, () => {
    const out = new Set<string>();
    for (const np of set.ofKind(NETWORK_POLICY)) {
      if (np.effectiveNamespace !== undefined && isDefaultDeny(np, direction)) out.add(np.effectiveNamespace);
    }
    return out;
  });
}

/** Whether a NetworkPolicy peer is `{}` (no podSelector, namespaceSelector or ipBlock at all). */
export function isEmptyPeer(peer: unknown): boolean {
  const p = rec(peer);
  return p.podSelector == null && p.namespaceSelector == null && p.ipBlock == null;
}

/** The ipBlock cidr of a peer, or undefined when the peer has no ipBlock with a string cidr. */
export function peerCidr(peer: unknown): string | undefined {
  const cidr = rec(rec(peer).ipBlock).cidr;
  return typeof cidr === 'string' ? cidr : undefined;
}

/** The ipBlock except entries of a peer (strings only). */
export function peerExcept(peer: unknown): string[] {
  return list(rec(rec(peer).ipBlock).except).filter((e): e is string => typeof e === 'string');
}

/** Whether a CIDR text covers every address of its family (`0.0.0.0/0`, `::/0`). */
export function isAnyAddress(text: string): boolean {
  return parseCidr(text)?.prefix === 0;
}

/** Whether a CIDR text is the whole IPv4 space (`0.0.0.0/0`). */
export function isAnyIpv4(text: string): boolean {
  const c = parseCidr(text);
  return c !== undefined && c.family === 4 && c.prefix === 0;
}

/** Whether CIDR `outer` contains every address of CIDR `inner` (same family only). */
export function cidrContains(outer: string, inner: string): boolean {
  const o = parseCidr(outer);
  const i = parseCidr(inner);
  return o !== undefined && i !== undefined && cidrWithin(o, i);
}

export { parseCidr } from './cidr';
export type { Cidr } from './cidr';
