// The declared shapes of the network family's props (see lib/core/props-shape.ts: adding a prop
// to one of these interfaces means adding its key here, and `tsc` insists).
import type { IngressGatewayPeerOptions, MonitoringPeerOptions, NamespacePeerOptions } from './peer';
import type { TenantPort } from './ports';
import { VALUE, listOf, shapeOf } from '../core/props-shape';

/** A port of an allow rule: the one port shape of every kubeward API (tenants and workloads). */
export const PORT_SHAPE = shapeOf<TenantPort>('a port ({ port, endPort?, protocol? })', { port: VALUE, endPort: VALUE, protocol: VALUE });

/** A list of ports. */
export const PORTS_SHAPE = listOf(PORT_SHAPE);

/** Options of `TenantPeer.namespace`. */
export const NAMESPACE_PEER_SHAPE = shapeOf<NamespacePeerOptions>('NamespacePeerOptions', { podLabels: VALUE, serviceAccount: VALUE, meshMember: VALUE });

/** Options of `TenantPeer.ingressGateway`. */
export const INGRESS_GATEWAY_PEER_SHAPE = shapeOf<IngressGatewayPeerOptions>('IngressGatewayPeerOptions', { namespace: VALUE, serviceAccount: VALUE, podLabels: VALUE });

/** Options of `TenantPeer.monitoring`. */
export const MONITORING_PEER_SHAPE = shapeOf<MonitoringPeerOptions>('MonitoringPeerOptions', { namespace: VALUE, podLabels: VALUE });
