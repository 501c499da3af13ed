// Adapters of the engine to cdk8s (synth gate, construct-tree audit) and to jest (a matcher).
// Public (also exported by lib/index.ts or lib/pulumi.ts).
export { auditApp, auditChart, auditConstruct, Compliance } from './cdk8s';
export type { ConstructAuditOptions } from './cdk8s';
export { kubewardMatchers, toPassControls } from './jest';
export type { MatcherResult } from './jest';
// In-repo only: for the other rooms and the tests, not part of the package API.
/** @internal */
export { collectObjects, violationMessages } from './cdk8s';
