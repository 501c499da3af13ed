import type { KubeRule } from '../../rule';

function rec(v: unknown): Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

/**
 * KW-HA-007 HorizontalPodAutoscalers keep at least two replicas.
 * Pass: spec.minReplicas is 2 or more.
 * Fail: spec.minReplicas is 1 or unset (the API default is 1).
 */
export const KW_HA_007: KubeRule = {
  id: 'KW-HA-007',
  target: 'kube',
  kinds: ['autoscaling/HorizontalPodAutoscaler'],
  evaluate(obj) {
    const min: unknown = rec(obj.raw.spec).minReplicas;
    if (typeof min === 'number' && min >= 2) return [];
    const what = min === undefined || min === null ? 'leaves spec.minReplicas unset (the API default is 1)' : `sets spec.minReplicas to ${JSON.stringify(min)}`;
    return [
      {
        message: `HorizontalPodAutoscaler ${obj.name} ${what}, so it may scale its target down to a single pod; set minReplicas to 2 or more.`,
        field: 'spec.minReplicas',
      },
    ];
  },
};
