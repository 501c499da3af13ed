// kubeward/pulumi: the Pulumi side (Tencent Cloud resources, the TKE cluster component,
// delivery of cdk8s apps, and the CrossGuard policies).
export * from './crossguard';
export * from './delivery';
