import { hpaFloor, specReplicas } from '../../model/replicas';
import type { KubeRule } from '../../rule';

/**
 * KW-HA-003 Deployments and StatefulSets run at least two replicas.
 * Pass: spec.replicas is 2 or more, or spec.replicas is unset and an HPA in the set targets the
 * object with minReplicas of 2 or more.
 * Fail: spec.replicas is 0 or 1, or it is unset (defaulting to 1) without such an HPA.
 *
 * The rule evaluates the workloads; HPAs are only looked up. An explicit spec.replicas is judged
 * as written even when an HPA also targets the object, as the pass sentence says.
 */
export const KW_HA_003: KubeRule = {
  id: 'KW-HA-003',
  target: 'kube',
  kinds: ['apps/Deployment', 'apps/StatefulSet'],
  evaluate(obj, ctx) {
    const replicas = specReplicas(obj);
    if (replicas !== undefined) {
      if (replicas >= 2) return [];
      return [
        {
          message: `${obj.kind} ${obj.name} runs ${replicas} replica${replicas === 1 ? '' : 's'}; set spec.replicas to 2 or more so one pod can be lost or drained without an outage.`,
          field: 'spec.replicas',
        },
      ];
    }
    const floor = hpaFloor(obj, ctx.set);
    if (floor !== undefined && floor >= 2) return [];
    const why = floor === undefined ? 'no HorizontalPodAutoscaler in the set targets it' : `the HorizontalPodAutoscaler that targets it allows ${floor} replica${floor === 1 ? '' : 's'}`;
    return [
      {
        message: `${obj.kind} ${obj.name} leaves spec.replicas unset (defaulting to 1) and ${why}; set spec.replicas to 2 or more, or an HPA minReplicas of 2 or more.`,
        field: 'spec.replicas',
      },
    ];
  },
};
