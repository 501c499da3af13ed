// Supply-chain controls of a tenant: trusted registries, digest pinning enforced at admission,
// and optional cosign signature verification.
// Public (also exported by lib/index.ts or lib/pulumi.ts).
export type { AdmissionApiVersion } from './admission-policy';
export type { ResolvedSignatureVerification, SignatureVerificationOptions } from './kyverno';
// In-repo only: for the other rooms and the tests, not part of the package API.
/** @internal */
export { addImageAdmissionPolicy, DIGEST_PATTERN, imagePolicyCel, imagePolicyName, V1BETA1_SUPPRESSION } from './admission-policy';
/** @internal */
export type { ImageAdmissionPolicyOptions } from './admission-policy';
/** @internal */
export { addSignatureVerification, resolveSignatureVerification } from './kyverno';
/** @internal */
export { isRegistry, resolveRegistries } from './registries';
