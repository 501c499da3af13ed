// STRICT mTLS for a namespace: sidecars refuse plaintext, so every request carries a verified
// workload identity that AuthorizationPolicies can check (KW-MESH-001, KW-MESH-002).
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';

/** Istio security API versions kubeward can write. */
export type IstioSecurityVersion = 'v1' | 'v1beta1';

/** Name of the namespace-wide PeerAuthentication. @internal */
export const STRICT_MTLS_POLICY = 'strict-mtls';

/** Adds a selector-less PeerAuthentication with mode STRICT to the namespace. @internal */
export function addStrictMtls(scope: Construct, namespace: string, labels: Record<string, string>, version: IstioSecurityVersion): ApiObject {
  return new ApiObject(scope, STRICT_MTLS_POLICY, {
    apiVersion: `security.istio.io/${version}`,
    kind: 'PeerAuthentication',
    metadata: { name: STRICT_MTLS_POLICY, namespace, labels: { ...labels } },
    spec: { mtls: { mode: 'STRICT' } },
  });
}
