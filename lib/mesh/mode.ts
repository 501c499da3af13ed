// Which mesh a tenant (or a workload outside a tenant) joins, as an explicit, checked choice. The
// choice decides what the cluster really does to the pods: which namespace label makes the
// injector act, which init container it adds (and so which Pod Security level the pods can meet),
// which image and resources the sidecar gets, where the control plane is reachable, and which trust
// domain the identities carry. A mode the tenant's Pod Security level would refuse is refused here.
//
// Modes:
// - `istio` (the default): Istio installed in the cluster (istioctl or the Helm charts), with its
//   CNI node agent by default. The only self-installed mode whose pods meet `restricted`: with the
//   agent the injector adds `istio-validation` (UID 1337, no added capability) instead of
//   `istio-init` (root, NET_ADMIN and NET_RAW); istio.io docs/setup/additional-setup/pod-security-admission.
// - `tcm`: Tencent Cloud Mesh, the managed Istio of TKE. It injects by the `istio.io/rev=<revision>`
//   namespace label and ignores `istio-injection` (Tencent Cloud TCM FAQ "Sidecars Are Not
//   Automatically Injected", tencentcloud.com/document/product/1152/47511); a hosted mesh runs its
//   control plane outside the cluster, so no pod selector can reach it and its address is a prop.
//
// Istio ambient mode is deliberately not a mode yet: its traffic between pods travels on the
// HBONE port 15008 (istio.io docs/ambient/usage/networkpolicy), so every port-scoped NetworkPolicy
// kubeward writes would have to open 15008 to the same peers, which admits every port of the pod
// at the network layer; and kubelet probes arrive from the link-local 169.254.7.127, which the
// metadata-range guard (KW-NET-006) refuses to open. Supporting it needs both designed first.
import { ISTIOD_XDS_PORT, ISTIO_DEFAULT_PROXY_RESOURCES, ISTIO_INIT_CAPABILITIES, PROXY_IMAGE_ANNOTATION, PROXY_RESOURCE_ANNOTATIONS } from './injection';
import { show } from '../core/checks';
import { KubewardError } from '../core/errors';
import { NAMESPACE_NAME_LABEL, isLabelValue } from '../core/labels';
import { isDnsLabel } from '../core/names';
import { ObjectShape, ShapeFields, VALUE, checkShape, isRecord, shapeOf } from '../core/props-shape';
import { Quantity, requireExactQuantity } from '../core/quantity';
import { egressExcept } from '../network/cidr';
import { parseImage } from '../policy/model/image';
import { INJECTION_LABEL, MESH_CNI_ANNOTATION, MESH_PROVIDER_ANNOTATION, MESH_PROXY_IMAGE_ANNOTATION, REVISION_LABEL } from '../policy/model/mesh';

/** The meshes kubeward can target. */
export type MeshProvider = 'istio' | 'tcm';

/** Resources of the injected sidecar, written as Istio's `sidecar.istio.io/proxy*` pod annotations. */
export interface ProxyResources {
  /**
   * CPU request (`sidecar.istio.io/proxyCPU`).
   * @default '100m' - Istio's `global.proxy.resources.requests.cpu`
   */
  readonly cpu?: string;
  /**
   * Memory request (`sidecar.istio.io/proxyMemory`).
   * @default '128Mi' - Istio's `global.proxy.resources.requests.memory`
   */
  readonly memory?: string;
  /**
   * CPU limit (`sidecar.istio.io/proxyCPULimit`).
   * @default '2000m' - Istio's `global.proxy.resources.limits.cpu`
   */
  readonly cpuLimit?: string;
  /**
   * Memory limit (`sidecar.istio.io/proxyMemoryLimit`).
   * @default '1024Mi' - Istio's `global.proxy.resources.limits.memory`
   */
  readonly memoryLimit?: string;
}

/** The mesh a tenant's (or a workload's) pods join. */
export interface MeshOptions {
  /**
   * Set to true (or omit) to keep the mesh on; a tenant turns it off with `{ enabled: false, reason }`.
   * @default true
   */
  readonly enabled?: true;
  /**
   * Which mesh injects the sidecars.
   * @default 'istio' - a self-installed Istio with its CNI node agent: the only self-installed
   * setup whose pods meet Pod Security `restricted`, the tenant default; Tencent Cloud Mesh needs
   * its revision and control-plane address, which have no default
   */
  readonly provider?: MeshProvider;
  /**
   * Whether the mesh runs Istio's CNI node agent, so the injector adds `istio-validation` instead
   * of the root `istio-init` with NET_ADMIN and NET_RAW. `false` is refused in a tenant: neither
   * `restricted` nor `baseline` admits those capabilities.
   * @default - true for `istio`; required for `tcm` (state what your TCM mesh injects)
   */
  readonly cni?: boolean;
  /**
   * The proxy image the mesh injects, pinned by digest (`<registry>/proxyv2@sha256:<64 hex>`).
   * kubeward writes it as the pods' `sidecar.istio.io/proxyImage` annotation, so the injected
   * containers run exactly this image, and the tenant's image policy admits it in those
   * containers only. Update it when you upgrade the mesh.
   */
  readonly proxyImage: string;
  /**
   * Sidecar resources, written on every pod template and counted in the tenant's quota fit.
   * @default - Istio's `global.proxy.resources` (requests 100m / 128Mi, limits 2000m / 1024Mi)
   */
  readonly proxyResources?: ProxyResources;
  /**
   * The control-plane revision: the namespace gets `istio.io/rev=<revision>` instead of
   * `istio-injection=enabled`. Required for `tcm` (e.g. `1-22-1`, shown on the mesh's page).
   * @default - the default revision (`istio-injection=enabled`)
   */
  readonly revision?: string;
  /**
   * The mesh's trust domain, the first part of every principal (`<trustDomain>/ns/<ns>/sa/<sa>`).
   * @default 'cluster.local' - Istio's default trust domain (istio.io, "Trust Domain Migration")
   */
  readonly trustDomain?: string;
  /**
   * API version of the Istio security objects.
   * @default 'v1' - served since Istio 1.22; use 'v1beta1' for older meshes
   */
  readonly apiVersion?: 'v1' | 'v1beta1';
  /**
   * Namespace of the in-cluster istiod, which sidecars must reach on TCP 15012.
   * @default 'istio-system' for `istio`; none for `tcm`, whose hosted control plane is outside the cluster
   */
  readonly controlPlaneNamespace?: string;
  /**
   * Labels of the in-cluster istiod pods.
   * @default { app: 'istiod' }
   */
  readonly controlPlaneLabels?: Record<string, string>;
  /**
   * Address range of a control plane outside the cluster (a TCM hosted mesh's endpoint, as your
   * mesh's console shows it, e.g. `10.0.3.15/32`). Required for `tcm` unless the mesh is a
   * stand-alone one with istiod in this cluster (then give `controlPlaneNamespace`).
   * @default - none: istiod runs in the cluster
   */
  readonly controlPlaneCidr?: string;
  /**
   * Ports of the control plane the sidecars use.
   * @default [15012] - istiod's XDS and CA port (the injected `CA_ADDR` is `istiod.<ns>.svc:15012`)
   */
  readonly controlPlanePorts?: readonly number[];
}

/** The sidecar's requests and limits. */
export interface ResolvedProxyResources {
  /** Requests. */
  readonly requests: { readonly cpu: string; readonly memory: string };
  /** Limits. */
  readonly limits: { readonly cpu: string; readonly memory: string };
}

/** A NetworkPolicy peer (structurally the same as lib/network's NetworkPeerSpec). */
export interface MeshControlPlanePeer {
  /** Namespaces of istiod. */
  readonly namespaceSelector?: { readonly matchLabels: Readonly<Record<string, string>> };
  /** istiod pods. */
  readonly podSelector?: { readonly matchLabels: Readonly<Record<string, string>> };
  /** An address range outside the cluster. */
  readonly ipBlock?: { readonly cidr: string; readonly except?: readonly string[] };
}

/** Effective mesh settings, defaults applied and checked. */
export interface ResolvedMesh {
  /** Which mesh injects the sidecars. */
  readonly provider: MeshProvider;
  /** Whether the CNI node agent replaces istio-init. */
  readonly cni: boolean;
  /** The digest-pinned proxy image. */
  readonly proxyImage: string;
  /** Sidecar requests and limits. */
  readonly proxyResources: ResolvedProxyResources;
  /** Control-plane revision, if any. */
  readonly revision?: string;
  /** Trust domain of the principals. */
  readonly trustDomain: string;
  /** Istio security API version. */
  readonly apiVersion: 'v1' | 'v1beta1';
  /** istiod's namespace, when it runs in the cluster. */
  readonly controlPlaneNamespace?: string;
  /** istiod's labels, when it runs in the cluster. */
  readonly controlPlaneLabels?: Readonly<Record<string, string>>;
  /** The NetworkPolicy peer of the control plane. */
  readonly controlPlanePeer: MeshControlPlanePeer;
  /** Ports of the control plane. */
  readonly controlPlanePorts: readonly number[];
}

/** The shape of MeshOptions (lib/core/props-shape.ts). */
export const MESH_OPTIONS_SHAPE: ObjectShape = shapeOf<MeshOptions>('MeshOptions', {
  enabled: VALUE,
  provider: VALUE,
  cni: VALUE,
  proxyImage: VALUE,
  proxyResources: shapeOf<ProxyResources>('ProxyResources', { cpu: VALUE, memory: VALUE, cpuLimit: VALUE, memoryLimit: VALUE }),
  revision: VALUE,
  trustDomain: VALUE,
  apiVersion: VALUE,
  controlPlaneNamespace: VALUE,
  controlPlaneLabels: VALUE,
  controlPlaneCidr: VALUE,
  controlPlanePorts: VALUE,
} satisfies ShapeFields<MeshOptions>);

/** Where the mesh is resolved for, which decides what it must satisfy. */
export interface MeshContext {
  /** The Pod Security level enforced on the namespace, when kubeward writes it (a tenant). */
  readonly podSecurityLevel?: 'restricted' | 'baseline';
}

const REPO_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const SHA256 = /^sha256:[a-f0-9]{64}$/;
const TRUST_DOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_KEY = /^([a-z0-9.-]+\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

function resolveProxyResources(path: string, prop: string, raw: unknown): ResolvedProxyResources {
  if (raw !== undefined && !isRecord(raw)) throw new KubewardError(path, prop, `${show(raw)} is not an object`, 'pass { cpu?, memory?, cpuLimit?, memoryLimit? }');
  const r = (raw ?? {}) as Record<string, unknown>;
  const d = ISTIO_DEFAULT_PROXY_RESOURCES;
  const q = (key: 'cpu' | 'memory' | 'cpuLimit' | 'memoryLimit', fallback: string, example: string): Quantity =>
    r[key] === undefined ? Quantity.parse(fallback)! : requireExactQuantity(path, `${prop}.${key}`, r[key], example);
  const cpu = q('cpu', d.requests.cpu, '100m');
  const memory = q('memory', d.requests.memory, '128Mi');
  const cpuLimit = q('cpuLimit', d.limits.cpu, '2000m');
  const memoryLimit = q('memoryLimit', d.limits.memory, '1024Mi');
  if (cpuLimit.compare(cpu) < 0) throw new KubewardError(path, `${prop}.cpuLimit`, `${cpuLimit.text} is below the request ${cpu.text}`, 'raise the limit to at least the request');
  if (memoryLimit.compare(memory) < 0) throw new KubewardError(path, `${prop}.memoryLimit`, `${memoryLimit.text} is below the request ${memory.text}`, 'raise the limit to at least the request');
  return { requests: { cpu: cpu.text, memory: memory.text }, limits: { cpu: cpuLimit.text, memory: memoryLimit.text } };
}

/**
 * Validates and resolves mesh options. Throws a KubewardError for a mode that cannot work: a
 * missing proxy image or revision, a control plane nothing could reach, or an `istio-init` the
 * namespace's Pod Security level would refuse.
 */
export function resolveMesh(path: string, prop: string, raw: unknown, context: MeshContext = {}): ResolvedMesh {
  if (!isRecord(raw)) {
    throw new KubewardError(path, prop, raw === undefined ? 'is required: the mesh is an explicit choice (which mesh injects the sidecars, with which proxy image)' : `${show(raw)} does not name the mesh`, 'pass { proxyImage: "<registry>/proxyv2@sha256:<64 hex>" } (Istio with its CNI agent), { provider: "tcm", revision, cni, proxyImage, controlPlaneCidr } (Tencent Cloud Mesh), or turn the mesh off with { enabled: false, reason }');
  }
  checkShape(path, prop, raw, MESH_OPTIONS_SHAPE);
  const m = raw as Record<string, unknown>;
  if (m.enabled !== undefined && m.enabled !== true) {
    throw new KubewardError(path, `${prop}.enabled`, `${show(m.enabled)} is not true`, 'omit enabled, or turn the mesh off with { enabled: false, reason: "why" }');
  }

  const provider = m.provider ?? 'istio';
  if (provider === 'ambient' || provider === 'istio-ambient') {
    throw new KubewardError(path, `${prop}.provider`, 'Istio ambient mode is not supported: its pod-to-pod traffic arrives on the HBONE port 15008, so each port-scoped NetworkPolicy would have to open 15008 (every port at the network layer), and kubelet probes arrive from 169.254.7.127, which the metadata-range guard refuses',
      'use the sidecar mode ("istio" with the CNI node agent, or "tcm"), or run the ambient namespace outside SecureTenant');
  }
  if (provider !== 'istio' && provider !== 'tcm') {
    throw new KubewardError(path, `${prop}.provider`, `${show(provider)} is not a mesh kubeward knows`, 'use "istio" (self-installed Istio) or "tcm" (Tencent Cloud Mesh)');
  }

  // istio-init without the CNI agent: runAsUser 0 and capabilities NET_ADMIN, NET_RAW
  // (injection-template.yaml). `restricted` refuses both; `baseline` refuses the capabilities
  // (they are not in its allowed list, kubernetes/pod-security-admission capabilities_allowed_1_0;
  // istio.io pod-security-admission page: "the baseline policy does not include NET_ADMIN or NET_RAW").
  if (m.cni === undefined && provider === 'tcm') {
    throw new KubewardError(path, `${prop}.cni`, 'is required for Tencent Cloud Mesh: whether its injector adds istio-init (NET_ADMIN, NET_RAW) or istio-validation decides whether the pods can meet Pod Security',
      'set cni: true when the mesh runs Istio\'s CNI node agent (pods get istio-validation), cni: false otherwise (then the tenant is refused)');
  }
  if (m.cni !== undefined && typeof m.cni !== 'boolean') throw new KubewardError(path, `${prop}.cni`, `${show(m.cni)} is not a boolean`, 'pass true (the CNI node agent is installed) or false');
  const cni = (m.cni as boolean | undefined) ?? true;
  if (!cni && context.podSecurityLevel !== undefined) {
    throw new KubewardError(path, `${prop}.cni`, `without Istio's CNI node agent the injector adds istio-init, which runs as root with ${ISTIO_INIT_CAPABILITIES.join(' and ')}; Pod Security "${context.podSecurityLevel}" refuses it (neither restricted nor baseline allows those capabilities), so every pod of the tenant would be rejected`,
      'install Istio\'s CNI node agent (istioctl install --set components.cni.enabled=true, or the istio/cni Helm chart with istiod\'s pilot.cni.enabled=true; for TCM, enable its CNI option) and set cni: true; kubeward never gives a tenant the privileged level');
  }

  const proxyImage = m.proxyImage;
  if (proxyImage === undefined) {
    throw new KubewardError(path, `${prop}.proxyImage`, 'is required: the injected sidecar runs it, and the tenant\'s image policy must know it to admit the injected containers',
      'give the proxy image your mesh injects, pinned by digest, e.g. "ccr.ccs.tencentyun.com/mesh/proxyv2@sha256:<64 hex>" (kubectl get pod -o jsonpath=\'{.spec.containers[?(@.name=="istio-proxy")].image}\', then resolve its digest)');
  }
  if (!isPinnedProxyImage(proxyImage)) {
    throw new KubewardError(path, `${prop}.proxyImage`, `${show(proxyImage)} is not an image reference pinned by digest`, 'write <registry>/<repository>@sha256:<64 lowercase hex> (a tag may stay before the digest)');
  }
  const proxyResources = resolveProxyResources(path, `${prop}.proxyResources`, m.proxyResources);

  if (m.revision !== undefined && (typeof m.revision !== 'string' || !isDnsLabel(m.revision))) {
    throw new KubewardError(path, `${prop}.revision`, `${show(m.revision)} is not an Istio revision name`, 'use the revision label of your control plane, e.g. "1-22-1"');
  }
  if (provider === 'tcm' && m.revision === undefined) {
    throw new KubewardError(path, `${prop}.revision`, 'is required for Tencent Cloud Mesh, which injects only into namespaces labeled istio.io/rev=<revision> and ignores istio-injection=enabled',
      'give the revision of the mesh\'s control plane (its version with dashes, e.g. "1-22-1", as the TCM console shows it)');
  }
  const trustDomain = m.trustDomain ?? 'cluster.local';
  if (typeof trustDomain !== 'string' || trustDomain.length > 253 || !TRUST_DOMAIN.test(trustDomain)) {
    throw new KubewardError(path, `${prop}.trustDomain`, `${show(trustDomain)} is not a trust domain`, 'use the mesh\'s trust domain, a DNS name such as "cluster.local"');
  }
  const apiVersion = m.apiVersion ?? 'v1';
  if (apiVersion !== 'v1' && apiVersion !== 'v1beta1') throw new KubewardError(path, `${prop}.apiVersion`, `${show(apiVersion)} is not "v1" or "v1beta1"`, 'use "v1" (Istio 1.22+) or "v1beta1"');

  const controlPlanePorts = resolvePorts(path, `${prop}.controlPlanePorts`, m.controlPlanePorts);
  const inCluster = m.controlPlaneNamespace !== undefined || m.controlPlaneLabels !== undefined;
  let controlPlane: Pick<ResolvedMesh, 'controlPlaneNamespace' | 'controlPlaneLabels' | 'controlPlanePeer'>;
  if (m.controlPlaneCidr !== undefined) {
    if (inCluster) {
      throw new KubewardError(path, `${prop}.controlPlaneCidr`, 'is given together with controlPlaneNamespace/controlPlaneLabels', 'give the address of a control plane outside the cluster, or the namespace and labels of an in-cluster istiod, not both');
    }
    const except = egressExcept(path, `${prop}.controlPlaneCidr`, m.controlPlaneCidr);
    controlPlane = { controlPlanePeer: { ipBlock: { cidr: m.controlPlaneCidr as string, ...(except.length > 0 ? { except } : {}) } } };
  } else {
    if (provider === 'tcm' && !inCluster) {
      throw new KubewardError(path, `${prop}.controlPlaneCidr`, 'is required for a hosted Tencent Cloud Mesh: its control plane runs outside the cluster, so no pod selector can reach it, and Tencent Cloud documents no fixed address',
        'give the address range of the mesh\'s control-plane endpoint (e.g. "10.0.3.15/32"), or controlPlaneNamespace for a stand-alone mesh whose istiod runs in this cluster');
    }
    const namespace = m.controlPlaneNamespace ?? 'istio-system';
    if (typeof namespace !== 'string' || !isDnsLabel(namespace)) throw new KubewardError(path, `${prop}.controlPlaneNamespace`, `${show(namespace)} is not a namespace name`, 'use the namespace istiod runs in, e.g. "istio-system"');
    const labels = resolveLabels(path, `${prop}.controlPlaneLabels`, m.controlPlaneLabels ?? { app: 'istiod' });
    controlPlane = {
      controlPlaneNamespace: namespace,
      controlPlaneLabels: labels,
      controlPlanePeer: { namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: namespace } }, podSelector: { matchLabels: labels } },
    };
  }

  return {
    provider,
    cni,
    proxyImage,
    proxyResources,
    ...(m.revision !== undefined ? { revision: m.revision as string } : {}),
    trustDomain,
    apiVersion,
    ...controlPlane,
    controlPlanePorts,
  };
}

/**
 * Whether a value is a full image reference pinned by sha256 digest. It must contain a "/": the
 * injection template only uses the proxyImage annotation when it does, and otherwise falls back to
 * `<hub>/proxyv2:<tag>`, which no digest pins. sha256 only, like the admission policy's pattern.
 */
function isPinnedProxyImage(value: unknown): value is string {
  if (typeof value !== 'string' || /\s/.test(value) || !value.includes('/')) return false;
  const ref = parseImage(value);
  return ref.digest !== undefined && SHA256.test(ref.digest) && ref.repository.length > 0
    && ref.repository.split('/').every((c) => REPO_COMPONENT.test(c)) && (ref.tag === undefined || TAG.test(ref.tag));
}

function resolvePorts(path: string, prop: string, raw: unknown): number[] {
  if (raw === undefined) return [ISTIOD_XDS_PORT];
  if (!Array.isArray(raw) || raw.length === 0) throw new KubewardError(path, prop, `${show(raw)} is not a non-empty list of ports`, 'pass e.g. [15012]');
  const out: number[] = [];
  raw.forEach((p, i) => {
    if (typeof p !== 'number' || !Number.isInteger(p) || p < 1 || p > 65535) throw new KubewardError(path, `${prop}[${i}]`, `${show(p)} is not a port`, 'use a whole number from 1 to 65535');
    if (out.includes(p)) throw new KubewardError(path, `${prop}[${i}]`, `port ${p} is listed twice`, 'list each port once');
    out.push(p);
  });
  return out;
}

function resolveLabels(path: string, prop: string, raw: unknown): Record<string, string> {
  if (!isRecord(raw)) throw new KubewardError(path, prop, `${show(raw)} is not a label map`, 'pass labels such as { app: "istiod" }');
  const labels: Record<string, string> = {};
  for (const k of Object.keys(raw).sort()) {
    const v = raw[k];
    if (!LABEL_KEY.test(k) || typeof v !== 'string' || !isLabelValue(v)) {
      throw new KubewardError(path, `${prop}.${k}`, `${show(k)}=${show(v)} is not a label`, 'use a valid label key and value');
    }
    labels[k] = v;
  }
  if (Object.keys(labels).length === 0) {
    throw new KubewardError(path, prop, 'is empty, which would open egress to every pod of the control-plane namespace', 'name istiod\'s labels, e.g. { app: "istiod" }');
  }
  return labels;
}

/** Per-container bounds of a namespace's LimitRange (each side optional). */
export interface ContainerBounds {
  /** Smallest request a container may set. */
  readonly min: { readonly cpu: string; readonly memory: string };
  /** Largest limit a container may set. */
  readonly max: { readonly cpu: string; readonly memory: string };
}

/**
 * Throws when the LimitRange would refuse the injected sidecar: it bounds `istio-proxy` (and the
 * init container, which current templates give the same resources) like any other container, and
 * a refused sidecar means a refused pod.
 */
export function checkProxyWithinLimits(path: string, prop: string, mesh: ResolvedMesh, bounds: ContainerBounds): void {
  for (const r of ['cpu', 'memory'] as const) {
    const request = Quantity.parse(mesh.proxyResources.requests[r])!;
    const limit = Quantity.parse(mesh.proxyResources.limits[r])!;
    const min = Quantity.parse(bounds.min[r])!;
    const max = Quantity.parse(bounds.max[r])!;
    if (request.compare(min) < 0) {
      throw new KubewardError(path, `${prop}.${r}`, `the sidecar's ${r} request ${request.text} is below the LimitRange minimum ${min.text}, so the injected istio-proxy would be refused`, `raise ${prop}.${r} to at least ${min.text}, or lower limits.min.${r}`);
    }
    if (limit.compare(max) > 0) {
      const key = r === 'cpu' ? 'cpuLimit' : 'memoryLimit';
      throw new KubewardError(path, `${prop}.${key}`, `the sidecar's ${r} limit ${limit.text} is above the LimitRange maximum ${max.text}, so the injected istio-proxy would be refused`, `lower ${prop}.${key} to at most ${max.text}, or raise limits.max.${r} (and the quota's limits)`);
    }
  }
}

/** The namespace label that makes the mesh's injector act (never both: a revision webhook skips namespaces with `istio-injection`). */
export function meshInjectionLabels(mesh: ResolvedMesh): Record<string, string> {
  return mesh.revision !== undefined ? { [REVISION_LABEL]: mesh.revision } : { [INJECTION_LABEL]: 'enabled' };
}

/** What the Namespace records about the mesh it expects, for operators and audits. */
export function meshNamespaceAnnotations(mesh: ResolvedMesh): Record<string, string> {
  return {
    [MESH_PROVIDER_ANNOTATION]: mesh.provider,
    [MESH_CNI_ANNOTATION]: String(mesh.cni),
    [MESH_PROXY_IMAGE_ANNOTATION]: mesh.proxyImage,
  };
}

/**
 * Pod-template annotations that make the injection exact: the proxy image, and all four resource
 * annotations, so the sidecar gets precisely what the quota fit counted.
 */
export function meshPodAnnotations(mesh: ResolvedMesh): Record<string, string> {
  const r = mesh.proxyResources;
  return {
    [PROXY_IMAGE_ANNOTATION]: mesh.proxyImage,
    [PROXY_RESOURCE_ANNOTATIONS.cpu]: r.requests.cpu,
    [PROXY_RESOURCE_ANNOTATIONS.memory]: r.requests.memory,
    [PROXY_RESOURCE_ANNOTATIONS.cpuLimit]: r.limits.cpu,
    [PROXY_RESOURCE_ANNOTATIONS.memoryLimit]: r.limits.memory,
  };
}
