// DNS egress: without it a default-deny namespace cannot resolve any name, the gap cdk8s-plus's
// isolate() leaves. TKE's CoreDNS pods run in kube-system with the label k8s-app=kube-dns and
// answer on UDP and TCP 53 (TCP for large answers and zone transfers the resolver falls back to).
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

/** Adds the policy allowing every pod of the namespace to query the cluster DNS. @internal */
export function addDnsEgress(scope: Construct, namespace: string, labels: Record<string, string>): void {
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
        ports: [
          { protocol: 'UDP', port: k8s.IntOrString.fromNumber(53) },
          { protocol: 'TCP', port: k8s.IntOrString.fromNumber(53) },
        ],
      }],
    },
  });
}
