import { containerSecurityContext, describeContainer, isWindowsPod, podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

/**
 * KW-POD-016 Root filesystem is read-only.
 * Pass: every container, init container and ephemeral container sets
 * securityContext.readOnlyRootFilesystem to true.
 * Fail: some container leaves it unset or false. The field exists only per container, so a
 * pod-level key of that name is ignored. Windows pods are out of scope (Linux-only control).
 */
export const KW_POD_016: KubeRule = {
  id: 'KW-POD-016',
  target: 'kube',
  kinds: ['*workload'],
  evaluate(obj) {
    const pod = podTemplateOf(obj);
    if (!pod || isWindowsPod(pod)) return NOT_APPLICABLE;
    const out: Violation[] = [];
    for (const c of pod.containers) {
      if (containerSecurityContext(c).readOnlyRootFilesystem === true) continue;
      out.push({
        message: `${describeContainer(c)} has a writable root filesystem; set securityContext.readOnlyRootFilesystem: true and mount an emptyDir where it must write.`,
        field: `${c.path}.securityContext.readOnlyRootFilesystem`,
        container: c.name,
      });
    }
    return out;
  },
};
