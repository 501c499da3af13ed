// The `Tcr` module of the Tencent Cloud provider: only the resources kubeward registers.
export * from './namespace';
export * from './types';
