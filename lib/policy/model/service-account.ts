// Which ServiceAccount a pod runs as, and the ServiceAccounts of a manifest set by namespace and
// name (KW-RBAC-008, KW-RBAC-009, KW-RBAC-010).
import type { ManifestSet } from './manifest-set';
import type { KubeObject } from './object';
import type { PodTemplate } from './workload';

/** Dispatch key of ServiceAccount. */
export const SERVICE_ACCOUNT = 'ServiceAccount';

/** The ServiceAccount every namespace gets, which pods use when they name none. */
export const DEFAULT_SERVICE_ACCOUNT = 'default';

/**
 * The ServiceAccount name a pod spec writes: `serviceAccountName`, else the deprecated
 * `serviceAccount` (the API server copies one into the other), else undefined. An empty string
 * counts as unset.
 */
export function writtenServiceAccountName(pod: PodTemplate): string | undefined {
  for (const field of ['serviceAccountName', 'serviceAccount']) {
    const v = pod.spec[field];
    if (typeof v === 'string' && v !== '') return v;
  }
  return undefined;
}

/** The ServiceAccount a pod runs as: the written name, else `default`. */
export function effectiveServiceAccountName(pod: PodTemplate): string {
  return writtenServiceAccountName(pod) ?? DEFAULT_SERVICE_ACCOUNT;
}

/** The ServiceAccount of the set with this (effective) namespace and name, if any. */
export function findServiceAccount(set: ManifestSet, namespace: string, name: string): KubeObject | undefined {
  const index = set.memo('rbac:serviceAccounts', () => {
    const out = new Map<string, KubeObject>();
    for (const sa of set.ofKind(SERVICE_ACCOUNT)) {
      const key = `${sa.effectiveNamespace ?? 'default'}/${sa.name}`;
      // The last one wins, as `kubectl apply` of the whole set would leave it.
      out.set(key, sa);
    }
    return out;
  });
  return index.get(`${namespace}/${name}`);
}
