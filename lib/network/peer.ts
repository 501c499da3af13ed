// Who may talk to a tenant. A peer knows how to appear in a NetworkPolicy rule (always naming its
// namespace, so a rule reads the same from any tenant) and, when it has a mesh identity, as an
// Istio AuthorizationPolicy source. The shape is structurally the same as the workload peers of
// lib/workloads (peerKey, peerDescription, toNetworkPolicyPeer, toIstioSource), so a TenantPeer
// can be passed to a HardenedDeployment's allowFrom and a workload peer to a tenant's allowFrom.
import { IConstruct } from 'constructs';
import { ResolvedPort } from './ports';
import { INGRESS_GATEWAY_PEER_SHAPE, MONITORING_PEER_SHAPE, NAMESPACE_PEER_SHAPE } from './shapes';
import { optionalBoolean, optionalRecord, show } from '../core/checks';
import { KubewardError } from '../core/errors';
import { requireLabelMap } from '../core/kube-names';
import { NAMESPACE_NAME_LABEL } from '../core/labels';
import { isDnsLabel } from '../core/names';
import { checkShape } from '../core/props-shape';
import { ITenant, isTenant } from '../tenancy/tenant-ref';

/** Istio's default trust domain; TKE Service Mesh keeps it unless the mesh is reconfigured. @internal */
export const MESH_TRUST_DOMAIN = 'cluster.local';

/**
 * The port of the Istio sidecar agent that serves merged application and proxy metrics. The
 * sidecar does not intercept it, so a scraper outside the mesh reaches it under STRICT mTLS.
 * @internal
 */
export const ISTIO_METRICS_PORT = 15020;

/** A label selector with equality terms only. */
export interface LabelSelectorSpec {
  /** Labels that must all match. */
  readonly matchLabels: Readonly<Record<string, string>>;
}

/** One entry of a NetworkPolicy `from`/`to` list. */
export interface NetworkPeerSpec {
  /** Namespaces the peer pods live in. */
  readonly namespaceSelector?: LabelSelectorSpec;
  /** Pods within those namespaces. */
  readonly podSelector?: LabelSelectorSpec;
  /** An address range. */
  readonly ipBlock?: { readonly cidr: string; readonly except?: readonly string[] };
}

/** A peer's identity as an Istio AuthorizationPolicy `source`. */
export interface MeshSource {
  /** SPIFFE principals (`cluster.local/ns/<ns>/sa/<sa>`). */
  readonly principals?: readonly string[];
  /** Whole namespaces. */
  readonly namespaces?: readonly string[];
}

/** Something a tenant can admit traffic from. */
export interface ITenantPeer {
  /** Equal for two descriptions of the same peer; duplicates are refused. */
  readonly peerKey: string;
  /** How the peer is named in messages. */
  readonly peerDescription: string;
  /**
   * A short DNS label naming the peer in object names (`allow-from-<peerName>`).
   * @default - derived from peerKey
   */
  readonly peerName?: string;
  /**
   * The only ports a peer without mesh identity may reach in a meshed tenant (for a metrics
   * scraper, the sidecar's merged-metrics port).
   * @default - none: a non-mesh peer cannot reach a meshed tenant
   */
  readonly meshExemptPorts?: readonly ResolvedPort[];
  /**
   * The tenant this peer stands for, so the tenant can check it belongs to the same app and
   * open the matching egress on the other side.
   * @default - not a tenant
   */
  readonly tenant?: ITenant;
  /** The NetworkPolicy peer selecting it. */
  toNetworkPolicyPeer(): NetworkPeerSpec;
  /**
   * Its mesh identity, or undefined when it has none.
   * @param trustDomain the trust domain of the mesh whose policy names the peer
   * (`cluster.local` when omitted)
   */
  toIstioSource(trustDomain?: string): MeshSource | undefined;
}

/** Options of `TenantPeer.namespace`. */
export interface NamespacePeerOptions {
  /**
   * Only pods with these labels (e.g. `{ istio: 'ingress' }`).
   * @default - every pod of the namespace
   */
  readonly podLabels?: Record<string, string>;
  /**
   * The peer's ServiceAccount; it becomes the mesh principal, which is narrower than the
   * namespace (pod labels are not an identity in Istio).
   * @default - the whole namespace is the mesh source
   */
  readonly serviceAccount?: string;
  /**
   * Whether the peer runs in the mesh (has a sidecar or is a mesh gateway).
   * @default true - a meshed tenant only accepts mTLS, so peers usually are mesh members
   */
  readonly meshMember?: boolean;
}

/**
 * Options of `TenantPeer.ingressGateway`. The defaults are what Istio's documented install
 * creates: `helm install istio-ingress istio/gateway -n istio-ingress` (istio.io, "Install with
 * Helm"). The `istio/gateway` chart names everything after the release
 * (istio/istio `manifests/charts/gateway/templates/_helpers.tpl`: `gateway.name` is the release
 * name, the ServiceAccount is `<name>` because `serviceAccount.create` is true and
 * `serviceAccount.name` empty in `values.yaml`, and the pods carry `app: <name>` and
 * `istio: <name without "istio-">`). For another release name `<r>`, pass
 * `{ serviceAccount: '<r>', podLabels: { istio: '<r without istio->' } }`.
 */
export interface IngressGatewayPeerOptions {
  /**
   * Namespace of the gateway.
   * @default 'istio-ingress' - the namespace Istio's Helm install guide installs the gateway into
   */
  readonly namespace?: string;
  /**
   * ServiceAccount of the gateway pods (its mesh principal).
   * @default 'istio-ingress' - the istio/gateway chart names it after the release, `istio-ingress` in Istio's guide
   */
  readonly serviceAccount?: string;
  /**
   * Labels of the gateway pods.
   * @default { istio: 'ingress' } - the chart's selector label: the release name without its `istio-` prefix
   */
  readonly podLabels?: Record<string, string>;
}

/** The gateway Istio's Helm guide installs (release `istio-ingress` of the istio/gateway chart). @internal */
export const ISTIO_INGRESS_GATEWAY = {
  namespace: 'istio-ingress',
  serviceAccount: 'istio-ingress',
  podLabels: { istio: 'ingress' },
} as const;

/** Options of `TenantPeer.monitoring`. */
export interface MonitoringPeerOptions {
  /**
   * Namespace of the Prometheus that scrapes the tenant.
   * @default 'monitoring' - the prometheus-operator convention
   */
  readonly namespace?: string;
  /**
   * Labels of the Prometheus pods.
   * @default { 'app.kubernetes.io/name': 'prometheus' } - the label prometheus-operator puts on its pods
   */
  readonly podLabels?: Record<string, string>;
}

function checkLabels(where: string, prop: string, value: unknown): Record<string, string> | undefined {
  const out = requireLabelMap(where, prop, value);
  return Object.keys(out).length > 0 ? out : undefined;
}

function checkNamespace(where: string, prop: string, value: unknown): string {
  if (typeof value !== 'string' || !isDnsLabel(value)) {
    throw new KubewardError(where, prop, `${show(value)} is not a namespace name`, 'use the RFC 1123 label of an existing namespace (e.g. "istio-ingress")');
  }
  return value;
}

function checkServiceAccount(where: string, prop: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !isDnsLabel(value)) {
    throw new KubewardError(where, prop, `${show(value)} is not a ServiceAccount name`, 'use the RFC 1123 name of the peer\'s ServiceAccount');
  }
  return value;
}

/** The Istio principal of a ServiceAccount, in a trust domain (Istio's default `cluster.local` unless given). @internal */
export function principalOf(namespace: string, serviceAccount: string, trustDomain: string = MESH_TRUST_DOMAIN): string {
  return `${trustDomain}/ns/${namespace}/sa/${serviceAccount}`;
}

function labelKey(labels: Record<string, string> | undefined): string {
  return labels ? Object.keys(labels).map((k) => `${k}=${labels[k]}`).join(',') : '*';
}

/** Factories for the peers a tenant admits traffic from. */
export class TenantPeer {
  /** Every pod of another tenant's namespace (its mesh identity is the namespace). */
  public static tenant(tenant: ITenant): ITenantPeer {
    if (!isTenant(tenant)) {
      throw new KubewardError('TenantPeer.tenant', 'tenant', `${show(typeof tenant)} is not a tenant`, 'pass a SecureTenant (or another construct implementing ITenant)');
    }
    const name = tenant.namespaceName;
    return {
      peerKey: `ns:${name}/*/*`,
      peerDescription: `tenant ${name}`,
      peerName: `tenant-${name}`,
      tenant,
      toNetworkPolicyPeer: () => ({ namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: name } } }),
      toIstioSource: () => (tenant.meshEnabled ? { namespaces: [name] } : undefined),
    };
  }

  /**
   * Pods of a namespace that is not a tenant, optionally narrowed by labels: a shared gateway,
   * a platform service, another team's legacy namespace.
   */
  public static namespace(name: string, options: NamespacePeerOptions = {}): ITenantPeer {
    const where = 'TenantPeer.namespace';
    checkNamespace(where, 'name', name);
    const o = optionalRecord(where, 'options', options, 'pass { serviceAccount?, podLabels?, meshMember? }') ?? {};
    checkShape(where, 'options', o, NAMESPACE_PEER_SHAPE);
    const podLabels = checkLabels(where, 'podLabels', o.podLabels);
    const serviceAccount = checkServiceAccount(where, 'serviceAccount', o.serviceAccount);
    const meshMember = optionalBoolean(where, 'meshMember', o.meshMember, true);
    return {
      peerKey: `ns:${name}/${labelKey(podLabels)}/${serviceAccount ?? '*'}`,
      peerDescription: `namespace ${name}${podLabels ? ` (pods ${labelKey(podLabels)})` : ''}`,
      peerName: serviceAccount ? `${name}-${serviceAccount}` : name,
      toNetworkPolicyPeer: () => ({
        namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: name } },
        ...(podLabels ? { podSelector: { matchLabels: podLabels } } : {}),
      }),
      toIstioSource: (trustDomain?: string) => {
        if (!meshMember) return undefined;
        return serviceAccount ? { principals: [principalOf(name, serviceAccount, trustDomain)] } : { namespaces: [name] };
      },
    };
  }

  /** The Istio ingress gateway, identified by its ServiceAccount in the mesh. */
  public static ingressGateway(options: IngressGatewayPeerOptions = {}): ITenantPeer {
    const where = 'TenantPeer.ingressGateway';
    const o = optionalRecord(where, 'options', options, 'pass { namespace?, serviceAccount?, podLabels? }') ?? {};
    checkShape(where, 'options', o, INGRESS_GATEWAY_PEER_SHAPE);
    const d = ISTIO_INGRESS_GATEWAY;
    return TenantPeer.namespace(checkNamespace(where, 'namespace', o.namespace ?? d.namespace), {
      serviceAccount: checkServiceAccount(where, 'serviceAccount', o.serviceAccount ?? d.serviceAccount),
      podLabels: checkLabels(where, 'podLabels', o.podLabels ?? { ...d.podLabels }),
      meshMember: true,
    });
  }

  /**
   * The Prometheus that scrapes the tenant. It is not a mesh member (scrapers usually run without
   * a sidecar), so in a meshed tenant it may only reach the sidecar's merged-metrics port 15020,
   * which Istio serves outside mTLS; without the mesh it may reach any port of the tenant's pods.
   */
  public static monitoring(options: MonitoringPeerOptions = {}): ITenantPeer {
    const where = 'TenantPeer.monitoring';
    const o = optionalRecord(where, 'options', options, 'pass { namespace?, podLabels? }') ?? {};
    checkShape(where, 'options', o, MONITORING_PEER_SHAPE);
    const namespace = checkNamespace(where, 'namespace', o.namespace ?? 'monitoring');
    const podLabels = checkLabels(where, 'podLabels', o.podLabels ?? { 'app.kubernetes.io/name': 'prometheus' });
    return {
      peerKey: `ns:${namespace}/${labelKey(podLabels)}/*`,
      peerDescription: `monitoring in ${namespace}`,
      peerName: `monitoring-${namespace}`,
      meshExemptPorts: [{ protocol: 'TCP', port: ISTIO_METRICS_PORT }],
      toNetworkPolicyPeer: () => ({
        namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: namespace } },
        ...(podLabels ? { podSelector: { matchLabels: podLabels } } : {}),
      }),
      toIstioSource: () => undefined,
    };
  }
}

/**
 * Turns what `allowFrom` accepts into a peer: a tenant becomes `TenantPeer.tenant`, a peer
 * object (ours or a workload's) is used as is.
 * @param fix what the error tells the caller to pass instead; workloads accept more kinds of peer
 * @internal
 */
export function toTenantPeer(path: string, prop: string, x: unknown,
  fix = 'pass a SecureTenant, or a peer from TenantPeer.namespace() / TenantPeer.ingressGateway() / TenantPeer.monitoring()'): ITenantPeer {
  if (isTenant(x)) return TenantPeer.tenant(x);
  if (typeof x === 'object' && x !== null && typeof (x as ITenantPeer).peerKey === 'string'
    && typeof (x as ITenantPeer).toNetworkPolicyPeer === 'function' && typeof (x as ITenantPeer).toIstioSource === 'function') {
    return x as ITenantPeer;
  }
  throw new KubewardError(path, prop, `${x === null ? 'null' : typeof x} is not a peer`, fix);
}

/** A DNS-label slug of a peer for object names (at most `max` characters). @internal */
export function peerSlug(peer: ITenantPeer, max = 40): string {
  const raw = (peer.peerName ?? peer.peerKey).toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '');
  const cut = raw.slice(0, max).replace(/-+$/, '');
  return cut.length > 0 ? cut : 'peer';
}

/** Whether two constructs belong to the same construct tree (the same cdk8s App). @internal */
export function sameTree(a: IConstruct, b: IConstruct): boolean {
  return a.node.root === b.node.root;
}
