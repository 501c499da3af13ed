// Props shared by every hardened workload: what the pod runs and how it is confined.
// Defaults are resolved in one place (hardening.ts) and exposed on the construct.
import type { IPeer } from './peers';
import type { MeshOptions } from '../mesh/mode';

/** Compute resources of the workload's container. */
export interface ContainerResources {
  /** CPU request, a Kubernetes quantity (`'250m'`, `'1'`). */
  readonly cpu: string;
  /** Memory request, a Kubernetes quantity (`'256Mi'`, `'1Gi'`). */
  readonly memory: string;
  /**
   * CPU limit; must not be below the request.
   * @default - the request, which gives predictable CPU and, with the memory default, the Guaranteed QoS class
   */
  readonly cpuLimit?: string;
  /**
   * Memory limit; must not be below the request.
   * @default - the request: memory beyond the request is the first thing the kubelet reclaims, so a
   * limit above it mostly buys surprise OOM kills under node pressure
   */
  readonly memoryLimit?: string;
}

/** An explicit, reasoned exception to one control, written to the `kubeward.dev/suppress` annotation. */
export interface WorkloadSuppression {
  /** The control id, e.g. `KW-IMG-002`. */
  readonly id: string;
  /** Why the risk is acceptable (at least 10 characters); it appears in the audit report. */
  readonly reason: string;
}

/** A Secret mounted read-only as files (KW-POD-024: never through environment variables). */
export interface SecretMount {
  /** Name of the Secret in the workload's namespace. */
  readonly secretName: string;
  /** Absolute directory where its keys appear as files. */
  readonly mountPath: string;
}

/** Props of every hardened workload (Deployment, StatefulSet, CronJob). */
export interface HardenedPodProps {
  /**
   * Container image, pinned by digest (`registry/repo@sha256:<64 hex>`) and from a trusted
   * registry. A tag-only image is refused unless `suppressions` holds KW-IMG-002 with a reason.
   */
  readonly image: string;
  /** CPU and memory requests (and optional limits). */
  readonly resources: ContainerResources;
  /**
   * Name of the workload and of every object it creates (Service, ServiceAccount, ...).
   * @default - the construct id
   */
  readonly name?: string;
  /**
   * Namespace to deploy into. Required outside a tenant; inside one it must be omitted or equal
   * the tenant's namespace.
   * @default - the enclosing tenant's namespace
   */
  readonly namespace?: string;
  /**
   * Registries the image may come from. Required outside a tenant; inside one the tenant's list
   * applies and this prop may only narrow it.
   * @default - the enclosing tenant's trusted registries
   */
  readonly trustedRegistries?: readonly string[];
  /**
   * Whether, and in which mesh, the workload runs (an AuthorizationPolicy admits only named peers).
   * Inside a tenant the tenant decides: omit it, or repeat the tenant's on/off as a boolean.
   * Outside a tenant, name the mesh as a tenant does (`{ proxyImage }` for Istio with its CNI
   * agent, see `MeshOptions`); `true` alone is refused, since the proxy image and the control plane
   * would be unknown.
   * @default - the tenant's setting; off outside a tenant, where nothing says a mesh is installed
   */
  readonly mesh?: boolean | MeshOptions;
  /**
   * Value of the `owner` ownership label (KW-AUD-002).
   * @default - the SecureTenant's owner, else the namespace name: the tenant team owns what runs in its namespace
   */
  readonly owner?: string;
  /**
   * Extra labels for every object and the pods. They cannot replace the selector or ownership labels.
   * @default - none
   */
  readonly labels?: Record<string, string>;
  /**
   * Numeric user id the container runs as (not 0).
   * @default 65532 - the "nonroot" user of distroless and Chainguard images, so most hardened
   * images run unchanged; a numeric id also satisfies the kubelet's runAsNonRoot check for images
   * whose USER is a name
   */
  readonly runAsUser?: number;
  /**
   * Numeric group id of the container process (not 0).
   * @default 65532 - matches the default user
   */
  readonly runAsGroup?: number;
  /**
   * Directories that must be writable despite the read-only root filesystem; each gets its own
   * emptyDir volume.
   * @default - none: the whole filesystem is read-only
   */
  readonly writablePaths?: readonly string[];
  /**
   * Size limit of each writable emptyDir.
   * @default '256Mi' - bounded, so a runaway writer is evicted instead of filling the node's disk
   */
  readonly writablePathSizeLimit?: string;
  /**
   * Entrypoint override.
   * @default - the image's entrypoint
   */
  readonly command?: readonly string[];
  /**
   * Arguments.
   * @default - the image's arguments
   */
  readonly args?: readonly string[];
  /**
   * Plain environment variables. Names that look like credentials (PASSWORD, TOKEN, *_KEY, ...)
   * are refused with a literal value: mount a Secret with `secretMounts` instead.
   * @default - none
   */
  readonly env?: Record<string, string>;
  /**
   * Secrets mounted read-only as files.
   * @default - none
   */
  readonly secretMounts?: readonly SecretMount[];
  /**
   * Explicit exceptions, each with a reason. They weaken only what they name and show in audits.
   * @default - none
   */
  readonly suppressions?: readonly WorkloadSuppression[];
  /**
   * Seconds the pod gets to shut down after SIGTERM.
   * @default 30 - the Kubernetes default, stated so reviews see it
   */
  readonly terminationGracePeriodSeconds?: number;
}

/** Health probes of long-running workloads. */
export interface ProbeOptions {
  /**
   * HTTP path for the readiness probe (and for liveness and startup unless set).
   * @default - a TCP check on the container port
   */
  readonly path?: string;
  /**
   * HTTP path for the liveness probe.
   * @default - `path`
   */
  readonly livenessPath?: string;
  /**
   * Command for all three probes when the workload has no port (a queue worker).
   * @default - none; required when there is no port
   */
  readonly command?: readonly string[];
  /**
   * How long the container may take to start before it is restarted.
   * @default 300 - five minutes covers JVM warm-up and migrations without hiding a crash loop for long
   */
  readonly startupTimeoutSeconds?: number;
}

/** The protocol spoken on the application port (it becomes the Service port name). */
export enum AppProtocol {
  /** HTTP/1.1. */
  HTTP = 'http',
  /** HTTP/2 (cleartext). */
  HTTP2 = 'http2',
  /** gRPC. */
  GRPC = 'grpc',
  /** Opaque TCP. */
  TCP = 'tcp',
}

/** How strictly replicas are spread over zones. */
export enum ZoneSpread {
  /**
   * Replicas never pile up in one zone (maxSkew 1, nodes whose taints the pod does not tolerate
   * are not counted, so a failed zone does not block rescheduling).
   */
  REQUIRED = 'DoNotSchedule',
  /** The scheduler prefers an even spread but places pods anyway. */
  PREFERRED = 'ScheduleAnyway',
}

/** Props of long-running workloads (Deployment, StatefulSet). */
export interface HardenedServiceProps extends HardenedPodProps {
  /**
   * Container port the application listens on (1024-65535: the process is not root and holds no
   * capabilities, so it cannot bind lower ports). Without a port there is no Service and no ingress.
   * @default - no port: a worker that only makes outbound calls
   */
  readonly port?: number;
  /**
   * Port of the Service in front of the pods (may be below 1024, e.g. 80).
   * @default - `port`
   */
  readonly servicePort?: number;
  /**
   * Port serving Prometheus metrics; adds a ServiceMonitor and admits `metricsScraper` on it.
   * @default - no metrics scraping
   */
  readonly metricsPort?: number;
  /**
   * HTTP path of the metrics endpoint.
   * @default '/metrics'
   */
  readonly metricsPath?: string;
  /**
   * Who scrapes the metrics. Without the mesh it is admitted on `metricsPort`. In the mesh it is
   * admitted on the sidecar's merged-metrics port 15020 only, which the sidecar does not intercept,
   * so STRICT mTLS does not refuse the plaintext scrape and no mesh identity is needed: Istio's
   * metrics merging serves the application's metrics there together with the proxy's.
   * @default TenantPeer.namespace('monitoring') - where prometheus-operator conventionally runs
   */
  readonly metricsScraper?: IPeer;
  /**
   * Application protocol of the port; names the Service port so Istio and TKE's load balancers
   * treat the traffic right.
   * @default 'http'
   */
  readonly appProtocol?: AppProtocol;
  /**
   * Health probes.
   * @default - TCP probes on `port` (HTTP when `probes.path` is set)
   */
  readonly probes?: ProbeOptions;
  /**
   * Replica count (the HPA minimum for Deployments); at least 2.
   * @default 3 - one per zone of a three-zone TKE region, so a zone outage leaves two thirds of capacity
   */
  readonly replicas?: number;
  /**
   * Zone spreading policy. Hostname spreading is always preferred-only (see the README section "Choices, and why").
   * @default ZoneSpread.REQUIRED
   */
  readonly zoneSpread?: ZoneSpread;
}
