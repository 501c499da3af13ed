// Supply-chain controls of a tenant: trusted registries, digest pinning enforced at admission,
// and optional cosign signature verification.
export * from './admission-policy';
export * from './kyverno';
export * from './registries';
