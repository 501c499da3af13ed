// Image policy enforced by the API server itself: a ValidatingAdmissionPolicy (CEL, no webhook to
// run or to fail open) rejects any pod of the tenant's namespace with an image that is not pinned
// by digest or not under one of the tenant's registries. Containers, init containers and
// ephemeral containers are all checked, so `kubectl debug` cannot bring in an arbitrary image.
//
// In a meshed tenant, Istio's injector adds istio-proxy and istio-init/istio-validation to every
// pod, and validating admission runs after mutating admission, so the policy sees the injected
// containers (istio/istio manifests/charts/istio-control/istio-discovery/files/injection-template.yaml).
// It admits exactly the declared proxy image under those names in containers and init containers
// (native sidecars put istio-proxy there); every other container, and every ephemeral container
// whatever its name, must still be digest-pinned and from a trusted registry.
//
// The CEL uses only `has`, list concatenation, `in`, `==`, `all`, `exists`, `startsWith` and
// `matches`, which Kubernetes CEL and @bufbuild/cel share, so tests evaluate the exact expressions shipped.
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { NAMESPACE_NAME_LABEL } from '../core/labels';
import { INJECTED_CONTAINERS } from '../mesh/injection';
import { SUPPRESS_ANNOTATION } from '../policy/suppressions';

/** Admission API versions: v1 (Kubernetes 1.30+) or v1beta1 (1.28 and 1.29, behind a feature gate on 1.28). */
export type AdmissionApiVersion = 'v1' | 'v1beta1';

/** A digest reference at the end of an image: `@sha256:` and 64 lowercase hex digits. @internal */
export const DIGEST_PATTERN = '@sha256:[a-f0-9]{64}$';

function celString(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** What the mesh injects, for the policy to admit. @internal */
export interface InjectedProxy {
  /** The digest-pinned proxy image the mesh injects (the tenant's `mesh.proxyImage`). */
  readonly image: string;
}

/**
 * The CEL variables and validations of the policy (exported for tests).
 * @param proxy the mesh's injected image, admitted only in the injected containers
 * @internal
 */
export function imagePolicyCel(registries: readonly string[], proxy?: InjectedProxy): {
  variables: Array<{ name: string; expression: string }>;
  validations: Array<{ expression: string; message: string; reason: string }>;
} {
  // `registry/` prefixes: "ccr.ccs.tencentyun.com/payments" must not admit ".../payments-evil/x".
  const prefixes = `[${registries.map((r) => celString(`${r}/`)).join(', ')}]`;
  const pinned = (c: string) => `${c}.image.matches(${celString(DIGEST_PATTERN)})`;
  const trusted = (c: string) => `${prefixes}.exists(p, ${c}.image.startsWith(p))`;
  const variables = [
    {
      name: 'podContainers',
      expression: '(has(object.spec.containers) ? object.spec.containers : [])'
        + ' + (has(object.spec.initContainers) ? object.spec.initContainers : [])',
    },
    {
      name: 'ephemeralContainers',
      expression: '(has(object.spec.ephemeralContainers) ? object.spec.ephemeralContainers : [])',
    },
  ];
  // An injected container is admitted by the exact image and its name; the name alone earns nothing.
  const injected = proxy
    ? (c: string) => `(${c}.name in [${INJECTED_CONTAINERS.map(celString).join(', ')}] && ${c}.image == ${celString(proxy.image)}) || `
    : () => '';
  const rule = (check: (c: string) => string) =>
    `variables.podContainers.all(c, ${injected('c')}${check('c')}) && variables.ephemeralContainers.all(c, ${check('c')})`;
  return {
    variables,
    validations: [
      {
        expression: rule(pinned),
        message: 'every image (containers, initContainers, ephemeralContainers) must be pinned by digest: <registry>/<repo>@sha256:<64 hex>',
        reason: 'Forbidden',
      },
      {
        expression: rule(trusted),
        message: `every image must come from a trusted registry: ${registries.join(', ')}${proxy ? ` (the mesh's injected containers may run ${proxy.image})` : ''}`,
        reason: 'Forbidden',
      },
    ],
  };
}

/**
 * The suppression written on v1beta1 objects. The catalog flags admissionregistration.k8s.io/v1beta1
 * as a removed version (KW-AUD-003); choosing it for a 1.28/1.29 cluster, where v1 is not served,
 * is a deliberate, visible exception that expires with the upgrade.
 * @internal
 */
export const V1BETA1_SUPPRESSION = 'KW-AUD-003: v1beta1 chosen (imagePolicy.admissionApiVersion) for a Kubernetes 1.28/1.29 cluster, which does not serve ValidatingAdmissionPolicy v1; switch to v1 after upgrading to 1.30';

/** Options of `addImageAdmissionPolicy`. @internal */
export interface ImageAdmissionPolicyOptions {
  /** The tenant's namespace (the binding selects it by name). */
  readonly namespace: string;
  /** Trusted registries (validated). */
  readonly registries: readonly string[];
  /** Labels of both objects. */
  readonly labels: Record<string, string>;
  /** API version. */
  readonly apiVersion: AdmissionApiVersion;
  /**
   * The mesh's injected proxy, admitted in the injected containers.
   * @default - no mesh: no container is exempt from the registry and digest checks
   */
  readonly proxy?: InjectedProxy;
}

/** Name of a tenant's image policy (cluster-scoped, so the namespace is part of the name). @internal */
export function imagePolicyName(namespace: string): string {
  return `kubeward-images-${namespace}`;
}

/**
 * Adds the ValidatingAdmissionPolicy and its binding. Both are cluster-scoped (no namespace); the
 * binding's namespaceSelector limits the policy to this tenant.
 * @internal
 */
export function addImageAdmissionPolicy(scope: Construct, options: ImageAdmissionPolicyOptions): { policy: ApiObject; binding: ApiObject } {
  const cel = imagePolicyCel(options.registries, options.proxy);
  return addTenantAdmissionPolicy(scope, 'image-policy', {
    name: imagePolicyName(options.namespace),
    namespace: options.namespace,
    labels: options.labels,
    apiVersion: options.apiVersion,
    spec: {
      // A policy that cannot be evaluated rejects: failing open would admit any image.
      failurePolicy: 'Fail',
      matchConstraints: {
        resourceRules: [{
          apiGroups: [''],
          apiVersions: ['v1'],
          operations: ['CREATE', 'UPDATE'],
          // pods/ephemeralcontainers is how `kubectl debug` adds containers to a running pod.
          resources: ['pods', 'pods/ephemeralcontainers'],
        }],
      },
      variables: cel.variables,
      validations: cel.validations,
    },
  });
}

/** What `addTenantAdmissionPolicy` needs. @internal */
export interface TenantAdmissionPolicyOptions {
  /** Name of the policy and of its binding (cluster-scoped: include the namespace). */
  readonly name: string;
  /** The tenant's namespace, the only one the binding selects. */
  readonly namespace: string;
  /** Labels of both objects. */
  readonly labels: Record<string, string>;
  /** API version. */
  readonly apiVersion: AdmissionApiVersion;
  /** The policy's spec. */
  readonly spec: Record<string, unknown>;
}

/**
 * A ValidatingAdmissionPolicy and its Deny binding for one tenant namespace (by the
 * kubernetes.io/metadata.name label the API server sets), as every per-tenant guard writes them;
 * under v1beta1 both carry the explained suppression. Ids: `<id>` and `<id>-binding`.
 * @internal
 */
export function addTenantAdmissionPolicy(
  scope: Construct, id: string, options: TenantAdmissionPolicyOptions,
): { policy: ApiObject; binding: ApiObject } {
  const apiVersion = `admissionregistration.k8s.io/${options.apiVersion}`;
  const annotations = options.apiVersion === 'v1beta1' ? { annotations: { [SUPPRESS_ANNOTATION]: V1BETA1_SUPPRESSION } } : {};
  const metadata = () => ({ name: options.name, labels: { ...options.labels }, ...annotations });
  const policy = new ApiObject(scope, id, { apiVersion, kind: 'ValidatingAdmissionPolicy', metadata: metadata(), spec: options.spec });
  const binding = new ApiObject(scope, `${id}-binding`, {
    apiVersion,
    kind: 'ValidatingAdmissionPolicyBinding',
    metadata: metadata(),
    spec: {
      policyName: options.name,
      validationActions: ['Deny'],
      matchResources: {
        namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: options.namespace } },
      },
    },
  });
  binding.addDependency(policy);
  return { policy, binding };
}
