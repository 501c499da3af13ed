// Ports of allow rules. Allows always name their ports when they can: "any port" to a peer is
// wider than the traffic the tenant needs. Tenants and workloads take ports in this one shape,
// `{ port, endPort?, protocol? }`, and resolve them here.
import { PORT_SHAPE } from './shapes';
import { optionalArray, requireRecord, show } from '../core/checks';
import { KubewardError } from '../core/errors';
import { checkShape } from '../core/props-shape';

/** A port (or port range) of an allow rule: the port shape of every kubeward API (tenants and workloads). */
export interface TenantPort {
  /** Port number, 1-65535. */
  readonly port: number;
  /**
   * Last port of a range starting at `port`.
   * @default - a single port
   */
  readonly endPort?: number;
  /**
   * Protocol.
   * @default 'TCP' - what almost every service speaks
   */
  readonly protocol?: 'TCP' | 'UDP' | 'SCTP';
}

/** A port with every default applied, in NetworkPolicy shape. */
export interface ResolvedPort {
  /** Protocol. */
  readonly protocol: 'TCP' | 'UDP' | 'SCTP';
  /** Port number. */
  readonly port: number;
  /** Last port of a range. */
  readonly endPort?: number;
}

const PROTOCOLS = ['TCP', 'UDP', 'SCTP'] as const;

/** Validates a list of ports (duplicates refused); an empty or absent list is allowed. @internal */
export function resolvePorts(path: string, prop: string, value: unknown): ResolvedPort[] {
  const list = optionalArray(path, prop, value, 'pass a list such as [{ port: 443 }]');
  const seen = new Set<string>();
  return list.map((raw, i) => {
    const p = `${prop}[${i}]`;
    if (typeof raw === 'number' || typeof raw === 'string') {
      // The other shape people reach for (`[5432]`): refused, so one program never mixes two.
      throw new KubewardError(path, p, `${show(raw)} is a bare port number, and ports are objects in every kubeward API`,
        `write { port: ${typeof raw === 'number' && Number.isInteger(raw) ? raw : 443} } (optionally with protocol: "UDP" or endPort for a range)`);
    }
    const r = requireRecord(path, p, raw, 'pass { port: 443, protocol?: "TCP" }');
    checkShape(path, p, r, PORT_SHAPE);
    if (typeof r.port !== 'number' || !Number.isInteger(r.port) || r.port < 1 || r.port > 65535) {
      throw new KubewardError(path, `${p}.port`, `${show(r.port)} is not a port number`, 'use a whole number from 1 to 65535');
    }
    const protocol = r.protocol ?? 'TCP';
    if (!PROTOCOLS.includes(protocol as ResolvedPort['protocol'])) {
      throw new KubewardError(path, `${p}.protocol`, `${show(r.protocol)} is not a protocol`, 'use "TCP", "UDP" or "SCTP"');
    }
    if (r.endPort !== undefined && (typeof r.endPort !== 'number' || !Number.isInteger(r.endPort) || r.endPort <= r.port || r.endPort > 65535)) {
      throw new KubewardError(path, `${p}.endPort`, `${show(r.endPort)} does not end a range starting at ${r.port}`, `use a port above ${r.port} and at most 65535, or omit endPort`);
    }
    const key = `${protocol}/${r.port}-${r.endPort ?? r.port}`;
    if (seen.has(key)) throw new KubewardError(path, p, `${key} is listed twice`, 'list each port once');
    seen.add(key);
    return { protocol: protocol as ResolvedPort['protocol'], port: r.port, ...(r.endPort !== undefined ? { endPort: r.endPort as number } : {}) };
  });
}

/** Ports as an Istio AuthorizationPolicy `to.operation.ports` list (Istio ports are strings). @internal */
export function istioPorts(ports: readonly ResolvedPort[]): string[] {
  const out: string[] = [];
  for (const p of ports) {
    for (let n = p.port; n <= (p.endPort ?? p.port); n++) out.push(String(n));
  }
  return out;
}
