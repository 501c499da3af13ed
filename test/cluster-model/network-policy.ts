// Kubernetes NetworkPolicy semantics (kubernetes.io/docs/concepts/services-networking/network-policies/,
// the networking/v1 API reference, pkg/apis/networking/v1/defaults.go):
//  - a pod is isolated for a direction only when some policy of its namespace selects it with that
//    policyType; a pod no policy selects allows everything in that direction;
//  - policyTypes left empty default to ["Ingress"], plus "Egress" when the policy has egress rules;
//  - a connection needs both the source's egress and the destination's ingress to allow it;
//  - within a rule, `from`/`to` peers are ORed, ports are ORed, peers and ports are ANDed; an
//    empty or absent peer list matches every peer, an empty or absent port list every port;
//  - a peer with only podSelector selects pods of the policy's namespace; only namespaceSelector,
//    all pods of the matching namespaces; both, the matching pods of the matching namespaces;
//  - ipBlock selects IP ranges (minus `except`); the docs leave pod IPs under ipBlock to the
//    implementation, so the model matches ipBlock only against addresses outside the pod network
//    (external endpoints and host-network listeners such as NodeLocal DNSCache): a rule meant for
//    pods must name them with selectors;
//  - a port is numeric (optionally a range to endPort) or named; a named port means the
//    destination pod's container port of that name and protocol; protocol defaults to TCP.
import { Obj, StringMap, objectsOf } from './objects';
import { matchesSelector } from './selectors';

/** A pod as traffic sees it. */
export interface PodEndpoint {
  readonly kind: 'pod';
  /** For reports: `Deployment edge/gateway` or `istio-ingress/istio-ingress (cluster)`. */
  readonly name: string;
  readonly namespace: string;
  readonly namespaceLabels: StringMap;
  readonly labels: StringMap;
  /** Container ports (for named ports). */
  readonly ports: ReadonlyArray<{ readonly name?: string; readonly containerPort: number; readonly protocol?: string }>;
}

/** An address outside the pod network. */
export interface IpEndpoint {
  readonly kind: 'ip';
  readonly name: string;
  readonly ip: string;
}

/** Either end of a connection. */
export type Endpoint = PodEndpoint | IpEndpoint;

/** IPv4 (the model's clusters are IPv4 single-stack, as TKE's default VPC-CNI and GlobalRouter are). */
function ipv4(text: string): number {
  const parts = text.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) throw new Error(`not an IPv4 address: ${text}`);
  return parts.reduce((acc, p) => acc * 256 + Number(p), 0);
}

/** Whether `ip` lies in `cidr` (`a.b.c.d/n`). */
export function inCidr(ip: string, cidr: string): boolean {
  const [base, bits = '32'] = cidr.split('/');
  const n = Number(bits);
  if (!Number.isInteger(n) || n < 0 || n > 32) throw new Error(`not a CIDR: ${cidr}`);
  const size = 2 ** (32 - n);
  const start = Math.floor(ipv4(base) / size) * size;
  const addr = ipv4(ip);
  return addr >= start && addr < start + size;
}

/** policyTypes after API defaulting. */
export function policyTypesOf(np: Obj): string[] {
  const declared: string[] = np.spec?.policyTypes ?? [];
  if (declared.length) return declared;
  return ['Ingress', ...((np.spec?.egress ?? []).length ? ['Egress'] : [])];
}

/** The NetworkPolicies isolating `pod` for `direction`. */
export function policiesSelecting(objects: readonly Obj[], pod: PodEndpoint, direction: 'Ingress' | 'Egress'): Obj[] {
  return objectsOf(objects, 'NetworkPolicy', pod.namespace).filter((o) => matchesSelector(o.spec?.podSelector ?? {}, pod.labels) && policyTypesOf(o).includes(direction));
}

function peerMatches(peer: Obj, policyNamespace: string, e: Endpoint): boolean {
  if (peer.ipBlock) {
    if (e.kind !== 'ip') return false;
    return inCidr(e.ip, peer.ipBlock.cidr) && !(peer.ipBlock.except ?? []).some((x: string) => inCidr(e.ip, x));
  }
  if (e.kind !== 'pod') return false;
  if (!peer.podSelector && !peer.namespaceSelector) return false;
  const nsOk = peer.namespaceSelector ? matchesSelector(peer.namespaceSelector, e.namespaceLabels) : e.namespace === policyNamespace;
  const podOk = peer.podSelector ? matchesSelector(peer.podSelector, e.labels) : true;
  return nsOk && podOk;
}

function portMatches(ports: Obj[] | undefined, port: number, protocol: string, destination: Endpoint): boolean {
  if (!ports || ports.length === 0) return true;
  return ports.some((p) => {
    if ((p.protocol ?? 'TCP') !== protocol) return false;
    if (p.port === undefined || p.port === null) return true;
    if (typeof p.port === 'number') return p.endPort !== undefined ? port >= p.port && port <= p.endPort : port === p.port;
    if (/^\d+$/.test(String(p.port))) return Number(p.port) === port;
    // A named port resolves on the destination pod only.
    return destination.kind === 'pod' && destination.ports.some((c) => c.name === p.port && c.containerPort === port && (c.protocol ?? 'TCP') === protocol);
  });
}

/** Why a direction refused, or undefined when it allows. */
export interface PolicyDenial {
  /** Which side refused. */
  readonly direction: 'Egress' | 'Ingress';
  /** The policies that isolate that side (none of them admits the connection). */
  readonly policies: readonly string[];
}

/** Whether NetworkPolicies let `source` open `port`/`protocol` on `destination`. */
export function networkAllows(objects: readonly Obj[], source: Endpoint, destination: Endpoint, port: number, protocol: string = 'TCP'): PolicyDenial | undefined {
  if (source.kind === 'pod') {
    const egress = policiesSelecting(objects, source, 'Egress');
    const ok = egress.length === 0 || egress.some((np) => (np.spec?.egress ?? []).some((rule: Obj) =>
      ((rule.to ?? []).length === 0 || rule.to.some((peer: Obj) => peerMatches(peer, source.namespace, destination)))
      && portMatches(rule.ports, port, protocol, destination)));
    if (!ok) return { direction: 'Egress', policies: egress.map((np) => `${np.metadata.namespace}/${np.metadata.name}`) };
  }
  if (destination.kind === 'pod') {
    const ingress = policiesSelecting(objects, destination, 'Ingress');
    const ok = ingress.length === 0 || ingress.some((np) => (np.spec?.ingress ?? []).some((rule: Obj) =>
      ((rule.from ?? []).length === 0 || rule.from.some((peer: Obj) => peerMatches(peer, destination.namespace, source)))
      && portMatches(rule.ports, port, protocol, destination)));
    if (!ok) return { direction: 'Ingress', policies: ingress.map((np) => `${np.metadata.namespace}/${np.metadata.name}`) };
  }
  return undefined;
}
