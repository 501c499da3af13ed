// The declared shapes of the workload props (see lib/core/props-shape.ts: adding a prop to one of
// these interfaces means adding its key here, and `tsc` insists). Each constructor checks its
// whole props against its kind's shape before anything else, nested objects included.
import type { HardenedCronJobProps } from './cron-job';
import type { AutoscalingOptions, HardenedDeploymentProps } from './deployment';
import type { ContainerResources, HardenedPodProps, HardenedServiceProps, ProbeOptions, SecretMount, WorkloadSuppression } from './pod-props';
import type { HardenedStatefulSetProps, PersistentVolumeOptions } from './stateful-set';
import type { ConnectionOptions } from './workload';
import { ObjectShape, ShapeFields, VALUE, listOf, shapeOf } from '../core/props-shape';
import { PORTS_SHAPE } from '../network/shapes';

const RESOURCES = shapeOf<ContainerResources>('ContainerResources', { cpu: VALUE, memory: VALUE, cpuLimit: VALUE, memoryLimit: VALUE });
const SECRET_MOUNT = shapeOf<SecretMount>('SecretMount', { secretName: VALUE, mountPath: VALUE });
const SUPPRESSION = shapeOf<WorkloadSuppression>('WorkloadSuppression', { id: VALUE, reason: VALUE });
const PROBES = shapeOf<ProbeOptions>('ProbeOptions', { path: VALUE, livenessPath: VALUE, command: VALUE, startupTimeoutSeconds: VALUE });
const AUTOSCALING = shapeOf<AutoscalingOptions>('AutoscalingOptions', { maxReplicas: VALUE, cpuUtilization: VALUE });
const VOLUME = shapeOf<PersistentVolumeOptions>('PersistentVolumeOptions', { name: VALUE, mountPath: VALUE, size: VALUE, storageClassName: VALUE });

const POD: ShapeFields<HardenedPodProps> = {
  image: VALUE,
  resources: RESOURCES,
  name: VALUE,
  namespace: VALUE,
  trustedRegistries: VALUE,
  mesh: VALUE,
  owner: VALUE,
  labels: VALUE,
  runAsUser: VALUE,
  runAsGroup: VALUE,
  writablePaths: VALUE,
  writablePathSizeLimit: VALUE,
  command: VALUE,
  args: VALUE,
  env: VALUE,
  secretMounts: listOf(SECRET_MOUNT),
  suppressions: listOf(SUPPRESSION),
  terminationGracePeriodSeconds: VALUE,
};

const SERVING: ShapeFields<Omit<HardenedServiceProps, keyof HardenedPodProps>> = {
  port: VALUE,
  servicePort: VALUE,
  metricsPort: VALUE,
  metricsPath: VALUE,
  metricsScraper: VALUE,
  appProtocol: VALUE,
  probes: PROBES,
  replicas: VALUE,
  zoneSpread: VALUE,
};

const NO_CRON = 'a CronJob has no port, probes, replicas or spreading: it runs one pod per schedule and can only be a source (allowTo)';

/** Props of HardenedDeployment. */
export const DEPLOYMENT_SHAPE: ObjectShape = shapeOf<HardenedDeploymentProps>('HardenedDeploymentProps', { ...POD, ...SERVING, autoscaling: AUTOSCALING }, {
  volumes: 'a Deployment\'s replicas share no per-replica volume; use a HardenedStatefulSet for persistent volumes',
  schedule: 'a Deployment runs continuously; use a HardenedCronJob for scheduled work',
});

/** Props of HardenedStatefulSet. */
export const STATEFUL_SET_SHAPE: ObjectShape = shapeOf<HardenedStatefulSetProps>('HardenedStatefulSetProps', { ...POD, ...SERVING, volumes: listOf(VOLUME) }, {
  autoscaling: 'a StatefulSet keeps the replica count you set (replicas); members with their own volumes are not autoscaled',
  schedule: 'a StatefulSet runs continuously; use a HardenedCronJob for scheduled work',
});

/** Props of HardenedCronJob. */
export const CRON_JOB_SHAPE: ObjectShape = shapeOf<HardenedCronJobProps>('HardenedCronJobProps', {
  ...POD,
  schedule: VALUE,
  timeZone: VALUE,
  startingDeadlineSeconds: VALUE,
  activeDeadlineSeconds: VALUE,
  backoffLimit: VALUE,
  suspend: VALUE,
}, {
  ...Object.fromEntries(Object.keys(SERVING).map((k) => [k, NO_CRON])),
  autoscaling: NO_CRON,
  volumes: 'a CronJob\'s runs keep no persistent volume; mount a Secret with secretMounts, or write to writablePaths',
});

/** Options of `allowFrom` / `allowTo` of every workload. */
export const CONNECTION_SHAPE: ObjectShape = shapeOf<ConnectionOptions>('ConnectionOptions', { ports: PORTS_SHAPE });
