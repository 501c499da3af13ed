// The cdk8s CLI validation plugin (`validations:` in cdk8s.yaml).
// Public (also exported by lib/index.ts or lib/pulumi.ts).
export { KubewardValidation } from './cdk8s-validation';
export type { KubewardValidationProps, ValidationContextLike } from './cdk8s-validation';
