import type { KubeRule } from '../../rule';

function rec(v: unknown): Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

/**
 * KW-HA-008 Pods are owned by a controller.
 * Pass: a Pod manifest carries metadata.ownerReferences.
 * Fail: a bare Pod without ownerReferences is declared; it will not be rescheduled after node loss.
 */
export const KW_HA_008: KubeRule = {
  id: 'KW-HA-008',
  target: 'kube',
  kinds: ['Pod'],
  evaluate(obj) {
    const owners: unknown = rec(obj.raw.metadata).ownerReferences;
    if (Array.isArray(owners) && owners.length > 0) return [];
    return [
      {
        message: `Pod ${obj.name} is a bare pod with no ownerReferences and is not recreated when its node fails; declare it through a Deployment, StatefulSet or Job instead.`,
        field: 'metadata.ownerReferences',
      },
    ];
  },
};
