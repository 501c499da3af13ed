// Declared connections against the modelled network: every connection a program declares must be
// admitted on its port, and every other (workload, workload, port) combination must be refused,
// so a policy that opens more than was asked for is caught as surely as one that opens less.
import { ClusterRun, Problem } from './cluster';
import { IpEndpoint } from './network-policy';
import { Peer } from './reachability';

/** A connection the program declares. */
export interface DeclaredConnection {
  /** `ns/workload`, or `ingress-gateway` for the cluster's Istio ingress gateway. */
  readonly from: string;
  /** `ns/workload`, or an address outside the cluster. */
  readonly to: string | { readonly ip: string };
  /** Destination (container) ports. */
  readonly ports: readonly number[];
  /** Default TCP. */
  readonly protocol?: 'TCP' | 'UDP';
}

function peerOf(run: ClusterRun, ref: string | { ip: string }): Peer {
  if (typeof ref !== 'string') return { kind: 'ip', name: ref.ip, ip: ref.ip } as IpEndpoint;
  if (ref === 'ingress-gateway') {
    if (!run.builtins.gateway) throw new Error('the cluster has no ingress gateway');
    return run.builtins.gateway;
  }
  return run.peer(ref);
}

const keyOf = (from: string, to: string, port: number): string => `${from} -> ${to}:${port}`;

/**
 * Problems with the declared connections: a declared one refused, or (with `undeclaredDenied`)
 * any pair of workloads (admitted or not: as if they ran) connecting on a port of the destination's application
 * containers that no declaration names. The ports the mesh adds (15090) and scrape ports the
 * scraper reaches are not workload-to-workload traffic and are not checked here.
 */
export function checkConnections(run: ClusterRun, declared: readonly DeclaredConnection[], options: { undeclaredDenied?: boolean } = {}): Problem[] {
  const out: Problem[] = [];
  const declaredKeys = new Set<string>();
  for (const c of declared) {
    const from = peerOf(run, c.from);
    const to = peerOf(run, c.to);
    for (const port of c.ports) {
      declaredKeys.add(keyOf(c.from, typeof c.to === 'string' ? c.to : c.to.ip, port));
      const v = run.connect(from, to, port, { protocol: c.protocol ?? 'TCP' });
      if (!v.allowed) out.push({ object: `${c.from} -> ${typeof c.to === 'string' ? c.to : c.to.ip}:${port}`, stage: 'connection', message: `declared, but refused at ${v.stage}: ${v.reason}` });
    }
  }
  if (options.undeclaredDenied) {
    for (const src of run.pods) {
      for (const dst of run.pods) {
        const injected = new Set(dst.injection.injected);
        const ports = new Set([...(dst.pod.spec.containers ?? []), ...(dst.pod.spec.initContainers ?? [])]
          .filter((c: Record<string, any>) => !injected.has(c.name))
          .flatMap((c: Record<string, any>) => (c.ports ?? []).filter((p: Record<string, any>) => (p.protocol ?? 'TCP') === 'TCP').map((p: Record<string, any>) => p.containerPort as number)));
        for (const port of ports) {
          if (declaredKeys.has(keyOf(src.key, dst.key, port))) continue;
          const v = run.connect(src.peer, dst.peer, port);
          if (v.allowed) out.push({ object: keyOf(src.key, dst.key, port), stage: 'connection', message: `not declared, but allowed: ${v.reason}` });
        }
      }
    }
  }
  return out;
}
