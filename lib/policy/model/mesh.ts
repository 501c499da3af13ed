// Istio facts shared by the MESH controls: which namespaces are in the mesh, which policies are
// namespace- or mesh-wide, and per-set indexes of the policies that cover a namespace.
import type { ManifestSet } from './manifest-set';
import type { KubeObject } from './object';

/** Dispatch key of Istio PeerAuthentication. */
export const PEER_AUTHENTICATION = 'security.istio.io/PeerAuthentication';
/** Dispatch key of Istio AuthorizationPolicy. */
export const AUTHORIZATION_POLICY = 'security.istio.io/AuthorizationPolicy';
/** Dispatch key of Istio DestinationRule. */
export const DESTINATION_RULE = 'networking.istio.io/DestinationRule';

/** Label that turns sidecar injection on for a namespace (`enabled`) or off (`disabled`). */
export const INJECTION_LABEL = 'istio-injection';
/** Label that selects an Istio control-plane revision, which also turns injection on. */
export const REVISION_LABEL = 'istio.io/rev';
/** Pod label or annotation with which a single workload opts in or out of injection. */
export const SIDECAR_INJECT = 'sidecar.istio.io/inject';

/**
 * Namespace annotations in which kubeward records the mesh a namespace expects (SecureTenant
 * writes them): the provider (`istio` or `tcm`), whether Istio's CNI node agent replaces the
 * privileged istio-init (`"true"`/`"false"`), and the digest-pinned proxy image the mesh injects.
 */
export const MESH_PROVIDER_ANNOTATION = 'kubeward.dev/mesh-provider';
/** See MESH_PROVIDER_ANNOTATION. */
export const MESH_CNI_ANNOTATION = 'kubeward.dev/mesh-cni';
/** See MESH_PROVIDER_ANNOTATION. */
export const MESH_PROXY_IMAGE_ANNOTATION = 'kubeward.dev/mesh-proxy-image';

/**
 * Whether the namespace's labels turn sidecar injection on for the mesh it declares. Tencent Cloud
 * Mesh injects only by `istio.io/rev` and ignores `istio-injection=enabled` (Tencent Cloud TCM FAQ
 * "Sidecars Are Not Automatically Injected", tencentcloud.com/document/product/1152/47511), so a
 * namespace annotated `kubeward.dev/mesh-provider: tcm` needs the revision label.
 */
export function injectionLabelsEffective(ns: KubeObject): boolean {
  const revision = (ns.labels[REVISION_LABEL] ?? '') !== '';
  if (ns.annotations[MESH_PROVIDER_ANNOTATION] === 'tcm') return revision;
  return ns.labels[INJECTION_LABEL] === 'enabled' || revision;
}

function rec(v: unknown): Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

/** Whether a Namespace is mesh-enabled: `istio-injection=enabled` or a non-empty `istio.io/rev` label. */
export function isMeshEnabledNamespace(ns: KubeObject): boolean {
  return ns.labels[INJECTION_LABEL] === 'enabled' || (ns.labels[REVISION_LABEL] ?? '') !== '';
}

/** Whether the set contains any Istio networking or security object (KW-MESH-003 applies then). */
export function setUsesIstio(set: ManifestSet): boolean {
  return set.hasGroup('networking.istio.io') || set.hasGroup('security.istio.io');
}

/**
 * Whether an Istio policy applies to a whole namespace: no workload selector (Istio treats an
 * empty `matchLabels` like an absent selector) and, for AuthorizationPolicy, no `targetRef(s)`.
 */
export function isSelectorless(spec: Record<string, any>): boolean {
  const matchLabels = rec(rec(spec.selector).matchLabels);
  const targetRefs = Array.isArray(spec.targetRefs) ? spec.targetRefs : [];
  return Object.keys(matchLabels).length === 0 && spec.targetRef == null && targetRefs.length === 0;
}

/** The spec of an Istio object (empty object when absent). */
export function istioSpec(obj: KubeObject): Record<string, any> {
  return rec(obj.raw.spec);
}

/**
 * Whether an AuthorizationPolicy is "allow nothing": an empty spec, i.e. ALLOW (explicit or
 * defaulted) with no rules and no selector, so that it matches no request and therefore
 * denies everything in its scope that no other ALLOW policy admits.
 */
export function isAllowNothing(ap: KubeObject): boolean {
  const spec = istioSpec(ap);
  const action = spec.action ?? 'ALLOW';
  const rules = Array.isArray(spec.rules) ? spec.rules : [];
  return action === 'ALLOW' && rules.length === 0 && spec.provider == null && isSelectorless(spec);
}

/** Namespaces (effective) holding a selector-less PeerAuthentication whose mode is STRICT. */
export function strictMtlsNamespaces(set: ManifestSet): ReadonlySet<string> {
  return set.memo('mesh:strictMtlsNamespaces', () => {
    const out = new Set<string>();
    for (const pa of set.ofKind(PEER_AUTHENTICATION)) {
      const spec = istioSpec(pa);
      if (isSelectorless(spec) && rec(spec.mtls).mode === 'STRICT' && pa.effectiveNamespace) out.add(pa.effectiveNamespace);
    }
    return out;
  });
}

/** Namespaces (effective) holding an allow-nothing AuthorizationPolicy. */
export function allowNothingNamespaces(set: ManifestSet): ReadonlySet<string> {
  return set.memo('mesh:allowNothingNamespaces', () => {
    const out = new Set<string>();
    for (const ap of set.ofKind(AUTHORIZATION_POLICY)) {
      if (isAllowNothing(ap) && ap.effectiveNamespace) out.add(ap.effectiveNamespace);
    }
    return out;
  });
}
