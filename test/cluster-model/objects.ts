// Plain Kubernetes objects as the model handles them: what a manifest is, how a workload names
// its pod template, and the container lists an admission plugin visits. Everything here is read
// from the objects themselves; nothing is imported from lib/, so a wrong assumption in kubeward
// cannot be repeated by the model that is meant to catch it.

/** A manifest object (parsed YAML or `toJson()` output). */
export type Obj = Record<string, any>;

/** Labels or annotations. */
export type StringMap = Record<string, string>;

/** `Kind namespace/name` (or `Kind name` for cluster-scoped objects), for problem reports. */
export function refOf(o: Obj): string {
  const ns = o.metadata?.namespace;
  return ns ? `${o.kind} ${ns}/${o.metadata?.name}` : `${o.kind} ${o.metadata?.name}`;
}

/** The API group of an object (`''` for the core group). */
export function groupOf(o: Obj): string {
  const apiVersion = String(o.apiVersion ?? '');
  return apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
}

/**
 * Workload kinds and where their pod template lives. The controllers create Pods from exactly
 * this template (kubernetes/kubernetes pkg/controller/{deployment,statefulset,job,cronjob}), so
 * admission judges the template as a Pod.
 */
export const WORKLOAD_KINDS: ReadonlySet<string> = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob', 'Pod']);

/** The pod template (`{ metadata, spec }`) of a workload, or undefined for other objects. */
export function podTemplateOf(o: Obj): Obj | undefined {
  switch (o.kind) {
    case 'Pod':
      return { metadata: o.metadata ?? {}, spec: o.spec ?? {} };
    case 'CronJob':
      return o.spec?.jobTemplate?.spec?.template;
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'Job':
      return o.spec?.template;
    default:
      return undefined;
  }
}

/** A container of any of the three lists, with the list it came from. */
export interface VisitedContainer {
  /** The container. */
  readonly container: Obj;
  /** Which list of the pod spec holds it. */
  readonly list: 'initContainers' | 'containers' | 'ephemeralContainers';
}

/**
 * Every container of a pod spec: init containers, containers, ephemeral containers, in that
 * order, as pod-security-admission's visitContainers does (kubernetes/kubernetes
 * staging/src/k8s.io/pod-security-admission/policy/visitor.go).
 */
export function visitContainers(spec: Obj): VisitedContainer[] {
  const out: VisitedContainer[] = [];
  for (const list of ['initContainers', 'containers', 'ephemeralContainers'] as const) {
    for (const container of spec?.[list] ?? []) out.push({ container, list });
  }
  return out;
}

/** A deep copy (objects are JSON: manifests never hold functions or dates). */
export function clone<T>(o: T): T {
  return JSON.parse(JSON.stringify(o)) as T;
}

// Objects by kind and namespace, indexed once per object list: admission and every connection
// check look up the same few kinds thousands of times. Lists are never changed after they are
// handed to the model.
const INDEX = new WeakMap<readonly Obj[], Map<string, Obj[]>>();

/** The objects of `kind` (in `namespace` when given) of a list. */
export function objectsOf(objects: readonly Obj[], kind: string, namespace?: string): readonly Obj[] {
  let index = INDEX.get(objects);
  if (!index) {
    index = new Map();
    for (const o of objects) {
      for (const key of [o.kind, `${o.kind}\u0000${o.metadata?.namespace ?? ''}`]) {
        const list = index.get(key);
        if (list) list.push(o);
        else index.set(key, [o]);
      }
    }
    INDEX.set(objects, index);
  }
  return index.get(namespace === undefined ? kind : `${kind}\u0000${namespace}`) ?? [];
}
