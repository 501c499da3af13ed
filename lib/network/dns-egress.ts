// DNS egress: without it a default-deny namespace cannot resolve any name, the gap cdk8s-plus's
// isolate() leaves. TKE's CoreDNS pods run in kube-system with the label k8s-app=kube-dns and
// answer on UDP and TCP 53 (TCP for large answers and zone transfers the resolver falls back to).
//
// TKE's NodeLocal DNSCache add-on runs a hostNetwork DaemonSet (node-local-dns, kube-system) whose
// cache listens on the link-local address 169.254.20.10 of every node, port 53 over UDP and TCP
// (TKE docs 457/34061 "Using NodeLocal DNS Cache in a TKE Cluster": its Corefile binds
// 169.254.20.10; 457/38711 "NodeLocalDNSCache" add-on; the address is the upstream default of
// kubernetes/kubernetes cluster/addons/dns/nodelocaldns). A hostNetwork listener is not a pod a
// podSelector can name, so pods pointed at it need an ipBlock allow for exactly that /32.
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { NAMESPACE_NAME_LABEL } from '../core/labels';

/** Name of the DNS egress policy. @internal */
export const DNS_EGRESS_POLICY = 'allow-dns-egress';

/** The NetworkPolicy peer of the cluster DNS. @internal */
export const CLUSTER_DNS_PEER = {
  namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: 'kube-system' } },
  podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
} as const;

/** The address TKE's NodeLocal DNSCache add-on listens on (see the header for the source). */
export const NODE_LOCAL_DNS_ADDRESS = '169.254.20.10';

/** Options of `addDnsEgress`. */
export interface DnsEgressOptions {
  /**
   * Also allow UDP/TCP 53 to the NodeLocal DNSCache listener (169.254.20.10/32), the one
   * link-local address a tenant may reach.
   * @default false - only the cluster DNS pods
   */
  readonly nodeLocalDnsCache?: boolean;
}

/** Adds the policy allowing every pod of the namespace to query the cluster DNS. @internal */
export function addDnsEgress(scope: Construct, namespace: string, labels: Record<string, string>, options: DnsEgressOptions = {}): void {
  const dnsPorts = () => [
    { protocol: 'UDP', port: k8s.IntOrString.fromNumber(53) },
    { protocol: 'TCP', port: k8s.IntOrString.fromNumber(53) },
  ];
  // Only port 53 of only the /32: the rest of 169.254.0.0/16 (the metadata service at
  // 169.254.0.23 above all) stays closed, as egressExcept keeps it for every other allow.
  const nodeLocal = options.nodeLocalDnsCache ? [{ to: [{ ipBlock: { cidr: `${NODE_LOCAL_DNS_ADDRESS}/32` } }], ports: dnsPorts() }] : [];
  new k8s.KubeNetworkPolicy(scope, DNS_EGRESS_POLICY, {
    metadata: { name: DNS_EGRESS_POLICY, namespace, labels: { ...labels } },
    spec: {
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [{
        to: [{
          namespaceSelector: { matchLabels: { ...CLUSTER_DNS_PEER.namespaceSelector.matchLabels } },
          podSelector: { matchLabels: { ...CLUSTER_DNS_PEER.podSelector.matchLabels } },
        }],
        ports: dnsPorts(),
      }, ...nodeLocal],
    },
  });
}
