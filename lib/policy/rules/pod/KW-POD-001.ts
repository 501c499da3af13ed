import { containerSecurityContext, describeContainer, podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

/**
 * KW-POD-001 Privileged containers are forbidden.
 * Pass: no container, init container or ephemeral container sets securityContext.privileged to true.
 * Fail: at least one container of any type sets securityContext.privileged to true.
 */
export const KW_POD_001: KubeRule = {
  id: 'KW-POD-001',
  target: 'kube',
  kinds: ['*workload'],
  evaluate(obj) {
    const pod = podTemplateOf(obj);
    if (!pod) return NOT_APPLICABLE;
    const out: Violation[] = [];
    for (const c of pod.containers) {
      if (containerSecurityContext(c).privileged === true) {
        out.push({
          message: `${describeContainer(c)} is privileged; remove securityContext.privileged (a privileged container owns the node).`,
          field: `${c.path}.securityContext.privileged`,
          container: c.name,
        });
      }
    }
    return out;
  },
};
