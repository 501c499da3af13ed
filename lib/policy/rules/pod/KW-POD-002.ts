import { podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE } from '../../types';

/**
 * KW-POD-002 Host PID namespace is not shared.
 * Pass: the pod spec leaves hostPID unset or false.
 * Fail: the pod spec sets hostPID to true.
 */
export const KW_POD_002: KubeRule = {
  id: 'KW-POD-002',
  target: 'kube',
  kinds: ['*workload'],
  evaluate(obj) {
    const pod = podTemplateOf(obj);
    if (!pod) return NOT_APPLICABLE;
    if (pod.spec.hostPID !== true) return [];
    return [
      {
        message: 'the pod shares the PID namespace of the node, so it can see and signal every process on the node; remove hostPID (or set it to false).',
        field: `${pod.path}.hostPID`,
      },
    ];
  },
};
