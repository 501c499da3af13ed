// IPv4/IPv6 CIDRs for egress allows, and the one range no allow may ever open: 169.254.0.0/16,
// where the node's metadata service (metadata.tencentyun.com, 169.254.0.23) hands out the node's
// CAM role credentials to anything that can reach it (KW-NET-006).
import { show } from '../core/checks';
import { KubewardError } from '../core/errors';
import { Cidr, cidrWithin, hasZeroHostBits, parseCidr as parseAnyCidr } from '../policy/model/cidr';

/** The link-local range holding the cloud metadata service. @internal */
export const METADATA_RANGE = '169.254.0.0/16';

/** A parsed CIDR (the engine's representation, shared with the NET rules). */
export type { Cidr } from '../policy/model/cidr';

/** Parses a CIDR whose host bits are zero (the API server refuses others), or undefined. @internal */
export function parseCidr(text: unknown): Cidr | undefined {
  // As Go's net.ParseCIDR (Go 1.17+) and the API server's strict IP validation read it: no white
  // space, and no IPv4 octet with a leading zero (`010.0.0.0/8` is octal to some parsers and
  // decimal to others, so it is refused rather than guessed).
  if (typeof text !== 'string' || /\s/.test(text) || !strictIpv4Octets(text)) return undefined;
  const c = parseAnyCidr(text);
  return c && hasZeroHostBits(c) ? c : undefined;
}

/** Whether every dotted-quad part of `text` (IPv4, or IPv4 inside IPv6) and its prefix has no leading zero. */
function strictIpv4Octets(text: string): boolean {
  const [addr, prefix] = text.split('/');
  if (prefix !== undefined && !/^(0|[1-9]\d{0,2})$/.test(prefix)) return false;
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(addr);
  return !quad || quad.slice(1).every((o) => /^(0|[1-9]\d{0,2})$/.test(o));
}

/** Whether `outer` contains `inner` (same family, shorter or equal prefix, same network bits). @internal */
export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  return cidrWithin(outer, inner);
}

const METADATA = parseCidr(METADATA_RANGE)!;

/**
 * Validates an egress destination and returns its `except` list. A range that contains the
 * metadata range gets it excluded; a range inside it is refused (the allow would open nothing
 * but the metadata service). NetworkPolicy requires every except entry to lie strictly inside the
 * cidr, so ranges disjoint from 169.254.0.0/16 get no except entry: they cannot reach it anyway.
 * @internal
 */
export function egressExcept(path: string, prop: string, text: unknown): string[] {
  const cidr = parseCidr(text);
  if (!cidr) {
    throw new KubewardError(path, prop, `${show(text)} is not a CIDR with zero host bits`, 'write a network such as "10.0.0.0/16" or "2402:4e00::/32"');
  }
  if (cidrContains(METADATA, cidr)) {
    throw new KubewardError(path, prop, `${String(text)} lies inside ${METADATA_RANGE}, the node metadata range (KW-NET-006)`,
      'tenants never reach the metadata service; use TKE workload identity (pod identity) for cloud credentials, and network.nodeLocalDnsCache for the NodeLocal DNSCache listener (169.254.20.10:53)');
  }
  return cidrContains(cidr, METADATA) ? [METADATA_RANGE] : [];
}
