import type { CloudResource, ObjectSource } from '../policy/types';

/** The parts of a CrossGuard PolicyResource the adapter reads (structurally typed, no runtime import). */
export interface StackResource {
  /** Pulumi type token, e.g. `kubernetes:apps/v1:Deployment`. */
  readonly type: string;
  /** Logical name of the resource. */
  readonly name: string;
  /** URN, where violations are reported. */
  readonly urn: string;
  /** Inputs at preview, outputs after an update. */
  readonly props: Record<string, any>;
  /** Which resources each top-level property came from (set by the CrossGuard analyzer). */
  readonly propertyDependencies?: Record<string, readonly StackResource[]>;
}

const CLUSTER_TYPE = 'tencentcloud:Kubernetes/cluster:Cluster';
const KMS_KEY_TYPE = 'tencentcloud:Kms/key:Key';

/**
 * Resolves references between cloud resources through the analyzer's property dependencies. At
 * preview a `clusterId` that comes from the cluster is unknown, and after `up` it is the real
 * `cls-...` id, which the cluster's own props do not carry; either way the dependency names the
 * cluster, so the reference becomes the cluster's logical name, which the engine understands
 * (lib/policy/model/cloud.ts). A KMS key id that is still unknown at preview is likewise credited
 * to the key it comes from.
 */
function resolveReferences(r: StackResource): Record<string, any> {
  const deps = r.propertyDependencies ?? {};
  const props = { ...r.props };
  const cluster = (deps.clusterId ?? []).find((d) => d.type === CLUSTER_TYPE);
  if (cluster) props.clusterId = cluster.name;
  const key = (deps.kmsConfiguration ?? []).find((d) => d.type === KMS_KEY_TYPE);
  if (key) {
    const kms = { ...(props.kmsConfiguration ?? {}) };
    if (typeof kms.keyId !== 'string' || kms.keyId === '') kms.keyId = key.name;
    props.kmsConfiguration = kms;
  }
  return props;
}

/** A `kubernetes:<group>/<version>:<Kind>` token split into apiVersion and kind, or undefined. @internal */
export function kubernetesTypeOf(type: string): { apiVersion: string; kind: string } | undefined {
  const m = /^kubernetes:([^:]+)\/([^/:]+):([A-Za-z0-9]+)$/.exec(type);
  if (!m) return undefined;
  const [, group, version, kind] = m;
  // Helm charts, YAML ConfigFiles and the like are component types, not objects.
  if (group === 'helm.sh' || group === 'yaml' || group === 'kustomize') return undefined;
  return { apiVersion: group === 'core' ? version : `${group}/${version}`, kind };
}

/**
 * Turns the resources of a stack into the engine's input: Kubernetes objects (apiVersion and
 * kind taken from the type token when the inputs omit them) and Tencent Cloud resources, with the
 * suppressions given for them by logical name (cloud resources carry no annotations).
 */
export function fromStack(
  resources: readonly StackResource[],
  suppressions: Readonly<Record<string, Record<string, string>>> = {},
): {
    objects: Record<string, unknown>[];
    sources: ObjectSource[];
    cloud: CloudResource[];
  } {
  const objects: Record<string, unknown>[] = [];
  const sources: ObjectSource[] = [];
  const cloud: CloudResource[] = [];
  for (const r of resources) {
    const k8s = kubernetesTypeOf(r.type);
    if (k8s) {
      objects.push({ ...r.props, apiVersion: r.props.apiVersion ?? k8s.apiVersion, kind: r.props.kind ?? k8s.kind });
      sources.push({ urn: r.urn });
    } else if (r.type.startsWith('tencentcloud:')) {
      cloud.push({ type: r.type, name: r.name, inputs: resolveReferences(r), source: { urn: r.urn }, suppressions: suppressions[r.name] });
    }
  }
  return { objects, sources, cloud };
}
