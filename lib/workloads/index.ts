// Hardened workloads: Deployments, StatefulSets and CronJobs that pass the catalog by construction.
// Public (also exported by lib/index.ts or lib/pulumi.ts).
export { HardenedCronJob } from './cron-job';
export type { HardenedCronJobProps } from './cron-job';
export { HardenedDeployment } from './deployment';
export type { AutoscalingOptions, HardenedDeploymentProps } from './deployment';
export { WORKLOAD_LABEL } from './hardening';
export { ExternalPeer } from './peers';
export type { IPeer } from './peers';
export { AppProtocol, ZoneSpread } from './pod-props';
export type { ContainerResources, HardenedPodProps, HardenedServiceProps, ProbeOptions, SecretMount, WorkloadSuppression } from './pod-props';
export { HardenedStatefulSet } from './stateful-set';
export type { HardenedStatefulSetProps, PersistentVolumeOptions } from './stateful-set';
export { HardenedWorkload } from './workload';
export type { ConnectionOptions } from './workload';
