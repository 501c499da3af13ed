// NetworkPolicy facts shared by the NET controls: which directions a policy governs, which
// policies are default-deny, how peers and CIDRs are read, and per-set indexes by namespace.
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

/** A parsed CIDR: address family, network address as a number, and prefix length. */
export interface Cidr {
  /** 4 or 6. */
  readonly family: 4 | 6;
  /** The address as an unsigned integer (host bits included as written). */
  readonly address: bigint;
  /** Prefix length. */
  readonly prefix: number;
}

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let out = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    out = out * 256n + BigInt(Number(p));
  }
  return out;
}

function parseIpv6(text: string): bigint | undefined {
  // An embedded IPv4 tail (::ffff:1.2.3.4) becomes two groups.
  let body = text;
  const lastColon = body.lastIndexOf(':');
  if (body.includes('.') && lastColon >= 0) {
    const v4 = parseIpv4(body.slice(lastColon + 1));
    if (v4 === undefined) return undefined;
    body = `${body.slice(0, lastColon + 1)}${(v4 / 65536n).toString(16)}:${(v4 % 65536n).toString(16)}`;
  }
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  const groupsOf = (s: string): string[] | undefined => (s === '' ? [] : s.split(':'));
  const head = groupsOf(halves[0]);
  const tail = halves.length === 2 ? groupsOf(halves[1]) : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  let out = 0n;
  for (const g of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
    out = out * 65536n + BigInt(parseInt(g, 16));
  }
  return out;
}

/** Parses `a.b.c.d/n` or an IPv6 CIDR; undefined when the text is not a valid CIDR. */
export function parseCidr(text: string): Cidr | undefined {
  const slash = text.trim().indexOf('/');
  if (slash < 0) return undefined;
  const addr = text.trim().slice(0, slash);
  const prefixText = text.trim().slice(slash + 1);
  if (!/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  if (addr.includes(':')) {
    const address = parseIpv6(addr);
    return address === undefined || prefix > 128 ? undefined : { family: 6, address, prefix };
  }
  const address = parseIpv4(addr);
  return address === undefined || prefix > 32 ? undefined : { family: 4, address, prefix };
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
  if (!o || !i || o.family !== i.family || o.prefix > i.prefix) return false;
  const width = o.family === 4 ? 32n : 128n;
  // Arithmetic instead of shifts (the lint config forbids bitwise operators): dropping the host
  // bits is integer division by 2^(width - prefix).
  const block = 2n ** (width - BigInt(o.prefix));
  return o.address / block === i.address / block;
}
