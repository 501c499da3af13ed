import type { CloudResource, ObjectSource } from '../policy/types';

/** The parts of a CrossGuard PolicyResource the adapter reads (structurally typed, no runtime import). */
export interface StackResource {
  readonly type: string;
  readonly name: string;
  readonly urn: string;
  readonly props: Record<string, any>;
}

/** A `kubernetes:<group>/<version>:<Kind>` token split into apiVersion and kind, or undefined. */
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
 * kind taken from the type token when the inputs omit them) and Tencent Cloud resources.
 */
export function fromStack(resources: readonly StackResource[]): {
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
      cloud.push({ type: r.type, name: r.name, inputs: r.props, source: { urn: r.urn } });
    }
  }
  return { objects, sources, cloud };
}
