// Hardened workloads: Deployments, StatefulSets and CronJobs that pass the catalog by construction.
export * from './pod-props';
export { ExternalPeer } from './peers';
export type { IPeer } from './peers';
export { HardenedWorkload } from './workload';
export type { ConnectionOptions } from './workload';
export * from './deployment';
export * from './stateful-set';
export * from './cron-job';
export { WORKLOAD_LABEL } from './hardening';
