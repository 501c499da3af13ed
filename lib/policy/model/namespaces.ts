// Namespaces no tenant may own. The catalog names the system namespaces (namespace-level controls
// skip them); `default` is where KW-AUD-001 says nothing belongs; and Kubernetes reserves the
// `kube-` prefix for its own namespaces ("Avoid creating namespaces with the prefix kube-, since
// it is reserved for Kubernetes system namespaces": kubernetes.io, Concepts > Namespaces).
import { CATALOG_DEFAULTS } from '../catalog-data';

/** The namespace an object without metadata.namespace lands in (KW-AUD-001). */
export const DEFAULT_NAMESPACE = 'default';

/** The catalog's system namespaces (skipped by namespace-level controls). */
export const SYSTEM_NAMESPACES: readonly string[] = CATALOG_DEFAULTS.systemNamespaces;

/** The prefix Kubernetes reserves for system namespaces. */
export const RESERVED_NAMESPACE_PREFIX = 'kube-';

/** Whether a namespace is one of the catalog's system namespaces. */
export function isSystemNamespace(name: string): boolean {
  return SYSTEM_NAMESPACES.includes(name);
}

/**
 * Whether a namespace is shared or reserved, so no team's work belongs in it: `default`, a system
 * namespace, or any name with the reserved `kube-` prefix.
 */
export function isSharedNamespace(name: string): boolean {
  return name === DEFAULT_NAMESPACE || isSystemNamespace(name) || name.startsWith(RESERVED_NAMESPACE_PREFIX);
}
