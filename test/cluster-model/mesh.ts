// The mesh a cluster runs, as its installer declared it. Three ways a TKE user gets Istio:
//  - `istio`: self-installed with Istio's Helm charts (istio/base + istio/istiod, optionally
//    istio/cni), in-cluster istiod in istio-system (istio.io/latest/docs/setup/install/helm/);
//  - `tcm`: Tencent Cloud Mesh, a managed Istio whose control plane is hosted by Tencent Cloud
//    outside the user's cluster ("托管网格", istio.io/latest/zh/docs/setup/platform-setup/tencent-cloud-mesh/)
//    and which injects by revision label only (cloud.tencent.com/document/faq/1261/63059);
//  - `ambient`: Istio's sidecar-less data plane (istio.io/latest/docs/ambient/overview/).
// The model takes this declaration as input and derives from it what the injector writes and
// which identities and addresses the data plane uses.
import { StringMap } from './objects';

/** Which mesh the cluster runs. */
export type MeshProvider = 'istio' | 'tcm' | 'ambient';

/** Where the proxies fetch config and certificates from. */
export type ControlPlane =
  /** istiod Pods in the cluster; proxies dial `istiod[-<rev>].<ns>.svc:15012`. */
  | { readonly kind: 'in-cluster'; readonly namespace: string; readonly podLabels: StringMap; readonly port: number }
  /** A control plane outside the cluster (TCM's hosted mode, Istio's external control plane). */
  | { readonly kind: 'external'; readonly cidrs: readonly string[]; readonly port: number };

/** The mesh installation of a cluster (Helm values or the managed mesh's settings). */
export interface MeshInstall {
  /** Which mesh. */
  readonly provider: MeshProvider;
  /** `values.global.hub`. */
  readonly hub?: string;
  /** `values.global.tag`. */
  readonly tag?: string;
  /**
   * `values.global.proxy.image`. The injection template uses a value containing `/` verbatim
   * (a full reference, e.g. digest-pinned); otherwise it is the image name under hub and tag.
   */
  readonly image?: string;
  /** `values.global.variant` (`distroless`, `debug`). */
  readonly variant?: string;
  /** `values.pilot.cni.enabled`: the istio-cni node agent sets up redirection instead of istio-init. */
  readonly cni?: boolean;
  /** The control plane revision (`values.revision`); '' is the default revision. */
  readonly revision?: string;
  /** `meshConfig.trustDomain`. */
  readonly trustDomain?: string;
  /** `meshConfig.trustDomainAliases`. */
  readonly trustDomainAliases?: readonly string[];
  /** `meshConfig.rootNamespace`: where mesh-wide policies live. */
  readonly rootNamespace?: string;
  /** `values.global.proxy.resources`. */
  readonly proxyResources?: { readonly requests?: StringMap; readonly limits?: StringMap };
  /** `values.pilot.env.ENABLE_NATIVE_SIDECARS`: istio-proxy as a restartable init container. */
  readonly nativeSidecars?: boolean;
  /** `meshConfig.enablePrometheusMerge`. */
  readonly enablePrometheusMerge?: boolean;
  /** Where the control plane is. */
  readonly controlPlane?: ControlPlane;
}

/** A mesh installation with every default filled in. */
export interface ResolvedMesh extends Required<Omit<MeshInstall, 'image' | 'variant' | 'hub' | 'tag'>> {
  /** The image the injector writes for istio-proxy and istio-init/istio-validation. */
  readonly proxyImage: string;
  /** The declaration it was resolved from. */
  readonly install: MeshInstall;
}

/**
 * `values.global.proxy.resources` of the istiod chart: requests 100m/128Mi, limits 2000m/1024Mi
 * (istio/istio manifests/charts/istio-control/istio-discovery/values.yaml).
 */
export const ISTIO_PROXY_RESOURCES = Object.freeze({
  requests: Object.freeze({ cpu: '100m', memory: '128Mi' }),
  limits: Object.freeze({ cpu: '2000m', memory: '1024Mi' }),
});

/** The proxy's user and group: `defaultProxyUID` 1337 (istio/istio pkg/kube/inject). */
export const PROXY_UID = 1337;

/** istiod's xDS/CA port, the template's `CA_ADDR` (`istiod.istio-system.svc:15012`). */
export const ISTIOD_PORT = 15012;

/**
 * The image reference the injector writes: `<hub>/<image>:<tag>[-<variant>]`, or the image value
 * itself when it contains a `/` (istio/istio pkg/kube/inject/inject.go ProxyImage and imageURL;
 * injection-template.yaml `if contains "/" ... .Values.global.proxy.image`).
 */
export function proxyImageOf(mesh: MeshInstall, imageType: string | undefined = mesh.variant): string {
  const image = mesh.image ?? 'proxyv2';
  if (image.includes('/')) return image;
  if (!mesh.hub || !mesh.tag) throw new Error('a mesh declares either a full proxy image or hub and tag');
  if (!imageType) return `${mesh.hub}/${image}:${mesh.tag}`;
  // updateImageTypeIfPresent: a known type already in the tag is replaced, `default` removes it.
  let tag = mesh.tag;
  for (const known of ['distroless', 'debug']) if (tag.endsWith(`-${known}`)) tag = tag.slice(0, -(known.length + 1));
  return imageType === 'default' ? `${mesh.hub}/${image}:${tag}` : `${mesh.hub}/${image}:${tag}-${imageType}`;
}

/** Fills in the defaults of each provider. */
export function resolveMesh(mesh: MeshInstall): ResolvedMesh {
  const revision = mesh.revision ?? '';
  if (mesh.provider === 'tcm' && revision === '') {
    // TCM 1.6 and later inject only into namespaces labelled istio.io/rev=<revision> (1-8-1, ...).
    throw new Error('a TCM mesh has a revision (its injection label istio.io/rev=<revision>)');
  }
  const istioNamespace = 'istio-system';
  const controlPlane: ControlPlane = mesh.controlPlane ?? (mesh.provider === 'tcm'
    ? (() => { throw new Error('a TCM mesh declares where its hosted control plane is (controlPlane.cidrs)'); })()
    : { kind: 'in-cluster', namespace: istioNamespace, podLabels: { app: 'istiod', ...(revision ? { 'istio.io/rev': revision } : {}) }, port: ISTIOD_PORT });
  return {
    provider: mesh.provider,
    // Ambient needs the CNI node agent: it is what puts pods into ztunnel's redirection.
    cni: mesh.provider === 'ambient' ? true : mesh.cni ?? false,
    revision,
    trustDomain: mesh.trustDomain ?? 'cluster.local',
    trustDomainAliases: mesh.trustDomainAliases ?? [],
    rootNamespace: mesh.rootNamespace ?? istioNamespace,
    proxyResources: mesh.proxyResources ?? ISTIO_PROXY_RESOURCES,
    nativeSidecars: mesh.nativeSidecars ?? false,
    enablePrometheusMerge: mesh.enablePrometheusMerge ?? true,
    controlPlane,
    proxyImage: proxyImageOf(mesh),
    install: mesh,
  };
}

/** The SPIFFE identity (without `spiffe://`) of a service account, as principals name it. */
export function principalOf(trustDomain: string, namespace: string, serviceAccount: string): string {
  return `${trustDomain}/ns/${namespace}/sa/${serviceAccount}`;
}
