// The `Monitor` module of the Tencent Cloud provider: only the resources kubeward registers.
export * from './alarm-notice';
export * from './alarm-policy';
export * from './tmp-alert-group';
export * from './tmp-instance';
export * from './tmp-tke-cluster-agent';
export * from './types';
