// The `Events` module of the Tencent Cloud provider: only the resources kubeward registers.
export * from './audit-track';
export * from './types';
