import { podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE } from '../../types';

/**
 * KW-POD-003 Host IPC namespace is not shared.
 * Pass: the pod spec leaves hostIPC unset or false.
 * Fail: the pod spec sets hostIPC to true.
 */
export const KW_POD_003: KubeRule = {
  id: 'KW-POD-003',
  target: 'kube',
  kinds: ['*workload'],
  evaluate(obj) {
    const pod = podTemplateOf(obj);
    if (!pod) return NOT_APPLICABLE;
    if (pod.spec.hostIPC !== true) return [];
    return [
      {
        message: 'the pod shares the IPC namespace of the node, so it can read shared memory of every process on the node; remove hostIPC (or set it to false).',
        field: `${pod.path}.hostIPC`,
      },
    ];
  },
};
