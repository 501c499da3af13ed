// The `Subnet` module of the Tencent Cloud provider: only the resources kubeward registers.
export * from './instance';
