// The cdk8s CLI validation plugin (`validations:` in cdk8s.yaml).
export * from './cdk8s-validation';
