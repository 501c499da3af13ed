import { podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE } from '../../types';

/**
 * KW-POD-004 Host network namespace is not shared.
 * Pass: the pod spec leaves hostNetwork unset or false.
 * Fail: the pod spec sets hostNetwork to true.
 */
export const KW_POD_004: KubeRule = {
  id: 'KW-POD-004',
  target: 'kube',
  kinds: ['*workload'],
  evaluate(obj) {
    const pod = podTemplateOf(obj);
    if (!pod) return NOT_APPLICABLE;
    if (pod.spec.hostNetwork !== true) return [];
    return [
      {
        message: 'the pod shares the network namespace of the node, so it bypasses NetworkPolicies and can reach node-local services; remove hostNetwork (or set it to false).',
        field: `${pod.path}.hostNetwork`,
      },
    ];
  },
};
