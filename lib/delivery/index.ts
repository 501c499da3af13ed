// Delivery: the one place where the cdk8s world (constructs) and the Pulumi world (clusters) meet.
export * from './platform-release';
