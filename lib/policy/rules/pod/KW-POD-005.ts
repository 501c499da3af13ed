import { containerSecurityContext, describeContainer, isWindowsPod, podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

/**
 * KW-POD-005 Privilege escalation is explicitly disabled.
 * Pass: every container, init container and ephemeral container sets
 * securityContext.allowPrivilegeEscalation to false.
 * Fail: some container leaves it unset or true. The field exists only per container, so a
 * pod-level key of that name is ignored; and Kubernetes defaults it to true, so unset fails.
 * Windows pods are out of scope (Linux-only control).
 */
export const KW_POD_005: KubeRule = {
  id: 'KW-POD-005',
  target: 'kube',
  kinds: ['*workload'],
  evaluate(obj) {
    const pod = podTemplateOf(obj);
    if (!pod || isWindowsPod(pod)) return NOT_APPLICABLE;
    const out: Violation[] = [];
    for (const c of pod.containers) {
      const value = containerSecurityContext(c).allowPrivilegeEscalation;
      if (value === false) continue;
      const state = value === undefined || value === null ? 'leaves allowPrivilegeEscalation unset (it defaults to true)' : `sets allowPrivilegeEscalation to ${JSON.stringify(value)}`;
      out.push({
        message: `${describeContainer(c)} ${state}; set securityContext.allowPrivilegeEscalation: false on the container.`,
        field: `${c.path}.securityContext.allowPrivilegeEscalation`,
        container: c.name,
      });
    }
    return out;
  },
};
