// The `Security` module of the Tencent Cloud provider: only the resources kubeward registers.
export * from './group';
export * from './group-rule-set';
export * from './types';
