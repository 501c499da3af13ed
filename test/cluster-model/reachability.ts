// Whether one endpoint can open a connection to another: NetworkPolicy on the wire, then, when the
// destination's proxy receives the connection, Istio's mTLS and authorization.
//  - A sidecar captures TCP only (istio-iptables redirects TCP; UDP passes unless DNS capture is
//    on), inbound except 15090, 15021, 15020 and the excludeInboundPorts annotation, outbound
//    except the proxy's own traffic (uid 1337) and excludeOutboundPorts
//    (manifests/charts/istio-control/istio-discovery/files/injection-template.yaml istio-iptables args).
//  - A sidecar talks mTLS to a destination that has one (auto mTLS: the `security.istio.io/tlsMode:
//    istio` label the injector adds); a client outside the mesh talks plaintext unless it carries
//    Istio certificates itself (istio.io/latest/docs/ops/integrations/prometheus/, "TLS settings").
//  - Ambient: ztunnel carries mesh traffic to an ambient destination over HBONE on port 15008, so
//    that destination's NetworkPolicy must admit 15008 (istio.io/latest/docs/ambient/usage/networkpolicy/).
import { AuthzMesh, authorize, peerAuthenticationMode } from './authorization';
import { Capture, MeshMembership, capturesInbound } from './injection';
import { ResolvedMesh, principalOf } from './mesh';
import { Endpoint, IpEndpoint, PodEndpoint, networkAllows } from './network-policy';
import { Obj } from './objects';

/** HBONE, ztunnel's tunnel port. */
export const HBONE_PORT = 15008;

/** A pod's place in the mesh. */
export interface MeshSide {
  readonly membership: MeshMembership;
  readonly serviceAccount: string;
  /** Sidecar capture (sidecar members). */
  readonly capture?: Capture;
  /** Carries Istio workload certificates without being a member (a Prometheus set up per Istio's docs). */
  readonly istioCerts?: boolean;
}

/** A pod with its mesh side. */
export interface PodPeer extends PodEndpoint {
  readonly mesh: MeshSide;
}

/** Either end of a connection. */
export type Peer = PodPeer | IpEndpoint;

/** What a connection sees: every object that can filter it, and the mesh. */
export interface Network {
  readonly objects: readonly Obj[];
  readonly mesh?: ResolvedMesh;
}

/** Why a connection is refused, or that it is not. */
export interface ConnectionVerdict {
  readonly allowed: boolean;
  /** The layer that refused. */
  readonly stage?: 'egress' | 'ingress' | 'mtls' | 'authorization';
  readonly reason: string;
}

/** One connection attempt. */
export interface ConnectionAttempt {
  readonly from: Peer;
  readonly to: Peer;
  readonly port: number;
  readonly protocol?: 'TCP' | 'UDP';
  /** Whether the port speaks HTTP (for HTTP-only authorization fields). */
  readonly http?: boolean;
  /** The client speaks TLS with its own Istio certificate (a scrape with `scheme: https` and Istio's certs). */
  readonly clientTls?: boolean;
}

/** The authorization-relevant mesh settings. */
function authzMesh(mesh: ResolvedMesh): AuthzMesh {
  return { rootNamespace: mesh.rootNamespace, trustDomain: mesh.trustDomain, trustDomainAliases: mesh.trustDomainAliases };
}

/** Decides one connection. */
export function connect(net: Network, attempt: ConnectionAttempt): ConnectionVerdict {
  const { from, to, port } = attempt;
  const protocol = attempt.protocol ?? 'TCP';
  const src = from.kind === 'pod' ? from.mesh : undefined;
  const dst = to.kind === 'pod' ? to.mesh : undefined;
  const mesh = net.mesh;
  const received = mesh !== undefined && protocol === 'TCP' && dst !== undefined
    && ((dst.membership === 'sidecar' && dst.capture !== undefined && capturesInbound(dst.capture, port)) || dst.membership === 'ambient');
  const srcMtls = protocol === 'TCP' && src !== undefined && (
    (src.membership === 'sidecar' && !(src.capture?.outboundExcluded.has(port) ?? false))
    || src.membership === 'ambient'
    || (src.istioCerts === true && attempt.clientTls === true));
  const mode = received && to.kind === 'pod' ? peerAuthenticationMode(net.objects, to, port, authzMesh(mesh!)) : 'PERMISSIVE';
  const mtls = received && srcMtls && mode !== 'DISABLE';
  const hbone = received && mtls && dst!.membership === 'ambient' && (src!.membership === 'ambient' || src!.membership === 'sidecar');
  const wirePort = hbone ? HBONE_PORT : port;

  const np = networkAllows(net.objects, from as Endpoint, to as Endpoint, wirePort, protocol);
  if (np) {
    return {
      allowed: false,
      stage: np.direction === 'Egress' ? 'egress' : 'ingress',
      reason: `${np.direction === 'Egress' ? `egress of ${from.name}` : `ingress of ${to.name}`} refuses ${wirePort}/${protocol}${hbone ? ` (HBONE for ${port})` : ''} (isolated by ${np.policies.join(', ')}; no rule admits ${np.direction === 'Egress' ? to.name : from.name})`,
    };
  }
  if (!received || to.kind !== 'pod') return { allowed: true, reason: 'NetworkPolicies allow it' };
  if (mode === 'STRICT' && !mtls) {
    return { allowed: false, stage: 'mtls', reason: `${to.name} requires mTLS (STRICT) on ${port} and ${from.name} speaks plaintext${src?.membership === 'none' || !src ? ' (not in the mesh)' : ''}` };
  }
  const principal = mtls && from.kind === 'pod' ? principalOf(mesh!.trustDomain, from.namespace, from.mesh.serviceAccount) : undefined;
  const verdict = authorize(net.objects, to, {
    principal,
    sourceNamespace: mtls && from.kind === 'pod' ? from.namespace : undefined,
    sourceIp: from.kind === 'ip' ? from.ip : undefined,
    port,
    protocol: attempt.http ? 'http' : 'tcp',
  }, authzMesh(mesh!));
  if (!verdict.allowed) return { allowed: false, stage: 'authorization', reason: `${to.name}: ${verdict.reason}` };
  return { allowed: true, reason: `NetworkPolicies allow it; ${verdict.reason}` };
}
