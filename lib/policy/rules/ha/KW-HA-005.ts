import { pdbSelects } from '../../model/disruption-budget';
import type { ManifestSet } from '../../model/manifest-set';
import type { KubeObject } from '../../model/object';
import { hpaFloor, specReplicas } from '../../model/replicas';
import { podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { Violation } from '../../types';

/** Workload kinds whose replica count a minAvailable is compared with. */
const REPLICATED = ['apps/Deployment', 'apps/StatefulSet', 'apps/ReplicaSet'];

function rec(v: unknown): Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

function isSet(v: unknown): boolean {
  return v !== undefined && v !== null;
}

/** The number of a percentage string (`"50%"` is 50), or undefined for anything else. */
function percent(v: unknown): number | undefined {
  if (typeof v !== 'string') return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(v);
  return m ? Number(m[1]) : undefined;
}

/** Whether a maxUnavailable value forbids every eviction: 0, "0" or "0%". */
function isZero(v: unknown): boolean {
  if (typeof v === 'number') return v === 0;
  if (typeof v === 'string') return percent(v) === 0 || /^\s*0+\s*$/.test(v);
  return false;
}

/**
 * The replica count KW-HA-005 compares an integer minAvailable with: the HPA minimum for a
 * workload an HPA scales (the HPA may shrink it that far, even below spec.replicas), otherwise
 * spec.replicas as written. Undefined when neither is known: nothing to compare with.
 */
function replicaCount(obj: KubeObject, set: ManifestSet): number | undefined {
  return hpaFloor(obj, set) ?? specReplicas(obj);
}

/**
 * KW-HA-005 PodDisruptionBudgets leave room for voluntary evictions.
 * Pass: exactly one of minAvailable and maxUnavailable is set, maxUnavailable is not 0 or "0%",
 * minAvailable is not a percentage of 100% or more, and an integer minAvailable is below the
 * replica count of every Deployment, StatefulSet or ReplicaSet in the set whose pod labels it
 * selects (for a workload targeted by an HPA the count is the HPA minReplicas, 1 when unset;
 * otherwise spec.replicas).
 * Fail: neither field is set, maxUnavailable is 0 or "0%", minAvailable is a percentage of 100%
 * or more, or an integer minAvailable is at least that replica count for some selected workload.
 *
 * Setting both fields is also reported: the pass sentence asks for exactly one, and the API
 * server rejects a budget with both. Selected workloads are those of the budget's namespace; one
 * without spec.replicas and without an HPA has no count to compare with.
 */
export const KW_HA_005: KubeRule = {
  id: 'KW-HA-005',
  target: 'kube',
  kinds: ['policy/PodDisruptionBudget'],
  evaluate(obj, ctx) {
    const spec = rec(obj.raw.spec);
    const minAvailable: unknown = spec.minAvailable;
    const maxUnavailable: unknown = spec.maxUnavailable;
    const out: Violation[] = [];
    if (!isSet(minAvailable) && !isSet(maxUnavailable)) {
      return [
        {
          message: `PodDisruptionBudget ${obj.name} sets neither minAvailable nor maxUnavailable; set maxUnavailable: 1 (or a percentage) so drains can proceed one pod at a time.`,
          field: 'spec',
        },
      ];
    }
    if (isSet(minAvailable) && isSet(maxUnavailable)) {
      out.push({
        message: `PodDisruptionBudget ${obj.name} sets both minAvailable and maxUnavailable, which the API server rejects; keep only one of them.`,
        field: 'spec',
      });
    }
    if (isSet(maxUnavailable) && isZero(maxUnavailable)) {
      out.push({
        message: `PodDisruptionBudget ${obj.name} sets maxUnavailable to ${JSON.stringify(maxUnavailable)}, which blocks every voluntary eviction and stalls node drains and upgrades; allow at least 1.`,
        field: 'spec.maxUnavailable',
      });
    }
    const minPercent = percent(minAvailable);
    if (minPercent !== undefined && minPercent >= 100) {
      out.push({
        message: `PodDisruptionBudget ${obj.name} sets minAvailable to ${String(minAvailable)}, which blocks every voluntary eviction; use a lower percentage or maxUnavailable.`,
        field: 'spec.minAvailable',
      });
    }
    if (typeof minAvailable === 'number') {
      const namespace = obj.effectiveNamespace ?? 'default';
      for (const gk of REPLICATED) {
        for (const w of ctx.set.inNamespace(gk, namespace)) {
          const pod = podTemplateOf(w);
          if (!pod || !pdbSelects(obj, pod.labels)) continue;
          const count = replicaCount(w, ctx.set);
          if (count === undefined || minAvailable < count) continue;
          out.push({
            message: `PodDisruptionBudget ${obj.name} requires minAvailable ${minAvailable} but ${w.kind} ${w.name} may run only ${count} replica${count === 1 ? '' : 's'}, so no pod can ever be evicted; lower minAvailable below ${count} or raise the replica count.`,
            field: 'spec.minAvailable',
          });
        }
      }
    }
    return out;
  },
};
