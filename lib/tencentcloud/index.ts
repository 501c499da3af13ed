// Thin typed classes for the Tencent Cloud resources kubeward registers. The official SDK
// (`@tencentcloud_iac/pulumi` 0.2.3) cannot be installed here, so each class declares the same
// type token, inputs, outputs and default resource options as the generated SDK: a program that
// uses them drives the same `tencentcloud` plugin and gets the same result. Only `@pulumi/pulumi`
// is imported. Module names follow the SDK (`kubernetes.Cluster`, `vpc.Instance`, ...).
export * as cls from './cls';
export * as cos from './cos';
export * as events from './events';
export * as kms from './kms';
export * as kubernetes from './kubernetes';
export * as monitor from './monitor';
export * as security from './security';
export * as subnet from './subnet';
export * as tcr from './tcr';
export * as user from './user';
export * as vpc from './vpc';
export { TENCENTCLOUD_PLUGIN_DOWNLOAD_URL, TENCENTCLOUD_PROVIDER_VERSION } from './provider';
