import { KubeObject, isWorkload } from './object';

/** The three container lists of a pod spec. */
export type ContainerType = 'container' | 'initContainer' | 'ephemeralContainer';

const LIST_OF: Record<ContainerType, string> = {
  container: 'containers',
  initContainer: 'initContainers',
  ephemeralContainer: 'ephemeralContainers',
};

/** One container of a pod spec, with where it sits. */
export interface ContainerRef {
  /** The container object as written. */
  readonly spec: Record<string, any>;
  /** Which list it is in. */
  readonly type: ContainerType;
  /** Index in that list. */
  readonly index: number;
  /** Its name (`''` when absent). */
  readonly name: string;
  /** Dotted path of the container, e.g. `spec.template.spec.initContainers[0]`. */
  readonly path: string;
}

/** The pod template of a workload: where its spec is, and its metadata. */
export interface PodTemplate {
  /** The pod spec (empty object when the workload has none). */
  readonly spec: Record<string, any>;
  /** Dotted path of the pod spec within the object. */
  readonly path: string;
  /** Labels of the pods (Pod metadata.labels or the template's). */
  readonly labels: Record<string, string>;
  /** Annotations of the pods. */
  readonly annotations: Record<string, string>;
  /** Every container of every type, in order containers, initContainers, ephemeralContainers. */
  readonly containers: readonly ContainerRef[];
}

/**
 * Security-context fields that the pod level passes down to containers that do not set them
 * (catalog convention `security_context_inheritance`). Other keys found at pod level are ignored.
 */
export const INHERITED_SECURITY_FIELDS: ReadonlySet<string> = new Set([
  'runAsUser',
  'runAsGroup',
  'runAsNonRoot',
  'seLinuxOptions',
  'seccompProfile',
  'appArmorProfile',
  'windowsOptions',
]);

function rec(v: unknown): Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

function strMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(rec(v))) out[k] = val === null || val === undefined ? '' : String(val);
  return out;
}

const cache = new WeakMap<object, PodTemplate | null>();

/**
 * The pod template of a workload (catalog convention `pod_spec_location`), or undefined when
 * the object is not a workload. Computed once per object.
 */
export function podTemplateOf(obj: KubeObject): PodTemplate | undefined {
  const hit = cache.get(obj.raw);
  if (hit !== undefined) return hit ?? undefined;
  const result = isWorkload(obj) ? compute(obj) : null;
  cache.set(obj.raw, result);
  return result ?? undefined;
}

function compute(obj: KubeObject): PodTemplate {
  let meta: Record<string, any>;
  let spec: Record<string, any>;
  let path: string;
  const raw = obj.raw;
  if (obj.gk === 'Pod') {
    meta = rec(raw.metadata);
    spec = rec(raw.spec);
    path = 'spec';
  } else if (obj.gk === 'batch/CronJob') {
    const tpl = rec(rec(rec(rec(raw.spec).jobTemplate).spec).template);
    meta = rec(tpl.metadata);
    spec = rec(tpl.spec);
    path = 'spec.jobTemplate.spec.template.spec';
  } else {
    const tpl = rec(rec(raw.spec).template);
    meta = rec(tpl.metadata);
    spec = rec(tpl.spec);
    path = 'spec.template.spec';
  }
  const containers: ContainerRef[] = [];
  for (const type of ['container', 'initContainer', 'ephemeralContainer'] as ContainerType[]) {
    const list = spec[LIST_OF[type]];
    if (!Array.isArray(list)) continue;
    list.forEach((c, index) => {
      const s = rec(c);
      containers.push({
        spec: s,
        type,
        index,
        name: typeof s.name === 'string' ? s.name : '',
        path: `${path}.${LIST_OF[type]}[${index}]`,
      });
    });
  }
  return { spec, path, labels: strMap(meta.labels), annotations: strMap(meta.annotations), containers };
}

/** The container's own securityContext (empty object when absent). */
export function containerSecurityContext(c: ContainerRef): Record<string, any> {
  return rec(c.spec.securityContext);
}

/** The pod-level securityContext (empty object when absent). */
export function podSecurityContext(pod: PodTemplate): Record<string, any> {
  return rec(pod.spec.securityContext);
}

/**
 * The effective value of an inheritable securityContext field for a container: its own value,
 * else the pod-level one. For container-only fields, only the container's value counts.
 */
export function effectiveSecurityField(pod: PodTemplate, c: ContainerRef, field: string): unknown {
  const own = containerSecurityContext(c)[field];
  if (own !== undefined && own !== null) return own;
  if (!INHERITED_SECURITY_FIELDS.has(field)) return undefined;
  const inherited = podSecurityContext(pod)[field];
  return inherited === null ? undefined : inherited;
}

/** Human label of a container for messages: `container "app"`, `init container "setup"`. */
export function describeContainer(c: ContainerRef): string {
  const kind = c.type === 'container' ? 'container' : c.type === 'initContainer' ? 'init container' : 'ephemeral container';
  return `${kind} "${c.name || `#${c.index}`}"`;
}

/** Whether the pod targets Windows nodes (out of scope for the Linux-only controls). */
export function isWindowsPod(pod: PodTemplate): boolean {
  return rec(pod.spec.os).name === 'windows';
}
