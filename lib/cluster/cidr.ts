// IPv4 CIDR arithmetic for the network plan: parsing, containment, overlap and carving equal
// blocks out of a range. Plain numbers, no dependency: 32-bit addresses fit in a double.

/** A parsed IPv4 CIDR block. */
export interface Cidr {
  /** The block as written, normalised (`10.0.0.0/16`). */
  readonly text: string;
  /** First address, as an unsigned 32-bit number. */
  readonly start: number;
  /** Prefix length, 0 to 32. */
  readonly prefix: number;
  /** Number of addresses in the block. */
  readonly size: number;
}

const CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/**
 * Parses `a.b.c.d/n`. Returns undefined for anything else, and for blocks whose address has
 * host bits set (`10.0.0.1/16`), because the provider would silently round them.
 */
export function parseCidr(text: string): Cidr | undefined {
  const m = CIDR.exec(text.trim());
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return undefined;
  const start = ((octets[0] * 256 + octets[1]) * 256 + octets[2]) * 256 + octets[3];
  const size = 2 ** (32 - prefix);
  if (start % size !== 0) return undefined;
  return { text: `${octets.join('.')}/${prefix}`, start, prefix, size };
}

/** Formats an address and prefix as a CIDR string. */
export function formatCidr(start: number, prefix: number): string {
  const octets = [24, 16, 8, 0].map((shift) => Math.floor(start / 2 ** shift) % 256);
  return `${octets.join('.')}/${prefix}`;
}

/** Whether two blocks share at least one address. */
export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.start < b.start + b.size && b.start < a.start + a.size;
}

/** Whether `inner` lies entirely inside `outer`. */
export function contains(outer: Cidr, inner: Cidr): boolean {
  return inner.start >= outer.start && inner.start + inner.size <= outer.start + outer.size;
}

const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map((t) => parseCidr(t) as Cidr);

/** Whether a block lies inside one of the RFC 1918 private ranges (the only ones a VPC or TKE accepts). */
export function isPrivate(c: Cidr): boolean {
  return PRIVATE_RANGES.some((r) => contains(r, c));
}

/**
 * Carves `count` consecutive blocks of equal size from the start of `range`. Blocks are 4 bits
 * longer than the range when that stays within `/maxPrefix` (a /16 VPC gets /20 subnets, leaving
 * room for up to 16 zones later), otherwise as large as `count` allows. Undefined when the range
 * is too small for `count` blocks of at least `/maxPrefix`.
 */
export function carve(range: Cidr, count: number, maxPrefix = 28): string[] | undefined {
  const bits = Math.max(4, Math.ceil(Math.log2(Math.max(count, 1))));
  const prefix = range.prefix + bits;
  if (prefix > maxPrefix) {
    const tight = range.prefix + Math.ceil(Math.log2(Math.max(count, 1)));
    if (tight > maxPrefix) return undefined;
    return blocks(range, tight, count);
  }
  return blocks(range, prefix, count);
}

function blocks(range: Cidr, prefix: number, count: number): string[] {
  const size = 2 ** (32 - prefix);
  return Array.from({ length: count }, (_, i) => formatCidr(range.start + i * size, prefix));
}
