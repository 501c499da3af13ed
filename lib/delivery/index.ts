// Delivery: the one place where the cdk8s world (constructs) and the Pulumi world (clusters) meet.
// Public (also exported by lib/index.ts or lib/pulumi.ts).
export { PlatformRelease } from './platform-release';
export type { PlatformReleaseArgs } from './platform-release';
