// IPv4/IPv6 CIDRs for egress allows, and the one range no allow may ever open: 169.254.0.0/16,
// where the node's metadata service (metadata.tencentyun.com, 169.254.0.23) hands out the node's
// CAM role credentials to anything that can reach it (KW-NET-006).
import { KubewardError } from '../core/errors';
import { show } from '../tenancy/checks';

/** The link-local range holding the cloud metadata service. */
export const METADATA_RANGE = '169.254.0.0/16';

/** A parsed CIDR. */
export interface Cidr {
  /** 4 or 6. */
  readonly family: 4 | 6;
  /** The network address as a BigInt. */
  readonly address: bigint;
  /** Prefix length. */
  readonly prefix: number;
  /** Canonical text as written. */
  readonly text: string;
}

function parseV4(addr: string): bigint | undefined {
  const parts = addr.split('.');
  if (parts.length !== 4) return undefined;
  let v = 0n;
  for (const p of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(p) || Number(p) > 255) return undefined;
    v = v * 256n + BigInt(p);
  }
  return v;
}

function parseV6(addr: string): bigint | undefined {
  if (!/^[0-9a-fA-F:]+$/.test(addr) || addr.split('::').length > 2) return undefined;
  const [head, tail] = addr.includes('::') ? addr.split('::') : [addr, undefined];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const missing = 8 - h.length - t.length;
  if (tail === undefined ? h.length !== 8 : missing < 1) return undefined;
  const groups = [...h, ...Array(tail === undefined ? 0 : missing).fill('0'), ...t];
  let v = 0n;
  for (const g of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
    v = v * 65536n + BigInt(`0x${g}`);
  }
  return v;
}

/** Parses a CIDR whose host bits are zero (the API server refuses others), or undefined. */
export function parseCidr(text: unknown): Cidr | undefined {
  if (typeof text !== 'string') return undefined;
  const m = /^([^/]+)\/(\d{1,3})$/.exec(text);
  if (!m) return undefined;
  const prefix = Number(m[2]);
  const v4 = parseV4(m[1]);
  const family: 4 | 6 = v4 !== undefined ? 4 : 6;
  const address = v4 ?? parseV6(m[1]);
  const bits = family === 4 ? 32 : 128;
  if (address === undefined || prefix > bits) return undefined;
  // Host bits must be zero: the address is a multiple of the block size.
  if (address % 2n ** BigInt(bits - prefix) !== 0n) return undefined;
  return { family, address, prefix, text };
}

/** Whether `outer` contains `inner` (same family, shorter or equal prefix, same network bits). */
export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  if (outer.family !== inner.family || outer.prefix > inner.prefix) return false;
  const bits = outer.family === 4 ? 32 : 128;
  const block = 2n ** BigInt(bits - outer.prefix);
  return outer.address / block === inner.address / block;
}

const METADATA = parseCidr(METADATA_RANGE)!;

/**
 * Validates an egress destination and returns its `except` list. A range that contains the
 * metadata range gets it excluded; a range inside it is refused (the allow would open nothing
 * but the metadata service). NetworkPolicy requires every except entry to lie strictly inside the
 * cidr, so ranges disjoint from 169.254.0.0/16 get no except entry: they cannot reach it anyway.
 */
export function egressExcept(path: string, prop: string, text: unknown): string[] {
  const cidr = parseCidr(text);
  if (!cidr) {
    throw new KubewardError(path, prop, `${show(text)} is not a CIDR with zero host bits`, 'write a network such as "10.0.0.0/16" or "2402:4e00::/32"');
  }
  if (cidrContains(METADATA, cidr)) {
    throw new KubewardError(path, prop, `${cidr.text} lies inside ${METADATA_RANGE}, the node metadata range (KW-NET-006)`,
      'tenants never reach the metadata service; use TKE workload identity (pod identity) for cloud credentials');
  }
  return cidrContains(cidr, METADATA) ? [METADATA_RANGE] : [];
}
