// What long-running workloads (Deployment, StatefulSet) share beyond the pod: ports, probes,
// replicas and spreading, and the Service, ServiceMonitor and PodDisruptionBudget in front of them.
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { PodExtras, ResolvedPod, buildProbes, containerPort, metadataOf } from './hardening';
import { IPeer, defaultMetricsScraper, toPeer } from './peers';
import { AppProtocol, HardenedServiceProps, ZoneSpread } from './pod-props';
import { intInRange, requireRecord, show } from '../core/checks';
import { KubewardError } from '../core/errors';

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
  if (metricsPort === undefined && (props.metricsPath !== undefined || props.metricsScraper !== undefined)) {
    throw new KubewardError(path, props.metricsPath !== undefined ? 'metricsPath' : 'metricsScraper', 'is set without metricsPort', 'set metricsPort as well');
  }
  const metricsPath = props.metricsPath ?? '/metrics';
  if (typeof metricsPath !== 'string' || !/^\/[!-~]*$/.test(metricsPath)) {
    throw new KubewardError(path, 'metricsPath', `${show(metricsPath)} is not an absolute HTTP path`, 'start it with "/" (e.g. "/metrics")');
  }
  const metricsScraper = metricsPort === undefined ? undefined : props.metricsScraper === undefined ? defaultMetricsScraper() : toPeer(path, 'metricsScraper', props.metricsScraper);
  if (mesh && metricsScraper && metricsScraper.toIstioSource() === undefined) {
    throw new KubewardError(path, 'metricsScraper', `${metricsScraper.peerDescription} has no mesh identity, and the mesh refuses plaintext scrapes (STRICT mTLS)`, 'scrape from a mesh member (e.g. Prometheus with the Istio certificate mount), or run without the mesh');
  }
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
    replicas,
    extras: { ports, probes, zoneSpread },
    admitPorts: port === undefined ? [] : [port],
  };
}

/** Checks a replica count: HA needs at least two (KW-HA-003). */
export function replicaCount(path: string, prop: string, value: unknown): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 2) {
    throw new KubewardError(path, prop, `${value} replica${value === 1 ? '' : 's'} cannot survive a node or zone failure (KW-HA-003)`, 'use at least 2 (the default 3 spreads one per zone)');
  }
  return intInRange(path, prop, value, 2, 1000);
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
    serviceMonitor = new ApiObject(scope, 'ServiceMonitor', {
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'ServiceMonitor',
      metadata: metadataOf(pod, pod.name),
      spec: {
        selector: { matchLabels: { ...pod.selectorLabels } },
        namespaceSelector: { matchNames: [pod.placement.namespace] },
        endpoints: [{ port: 'metrics', path: serving.metricsPath, interval: '30s', scheme: 'http' }],
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

/** Validates the autoscaling prop of a Deployment. */
export function resolveAutoscaling(path: string, raw: unknown, minReplicas: number): { maxReplicas: number; cpuUtilization: number } | undefined {
  if (raw === false) return undefined;
  const a = raw === undefined || raw === true ? {} : requireRecord(path, 'autoscaling', raw, 'pass { maxReplicas?, cpuUtilization? } or false');
  const maxReplicas = intInRange(path, 'autoscaling.maxReplicas', a.maxReplicas, 1, 1000, minReplicas * 3);
  if (maxReplicas < minReplicas) {
    throw new KubewardError(path, 'autoscaling.maxReplicas', `${maxReplicas} is below the minimum ${minReplicas} (replicas)`, `raise maxReplicas to at least ${minReplicas}, or lower replicas`);
  }
  const cpuUtilization = intInRange(path, 'autoscaling.cpuUtilization', a.cpuUtilization, 10, 100, 70);
  return { maxReplicas, cpuUtilization };
}
