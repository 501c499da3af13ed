// Mutating admission by the mesh: which pods istiod's webhook receives, which of them it injects,
// and the containers, images, users, capabilities and resources it writes. Each behaviour follows
// istio/istio:
//  - which webhook entries exist and what they select:
//    manifests/charts/istio-control/istio-discovery/templates/mutatingwebhook.yaml (entries
//    `namespace.`, `object.`, `rev.namespace.`, `rev.object.sidecar-injector.istio.io`);
//  - whether a received pod is injected: pkg/kube/inject/inject.go injectRequired (host network
//    and system namespaces never; the `sidecar.istio.io/inject` label, else the annotation;
//    values.global.proxy.autoInject `enabled`);
//  - what is written: manifests/charts/istio-control/istio-discovery/files/injection-template.yaml
//    (istio-init without the CNI agent, istio-validation with it; istio-proxy; the `resources`
//    define; the volumes) and pkg/kube/inject/webhook.go (prometheus.io annotations pointing at
//    the agent's merged metrics on 15020 when meshConfig.enablePrometheusMerge is on).
// Tencent Cloud Mesh runs the same injector but only with revision entries: a namespace is
// injected by `istio.io/rev=<revision>`, never by `istio-injection: enabled`
// (cloud.tencent.com/document/faq/1261/63059). Ambient injects nothing: a namespace labelled
// `istio.io/dataplane-mode=ambient` is captured by ztunnel (istio.io/latest/docs/ambient/usage/add-workloads/).
import { PROXY_UID, ResolvedMesh, proxyImageOf } from './mesh';
import { Obj, StringMap, clone } from './objects';
import { LabelSelector, matchesSelector } from './selectors';

/** How a pod joined the mesh. */
export type MeshMembership = 'sidecar' | 'ambient' | 'none';

/** Ports and ranges the sidecar does not capture (traffic there bypasses Envoy). */
export interface Capture {
  /** Inbound ports left to the application: 15090, 15021, the status port 15020, plus the annotation's. */
  readonly inboundExcluded: ReadonlySet<number>;
  /** Inbound ports captured: '*' or a list (traffic.sidecar.istio.io/includeInboundPorts). */
  readonly inboundIncluded: '*' | ReadonlySet<number>;
  /** Outbound ports not captured (traffic.sidecar.istio.io/excludeOutboundPorts). */
  readonly outboundExcluded: ReadonlySet<number>;
}

/** What mutating admission did to one pod. */
export interface InjectionResult {
  /** The pod after the mesh's webhook (a copy; the input is not changed). */
  readonly pod: Obj;
  /** How the pod is in the mesh. */
  readonly membership: MeshMembership;
  /** Why (which webhook entry matched, or why none did / the injector declined). */
  readonly reason: string;
  /** Names of the containers the injector added. */
  readonly injected: readonly string[];
  /** Sidecar capture (only for `sidecar`). */
  readonly capture?: Capture;
}

/** Namespaces injectRequired always skips (pkg/kube/inject IgnoredNamespaces). */
export const IGNORED_NAMESPACES: ReadonlySet<string> = new Set(['kube-system', 'kube-public', 'kube-node-lease', 'local-path-storage']);

/** The pod annotations that size the proxy (injection-template.yaml `resources` define). */
export const PROXY_RESOURCE_ANNOTATIONS = {
  cpu: 'sidecar.istio.io/proxyCPU',
  memory: 'sidecar.istio.io/proxyMemory',
  cpuLimit: 'sidecar.istio.io/proxyCPULimit',
  memoryLimit: 'sidecar.istio.io/proxyMemoryLimit',
} as const;

/** The merged-metrics port of the istio agent (values.global.proxy.statusPort). */
export const STATUS_PORT = 15020;

interface WebhookEntry {
  readonly name: string;
  readonly namespaceSelector: LabelSelector;
  readonly objectSelector: LabelSelector;
}

const NOT_DISABLED = { key: 'sidecar.istio.io/inject', operator: 'NotIn', values: ['false'] };

/**
 * The webhook entries of a revision. The default revision ('' or a `default` tag) has the classic
 * `istio-injection: enabled` / `sidecar.istio.io/inject: "true"` entries plus the revision
 * entries for `istio.io/rev=default`; any other revision only the revision entries.
 */
function webhookEntries(mesh: ResolvedMesh): WebhookEntry[] {
  const rev = mesh.revision === '' ? 'default' : mesh.revision;
  const entries: WebhookEntry[] = [
    {
      name: 'rev.namespace.sidecar-injector.istio.io',
      namespaceSelector: { matchExpressions: [{ key: 'istio.io/rev', operator: 'In', values: [rev] }, { key: 'istio-injection', operator: 'DoesNotExist' }] },
      objectSelector: { matchExpressions: [NOT_DISABLED] },
    },
    {
      name: 'rev.object.sidecar-injector.istio.io',
      namespaceSelector: { matchExpressions: [{ key: 'istio.io/rev', operator: 'DoesNotExist' }, { key: 'istio-injection', operator: 'DoesNotExist' }] },
      objectSelector: { matchExpressions: [NOT_DISABLED, { key: 'istio.io/rev', operator: 'In', values: [rev] }] },
    },
  ];
  // TCM never installs the default entries: it does not serve `istio-injection`.
  if (mesh.revision === '' && mesh.provider !== 'tcm') {
    entries.push(
      {
        name: 'namespace.sidecar-injector.istio.io',
        namespaceSelector: { matchExpressions: [{ key: 'istio-injection', operator: 'In', values: ['enabled'] }] },
        objectSelector: { matchExpressions: [NOT_DISABLED] },
      },
      {
        name: 'object.sidecar-injector.istio.io',
        namespaceSelector: { matchExpressions: [{ key: 'istio-injection', operator: 'DoesNotExist' }, { key: 'istio.io/rev', operator: 'DoesNotExist' }] },
        objectSelector: { matchExpressions: [{ key: 'sidecar.istio.io/inject', operator: 'In', values: ['true'] }, { key: 'istio.io/rev', operator: 'DoesNotExist' }] },
      },
    );
  }
  return entries;
}

/** injectRequired with the default policy `enabled` and no never/always selectors. */
function injectRequired(pod: Obj, namespace: string): { required: boolean; reason: string } {
  if (pod.spec?.hostNetwork === true) return { required: false, reason: 'host-network pods are never injected' };
  if (IGNORED_NAMESPACES.has(namespace)) return { required: false, reason: `namespace ${namespace} is never injected` };
  const labels: StringMap = pod.metadata?.labels ?? {};
  const annotations: StringMap = pod.metadata?.annotations ?? {};
  // The label is the newer API and wins over the annotation; only "true" and "false" count.
  const value = Object.prototype.hasOwnProperty.call(labels, 'sidecar.istio.io/inject') ? labels['sidecar.istio.io/inject'] : annotations['sidecar.istio.io/inject'];
  if (value === 'false') return { required: false, reason: 'the pod opts out (sidecar.istio.io/inject: "false")' };
  return { required: true, reason: value === 'true' ? 'the pod opts in' : 'the injection policy is enabled' };
}

/** The `resources` define: the four annotations if any is set, else values.global.proxy.resources. */
export function proxyResources(annotations: StringMap, mesh: ResolvedMesh): Obj {
  const a = PROXY_RESOURCE_ANNOTATIONS;
  if ([a.cpu, a.memory, a.cpuLimit, a.memoryLimit].some((k) => annotations[k] !== undefined)) {
    const out: Obj = {};
    if (annotations[a.cpu] !== undefined || annotations[a.memory] !== undefined) {
      out.requests = {
        ...(annotations[a.cpu] !== undefined ? { cpu: annotations[a.cpu] } : {}),
        ...(annotations[a.memory] !== undefined ? { memory: annotations[a.memory] } : {}),
      };
    }
    if (annotations[a.cpuLimit] !== undefined || annotations[a.memoryLimit] !== undefined) {
      out.limits = {
        ...(annotations[a.cpuLimit] !== undefined ? { cpu: annotations[a.cpuLimit] } : {}),
        ...(annotations[a.memoryLimit] !== undefined ? { memory: annotations[a.memoryLimit] } : {}),
      };
    }
    return out;
  }
  return clone(mesh.proxyResources) as Obj;
}

function ports(text: string | undefined): Set<number> {
  return new Set((text ?? '').split(',').map((p) => p.trim()).filter((p) => /^\d+$/.test(p)).map(Number));
}

/** The capture the init container (or the CNI agent) sets up, from the pod's annotations. */
function captureOf(annotations: StringMap): Capture {
  const include = annotations['traffic.sidecar.istio.io/includeInboundPorts'] ?? '*';
  return {
    // istio-iptables -d "15090,15021,<statusPort>[,<excludeInboundPorts>]".
    inboundExcluded: new Set([15090, 15021, STATUS_PORT, ...ports(annotations['traffic.sidecar.istio.io/excludeInboundPorts'])]),
    inboundIncluded: include.trim() === '*' ? '*' : ports(include),
    outboundExcluded: ports(annotations['traffic.sidecar.istio.io/excludeOutboundPorts']),
  };
}

/** Whether an inbound port reaches the application through Envoy. */
export function capturesInbound(capture: Capture, port: number): boolean {
  if (capture.inboundExcluded.has(port)) return false;
  return capture.inboundIncluded === '*' || capture.inboundIncluded.has(port);
}

/**
 * Runs the mesh's mutating admission on one pod of `namespace` (whose labels are `namespaceLabels`).
 * `mesh` undefined means no mesh is installed: nothing is injected, whatever the labels say. The
 * input is copied unless `inPlace` (for a caller that already holds its own copy).
 */
export function injectPod(
  input: Obj, namespace: string, namespaceLabels: StringMap, mesh: ResolvedMesh | undefined, inPlace = false,
): InjectionResult {
  const pod = inPlace ? input : clone(input);
  if (!mesh) return { pod, membership: 'none', reason: 'no mesh is installed', injected: [] };
  const labels: StringMap = pod.metadata?.labels ?? {};
  const entry = webhookEntries(mesh).find((e) => matchesSelector(e.namespaceSelector, namespaceLabels) && matchesSelector(e.objectSelector, labels));
  const ambient = mesh.provider === 'ambient' && namespaceLabels['istio.io/dataplane-mode'] === 'ambient' && labels['istio.io/dataplane-mode'] !== 'none';
  if (!entry) {
    if (ambient) return { pod, membership: 'ambient', reason: 'the namespace is in the ambient data plane', injected: [] };
    const why = mesh.provider === 'tcm'
      ? `no injection webhook selects it (TCM injects namespaces labelled istio.io/rev=${mesh.revision} only)`
      : 'no injection webhook selects it';
    return { pod, membership: 'none', reason: why, injected: [] };
  }
  const decision = injectRequired(pod, namespace);
  if (!decision.required) {
    if (ambient) return { pod, membership: 'ambient', reason: 'the namespace is in the ambient data plane', injected: [] };
    return { pod, membership: 'none', reason: decision.reason, injected: [] };
  }
  applyTemplate(pod, mesh);
  return {
    pod,
    membership: 'sidecar',
    reason: `${entry.name} selected it; ${decision.reason}`,
    injected: [...(pod.spec.initContainers ?? []), ...pod.spec.containers].map((c: Obj) => c.name).filter((n: string) => INJECTED_NAMES.has(n)),
    capture: captureOf(pod.metadata.annotations ?? {}),
  };
}

const INJECTED_NAMES = new Set(['istio-init', 'istio-validation', 'istio-proxy', 'enable-core-dump']);

/** Writes injection-template.yaml's containers, volumes, labels and annotations into `pod`. */
function applyTemplate(pod: Obj, mesh: ResolvedMesh): void {
  pod.metadata = pod.metadata ?? {};
  pod.spec = pod.spec ?? {};
  const annotations: StringMap = (pod.metadata.annotations = { ...(pod.metadata.annotations ?? {}) });
  const labels: StringMap = (pod.metadata.labels = { ...(pod.metadata.labels ?? {}) });
  const interception = annotations['sidecar.istio.io/interceptionMode'] ?? 'REDIRECT';
  const tproxy = interception === 'TPROXY';
  const capNetBindService = annotations['sidecar.istio.io/capNetBindService'] === 'true';
  const coreDump = annotations['sidecar.istio.io/enableCoreDump'] === 'true';
  const override = annotations['sidecar.istio.io/proxyImage'];
  const proxyImage = override?.includes('/') ? override : proxyImageOf(mesh.install, annotations['sidecar.istio.io/proxyImageType'] ?? mesh.install.variant);
  const resources = proxyResources(annotations, mesh);

  labels['security.istio.io/tlsMode'] = labels['security.istio.io/tlsMode'] ?? 'istio';
  labels['service.istio.io/canonical-name'] = labels['service.istio.io/canonical-name'] ?? labels['app.kubernetes.io/name'] ?? labels.app ?? 'unknown';
  labels['service.istio.io/canonical-revision'] = labels['service.istio.io/canonical-revision'] ?? labels['app.kubernetes.io/version'] ?? labels.version ?? 'latest';
  annotations['istio.io/rev'] = mesh.revision || 'default';
  annotations['sidecar.istio.io/status'] = JSON.stringify({ initContainers: [mesh.cni ? 'istio-validation' : 'istio-init'], containers: ['istio-proxy'], revision: mesh.revision || 'default' });
  if (mesh.enablePrometheusMerge && annotations['prometheus.istio.io/merge-metrics'] !== 'false') {
    // webhook.go applyPrometheusMerge: scrape the agent, which merges the app's own metrics in.
    annotations['prometheus.io/scrape'] = 'true';
    annotations['prometheus.io/port'] = String(STATUS_PORT);
    annotations['prometheus.io/path'] = '/stats/prometheus';
  }

  const init: Obj[] = [...(pod.spec.initContainers ?? [])];
  if (interception !== 'NONE') {
    init.push({
      name: mesh.cni ? 'istio-validation' : 'istio-init',
      image: proxyImage,
      args: ['istio-iptables', '-p', '15001', '-z', '15006', '-u', String(PROXY_UID), '-m', interception, '-i', '*', '-x', '', '-b', '*', '-d', '15090,15021,15020',
        ...(mesh.cni ? ['--run-validation', '--skip-rule-apply'] : [])],
      resources: clone(resources),
      securityContext: mesh.cni
        ? { allowPrivilegeEscalation: false, privileged: false, capabilities: { drop: ['ALL'] }, readOnlyRootFilesystem: true, runAsGroup: PROXY_UID, runAsUser: PROXY_UID, runAsNonRoot: true }
        : { allowPrivilegeEscalation: false, privileged: false, capabilities: { add: ['NET_ADMIN', 'NET_RAW'], drop: ['ALL'] }, readOnlyRootFilesystem: false, runAsGroup: 0, runAsNonRoot: false, runAsUser: 0 },
    });
  }
  if (coreDump) {
    init.push({
      name: 'enable-core-dump',
      image: proxyImage,
      command: ['/bin/sh'],
      args: ['-c', 'sysctl -w kernel.core_pattern=/var/lib/istio/data/core.proxy && ulimit -c unlimited'],
      resources: clone(resources),
      securityContext: { allowPrivilegeEscalation: true, capabilities: { add: ['SYS_ADMIN'], drop: ['ALL'] }, privileged: true, readOnlyRootFilesystem: false, runAsGroup: 0, runAsNonRoot: false, runAsUser: 0 },
    });
  }
  const rootProxy = tproxy || capNetBindService;
  const add = [...(tproxy ? ['NET_ADMIN'] : []), ...(capNetBindService ? ['NET_BIND_SERVICE'] : [])];
  const proxy: Obj = {
    name: 'istio-proxy',
    image: proxyImage,
    ...(mesh.nativeSidecars ? { restartPolicy: 'Always' } : {}),
    ports: [{ containerPort: 15090, protocol: 'TCP', name: 'http-envoy-prom' }],
    args: ['proxy', 'sidecar', '--domain', '$(POD_NAMESPACE).svc.cluster.local'],
    readinessProbe: { httpGet: { path: '/healthz/ready', port: 15021 }, periodSeconds: 15, timeoutSeconds: 3, failureThreshold: 4 },
    resources: clone(resources),
    securityContext: {
      allowPrivilegeEscalation: false,
      capabilities: { ...(add.length ? { add } : {}), drop: ['ALL'] },
      privileged: false,
      readOnlyRootFilesystem: !coreDump,
      runAsGroup: PROXY_UID,
      runAsNonRoot: !rootProxy,
      runAsUser: rootProxy ? 0 : PROXY_UID,
    },
    volumeMounts: [
      { name: 'workload-socket', mountPath: '/var/run/secrets/workload-spiffe-uds' },
      { name: 'credential-socket', mountPath: '/var/run/secrets/credential-uds' },
      { name: 'workload-certs', mountPath: '/var/run/secrets/workload-spiffe-credentials' },
      { name: 'istiod-ca-cert', mountPath: '/var/run/secrets/istio' },
      { name: 'istio-data', mountPath: '/var/lib/istio/data' },
      { name: 'istio-envoy', mountPath: '/etc/istio/proxy' },
      { name: 'istio-token', mountPath: '/var/run/secrets/tokens' },
      { name: 'istio-podinfo', mountPath: '/etc/istio/pod' },
    ],
  };
  if (mesh.nativeSidecars) init.push(proxy);
  pod.spec.initContainers = init;
  pod.spec.containers = mesh.nativeSidecars ? [...(pod.spec.containers ?? [])] : [...(pod.spec.containers ?? []), proxy];
  pod.spec.volumes = [
    ...(pod.spec.volumes ?? []),
    { name: 'workload-socket', emptyDir: {} },
    { name: 'credential-socket', emptyDir: {} },
    { name: 'workload-certs', emptyDir: {} },
    { name: 'istio-envoy', emptyDir: { medium: 'Memory' } },
    { name: 'istio-data', emptyDir: {} },
    { name: 'istio-podinfo', downwardAPI: { items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }, { path: 'annotations', fieldRef: { fieldPath: 'metadata.annotations' } }] } },
    { name: 'istio-token', projected: { sources: [{ serviceAccountToken: { path: 'istio-token', expirationSeconds: 43200, audience: 'istio-ca' } }] } },
    { name: 'istiod-ca-cert', configMap: { name: 'istio-ca-root-cert' } },
  ];
}
