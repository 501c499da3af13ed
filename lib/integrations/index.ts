// Adapters of the engine to cdk8s (synth gate, construct-tree audit) and to jest (a matcher).
export * from './cdk8s';
export * from './jest';
