// The base of every hardened workload: its ServiceAccount, NetworkPolicy, AuthorizationPolicy
// and alerts, and the allowFrom/allowTo connections that write both sides of a pair.
import { ApiObject } from 'cdk8s';
import { Construct, IConstruct } from 'constructs';
import { WorkloadConnections, PolicyPort } from './connections';
import { ResolvedPod, metadataOf } from './hardening';
import { IPeer, toPeer } from './peers';
import { CONNECTION_SHAPE } from './shapes';
import { meshApiVersion } from './tenant-settings';
import { optionalRecord } from '../core/checks';
import { KubewardError } from '../core/errors';
import { NAMESPACE_NAME_LABEL } from '../core/labels';
import { checkShape } from '../core/props-shape';
import { principalOf } from '../network/peer';
import { TenantPort, resolvePorts } from '../network/ports';
import { ITenant } from '../tenancy/tenant-ref';

/** Options of `allowFrom` / `allowTo`. */
export interface ConnectionOptions {
  /**
   * Ports to open, in the port shape of every kubeward API (`[{ port: 5432 }]`, as for a tenant's
   * `allowFrom`). For a hardened workload as target they must be among its (TCP) container ports;
   * for other peers of `allowTo` (namespaces, address ranges) they are required.
   * @default - the target workload's application port
   */
  readonly ports?: readonly TenantPort[];
}

/** What a kind adds to the shared resolution: its alert rules and whether self-traffic makes sense. */
export interface WorkloadBaseSettings {
  /** Container ports others may be admitted on (application port first). */
  readonly ports: readonly number[];
  /** Whether the pods may talk to each other (StatefulSet members do; Deployment replicas should not need to). */
  readonly selfTraffic: boolean;
  /** Alerting rules of the PrometheusRule, or undefined for none. */
  readonly alertRules?: Array<Record<string, unknown>>;
  /** Recording and alerting rules of the workload's anomalies (lib/workloads/anomaly.ts), if any. */
  readonly anomalyRules?: Array<Record<string, unknown>>;
}

const NAMES = new WeakMap<IConstruct, Map<string, string>>();

/**
 * Refuses a second workload with the same name in the same namespace: both would write the
 * same ServiceAccount, NetworkPolicy and Service, and the later apply would silently win.
 */
export function checkNameFree(scope: IConstruct, path: string, namespace: string, name: string): void {
  const taken = NAMES.get(scope.node.root)?.get(`${namespace}/${name}`);
  if (taken !== undefined) {
    throw new KubewardError(path, 'name', `"${name}" is already used in namespace ${namespace} by ${taken}`, 'give each workload of a namespace its own name');
  }
  if (scope.node.tryFindChild(path.split('/').pop()!) !== undefined) {
    throw new KubewardError(path, 'id', 'another construct with this id exists in the same scope', 'choose a different construct id');
  }
}

/** Base class of HardenedDeployment, HardenedStatefulSet and HardenedCronJob. */
export abstract class HardenedWorkload extends Construct implements IPeer {
  /** Whether a construct is a hardened workload. */
  public static isHardenedWorkload(x: unknown): x is HardenedWorkload {
    return x instanceof HardenedWorkload;
  }

  /** The workload name (also the name of its Service, ServiceAccount and policies). */
  public readonly name: string;
  /** Its namespace. */
  public readonly namespace: string;
  /**
   * The tenant the workload is placed in, if any. (Not named `tenant`: on a peer that field means
   * "this peer stands for a whole tenant", which a single workload never does.)
   */
  public readonly enclosingTenant?: ITenant;
  /** Whether its pods are in the mesh. */
  public readonly meshEnabled: boolean;
  /** Labels of every object it creates. */
  public readonly labels: Readonly<Record<string, string>>;
  /** Labels that select its pods. */
  public readonly selectorLabels: Readonly<Record<string, string>>;
  /** Name of its dedicated ServiceAccount. */
  public readonly serviceAccountName: string;
  /** Control ids suppressed on this workload. */
  public readonly suppressions: ReadonlySet<string>;
  /** Its ServiceAccount. */
  public readonly serviceAccount: ApiObject;
  /** Its NetworkPolicy. */
  public readonly networkPolicy: ApiObject;
  /** Its AuthorizationPolicy, when the mesh is on. */
  public readonly authorizationPolicy?: ApiObject;
  /** Its availability alerts. */
  public readonly prometheusRule?: ApiObject;
  /** @internal */
  protected readonly pod: ResolvedPod;
  private readonly connections: WorkloadConnections;
  private readonly admitPorts: readonly number[];
  private readonly selfTraffic: boolean;

  protected constructor(scope: Construct, id: string, pod: ResolvedPod, settings: WorkloadBaseSettings, kind: string) {
    super(scope, id);
    this.pod = pod;
    this.name = pod.name;
    this.namespace = pod.placement.namespace;
    this.enclosingTenant = pod.placement.tenant;
    this.meshEnabled = pod.placement.mesh;
    this.labels = pod.labels;
    this.selectorLabels = pod.selectorLabels;
    this.serviceAccountName = pod.name;
    this.suppressions = pod.suppressed;
    this.admitPorts = settings.ports;
    this.selfTraffic = settings.selfTraffic;
    this.connections = new WorkloadConnections(this.node.path, this.meshEnabled, pod.placement.meshMode?.trustDomain);
    const meshMode = pod.placement.meshMode;
    if (meshMode && !pod.placement.tenant) {
      // Outside a tenant nothing else opens the sidecar's way to its control plane (a tenant's
      // allow-egress-istiod does inside one): without it the proxy never gets a certificate.
      this.connections.egress.push({ to: [{ ...meshMode.controlPlanePeer }], ports: meshMode.controlPlanePorts.map((port) => ({ port, protocol: 'TCP' as const })) });
    }

    let names = NAMES.get(this.node.root);
    if (!names) NAMES.set(this.node.root, (names = new Map()));
    names.set(`${this.namespace}/${this.name}`, `${kind} ${this.node.path}`);

    this.serviceAccount = new ApiObject(this, 'ServiceAccount', {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: metadataOf(pod, pod.name),
      // The pod opts out too; doing it here as well covers any pod that names this account later.
      automountServiceAccountToken: false,
    });
    this.networkPolicy = new ApiObject(this, 'NetworkPolicy', {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: metadataOf(pod, pod.name),
      spec: {
        podSelector: { matchLabels: { ...pod.selectorLabels } },
        policyTypes: ['Ingress', 'Egress'],
        ingress: this.connections.ingress,
        egress: this.connections.egress,
      },
    });
    if (this.meshEnabled) {
      // An ALLOW policy that selects the pods admits only what its rules list; with no rules yet
      // it admits nothing, which matches the NetworkPolicy above.
      this.authorizationPolicy = new ApiObject(this, 'AuthorizationPolicy', {
        // The tenant's Istio may only serve v1beta1 (before Istio 1.22); follow its choice.
        apiVersion: `security.istio.io/${meshApiVersion(pod.placement.tenant)}`,
        kind: 'AuthorizationPolicy',
        metadata: metadataOf(pod, pod.name),
        spec: {
          selector: { matchLabels: { ...pod.selectorLabels } },
          action: 'ALLOW',
          rules: this.connections.authorization,
        },
      });
    }
    if (settings.alertRules && settings.alertRules.length > 0) {
      this.prometheusRule = new ApiObject(this, 'PrometheusRule', {
        apiVersion: 'monitoring.coreos.com/v1',
        kind: 'PrometheusRule',
        metadata: metadataOf(pod, `${pod.name}-availability`),
        spec: {
          groups: [
            { name: `${this.namespace}.${pod.name}.availability`, rules: settings.alertRules },
            // Its own group: the baseline rules read the series recorded above them, and Prometheus
            // evaluates the rules of a group in order.
            ...(settings.anomalyRules && settings.anomalyRules.length > 0 ? [{ name: `${this.namespace}.${pod.name}.anomaly`, rules: settings.anomalyRules }] : []),
          ],
        },
      });
    }
  }

  /** @see IPeer */
  public get peerKey(): string {
    return `workload:${this.namespace}/${this.name}`;
  }

  /** @see IPeer */
  public get peerName(): string {
    return `${this.namespace}-${this.name}`;
  }

  /** @see IPeer */
  public get peerDescription(): string {
    return `workload ${this.namespace}/${this.name}`;
  }

  /** @see IPeer */
  public toNetworkPolicyPeer(): { namespaceSelector: { matchLabels: Record<string, string> }; podSelector: { matchLabels: Record<string, string> } } {
    return {
      namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: this.namespace } },
      podSelector: { matchLabels: { ...this.selectorLabels } },
    };
  }

  /** @see IPeer */
  public toIstioSource(trustDomain?: string): { principals: string[] } | undefined {
    // The workload's identity is issued by its own mesh; the caller's trust domain only applies when its own is unknown.
    const domain = this.pod.placement.meshMode?.trustDomain ?? trustDomain;
    return this.meshEnabled ? { principals: [principalOf(this.namespace, this.serviceAccountName, domain)] } : undefined;
  }

  /** Both ends of a connection are written at synth, so both must be in this App. */
  private checkSameApp(peer: HardenedWorkload, prop: string): void {
    if (peer.node.root !== this.node.root) {
      throw new KubewardError(this.node.path, prop, `workload ${peer.node.path} belongs to another App, which synthesizes its own manifests`, 'create both workloads in the same App');
    }
  }

  /**
   * Admits traffic from a peer: another hardened workload (in any tenant), a tenant, or a
   * `Peer`. For a workload peer both sides are written: ingress here, egress on the peer, and
   * the AuthorizationPolicy here when the mesh is on.
   */
  public allowFrom(source: IPeer | ITenant, options: ConnectionOptions = {}): void {
    const peer = toPeer(this.node.path, 'allowFrom', source);
    const ports = this.admitted('allowFrom', options);
    if (peer === this && !this.selfTraffic) {
      throw new KubewardError(this.node.path, 'allowFrom', 'a workload cannot be its own peer here: replicas of a stateless workload should not call each other', 'remove the call; use a HardenedStatefulSet if members must talk to each other');
    }
    const remote = HardenedWorkload.isHardenedWorkload(peer) ? peer : undefined;
    if (remote) this.checkSameApp(remote, 'allowFrom');
    this.connections.checkIngress(peer, 'allowFrom');
    remote?.connections.checkEgress(this, 'allowFrom');
    this.connections.addIngress(peer, ports, `allowFrom at ${this.node.path}`);
    remote?.connections.addEgress(this, ports, `allowFrom at ${this.node.path}`);
  }

  /**
   * Allows traffic to a peer. For a hardened workload target both sides are written (egress
   * here, ingress and AuthorizationPolicy there) on the target's port; for a namespace or an
   * address range only egress is written here and `options.ports` is required.
   */
  public allowTo(target: IPeer | ITenant, options: ConnectionOptions = {}): void {
    const peer = toPeer(this.node.path, 'allowTo', target);
    if (peer === this && !this.selfTraffic) {
      throw new KubewardError(this.node.path, 'allowTo', 'a workload cannot be its own peer here: replicas of a stateless workload should not call each other', 'remove the call; use a HardenedStatefulSet if members must talk to each other');
    }
    if (HardenedWorkload.isHardenedWorkload(peer)) {
      this.checkSameApp(peer, 'allowTo');
      const ports = peer.admitted('allowTo', options, this.node.path);
      this.connections.checkEgress(peer, 'allowTo');
      peer.connections.checkIngress(this, 'allowTo');
      this.connections.addEgress(peer, ports, `allowTo at ${this.node.path}`);
      peer.connections.addIngress(this, ports, `allowTo at ${this.node.path}`);
      return;
    }
    const o = connectionOptions(this.node.path, 'allowTo', options);
    if (o.ports === undefined) {
      throw new KubewardError(this.node.path, 'allowTo.ports', `is required for ${peer.peerDescription}`, 'list the destination ports, e.g. { ports: [{ port: 5432 }] }');
    }
    const ports = portList(this.node.path, 'allowTo.ports', o.ports);
    this.connections.checkEgress(peer, 'allowTo');
    this.connections.addEgress(peer, ports, `allowTo at ${this.node.path}`);
  }

  /**
   * Admits a peer on given ports without writing its side (used for metrics scrapers).
   * @param plaintext the ports bypass the sidecar (the merged-metrics port): network rule only
   * @internal
   */
  protected _admit(peer: IPeer, ports: readonly number[], how: string, plaintext = false): void {
    this.connections.checkIngress(peer, how, plaintext);
    const policyPorts = ports.map((port) => ({ port, protocol: 'TCP' as const }));
    if (plaintext) this.connections.addPlaintextIngress(peer, policyPorts, how);
    else this.connections.addIngress(peer, policyPorts, how);
  }

  /** The ports a peer may be admitted on, checked against this workload's ports. */
  private admitted(method: string, options: ConnectionOptions, errorPath: string = this.node.path): PolicyPort[] {
    if (this.admitPorts.length === 0) {
      throw new KubewardError(errorPath, method, `${this.peerDescription} has no port to admit traffic on`, 'give the target a port, or connect to a workload that serves one');
    }
    const o = connectionOptions(errorPath, method, options);
    if (o.ports === undefined) return [{ port: this.admitPorts[0], protocol: 'TCP' }];
    const wanted = portList(errorPath, `${method}.ports`, o.ports);
    wanted.forEach((p, i) => {
      const prop = `${method}.ports[${i}]`;
      // Container ports are single TCP ports: a range or another protocol cannot match one.
      if (p.protocol !== 'TCP' || p.endPort !== undefined) {
        throw new KubewardError(errorPath, prop, `${p.protocol} ${p.port}${p.endPort !== undefined ? `-${p.endPort}` : ''} is not a single TCP port; ${this.peerDescription} serves TCP ports ${this.admitPorts.join(', ')}`, 'list the target\'s ports one by one, as { port } (TCP is the default)');
      }
      if (!this.admitPorts.includes(p.port)) {
        throw new KubewardError(errorPath, prop, `${p.port} is not a port of ${this.peerDescription} (${this.admitPorts.join(', ')})`, 'use one of the target\'s container ports');
      }
    });
    return wanted;
  }
}

/** Validates the options of allowFrom/allowTo against their declared shape. */
function connectionOptions(path: string, method: string, options: unknown): { ports?: unknown } {
  const o = optionalRecord(path, method, options, 'pass { ports?: [{ port: 8080 }] }') ?? {};
  checkShape(path, method, o, CONNECTION_SHAPE);
  return o;
}

/** A non-empty list of ports in the one port shape (`[{ port: 5432 }]`). */
function portList(path: string, prop: string, value: unknown): PolicyPort[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new KubewardError(path, prop, 'is not a non-empty list of ports', 'pass e.g. [{ port: 443 }]');
  }
  return resolvePorts(path, prop, value);
}
