// The cluster a platform's manifests say they expect, for running them through the model: the
// mesh each meshed tenant Namespace records (kubeward.dev/mesh-provider, kubeward.dev/mesh-cni,
// kubeward.dev/mesh-proxy-image, the istio.io/rev label), and where it records nothing, what a
// standard install gives: Istio from its Helm charts without the CNI agent
// (values `pilot.cni.enabled: false`), proxy image `docker.io/istio/proxyv2:<tag>` from the release
// hub (istio.io/latest/docs/setup/install/helm/). A platform that states nothing about its mesh
// is therefore run against the mesh a user would most likely install by following Istio's docs.
import { ClusterConfig } from './cluster';
import { MeshInstall, MeshProvider } from './mesh';
import { Obj } from './objects';

/** The Istio release a standard install pulls when the platform names none. */
export const DEFAULT_ISTIO: MeshInstall = { provider: 'istio', hub: 'docker.io/istio', tag: '1.24.2', cni: false };

/** Namespaces whose Istio objects show the tenant expects a mesh. */
function meshedNamespaces(manifests: readonly Obj[]): Obj[] {
  const istio = new Set(manifests.filter((o) => String(o.apiVersion).includes('istio.io')).map((o) => o.metadata?.namespace));
  return manifests.filter((o) => o.kind === 'Namespace' && istio.has(o.metadata.name));
}

/**
 * The mesh the manifests declare (one for the whole cluster; differing declarations throw), with
 * `extra` for what a namespace cannot say (a TCM control plane's address).
 */
export function declaredMesh(manifests: readonly Obj[], extra: Partial<MeshInstall> = {}): MeshInstall | undefined {
  const namespaces = meshedNamespaces(manifests);
  if (namespaces.length === 0) return undefined;
  const declared = namespaces.map((ns) => {
    const a = ns.metadata.annotations ?? {};
    const revision = ns.metadata.labels?.['istio.io/rev'];
    if (a['kubeward.dev/mesh-provider'] === undefined) return JSON.stringify({ ...DEFAULT_ISTIO, ...(revision ? { revision } : {}) });
    return JSON.stringify({
      provider: a['kubeward.dev/mesh-provider'] as MeshProvider,
      cni: a['kubeward.dev/mesh-cni'] === 'true',
      ...(a['kubeward.dev/mesh-proxy-image'] ? { image: a['kubeward.dev/mesh-proxy-image'] } : { hub: DEFAULT_ISTIO.hub, tag: DEFAULT_ISTIO.tag }),
      ...(revision ? { revision } : {}),
    });
  });
  const distinct = [...new Set(declared)];
  if (distinct.length > 1) throw new Error(`the tenants declare different meshes: ${distinct.join(' / ')}`);
  return { ...(JSON.parse(distinct[0]) as MeshInstall), ...extra };
}

/** The modelled cluster for a platform: its declared mesh on Kubernetes 1.`kubernetesMinor`. */
export function clusterForPlatform(
  manifests: readonly Obj[],
  kubernetesMinor: number,
  overrides: Partial<ClusterConfig> & { meshExtra?: Partial<MeshInstall> } = {},
): ClusterConfig {
  const { meshExtra, ...rest } = overrides;
  return { kubernetesMinor, mesh: declaredMesh(manifests, meshExtra), ...rest };
}
