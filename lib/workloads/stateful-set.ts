// HardenedStatefulSet: replicas with stable identities and their own persistent volumes.
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { availabilityRules } from './alerts';
import { anomalyRules } from './anomaly';
import { buildPodTemplate, metadataOf, resolvePod } from './hardening';
import { HardenedServiceProps } from './pod-props';
import { emitServingObjects, resolveServing } from './serving';
import { STATEFUL_SET_SHAPE } from './shapes';
import { checkTenantFit } from './tenant-fit';
import { absolutePath } from './validate';
import { HardenedWorkload, checkNameFree } from './workload';
import { optionalArray, requireRecord, show } from '../core/checks';
import { KubewardError } from '../core/errors';
import { Quantity, requireExactQuantity } from '../core/quantity';
import { isDnsLabel, isDnsSubdomain } from '../policy/model/names';

/** A persistent volume claimed per replica. */
export interface PersistentVolumeOptions {
  /** Volume name (RFC 1123 label); claims are named `<name>-<workload>-<ordinal>`. */
  readonly name: string;
  /** Absolute directory where it is mounted (writable). */
  readonly mountPath: string;
  /** Requested size, a quantity such as `'20Gi'`. */
  readonly size: string;
  /**
   * StorageClass of the claim.
   * @default - the cluster's default StorageClass (on TKE, CBS premium disks)
   */
  readonly storageClassName?: string;
}

/** Props of a HardenedStatefulSet. */
export interface HardenedStatefulSetProps extends HardenedServiceProps {
  /**
   * Persistent volumes, one claim per replica each.
   * @default - none
   */
  readonly volumes?: readonly PersistentVolumeOptions[];
}

const KIND = { kind: 'StatefulSet' as const, maxNameLength: 52, shape: STATEFUL_SET_SHAPE };

/**
 * A StatefulSet with the same pod hardening as HardenedDeployment, a headless Service for stable
 * member addresses, a PodDisruptionBudget and volume claims that survive scale-down and deletion
 * (data is never removed by a manifest change). Members may talk to each other:
 * `sts.allowFrom(sts)` opens the application port between replicas.
 */
export class HardenedStatefulSet extends HardenedWorkload {
  /** The StatefulSet. */
  public readonly statefulSet: ApiObject;
  /** The headless Service, when the workload has a port. */
  public readonly service?: ApiObject;
  /** The ServiceMonitor, when a metrics port is given. */
  public readonly serviceMonitor?: ApiObject;
  /** The PodDisruptionBudget. */
  public readonly podDisruptionBudget: ApiObject;
  /** Replica count. */
  public readonly replicas: number;
  /** The application port, if any. */
  public readonly port?: number;

  constructor(scope: Construct, id: string, props: HardenedStatefulSetProps) {
    const pod = resolvePod(scope, id, props, KIND);
    const path = scope.node.path ? `${scope.node.path}/${id}` : id;
    const serving = resolveServing(path, props, pod.placement.mesh);
    const volumes = resolveVolumes(path, props.volumes, pod.mounts.map((m) => m.mountPath as string));
    // A StatefulSet rolls one member at a time, replacing it in place: no surge pod.
    // Each member gets its own claim of every volume, kept after scale-down (Retain).
    const storage = volumes.reduce((sum, v) => sum.plus(Quantity.parse(v.size)!.times(serving.replicas)), Quantity.parse('0')!);
    const bookQuota = checkTenantFit(path, pod.placement.tenant, pod, { pods: serving.replicas, reason: `${serving.replicas} members, replaced one at a time` },
      { services: serving.port !== undefined || serving.metricsPort !== undefined ? 1 : 0, claims: volumes.length * serving.replicas, storage });
    checkNameFree(scope, path, pod.placement.namespace, pod.name);
    bookQuota();
    super(scope, id, pod, { ports: serving.admitPorts, selfTraffic: true, alertRules: availabilityRules('StatefulSet', pod.placement.namespace, pod.name), anomalyRules: anomalyRules('StatefulSet', pod.placement.namespace, pod.name, pod.placement.mesh) }, 'HardenedStatefulSet');
    this.replicas = serving.replicas;
    this.port = serving.port;

    const template = buildPodTemplate(pod, { ...serving.extras, extraMounts: volumes.map((v) => ({ name: v.name, mountPath: v.mountPath })) });
    this.statefulSet = new ApiObject(this, 'StatefulSet', {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: metadataOf(pod, pod.name),
      spec: {
        serviceName: pod.name,
        replicas: serving.replicas,
        selector: { matchLabels: { ...pod.selectorLabels } },
        podManagementPolicy: 'OrderedReady',
        updateStrategy: { type: 'RollingUpdate' },
        // Claims outlive scale-down and deletion: losing data must take a deliberate step.
        persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
        revisionHistoryLimit: 5,
        template,
        ...(volumes.length > 0
          ? {
            volumeClaimTemplates: volumes.map((v) => ({
              metadata: { name: v.name, labels: { ...pod.labels } },
              spec: {
                accessModes: ['ReadWriteOnce'],
                resources: { requests: { storage: v.size } },
                ...(v.storageClassName ? { storageClassName: v.storageClassName } : {}),
              },
            })),
          }
          : {}),
      },
    });
    const serve = emitServingObjects(this, pod, serving, true);
    this.service = serve.service;
    this.serviceMonitor = serve.serviceMonitor;
    this.podDisruptionBudget = serve.podDisruptionBudget;
    if (serving.metricsScraper && serving.scrapePort !== undefined) {
      this._admit(serving.metricsScraper, [serving.scrapePort], 'metricsScraper', serving.mergedMetrics);
    }
  }
}

function resolveVolumes(path: string, raw: unknown, otherMounts: readonly string[]): PersistentVolumeOptions[] {
  const list = optionalArray(path, 'volumes', raw, 'pass [{ name, mountPath, size }]');
  const names = new Set<string>();
  const mounts = [...otherMounts];
  return list.map((v, i) => {
    const rec = requireRecord(path, `volumes[${i}]`, v, 'pass { name, mountPath, size }');
    const name = rec.name;
    if (!isDnsLabel(name) || name.startsWith('writable-') || name.startsWith('secret-')) {
      throw new KubewardError(path, `volumes[${i}].name`, `${show(name)} is not a usable volume name`, 'use an RFC 1123 label such as "data" (not starting with "writable-" or "secret-")');
    }
    if (names.has(name)) throw new KubewardError(path, `volumes[${i}].name`, `"${name}" is used twice`, 'give each volume its own name');
    names.add(name);
    const mountPath = absolutePath(path, `volumes[${i}].mountPath`, rec.mountPath);
    for (const m of mounts) {
      if (m === mountPath || m.startsWith(`${mountPath}/`) || mountPath.startsWith(`${m}/`)) {
        throw new KubewardError(path, `volumes[${i}].mountPath`, `${show(mountPath)} overlaps the mount ${show(m)}`, 'mount each volume at its own directory, not nested in another mount');
      }
    }
    mounts.push(mountPath);
    requireExactQuantity(path, `volumes[${i}].size`, rec.size, '20Gi');
    if (rec.storageClassName !== undefined && !isDnsSubdomain(rec.storageClassName)) {
      throw new KubewardError(path, `volumes[${i}].storageClassName`, `${show(rec.storageClassName)} is not a StorageClass name`, 'use the name of an existing StorageClass, or omit it for the default');
    }
    return { name, mountPath, size: rec.size as string, storageClassName: rec.storageClassName as string | undefined };
  });
}
