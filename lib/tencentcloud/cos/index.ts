// The `Cos` module of the Tencent Cloud provider: only the resources kubeward registers.
export * from './bucket';
export * from './types';
