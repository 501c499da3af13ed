// The `Kubernetes` module of the Tencent Cloud provider: only the resources kubeward registers.
export * from './backup-storage-location';
export * from './cluster';
export * from './cluster-endpoint';
export * from './encryption-protection';
export * from './log-config';
export * from './node-pool';
export * from './types';
