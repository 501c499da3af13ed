// Replica counts and HorizontalPodAutoscaler targets, shared by the HA controls. The catalog's
// `desired_replicas` convention says an HPA only fills in the count when spec.replicas is unset;
// KW-HA-005 instead lets the HPA minimum win outright, so both views are offered here.
import type { ManifestSet } from './manifest-set';
import { KubeObject, groupKind, splitApiVersion } from './object';

/** Group-qualified kind of HorizontalPodAutoscaler (every autoscaling version shares it). */
export const HPA_KIND = 'autoscaling/HorizontalPodAutoscaler';

function rec(v: unknown): Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

/** One HPA's claim on a scale target, as indexed per manifest set. */
interface HpaTarget {
  /** The HPA object. */
  readonly hpa: KubeObject;
  /** Group-qualified kind of the target, or undefined when scaleTargetRef has no apiVersion. */
  readonly gk?: string;
}

/** HPAs of the set keyed by `namespace|kind|name` of their scale target, built once per set. */
function hpaIndex(set: ManifestSet): ReadonlyMap<string, readonly HpaTarget[]> {
  return set.memo('model:replicas:hpa-targets', () => {
    const index = new Map<string, HpaTarget[]>();
    for (const hpa of set.ofKind(HPA_KIND)) {
      const ref = rec(rec(hpa.raw.spec).scaleTargetRef);
      if (typeof ref.kind !== 'string' || typeof ref.name !== 'string') continue;
      const gk = typeof ref.apiVersion === 'string' && ref.apiVersion ? groupKind(splitApiVersion(ref.apiVersion).group, ref.kind) : undefined;
      const key = `${hpa.effectiveNamespace}|${ref.kind}|${ref.name}`;
      let list = index.get(key);
      if (!list) index.set(key, (list = []));
      list.push({ hpa, gk });
    }
    return index;
  });
}

/**
 * The HPAs of the set that scale an object: same namespace, scaleTargetRef kind and name equal
 * to the object's, and (when scaleTargetRef names an apiVersion) the same API group.
 */
export function hpasTargeting(obj: KubeObject, set: ManifestSet): readonly KubeObject[] {
  const hits = hpaIndex(set).get(`${obj.effectiveNamespace}|${obj.kind}|${obj.name}`);
  if (!hits) return [];
  return hits.filter((h) => h.gk === undefined || h.gk === obj.gk).map((h) => h.hpa);
}

/** An HPA's spec.minReplicas, or 1 (the API default) when unset. */
export function hpaMinReplicas(hpa: KubeObject): number {
  const min = rec(hpa.raw.spec).minReplicas;
  return isCount(min) ? min : 1;
}

/**
 * The lowest minReplicas among the HPAs that target an object, or undefined when none does.
 * Several HPAs fighting over one target is a mistake; the lowest floor is what can happen.
 */
export function hpaFloor(obj: KubeObject, set: ManifestSet): number | undefined {
  const hpas = hpasTargeting(obj, set);
  return hpas.length === 0 ? undefined : Math.min(...hpas.map(hpaMinReplicas));
}

/** spec.replicas when written as a non-negative integer, else undefined. */
export function specReplicas(obj: KubeObject): number | undefined {
  const replicas = rec(obj.raw.spec).replicas;
  return isCount(replicas) ? replicas : undefined;
}

/**
 * The desired replica count of a Deployment or StatefulSet (catalog convention
 * `desired_replicas`): spec.replicas; when unset, the minReplicas of an HPA of the set that
 * targets it (1 when the HPA leaves it unset); otherwise unknown (undefined).
 */
export function desiredReplicas(obj: KubeObject, set: ManifestSet): number | undefined {
  return specReplicas(obj) ?? hpaFloor(obj, set);
}
