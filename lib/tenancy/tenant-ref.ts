import { IConstruct } from 'constructs';
import type { ResolvedMesh } from '../mesh/mode';

/**
 * What a workload needs to know about the tenant it is placed in. `SecureTenant` implements it;
 * workloads find it by walking up the construct tree, so `new HardenedDeployment(tenant, 'api')`
 * inherits the namespace, trusted registries and mesh settings without repeating them.
 */
export interface ITenant extends IConstruct {
  /** The tenant's namespace name. */
  readonly namespaceName: string;
  /** Registries images of this tenant may come from (hosts with optional path prefix). */
  readonly trustedRegistries: readonly string[];
  /** Whether the Istio mesh (STRICT mTLS, AuthorizationPolicies) is on for this tenant. */
  readonly meshEnabled: boolean;
  /**
   * The mesh the tenant's pods join: workloads write its proxy image and resources on their pod
   * templates, count the sidecar in the quota fit and use its trust domain in principals.
   * @default - unknown: workloads write no sidecar annotations and count no sidecar
   */
  readonly meshMode?: ResolvedMesh;
  /** Labels of the tenant's Namespace, usable in a namespaceSelector (includes kubernetes.io/metadata.name). */
  readonly namespaceLabels: Record<string, string>;
}

const TENANT_MARKER = Symbol.for('kubeward.ITenant');

/** Marks a construct as a tenant so findTenant can recognise it. @internal */
export function markTenant(tenant: ITenant): void {
  Object.defineProperty(tenant, TENANT_MARKER, { value: true });
}

/** Whether a construct is a tenant. @internal */
export function isTenant(x: unknown): x is ITenant {
  return typeof x === 'object' && x !== null && (x as Record<symbol, unknown>)[TENANT_MARKER] === true;
}

/** The nearest enclosing tenant of a construct (itself included), or undefined. @internal */
export function findTenant(scope: IConstruct): ITenant | undefined {
  for (const c of scope.node.scopes.slice().reverse()) {
    if (isTenant(c)) return c;
  }
  return undefined;
}
