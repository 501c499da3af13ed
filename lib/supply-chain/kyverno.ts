// Optional signature verification with Kyverno: a namespaced Policy whose verifyImages rule checks
// cosign signatures of every image from the tenant's registries against the given public keys.
// The admission policy already proves *which* image runs (digest) and *where* it came from; a
// signature proves *who* built it.
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { optionalBoolean, optionalRecord, show } from '../core/checks';
import { KubewardError } from '../core/errors';

/** Options of cosign signature verification. */
export interface SignatureVerificationOptions {
  /** PEM-encoded cosign public keys; an image must be signed by at least one of them. */
  readonly publicKeys: readonly string[];
  /**
   * Whether signatures must also be recorded in the public Rekor transparency log.
   * @default false - keys held by the team are the trust anchor; private registries often sign offline
   */
  readonly requireTransparencyLog?: boolean;
}

/** Validated signature options. */
export interface ResolvedSignatureVerification {
  /** Public keys. */
  readonly publicKeys: readonly string[];
  /** Rekor check on. */
  readonly requireTransparencyLog: boolean;
}

const PEM = /^-----BEGIN PUBLIC KEY-----\r?\n[A-Za-z0-9+/=\r\n]+-----END PUBLIC KEY-----\s*$/;

/** Validates signature verification options. @internal */
export function resolveSignatureVerification(path: string, value: unknown): ResolvedSignatureVerification | undefined {
  const o = optionalRecord(path, 'signatureVerification', value, 'pass { publicKeys: ["-----BEGIN PUBLIC KEY-----..."] }');
  if (o === undefined) return undefined;
  if (!Array.isArray(o.publicKeys) || o.publicKeys.length === 0) {
    throw new KubewardError(path, 'signatureVerification.publicKeys', `${show(o.publicKeys)} is not a non-empty list of keys`, 'pass the PEM text of `cosign.pub`');
  }
  o.publicKeys.forEach((k, i) => {
    if (typeof k !== 'string' || !PEM.test(k)) {
      throw new KubewardError(path, `signatureVerification.publicKeys[${i}]`, 'is not a PEM public key', 'pass the full text of cosign.pub, from "-----BEGIN PUBLIC KEY-----" to "-----END PUBLIC KEY-----"');
    }
  });
  const requireTransparencyLog = optionalBoolean(path, 'signatureVerification.requireTransparencyLog', o.requireTransparencyLog, false);
  return { publicKeys: [...o.publicKeys as string[]], requireTransparencyLog };
}

/** Adds the Kyverno Policy verifying image signatures of pods in `namespace`. @internal */
export function addSignatureVerification(
  scope: Construct, namespace: string, registries: readonly string[], labels: Record<string, string>, options: ResolvedSignatureVerification,
): ApiObject {
  return new ApiObject(scope, 'image-signatures', {
    apiVersion: 'kyverno.io/v1',
    kind: 'Policy',
    metadata: { name: 'verify-image-signatures', namespace, labels: { ...labels } },
    spec: {
      // Kyverno's webhook failing must not let unsigned images in.
      failurePolicy: 'Fail',
      background: false,
      webhookTimeoutSeconds: 15,
      rules: [{
        name: 'cosign-signature',
        match: { any: [{ resources: { kinds: ['Pod'] } }] },
        verifyImages: [{
          imageReferences: registries.map((r) => `${r}/*`),
          failureAction: 'Enforce',
          required: true,
          verifyDigest: true,
          // Images are already pinned by digest (the admission policy); never rewrite them.
          mutateDigest: false,
          attestors: [{
            count: 1,
            entries: options.publicKeys.map((publicKeys) => ({
              keys: { publicKeys, ...(options.requireTransparencyLog ? {} : { rekor: { ignoreTlog: true }, ctlog: { ignoreSCT: true } }) },
            })),
          }],
        }],
      }],
    },
  });
}
