// Tencent Cloud resources as the CLU and MON-003 rules read them: Pulumi type tokens, defensive
// readers for their inputs, and how one resource refers to a TKE cluster of the same stack.
import type { CloudResource } from '../types';
import type { ManifestSet } from './manifest-set';

/** Pulumi type token of a TKE cluster. */
export const CLUSTER_TYPE = 'tencentcloud:Kubernetes/cluster:Cluster';
/** Pulumi type token of a TKE node pool (launch configuration under `autoScalingConfig`). */
export const NODE_POOL_TYPE = 'tencentcloud:Kubernetes/nodePool:NodePool';
/** Pulumi type token of a TKE native node pool (public bandwidth under `native.internetAccessible`). */
export const NATIVE_NODE_POOL_TYPE = 'tencentcloud:Kubernetes/nativeNodePool:NativeNodePool';
/** Pulumi type token of the resource that opens or closes a cluster's API server endpoints. */
export const CLUSTER_ENDPOINT_TYPE = 'tencentcloud:Kubernetes/clusterEndpoint:ClusterEndpoint';
/** Pulumi type token of the resource that turns on KMS encryption of Secrets in etcd. */
export const ENCRYPTION_PROTECTION_TYPE = 'tencentcloud:Kubernetes/encryptionProtection:EncryptionProtection';
/**
 * Pulumi type token that the bridge derives from Terraform's `tencentcloud_kubernetes_cluster_audit`.
 * The Node SDK v0.2.3 does not ship this resource (audit is the cluster's `clusterAudit` block), but
 * KW-CLU-001 names the separate resource, so a stack that does declare it (newer provider, or a
 * stack converted from Terraform) is credited for it.
 */
export const CLUSTER_AUDIT_TYPE = 'tencentcloud:Kubernetes/clusterAudit:ClusterAudit';

/** A plain object, or an empty one for anything else, so rules never throw on odd inputs. */
export function inputRecord(v: unknown): Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

/** An array input, or an empty array for anything else. */
export function inputList(v: unknown): readonly unknown[] {
  return Array.isArray(v) ? v : [];
}

/**
 * Whether a boolean input is true. Pulumi inputs are typed booleans; the string `"true"` is
 * accepted too because stack configuration values arrive as strings when passed through unparsed.
 */
export function isTrueInput(v: unknown): boolean {
  return v === true || v === 'true';
}

/** A non-empty string input, trimmed, or undefined. */
export function stringInput(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/**
 * The identifiers a cluster resource can be referred to by: its Pulumi logical name, its `id`
 * input when the caller knows the real cluster id (`cls-...`), and its URN.
 */
export function clusterKeys(cluster: CloudResource): string[] {
  const keys = [cluster.name, stringInput(cluster.inputs.id), cluster.source?.urn];
  return keys.filter((k): k is string => typeof k === 'string' && k !== '');
}

/** The `clusterId` input of a resource, or undefined when absent or not yet known. */
export function clusterIdOf(resource: CloudResource): string | undefined {
  return stringInput(resource.inputs.clusterId);
}

/**
 * How a resource references a cluster of the same set: its `clusterId` input equals the cluster's
 * logical name, its `id` input or its URN. Callers that build resources before the real cluster id
 * is known (a Pulumi preview) pass the cluster's logical name as `clusterId`. An absent or unknown
 * `clusterId` references nothing: the controls that need a reference then fail rather than guess.
 */
export function referencesCluster(resource: CloudResource, cluster: CloudResource): boolean {
  const id = clusterIdOf(resource);
  return id !== undefined && clusterKeys(cluster).includes(id);
}

/**
 * The resources of one type that reference a cluster, through a per-set index built once
 * (clusterId to resources), so the lookup stays cheap however many resources the stack has.
 */
export function resourcesReferencing(set: ManifestSet, type: string, cluster: CloudResource): CloudResource[] {
  const index = set.memo(`cloud:byClusterId:${type}`, () => {
    const m = new Map<string, CloudResource[]>();
    for (const r of set.resourcesOfType(type)) {
      const id = clusterIdOf(r);
      if (id === undefined) continue;
      let list = m.get(id);
      if (!list) m.set(id, (list = []));
      list.push(r);
    }
    return m;
  });
  const out = new Set<CloudResource>();
  for (const key of clusterKeys(cluster)) for (const r of index.get(key) ?? []) out.add(r);
  return [...out];
}

/** The cluster of the same set a resource references, if any (for messages). */
export function referencedCluster(set: ManifestSet, resource: CloudResource): CloudResource | undefined {
  const id = clusterIdOf(resource);
  if (id === undefined) return undefined;
  const index = set.memo('cloud:clusterByKey', () => {
    const m = new Map<string, CloudResource>();
    for (const c of set.resourcesOfType(CLUSTER_TYPE)) for (const k of clusterKeys(c)) if (!m.has(k)) m.set(k, c);
    return m;
  });
  return index.get(id);
}
