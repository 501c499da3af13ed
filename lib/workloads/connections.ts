// The allow-lists of one workload: NetworkPolicy ingress and egress rules and, when the mesh is
// on, AuthorizationPolicy rules. The arrays are referenced by the emitted objects and only ever
// grow, so rules added after construction (allowFrom/allowTo) still reach synthesis.
import { IPeer } from './peers';
import { KubewardError } from '../core/errors';
import { CLUSTER_DNS_PEER } from '../network/dns-egress';
import { ResolvedPort, istioPorts } from '../network/ports';

/** A NetworkPolicy port: the same resolved port shape as a tenant's allow rules. */
export type PolicyPort = ResolvedPort;

/** One ingress or egress rule. */
export interface PolicyRule {
  /** Sources of an ingress rule. */
  readonly from?: unknown[];
  /** Destinations of an egress rule. */
  readonly to?: unknown[];
  /** Ports the rule opens (always named: no rule opens every port). */
  readonly ports: PolicyPort[];
}

/**
 * DNS is the one egress every workload needs; without it a default-deny namespace breaks name
 * resolution (the gap cdk8s-plus's isolate() leaves). The workload's own policy carries it too,
 * so the workload stays self-contained outside a tenant. Same peer as the tenant's DNS policy.
 */
const DNS_EGRESS: Readonly<PolicyRule> = Object.freeze({
  to: [{
    namespaceSelector: { matchLabels: { ...CLUSTER_DNS_PEER.namespaceSelector.matchLabels } },
    podSelector: { matchLabels: { ...CLUSTER_DNS_PEER.podSelector.matchLabels } },
  }],
  ports: [
    { port: 53, protocol: 'UDP' as const },
    { port: 53, protocol: 'TCP' as const },
  ],
});

/** Rules of one workload, with duplicate detection per peer and direction. */
export class WorkloadConnections {
  /** NetworkPolicy ingress rules. */
  public readonly ingress: PolicyRule[] = [];
  /** NetworkPolicy egress rules (DNS first). */
  public readonly egress: PolicyRule[] = [{ to: [...DNS_EGRESS.to!], ports: [...DNS_EGRESS.ports] }];
  /** AuthorizationPolicy rules (only filled when the mesh is on). */
  public readonly authorization: Array<Record<string, unknown>> = [];
  private readonly ingressPeers = new Map<string, string>();
  private readonly egressPeers = new Map<string, string>();

  /**
   * @param mesh whether the workload's sidecar enforces STRICT mTLS and authorization
   * @param trustDomain the trust domain of the workload's mesh, in which its policy names callers
   */
  constructor(private readonly path: string, private readonly mesh: boolean, private readonly trustDomain?: string) {}

  /**
   * Throws when `peer` is already admitted (so a later add cannot fail half-way).
   * @param plaintext the ports are not intercepted by the sidecar, so no mesh identity is needed
   */
  public checkIngress(peer: IPeer, method: string, plaintext = false): void {
    if (this.ingressPeers.has(peer.peerKey)) {
      throw new KubewardError(this.path, method, `${peer.peerDescription} is already admitted (${this.ingressPeers.get(peer.peerKey)})`, 'connect each pair once: allowFrom on the target or allowTo on the source, not both');
    }
    if (this.mesh && !plaintext && peer.toIstioSource(this.trustDomain) === undefined) {
      throw new KubewardError(this.path, method, `${peer.peerDescription} has no mesh identity, and this workload's mesh refuses plaintext (STRICT mTLS)`, 'put the peer in a mesh-enabled tenant, or run this workload in a tenant without the mesh');
    }
  }

  /** Throws when traffic to `peer` is already allowed. */
  public checkEgress(peer: IPeer, method: string): void {
    if (this.egressPeers.has(peer.peerKey)) {
      throw new KubewardError(this.path, method, `traffic to ${peer.peerDescription} is already allowed (${this.egressPeers.get(peer.peerKey)})`, 'connect each pair once: allowTo on the source or allowFrom on the target, not both');
    }
  }

  /** Admits `peer` on `ports` (call checkIngress first). */
  public addIngress(peer: IPeer, ports: readonly PolicyPort[], how: string): void {
    this.ingressPeers.set(peer.peerKey, how);
    this.ingress.push({ from: [peer.toNetworkPolicyPeer()], ports: [...ports] });
    if (this.mesh) {
      const source = peer.toIstioSource(this.trustDomain)!;
      this.authorization.push({
        from: [{ source: { ...source } }],
        to: [{ operation: { ports: istioPorts(ports) } }],
      });
    }
  }

  /**
   * Admits `peer` on ports the sidecar does not intercept (the merged-metrics port 15020): a
   * NetworkPolicy rule only, since no AuthorizationPolicy applies to traffic the proxy never sees.
   * Call checkIngress with `plaintext` first.
   */
  public addPlaintextIngress(peer: IPeer, ports: readonly PolicyPort[], how: string): void {
    this.ingressPeers.set(peer.peerKey, how);
    this.ingress.push({ from: [peer.toNetworkPolicyPeer()], ports: [...ports] });
  }

  /** Allows traffic to `peer` on `ports` (call checkEgress first). */
  public addEgress(peer: IPeer, ports: readonly PolicyPort[], how: string): void {
    this.egressPeers.set(peer.peerKey, how);
    this.egress.push({ to: [peer.toNetworkPolicyPeer()], ports: [...ports] });
  }
}
