// The explicit allows of a tenant, one NetworkPolicy each, named after what they open, so a
// reviewer reads `allow-from-istio-ingress-istio-ingress` and knows the traffic it admits.
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { NetworkPeerSpec } from './peer';
import { ResolvedPort } from './ports';

function toPorts(ports: readonly ResolvedPort[]): k8s.NetworkPolicyPort[] | undefined {
  if (ports.length === 0) return undefined;
  return ports.map((p) => ({
    protocol: p.protocol,
    port: k8s.IntOrString.fromNumber(p.port),
    ...(p.endPort !== undefined ? { endPort: p.endPort } : {}),
  }));
}

function ipBlockOf(b: { readonly cidr: string; readonly except?: readonly string[] }): k8s.IpBlock {
  return { cidr: b.cidr, ...(b.except && b.except.length > 0 ? { except: [...b.except] } : {}) };
}

function toPeer(p: NetworkPeerSpec): k8s.NetworkPolicyPeer {
  return {
    ...(p.namespaceSelector ? { namespaceSelector: { matchLabels: { ...p.namespaceSelector.matchLabels } } } : {}),
    ...(p.podSelector ? { podSelector: { matchLabels: { ...p.podSelector.matchLabels } } } : {}),
    ...(p.ipBlock ? { ipBlock: ipBlockOf(p.ipBlock) } : {}),
  };
}

/** Common options of the allow policies. @internal */
export interface AllowPolicyOptions {
  /** Object name. */
  readonly name: string;
  /** The tenant's namespace. */
  readonly namespace: string;
  /** Labels of the policy. */
  readonly labels: Record<string, string>;
  /** The peers. */
  readonly peers: readonly NetworkPeerSpec[];
  /** Ports (empty: every port). */
  readonly ports: readonly ResolvedPort[];
}

/** Admits traffic from peers into every pod of the namespace. @internal */
export function addIngressAllow(scope: Construct, options: AllowPolicyOptions): void {
  const ports = toPorts(options.ports);
  new k8s.KubeNetworkPolicy(scope, options.name, {
    metadata: { name: options.name, namespace: options.namespace, labels: { ...options.labels } },
    spec: {
      podSelector: {},
      policyTypes: ['Ingress'],
      ingress: [{ from: options.peers.map(toPeer), ...(ports ? { ports } : {}) }],
    },
  });
}

/** Lets every pod of the namespace send traffic to peers. @internal */
export function addEgressAllow(scope: Construct, options: AllowPolicyOptions): void {
  const ports = toPorts(options.ports);
  new k8s.KubeNetworkPolicy(scope, options.name, {
    metadata: { name: options.name, namespace: options.namespace, labels: { ...options.labels } },
    spec: {
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [{ to: options.peers.map(toPeer), ...(ports ? { ports } : {}) }],
    },
  });
}

/** Lets the pods of the namespace talk to each other, both ways (the intra-tenant opt-in). @internal */
export function addIntraNamespaceAllow(scope: Construct, name: string, namespace: string, labels: Record<string, string>): void {
  new k8s.KubeNetworkPolicy(scope, name, {
    metadata: { name, namespace, labels: { ...labels } },
    spec: {
      podSelector: {},
      policyTypes: ['Ingress', 'Egress'],
      ingress: [{ from: [{ podSelector: {} }] }],
      egress: [{ to: [{ podSelector: {} }] }],
    },
  });
}
