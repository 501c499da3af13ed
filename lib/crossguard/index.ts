// CrossGuard adapter: the same catalog as a Pulumi policy pack.
// Public (also exported by lib/index.ts or lib/pulumi.ts).
export { kubewardPolicies } from './policies';
export type { KubewardPolicyOptions } from './policies';
// In-repo only: for the other rooms and the tests, not part of the package API.
/** @internal */
export { kubernetesTypeOf } from './resources';
