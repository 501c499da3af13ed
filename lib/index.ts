// kubeward: secure-by-default multi-tenant platform constructs for TKE, checked by one catalog.
// This entry point is the engine and the cdk8s side; the Pulumi side is `kubeward/pulumi`
// (lib/pulumi.ts), so a cdk8s-only program never loads the Pulumi runtime.
export * from './policy';
export * from './plugin';
export * from './integrations';
export * from './tenancy';
export * from './network';
export * from './mesh';
export * from './backup';
export * from './observability';
export * from './supply-chain';
export * from './core/quantity';
export * from './core/labels';
export * from './core/errors';
export * from './core/names';
export * from './workloads';
export { PlatformApp } from './app/platform-app';
