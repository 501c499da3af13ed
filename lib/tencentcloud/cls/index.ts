// The `Cls` module of the Tencent Cloud provider: only the resources kubeward registers.
export * from './logset';
export * from './topic';
export * from './types';
