// Istio objects of a tenant: STRICT mTLS and identity-based authorization.
// Public (also exported by lib/index.ts or lib/pulumi.ts).
export type { IstioSecurityVersion } from './peer-authentication';
// In-repo only: for the other rooms and the tests, not part of the package API.
/** @internal */
export { addAllowFrom, addAllowNothing, ALLOW_NOTHING_POLICY } from './authorization';
/** @internal */
export type { MeshAllowOptions } from './authorization';
/** @internal */
export { addStrictMtls, STRICT_MTLS_POLICY } from './peer-authentication';
