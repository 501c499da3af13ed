// What Istio's sidecar injector does to a pod, as far as kubeward depends on it. Each fact names
// the upstream file it follows; the cluster model in test/cluster-model checks the same facts, so
// a test fails when the assumption and Istio disagree.
//
// Source of the injection facts: istio/istio
// manifests/charts/istio-control/istio-discovery/files/injection-template.yaml (the `sidecar`
// template) and manifests/charts/istio-control/istio-discovery/values.yaml (`global.proxy`).

/** The proxy container the injector adds to `spec.containers` (or, with native sidecars, to `initContainers`). */
export const ISTIO_PROXY_CONTAINER = 'istio-proxy';

/**
 * The init container that installs the iptables redirect. Without the CNI node agent it is
 * `istio-init`, running as root with NET_ADMIN and NET_RAW; with the agent (`istio_cni.enabled`,
 * chart value `pilot.cni.enabled`) it is `istio-validation`, which only checks the redirect and
 * runs as UID 1337 without added capabilities.
 */
export const ISTIO_INIT_CONTAINER = 'istio-init';
/** The init container injected instead of `istio-init` when Istio's CNI node agent is installed. */
export const ISTIO_VALIDATION_CONTAINER = 'istio-validation';

/** Names of every container the sidecar injector adds (the image policy admits the proxy image only under these). */
export const INJECTED_CONTAINERS: readonly string[] = [ISTIO_PROXY_CONTAINER, ISTIO_INIT_CONTAINER, ISTIO_VALIDATION_CONTAINER];

/** Capabilities `istio-init` adds without the CNI node agent (injection-template.yaml, `capabilities.add`). */
export const ISTIO_INIT_CAPABILITIES: readonly string[] = ['NET_ADMIN', 'NET_RAW'];

/**
 * Pod annotation that overrides the injected image. The template uses it for `istio-proxy` and, in
 * current releases, for the init container too, whenever the value contains a "/" (a full
 * reference), so a digest-pinned reference here is exactly what the pod runs.
 */
export const PROXY_IMAGE_ANNOTATION = 'sidecar.istio.io/proxyImage';

/**
 * Pod annotations that set the sidecar's resources. When any of them is present the template
 * writes only what they give (requests from proxyCPU/proxyMemory, limits from the *Limit ones);
 * when none is, it writes `global.proxy.resources`. Current templates give the init container the
 * same resources.
 */
export const PROXY_RESOURCE_ANNOTATIONS = {
  cpu: 'sidecar.istio.io/proxyCPU',
  memory: 'sidecar.istio.io/proxyMemory',
  cpuLimit: 'sidecar.istio.io/proxyCPULimit',
  memoryLimit: 'sidecar.istio.io/proxyMemoryLimit',
} as const;

/** `global.proxy.resources` in values.yaml: what the sidecar gets when no annotation says otherwise. */
export const ISTIO_DEFAULT_PROXY_RESOURCES = {
  requests: { cpu: '100m', memory: '128Mi' },
  limits: { cpu: '2000m', memory: '1024Mi' },
} as const;

/** UID of the proxy (`runAsUser: 1337`); the redirect lets this UID's traffic bypass the proxy, so an app must never run as it. */
export const ISTIO_PROXY_UID = 1337;

/**
 * Port of istiod's XDS and CA service over TLS: the injected `CA_ADDR` is
 * `istiod[-<revision>].<istioNamespace>.svc:15012`, and the proxy fetches its configuration there too.
 */
export const ISTIOD_XDS_PORT = 15012;

/**
 * The agent's status port (`global.proxy.statusPort`), which serves the merged Prometheus metrics
 * at `/stats/prometheus`. The redirect excludes it from inbound capture (`-d 15090,15021,<statusPort>`),
 * so the sidecar neither terminates mTLS nor applies AuthorizationPolicies on it.
 */
export const ISTIO_MERGED_METRICS_PORT = 15020;
/** Path of the merged metrics on the status port. */
export const ISTIO_MERGED_METRICS_PATH = '/stats/prometheus';

/**
 * Ports the proxy and agent use inside the pod ("Ports used by Istio", istio.io docs/ops/deployment/application-requirements):
 * an application listening on one of them collides with the sidecar.
 */
export const ISTIO_RESERVED_PORTS: readonly number[] = [15000, 15001, 15004, 15006, 15008, 15009, 15020, 15021, 15053, 15090];

/**
 * Pod annotations the injector reads for metrics merging (`meshConfig.enablePrometheusMerge`,
 * true by default in values.yaml): it rewrites `prometheus.io/port` and `prometheus.io/path` to the
 * status port, and the agent scrapes the application at the original port and path over
 * localhost and serves both together (istio/api mesh/v1alpha1 `enablePrometheusMerge`;
 * istio.io docs/ops/integrations/prometheus, "Option 1: Metrics merging").
 */
export const PROMETHEUS_ANNOTATIONS = {
  scrape: 'prometheus.io/scrape',
  port: 'prometheus.io/port',
  path: 'prometheus.io/path',
  merge: 'prometheus.istio.io/merge-metrics',
} as const;
