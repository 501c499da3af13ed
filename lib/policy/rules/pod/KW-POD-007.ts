import { USER_NAMESPACE_RELAXED_FROM, inUserNamespace, podSecurityMinor } from '../../model/kubernetes-version';
import { containerSecurityContext, describeContainer, podSecurityContext, podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

/**
 * KW-POD-007 No container is pinned to UID 0.
 * Pass: neither spec.securityContext.runAsUser nor any container securityContext.runAsUser is 0
 * (unset is allowed: KW-POD-006 covers images that default to root).
 * Fail: runAsUser is 0 at pod level or on any container, init container or ephemeral container.
 * A runAsUser key outside securityContext is not a Kubernetes field and is ignored.
 * From Pod Security Standards 1.35 a pod with spec.hostUsers false passes: UID 0 in its user
 * namespace is an unprivileged UID on the node (USER_NAMESPACE_RELAXED_FROM).
 */
export const KW_POD_007: KubeRule = {
  id: 'KW-POD-007',
  target: 'kube',
  kinds: ['*workload'],
  evaluate(obj, ctx) {
    const pod = podTemplateOf(obj);
    if (!pod) return NOT_APPLICABLE;
    if (inUserNamespace(pod.spec) && podSecurityMinor(obj, ctx) >= USER_NAMESPACE_RELAXED_FROM) return [];
    const out: Violation[] = [];
    if (podSecurityContext(pod).runAsUser === 0) {
      out.push({
        message: 'the pod sets securityContext.runAsUser to 0 (root); use a non-zero UID.',
        field: `${pod.path}.securityContext.runAsUser`,
      });
    }
    for (const c of pod.containers) {
      if (containerSecurityContext(c).runAsUser !== 0) continue;
      out.push({
        message: `${describeContainer(c)} sets securityContext.runAsUser to 0 (root); use a non-zero UID.`,
        field: `${c.path}.securityContext.runAsUser`,
        container: c.name,
      });
    }
    return out;
  },
};
