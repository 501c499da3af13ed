// HardenedDeployment: a stateless service that passes every applicable control as written.
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { availabilityRules } from './alerts';
import { anomalyRules } from './anomaly';
import { buildPodTemplate, metadataOf, resolvePod } from './hardening';
import { HardenedServiceProps } from './pod-props';
import { emitServingObjects, resolveAutoscaling, resolveServing } from './serving';
import { DEPLOYMENT_SHAPE } from './shapes';
import { checkTenantFit, deploymentPeak } from './tenant-fit';
import { HardenedWorkload, checkNameFree } from './workload';

/** Horizontal autoscaling of a HardenedDeployment. */
export interface AutoscalingOptions {
  /**
   * Upper bound of replicas (at most 1000).
   * @default - three times `replicas`, capped at 1000 (the bound of this prop)
   */
  readonly maxReplicas?: number;
  /**
   * Average CPU utilization (percent of the request) the autoscaler aims for.
   * @default 70 - leaves headroom for a spike while new replicas start
   */
  readonly cpuUtilization?: number;
}

/** Props of a HardenedDeployment. */
export interface HardenedDeploymentProps extends HardenedServiceProps {
  /**
   * Horizontal autoscaling between `replicas` and `maxReplicas`, or false for a fixed count.
   * While autoscaling is on, the Deployment leaves `spec.replicas` unset so re-applying the
   * manifest never resets what the autoscaler chose (the Kubernetes guidance for HPA targets).
   * @default - on, minimum `replicas`, maximum three times that, 70% CPU
   */
  readonly autoscaling?: AutoscalingOptions | boolean;
}

const KIND = { kind: 'Deployment' as const, maxNameLength: 63, shape: DEPLOYMENT_SHAPE };

/**
 * A Deployment with everything around it that makes it pass the catalog by construction: its
 * own ServiceAccount, a ClusterIP Service, a PodDisruptionBudget, a HorizontalPodAutoscaler, a
 * NetworkPolicy and (in a mesh) an AuthorizationPolicy that admit only named peers, a
 * ServiceMonitor when metrics are served, and availability alerts.
 *
 * @example
 * const api = new HardenedDeployment(payments, 'api', {
 *   image: 'ccr.ccs.tencentyun.com/payments/api@sha256:...',
 *   port: 8080,
 *   resources: { cpu: '500m', memory: '512Mi' },
 * });
 * api.allowFrom(gateway);
 */
export class HardenedDeployment extends HardenedWorkload {
  /** The Deployment. */
  public readonly deployment: ApiObject;
  /** The Service, when the workload has a port. */
  public readonly service?: ApiObject;
  /** The ServiceMonitor, when a metrics port is given. */
  public readonly serviceMonitor?: ApiObject;
  /** The PodDisruptionBudget. */
  public readonly podDisruptionBudget: ApiObject;
  /** The HorizontalPodAutoscaler, unless autoscaling is off. */
  public readonly horizontalPodAutoscaler?: ApiObject;
  /** Minimum (or fixed) replica count. */
  public readonly replicas: number;
  /** The application port, if any. */
  public readonly port?: number;

  constructor(scope: Construct, id: string, props: HardenedDeploymentProps) {
    // Everything is validated before the construct joins the tree: a KubewardError leaves no trace.
    const pod = resolvePod(scope, id, props, KIND);
    const path = scope.node.path ? `${scope.node.path}/${id}` : id;
    const serving = resolveServing(path, props, pod.placement.mesh);
    const autoscaling = resolveAutoscaling(path, props.autoscaling, serving.replicas);
    // What the HPA promises must be reachable: its maximum (or the fixed count) plus the 25%
    // rollout surge, sidecars included, next to the tenant's other workloads.
    const peak = deploymentPeak(autoscaling ? autoscaling.maxReplicas : serving.replicas, autoscaling !== undefined);
    const services = serving.port !== undefined || serving.metricsPort !== undefined ? 1 : 0;
    const bookQuota = checkTenantFit(path, pod.placement.tenant, pod, peak, { services });
    checkNameFree(scope, path, pod.placement.namespace, pod.name);
    bookQuota();
    super(scope, id, pod, { ports: serving.admitPorts, selfTraffic: false, alertRules: availabilityRules('Deployment', pod.placement.namespace, pod.name), anomalyRules: anomalyRules('Deployment', pod.placement.namespace, pod.name, pod.placement.mesh) }, 'HardenedDeployment');
    this.replicas = serving.replicas;
    this.port = serving.port;

    const template = buildPodTemplate(pod, serving.extras);
    this.deployment = new ApiObject(this, 'Deployment', {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: metadataOf(pod, pod.name),
      spec: {
        ...(autoscaling ? {} : { replicas: serving.replicas }),
        selector: { matchLabels: { ...pod.selectorLabels } },
        // Never go below the desired count during a rollout: surge first, then retire.
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 } },
        revisionHistoryLimit: 5,
        template,
      },
    });
    const serve = emitServingObjects(this, pod, serving, false);
    this.service = serve.service;
    this.serviceMonitor = serve.serviceMonitor;
    this.podDisruptionBudget = serve.podDisruptionBudget;
    if (autoscaling) {
      this.horizontalPodAutoscaler = new ApiObject(this, 'HorizontalPodAutoscaler', {
        apiVersion: 'autoscaling/v2',
        kind: 'HorizontalPodAutoscaler',
        metadata: metadataOf(pod, pod.name),
        spec: {
          scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: pod.name },
          minReplicas: serving.replicas,
          maxReplicas: autoscaling.maxReplicas,
          metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: autoscaling.cpuUtilization } } }],
          // Scale down slowly: a brief lull should not cost the capacity the next spike needs.
          behavior: { scaleDown: { stabilizationWindowSeconds: 300 } },
        },
      });
    }
    if (serving.metricsScraper && serving.scrapePort !== undefined) {
      this._admit(serving.metricsScraper, [serving.scrapePort], 'metricsScraper', serving.mergedMetrics);
    }
  }
}
