// Tenant network isolation: default-deny, DNS egress, explicit allows and the peers they name.
// Public (also exported by lib/index.ts or lib/pulumi.ts).
export { TenantPeer } from './peer';
export type { IngressGatewayPeerOptions, ITenantPeer, LabelSelectorSpec, MeshSource, MonitoringPeerOptions, NamespacePeerOptions, NetworkPeerSpec } from './peer';
export type { ResolvedPort, TenantPort } from './ports';
// In-repo only: for the other rooms and the tests, not part of the package API.
/** @internal */
export type { Cidr } from '../policy/model/cidr';
/** @internal */
export { addEgressAllow, addIngressAllow, addIntraNamespaceAllow } from './allow-policies';
/** @internal */
export type { AllowPolicyOptions } from './allow-policies';
/** @internal */
export { cidrContains, egressExcept, METADATA_RANGE, parseCidr } from './cidr';
/** @internal */
export { addDefaultDeny, DEFAULT_DENY_EGRESS, DEFAULT_DENY_INGRESS } from './default-deny';
/** @internal */
export type { DefaultDenyOptions } from './default-deny';
/** @internal */
export { addDnsEgress, CLUSTER_DNS_PEER, DNS_EGRESS_POLICY, NODE_LOCAL_DNS_ADDRESS } from './dns-egress';
/** @internal */
export type { DnsEgressOptions } from './dns-egress';
/** @internal */
export { ISTIO_INGRESS_GATEWAY, ISTIO_METRICS_PORT, MESH_TRUST_DOMAIN, peerSlug, principalOf, sameTree, toTenantPeer } from './peer';
/** @internal */
export { istioPorts, resolvePorts } from './ports';
