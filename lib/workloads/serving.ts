// What long-running workloads (Deployment, StatefulSet) share beyond the pod: ports, probes,
// replicas and spreading, and the Service, ServiceMonitor and PodDisruptionBudget in front of them.
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { PodExtras, ResolvedPod, buildProbes, containerPort, metadataOf } from './hardening';
import { IPeer, defaultMetricsScraper, toPeer } from './peers';
import { AppProtocol, HardenedServiceProps, ZoneSpread } from './pod-props';
import { intInRange, requireRecord, show } from '../core/checks';
import { KubewardError } from '../core/errors';
import { ISTIO_MERGED_METRICS_PATH, ISTIO_MERGED_METRICS_PORT, ISTIO_RESERVED_PORTS, PROMETHEUS_ANNOTATIONS } from '../mesh/injection';

/** Resolved serving props. */
export interface ResolvedServing {
  /** Application container port. */
  readonly port?: number;
  /** Service port. */
  readonly servicePort?: number;
  /** Port name (the protocol). */
  readonly portName: string;
  /** Metrics port. */
  readonly metricsPort?: number;
  /** Metrics path. */
  readonly metricsPath: string;
  /** Who scrapes metrics. */
  readonly metricsScraper?: IPeer;
  /**
   * The port the scraper connects to: the metrics port, or in the mesh the sidecar's merged
   * metrics port 15020 (see `emitServingObjects`).
   */
  readonly scrapePort?: number;
  /** Whether metrics are scraped through Istio's metrics merging (the workload is in the mesh). */
  readonly mergedMetrics: boolean;
  /** Replica count. */
  readonly replicas: number;
  /** Pod extras (ports, probes, spreading). */
  readonly extras: PodExtras;
  /** Ports peers may be admitted on. */
  readonly admitPorts: number[];
}

const PROTOCOLS = new Set<string>(Object.values(AppProtocol));

/** Validates the serving props (after resolvePod, so errors come in prop order). */
export function resolveServing(path: string, props: HardenedServiceProps, mesh: boolean): ResolvedServing {
  const port = props.port === undefined ? undefined : containerPort(path, 'port', props.port);
  if (port === undefined && props.servicePort !== undefined) {
    throw new KubewardError(path, 'servicePort', 'is set without port', 'set port (the container port) as well');
  }
  const servicePort = port === undefined ? undefined : intInRange(path, 'servicePort', props.servicePort, 1, 65535, port);
  const portName = props.appProtocol ?? AppProtocol.HTTP;
  if (!PROTOCOLS.has(portName)) {
    throw new KubewardError(path, 'appProtocol', `${show(portName)} is not one of ${[...PROTOCOLS].join(', ')}`, 'use an AppProtocol value');
  }
  const metricsPort = props.metricsPort === undefined ? undefined : containerPort(path, 'metricsPort', props.metricsPort);
  if (metricsPort !== undefined && metricsPort === port) {
    throw new KubewardError(path, 'metricsPort', `equals port ${port}`, 'serve metrics on their own port, or omit metricsPort');
  }
  // The Service exposes metricsPort as it is beside servicePort: the same number twice is a
  // Service the API server refuses (spec.ports: duplicate port/protocol).
  if (metricsPort !== undefined && metricsPort === servicePort) {
    throw new KubewardError(path, 'servicePort', `equals metricsPort ${metricsPort}, which the Service exposes as well`, 'pick a servicePort other than metricsPort');
  }
  if (metricsPort === undefined && (props.metricsPath !== undefined || props.metricsScraper !== undefined)) {
    throw new KubewardError(path, props.metricsPath !== undefined ? 'metricsPath' : 'metricsScraper', 'is set without metricsPort', 'set metricsPort as well');
  }
  const metricsPath = props.metricsPath ?? '/metrics';
  if (typeof metricsPath !== 'string' || !/^\/[!-~]*$/.test(metricsPath)) {
    throw new KubewardError(path, 'metricsPath', `${show(metricsPath)} is not an absolute HTTP path`, 'start it with "/" (e.g. "/metrics")');
  }
  const metricsScraper = metricsPort === undefined ? undefined : props.metricsScraper === undefined ? defaultMetricsScraper() : toPeer(path, 'metricsScraper', props.metricsScraper);
  if (mesh) {
    // The sidecar and its agent listen on these ports inside the pod; an application port among
    // them collides with them (istio.io "Ports used by Istio").
    for (const [prop, p] of [['port', port], ['metricsPort', metricsPort]] as const) {
      if (p !== undefined && ISTIO_RESERVED_PORTS.includes(p)) {
        throw new KubewardError(path, prop, `${p} is one of the ports the Istio sidecar uses (${ISTIO_RESERVED_PORTS.join(', ')})`, 'listen on another port');
      }
    }
  }
  // In the mesh a plaintext scrape of the metrics port is refused by STRICT mTLS. Istio's metrics
  // merging (meshConfig.enablePrometheusMerge, on by default) serves the application's metrics,
  // fetched by the agent over localhost, together with the proxy's on the status port 15020, which
  // the sidecar does not intercept (istio.io docs/ops/integrations/prometheus, "Option 1").
  const mergedMetrics = mesh && metricsPort !== undefined;
  const scrapePort = metricsPort === undefined ? undefined : mergedMetrics ? ISTIO_MERGED_METRICS_PORT : metricsPort;
  const annotations: Record<string, string> = mergedMetrics
    ? {
      // The injector reads these, points them at the agent, and the agent scrapes the original port and path.
      [PROMETHEUS_ANNOTATIONS.scrape]: 'true',
      [PROMETHEUS_ANNOTATIONS.port]: String(metricsPort),
      [PROMETHEUS_ANNOTATIONS.path]: metricsPath,
      [PROMETHEUS_ANNOTATIONS.merge]: 'true',
    }
    : {};
  const replicas = props.replicas === undefined ? 3 : replicaCount(path, 'replicas', props.replicas);
  const zoneSpread = props.zoneSpread ?? ZoneSpread.REQUIRED;
  if (zoneSpread !== ZoneSpread.REQUIRED && zoneSpread !== ZoneSpread.PREFERRED) {
    throw new KubewardError(path, 'zoneSpread', `${show(zoneSpread)} is not a ZoneSpread`, 'use ZoneSpread.REQUIRED or ZoneSpread.PREFERRED');
  }
  const probes = buildProbes(path, props.probes, port);
  const ports: Array<{ name: string; containerPort: number }> = [];
  if (port !== undefined) ports.push({ name: portName, containerPort: port });
  if (metricsPort !== undefined) ports.push({ name: 'metrics', containerPort: metricsPort });
  return {
    port,
    servicePort,
    portName,
    metricsPort,
    metricsPath,
    metricsScraper,
    scrapePort,
    mergedMetrics,
    replicas,
    extras: { ports, probes, zoneSpread, ...(Object.keys(annotations).length > 0 ? { annotations } : {}) },
    admitPorts: port === undefined ? [] : [port],
  };
}

/** Checks a replica count: HA needs at least two (KW-HA-003). */
export function replicaCount(path: string, prop: string, value: unknown): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 2) {
    throw new KubewardError(path, prop, `${value} replica${value === 1 ? '' : 's'} cannot survive a node or zone failure (KW-HA-003)`, 'use at least 2 (the default 3 spreads one per zone)');
  }
  return intInRange(path, prop, value, 2, MAX_REPLICAS);
}

/** The objects in front of a long-running workload. */
export interface ServingObjects {
  /** The Service, when there is a port. */
  readonly service?: ApiObject;
  /** The ServiceMonitor, when there is a metrics port. */
  readonly serviceMonitor?: ApiObject;
  /** The PodDisruptionBudget. */
  readonly podDisruptionBudget: ApiObject;
}

/** Emits the Service (headless for StatefulSets), ServiceMonitor and PodDisruptionBudget. */
export function emitServingObjects(scope: Construct, pod: ResolvedPod, serving: ResolvedServing, headless: boolean): ServingObjects {
  let service: ApiObject | undefined;
  let serviceMonitor: ApiObject | undefined;
  const ports: Array<Record<string, unknown>> = [];
  if (serving.port !== undefined) ports.push({ name: serving.portName, port: serving.servicePort, targetPort: serving.portName, protocol: 'TCP' });
  if (serving.metricsPort !== undefined) ports.push({ name: 'metrics', port: serving.metricsPort, targetPort: 'metrics', protocol: 'TCP' });
  if (ports.length > 0) {
    service = new ApiObject(scope, 'Service', {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: metadataOf(pod, pod.name),
      spec: {
        type: 'ClusterIP',
        ...(headless ? { clusterIP: 'None', publishNotReadyAddresses: false } : {}),
        selector: { ...pod.selectorLabels },
        ports,
      },
    });
  }
  if (serving.metricsPort !== undefined) {
    // Without the mesh Prometheus scrapes the metrics port directly. In the mesh it finds the pods
    // through the Service's `metrics` port and scrapes the merged metrics on the pod's port 15020
    // instead (the relabeling rewrites the target address), the same target Istio's own
    // prometheus-operator sample scrapes (istio/istio samples/addons/extras/prometheus-operator.yaml).
    const endpoint = serving.mergedMetrics
      ? {
        port: 'metrics',
        path: ISTIO_MERGED_METRICS_PATH,
        interval: '30s',
        scheme: 'http',
        relabelings: [{
          // IPv4 pod addresses (TKE's default); the target keeps its address when the rule does not match.
          sourceLabels: ['__meta_kubernetes_pod_ip'],
          regex: '([0-9.]+)',
          targetLabel: '__address__',
          replacement: `$1:${ISTIO_MERGED_METRICS_PORT}`,
          action: 'replace',
        }],
      }
      : { port: 'metrics', path: serving.metricsPath, interval: '30s', scheme: 'http' };
    serviceMonitor = new ApiObject(scope, 'ServiceMonitor', {
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'ServiceMonitor',
      metadata: metadataOf(pod, pod.name),
      spec: {
        selector: { matchLabels: { ...pod.selectorLabels } },
        namespaceSelector: { matchNames: [pod.placement.namespace] },
        endpoints: [endpoint],
      },
    });
  }
  const podDisruptionBudget = new ApiObject(scope, 'PodDisruptionBudget', {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: metadataOf(pod, pod.name),
    spec: {
      // One voluntary eviction at a time: node drains always make progress (KW-HA-005), and
      // never take more than one replica at once.
      maxUnavailable: 1,
      selector: { matchLabels: { ...pod.selectorLabels } },
      // A crash-looping pod protects nothing; letting drains evict it keeps upgrades moving.
      unhealthyPodEvictionPolicy: 'AlwaysAllow',
    },
  });
  return { service, serviceMonitor, podDisruptionBudget };
}

/** The most replicas kubeward lets a workload ask for, or an autoscaler reach. @internal */
export const MAX_REPLICAS = 1000;

/**
 * Validates the autoscaling prop of a Deployment. The default maximum, three times `replicas`,
 * is capped at MAX_REPLICAS: it is the bound an explicit `maxReplicas` must respect, so the
 * default never asks for what the prop itself refuses (replicas 400 scales up to 1000, not 1200).
 */
export function resolveAutoscaling(path: string, raw: unknown, minReplicas: number): { maxReplicas: number; cpuUtilization: number } | undefined {
  if (raw === false) return undefined;
  const a = raw === undefined || raw === true ? {} : requireRecord(path, 'autoscaling', raw, 'pass { maxReplicas?, cpuUtilization? } or false');
  const maxReplicas = intInRange(path, 'autoscaling.maxReplicas', a.maxReplicas, 1, MAX_REPLICAS, Math.min(minReplicas * 3, MAX_REPLICAS));
  if (maxReplicas < minReplicas) {
    throw new KubewardError(path, 'autoscaling.maxReplicas', `${maxReplicas} is below the minimum ${minReplicas} (replicas)`, `raise maxReplicas to at least ${minReplicas}, or lower replicas`);
  }
  const cpuUtilization = intInRange(path, 'autoscaling.cpuUtilization', a.cpuUtilization, 10, 100, 70);
  return { maxReplicas, cpuUtilization };
}
