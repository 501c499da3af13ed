// kubeward: secure-by-default multi-tenant platform constructs for TKE, checked by one catalog.
// This entry point is the engine and the cdk8s side; the Pulumi side is `kubeward/pulumi`
// (lib/pulumi.ts), so a cdk8s-only program never loads the Pulumi runtime.
export * from './policy';
export * from './plugin';
export * from './integrations';
