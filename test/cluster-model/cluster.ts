// The runner: applies a set of manifests to a modelled cluster and admits every pod template the
// way the API server would, in its plugin order (kube-apiserver --enable-admission-plugins
// defaults; kubernetes.io/docs/reference/access-authn-authz/admission-controllers/):
//   NamespaceLifecycle (the namespace must exist) → LimitRanger (defaults) → ServiceAccount (the
//   pod's ServiceAccount must exist) → MutatingAdmissionWebhook (the mesh's injector) →
//   LimitRanger (validation) → PodSecurity → ValidatingAdmissionPolicy → ResourceQuota.
// Then it checks what the running pods need from the network: cluster DNS, the mesh control
// plane for sidecars, and the metrics scraper's access to every scrape target. The result is a
// list of problems (which pod, which stage, why) plus the network, to ask about any connection.
import { InjectionResult, injectPod } from './injection';
import { apiDefaultResources, applyLimitRangeDefaults, containerLimitsOf, validateLimitRange } from './limit-range';
import { ISTIOD_PORT, MeshInstall, ResolvedMesh, resolveMesh } from './mesh';
import { IpEndpoint } from './network-policy';
import { Obj, StringMap, WORKLOAD_KINDS, clone, objectsOf, podTemplateOf, refOf } from './objects';
import { evaluatePodSecurity, namespacePodSecurity } from './pod-security';
import { PeakPods, checkQuota, peakPodsOf } from './quota';
import { ConnectionVerdict, Network, Peer, PodPeer, connect } from './reachability';
import { matchesSelector } from './selectors';
import { evaluatePolicies } from './validating-policy';

/** The Istio ingress gateway as installed (istio/gateway chart). */
export interface GatewayInstall {
  readonly namespace: string;
  readonly serviceAccount: string;
  readonly labels: StringMap;
}

/**
 * The gateway `helm install <release> istio/gateway -n <namespace>` creates, as Istio's install
 * docs show it (`helm install istio-ingress istio/gateway -n istio-ingress`): the chart's name is
 * the release name, its ServiceAccount that name, and its labels `app: <name>` and
 * `istio: <name without "istio-">` (istio/istio manifests/charts/gateway/templates/_helpers.tpl
 * gateway.name, gateway.selectorLabels, gateway.serviceAccountName).
 */
export function gatewayFromChart(release = 'istio-ingress', namespace = 'istio-ingress'): GatewayInstall {
  return { namespace, serviceAccount: release, labels: { app: release, istio: release.replace(/^istio-/, '') } };
}

/** The metrics scraper (Prometheus). */
export interface ScraperInstall {
  readonly namespace: string;
  readonly serviceAccount: string;
  readonly labels: StringMap;
  /** Whether its pod is in the mesh (Istio's docs do not put Prometheus in the mesh). */
  readonly meshed: boolean;
  /** Whether it carries Istio certificates for https scrapes (Istio's Prometheus integration, "TLS settings"). */
  readonly istioCerts: boolean;
}

/** prometheus-operator's Prometheus in `monitoring`, outside the mesh, without Istio certs. */
export const DEFAULT_SCRAPER: ScraperInstall = {
  namespace: 'monitoring',
  serviceAccount: 'prometheus',
  labels: { 'app.kubernetes.io/name': 'prometheus' },
  meshed: false,
  istioCerts: false,
};

/** The cluster the manifests are applied to. */
export interface ClusterConfig {
  /** API server minor version (1.`kubernetesMinor`). */
  readonly kubernetesMinor: number;
  /** The installed mesh; undefined for none. */
  readonly mesh?: MeshInstall;
  /** Whether TKE's NodeLocal DNSCache add-on serves the pods' DNS (listener 169.254.20.10). */
  readonly nodeLocalDnsCache?: boolean;
  /** The Istio ingress gateway; default gatewayFromChart() when a mesh is installed; false for none. */
  readonly ingressGateway?: GatewayInstall | false;
  /** The metrics scraper; default DEFAULT_SCRAPER; false for none. */
  readonly scraper?: ScraperInstall | false;
  /** Namespaces the cluster has besides those in the manifests, with their labels. */
  readonly namespaces?: Readonly<Record<string, StringMap>>;
  /** Objects the cluster already has (mesh-wide PeerAuthentication, add-on policies, ...). */
  readonly objects?: readonly Obj[];
}

/** One thing that would go wrong. */
export interface Problem {
  /** The object (`Deployment edge/gateway`) or namespace concerned. */
  readonly object: string;
  /** The stage that refuses or breaks. */
  readonly stage: 'namespace' | 'service-account' | 'limit-range' | 'pod-security' | 'validating' | 'quota' | 'mesh' | 'dns' | 'control-plane' | 'scrape' | 'connection';
  /** Why, in the API server's or the component's terms. */
  readonly message: string;
}

/** One workload's pod after admission. */
export interface AdmittedPod {
  /** `Deployment edge/gateway`. */
  readonly workload: string;
  /** `edge/gateway`. */
  readonly key: string;
  /** The workload object. */
  readonly object: Obj;
  /** The pod as the API server would store it (after mutation). */
  readonly pod: Obj;
  /** Mutating admission's record. */
  readonly injection: InjectionResult;
  /** Whether every admission stage accepted it. */
  readonly admitted: boolean;
  /** The pod on the network. */
  readonly peer: PodPeer;
}

/** The cluster's own endpoints. */
export interface Builtins {
  /** CoreDNS (`k8s-app: kube-dns` in kube-system). */
  readonly kubeDns: PodPeer;
  /** NodeLocal DNSCache's listener, when the add-on is on. */
  readonly nodeLocalDns?: IpEndpoint;
  /** istiod or the hosted control plane, when a mesh is installed. */
  readonly controlPlane?: Peer;
  /** The ingress gateway pod. */
  readonly gateway?: PodPeer;
  /** The scraper pod. */
  readonly scraper?: PodPeer;
}

/** What runCluster returns. */
export interface ClusterRun {
  readonly problems: readonly Problem[];
  readonly pods: readonly AdmittedPod[];
  readonly network: Network;
  readonly builtins: Builtins;
  /** Namespace labels as the API server holds them (with kubernetes.io/metadata.name). */
  readonly namespaces: ReadonlyMap<string, StringMap>;
  /** The pod of a workload: `edge/gateway` (or the workload ref). */
  peer(key: string): PodPeer;
  /** Asks about one connection. */
  connect(from: Peer, to: Peer, port: number, options?: { protocol?: 'TCP' | 'UDP'; http?: boolean; clientTls?: boolean }): ConnectionVerdict;
}

/** TKE's NodeLocal DNSCache listener (cloud.tencent.com/document/product/457/40613, tencentcloud.com/document/product/457/34061). */
export const NODE_LOCAL_DNS_IP = '169.254.20.10';

function podPeer(name: string, namespace: string, namespaceLabels: StringMap, labels: StringMap, ports: PodPeer['ports'], mesh: PodPeer['mesh']): PodPeer {
  return { kind: 'pod', name, namespace, namespaceLabels, labels, ports, mesh };
}

function firstAddress(cidr: string): string {
  const [base, bits] = cidr.split('/');
  if (bits === '32') return base;
  const parts = base.split('.').map(Number);
  parts[3] += 1;
  return parts.join('.');
}

/** Applies `manifests` to the modelled cluster and admits every pod template. */
export function runCluster(manifests: readonly Obj[], config: ClusterConfig): ClusterRun {
  const mesh: ResolvedMesh | undefined = config.mesh ? resolveMesh(config.mesh) : undefined;
  const gateway = config.ingressGateway === false ? undefined : config.ingressGateway ?? (mesh ? gatewayFromChart() : undefined);
  const scraper = config.scraper === false ? undefined : config.scraper ?? DEFAULT_SCRAPER;
  const objects: Obj[] = [...(config.objects ?? []), ...manifests];
  const problems: Problem[] = [];

  // Namespaces: the API server labels each with kubernetes.io/metadata.name (1.22+, NamespaceDefaultLabelName).
  const namespaces = new Map<string, StringMap>();
  const addNamespace = (name: string, labels: StringMap = {}): void => {
    namespaces.set(name, { ...(namespaces.get(name) ?? {}), ...labels, 'kubernetes.io/metadata.name': name });
  };
  for (const n of ['default', 'kube-system', 'kube-public', 'kube-node-lease']) addNamespace(n);
  if (mesh?.controlPlane.kind === 'in-cluster') addNamespace(mesh.controlPlane.namespace);
  if (gateway) addNamespace(gateway.namespace);
  if (scraper) addNamespace(scraper.namespace);
  for (const [n, labels] of Object.entries(config.namespaces ?? {})) addNamespace(n, labels);
  for (const ns of manifests.filter((o) => o.kind === 'Namespace')) addNamespace(ns.metadata.name, ns.metadata.labels ?? {});

  const network: Network = { objects, mesh };
  const builtins: Builtins = {
    kubeDns: podPeer('kube-system/coredns (cluster)', 'kube-system', namespaces.get('kube-system')!, { 'k8s-app': 'kube-dns' },
      [{ name: 'dns', containerPort: 53, protocol: 'UDP' }, { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' }], { membership: 'none', serviceAccount: 'coredns' }),
    ...(config.nodeLocalDnsCache ? { nodeLocalDns: { kind: 'ip' as const, name: `NodeLocal DNSCache ${NODE_LOCAL_DNS_IP}`, ip: NODE_LOCAL_DNS_IP } } : {}),
    ...(mesh ? {
      controlPlane: mesh.controlPlane.kind === 'in-cluster'
        ? podPeer(`${mesh.controlPlane.namespace}/istiod (cluster)`, mesh.controlPlane.namespace, namespaces.get(mesh.controlPlane.namespace)!, { ...mesh.controlPlane.podLabels, istio: 'pilot' },
          [{ name: 'grpc-xds', containerPort: 15010 }, { name: 'https-dns', containerPort: ISTIOD_PORT }, { name: 'https-webhook', containerPort: 15017 }], { membership: 'none', serviceAccount: 'istiod' })
        : { kind: 'ip' as const, name: `hosted control plane ${mesh.controlPlane.cidrs.join(', ')}`, ip: firstAddress(mesh.controlPlane.cidrs[0]) },
    } : {}),
    ...(gateway ? {
      gateway: podPeer(`${gateway.namespace}/${gateway.serviceAccount} (ingress gateway)`, gateway.namespace, namespaces.get(gateway.namespace)!, gateway.labels,
        [{ name: 'http2', containerPort: 80 }, { name: 'https', containerPort: 443 }], { membership: mesh ? 'sidecar' : 'none', serviceAccount: gateway.serviceAccount, capture: { inboundExcluded: new Set(), inboundIncluded: '*', outboundExcluded: new Set() } }),
    } : {}),
    ...(scraper ? {
      scraper: podPeer(`${scraper.namespace}/prometheus (scraper)`, scraper.namespace, namespaces.get(scraper.namespace)!, scraper.labels,
        [{ name: 'web', containerPort: 9090 }], { membership: scraper.meshed && mesh ? 'sidecar' : 'none', serviceAccount: scraper.serviceAccount, istioCerts: scraper.istioCerts, capture: { inboundExcluded: new Set(), inboundIncluded: '*', outboundExcluded: new Set() } }),
    } : {}),
  };

  const pods: AdmittedPod[] = [];
  const peaks = new Map<string, PeakPods[]>();
  for (const o of manifests.filter((x) => WORKLOAD_KINDS.has(x.kind))) {
    const workload = refOf(o);
    const ns: string = o.metadata?.namespace ?? 'default';
    const template = podTemplateOf(o);
    if (!template) continue;
    const nsLabels = namespaces.get(ns);
    if (!nsLabels) {
      problems.push({ object: workload, stage: 'namespace', message: `namespace ${ns} does not exist (NamespaceLifecycle refuses its pods)` });
      continue;
    }
    const input: Obj = { apiVersion: 'v1', kind: 'Pod', metadata: { ...clone(template.metadata ?? {}), namespace: ns, name: `${o.metadata.name}-0` }, spec: clone(template.spec ?? {}) };
    apiDefaultResources(input.spec);
    const limits = containerLimitsOf(objects, ns);
    applyLimitRangeDefaults(input.spec, limits);
    const denials: Problem[] = [];
    const sa = input.spec.serviceAccountName ?? 'default';
    if (sa !== 'default' && !objectsOf(objects, 'ServiceAccount', ns).some((x) => x.metadata?.name === sa)) {
      denials.push({ object: workload, stage: 'service-account', message: `error looking up service account ${ns}/${sa}: serviceaccount "${sa}" not found` });
    }
    const injection = injectPod(input, ns, nsLabels, mesh, true);
    const pod = injection.pod;
    apiDefaultResources(pod.spec);
    for (const m of validateLimitRange(pod.spec, limits)) denials.push({ object: workload, stage: 'limit-range', message: m });
    const pss = namespacePodSecurity(nsLabels, config.kubernetesMinor);
    for (const v of evaluatePodSecurity(pod, pss.level, pss.minor, config.kubernetesMinor)) {
      denials.push({ object: workload, stage: 'pod-security', message: `violates PodSecurity "${pss.level}:v1.${pss.minor}": ${v.check} (${v.detail})` });
    }
    for (const v of evaluatePolicies(objects, { object: pod, resource: { group: '', version: 'v1', resource: 'pods' }, operation: 'CREATE', namespace: ns, namespaceLabels: nsLabels })) {
      if (v.denied) denials.push({ object: workload, stage: 'validating', message: `ValidatingAdmissionPolicy ${v.policy} (binding ${v.binding}) denied the request: ${v.message}` });
    }
    problems.push(...denials);
    const ports = [...(pod.spec.initContainers ?? []), ...(pod.spec.containers ?? [])].flatMap((c: Obj) => (c.ports ?? []).map((p: Obj) => ({ name: p.name, containerPort: p.containerPort, protocol: p.protocol ?? 'TCP' })));
    const side = { membership: injection.membership, serviceAccount: sa, capture: injection.capture };
    const peer = podPeer(workload, ns, nsLabels, pod.metadata.labels ?? {}, ports, side);
    pods.push({ workload, key: `${ns}/${o.metadata.name}`, object: o, pod, injection, admitted: denials.length === 0, peer });
    // Quota counts every template as the platform promises to run it, admitted or not, so one
    // refusal does not hide another.
    peaks.set(ns, [...(peaks.get(ns) ?? []), peakPodsOf(objects, o, pod.spec)]);
  }

  for (const ns of new Set([...namespaces.keys()].filter((n) => objects.some((o) => o.kind === 'ResourceQuota' && o.metadata?.namespace === n)))) {
    for (const q of checkQuota(objects, ns, peaks.get(ns) ?? [])) problems.push({ object: q.quota, stage: 'quota', message: q.message });
  }

  const ask = (from: Peer, to: Peer, port: number, options: { protocol?: 'TCP' | 'UDP'; http?: boolean; clientTls?: boolean } = {}): ConnectionVerdict =>
    connect(network, { from, to, port, ...options });

  // The network checks judge every pod as if it had been admitted: a pod refused at admission
  // would also fail here, and reporting both keeps one defect from hiding another.
  for (const p of pods) {
    // DNS: the pods' resolver is NodeLocal DNSCache's listener when the add-on is on, else kube-dns.
    const dns: Peer = builtins.nodeLocalDns ?? builtins.kubeDns;
    for (const protocol of ['UDP', 'TCP'] as const) {
      const v = ask(p.peer, dns, 53, { protocol });
      if (!v.allowed) problems.push({ object: p.workload, stage: 'dns', message: `cannot reach ${dns.name} on 53/${protocol}: ${v.reason}` });
    }
    // The proxy's own connection to the control plane (uid 1337 is not captured).
    if (p.injection.membership === 'sidecar' && builtins.controlPlane) {
      const v = ask({ ...p.peer, mesh: { ...p.peer.mesh, membership: 'none' } }, builtins.controlPlane, mesh!.controlPlane.port);
      if (!v.allowed) problems.push({ object: p.workload, stage: 'control-plane', message: `istio-proxy cannot reach ${builtins.controlPlane.name} on ${mesh!.controlPlane.port}: ${v.reason}` });
    }
  }
  problems.push(...meshGaps(objects, pods, mesh));
  if (builtins.scraper) problems.push(...scrapeProblems(objects, pods, builtins.scraper, ask));

  const byKey = new Map(pods.flatMap((p) => [[p.key, p], [p.workload, p]] as const));
  return {
    problems,
    pods,
    network,
    builtins,
    namespaces,
    peer: (key: string) => {
      const p = byKey.get(key);
      if (!p) throw new Error(`no workload ${key} (have ${pods.map((x) => x.key).join(', ')})`);
      return p.peer;
    },
    connect: ask,
  };
}

/** Pods left outside the mesh in namespaces whose Istio policies assume they are in it. */
function meshGaps(objects: readonly Obj[], pods: readonly AdmittedPod[], mesh: ResolvedMesh | undefined): Problem[] {
  const out: Problem[] = [];
  for (const p of pods.filter((x) => x.injection.membership === 'none')) {
    const ns = p.peer.namespace;
    const istio = [...objectsOf(objects, 'PeerAuthentication', ns), ...objectsOf(objects, 'AuthorizationPolicy', ns)];
    if (istio.length === 0) continue;
    out.push({
      object: p.workload,
      stage: 'mesh',
      message: mesh
        ? `not in the mesh (${p.injection.reason}): ${istio.map(refOf).join(', ')} have no effect on it`
        : `no mesh is installed: ${istio.map(refOf).join(', ')} have no effect`,
    });
  }
  return out;
}

/** The targets of ServiceMonitors and PodMonitors, and whether the scraper reaches each. */
function scrapeProblems(objects: readonly Obj[], pods: readonly AdmittedPod[], scraper: PodPeer, ask: ClusterRun['connect']): Problem[] {
  const out: Problem[] = [];

  for (const monitor of objects.filter((o) => o.kind === 'ServiceMonitor' || o.kind === 'PodMonitor')) {
    const who = refOf(monitor);
    const nsNames: string[] = monitor.spec?.namespaceSelector?.matchNames ?? [monitor.metadata.namespace];
    const targets: Array<{ pod: AdmittedPod; port: number; tls: boolean }> = [];
    if (monitor.kind === 'ServiceMonitor') {
      const services = objects.filter((s) => s.kind === 'Service' && nsNames.includes(s.metadata?.namespace) && matchesSelector(monitor.spec?.selector ?? {}, s.metadata?.labels ?? {}));
      for (const svc of services) {
        const backends = pods.filter((p) => p.peer.namespace === svc.metadata.namespace && svc.spec?.selector
          && matchesSelector({ matchLabels: svc.spec.selector }, p.peer.labels));
        for (const ep of monitor.spec?.endpoints ?? []) {
          const svcPort = (svc.spec?.ports ?? []).find((sp: Obj) =>
            (ep.port !== undefined ? sp.name === ep.port : String(sp.targetPort ?? sp.port) === String(ep.targetPort)));
          if (!svcPort) continue;
          for (const pod of backends) {
            const target = svcPort.targetPort ?? svcPort.port;
            const port = typeof target === 'number' ? target : pod.peer.ports.find((c) => c.name === target)?.containerPort;
            if (port === undefined) out.push({ object: who, stage: 'scrape', message: `${pod.workload} has no container port ${target}` });
            else targets.push({ pod, port: relabelledPort(ep, port), tls: ep.scheme === 'https' && !!ep.tlsConfig });
          }
        }
      }
    } else {
      const selected = pods.filter((p) => nsNames.includes(p.peer.namespace) && matchesSelector(monitor.spec?.selector ?? {}, p.peer.labels));
      for (const ep of monitor.spec?.podMetricsEndpoints ?? []) {
        for (const pod of selected) {
          const named = ep.port !== undefined ? pod.peer.ports.find((c) => c.name === ep.port)?.containerPort : Number(ep.targetPort);
          const port = ep.portNumber ?? named;
          if (port === undefined || Number.isNaN(port)) out.push({ object: who, stage: 'scrape', message: `${pod.workload} has no container port ${ep.port ?? ep.targetPort}` });
          else targets.push({ pod, port: relabelledPort(ep, port), tls: ep.scheme === 'https' && !!ep.tlsConfig });
        }
      }
    }
    if (targets.length === 0) out.push({ object: who, stage: 'scrape', message: 'selects no scrape target' });
    for (const t of targets) {
      const v = ask(scraper, t.pod.peer, t.port, { clientTls: t.tls });
      if (!v.allowed) out.push({ object: who, stage: 'scrape', message: `${scraper.name} cannot scrape ${t.pod.workload} on ${t.port}: ${v.reason}` });
    }
  }
  return out;
}

/** A pod address for relabelling (any address of the pod network does). */
const POD_IP = '172.20.0.10';

/**
 * The port Prometheus finally dials: the endpoint's relabelings may rewrite `__address__`
 * (Prometheus configuration docs, <relabel_config>: the regex is fully anchored and matched
 * against the source labels joined by `;`, `$1`.. in the replacement refer to its groups; action
 * defaults to `replace`). Only `__address__` rewrites from `__address__` are modelled: Istio's
 * merged-metrics recipe points the scrape at the agent's 15020 this way, from `__address__` or
 * from `__meta_kubernetes_pod_ip` (Prometheus kubernetes_sd_config pod and endpoints roles).
 */
export function relabelledPort(endpoint: Obj, port: number): number {
  let address = `${POD_IP}:${port}`;
  for (const r of endpoint.relabelings ?? []) {
    if (r.targetLabel !== '__address__' || (r.action ?? 'replace') !== 'replace') continue;
    const labels: Record<string, string> = { __address__: address, __meta_kubernetes_pod_ip: POD_IP };
    const sources: string[] = r.sourceLabels ?? [];
    const unknown = sources.filter((l) => !(l in labels));
    if (unknown.length) throw new Error(`relabeling of __address__ from ${unknown.join(', ')} is not modelled`);
    const value = sources.map((l) => labels[l]).join(r.separator ?? ';');
    const m = new RegExp(`^(?:${r.regex ?? '(.*)'})$`).exec(value);
    if (!m) continue;
    address = String(r.replacement ?? '$1').replace(/\$(\d+)|\$\{(\d+)\}/g, (_, a, b) => m[Number(a ?? b)] ?? '');
  }
  const after = /:(\d+)$/.exec(address);
  return after ? Number(after[1]) : port;
}
