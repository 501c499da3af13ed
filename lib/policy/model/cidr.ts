// CIDR parsing and containment, IPv4 and IPv6, shared by the NET rules and the network constructs.
// BigInt arithmetic instead of shifts (the lint config forbids bitwise operators): dropping the
// host bits of an address is integer division by 2^(width - prefix).

/** A parsed CIDR: address family, network address as a number, and prefix length. @internal */
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
export function parseCidr(text: unknown): Cidr | undefined {
  if (typeof text !== 'string') return undefined;
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

/** Whether the address has no host bits set (`10.0.0.0/16`, not `10.0.0.1/16`); the API server refuses others in NetworkPolicies. */
export function hasZeroHostBits(c: Cidr): boolean {
  const width = c.family === 4 ? 32n : 128n;
  return c.address % 2n ** (width - BigInt(c.prefix)) === 0n;
}

/** Whether `outer` contains every address of `inner` (same family only). */
export function cidrWithin(outer: Cidr, inner: Cidr): boolean {
  if (outer.family !== inner.family || outer.prefix > inner.prefix) return false;
  const width = outer.family === 4 ? 32n : 128n;
  const block = 2n ** (width - BigInt(outer.prefix));
  return outer.address / block === inner.address / block;
}
