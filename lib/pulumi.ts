// kubeward/pulumi: the Pulumi side (Tencent Cloud resources, the TKE cluster component,
// delivery of cdk8s apps, and the CrossGuard policies).
export * from './crossguard';
export * from './delivery';
export * from './cluster';
// Namespaced: the provider's modules are called kubernetes, vpc, cls, ... like the official SDK's.
export * as tencentcloud from './tencentcloud';
