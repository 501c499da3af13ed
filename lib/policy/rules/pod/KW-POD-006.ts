import { USER_NAMESPACE_RELAXED_FROM, inUserNamespace, podSecurityMinor } from '../../model/kubernetes-version';
import { containerSecurityContext, describeContainer, podSecurityContext, podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

/**
 * KW-POD-006 Containers must run with runAsNonRoot.
 * Pass: the pod-level runAsNonRoot is true and no container sets it to false, or every container
 * (all three types) sets runAsNonRoot to true itself.
 * Fail: runAsNonRoot is false at pod or container level, or it is unset at pod level and some
 * container does not set it to true. A non-zero runAsUser alone does not count: the kubelet
 * only refuses to start a root container when runAsNonRoot is true.
 *
 * From Pod Security Standards 1.35 a pod with spec.hostUsers false passes: its UIDs are mapped to
 * unprivileged ones on the node (see USER_NAMESPACE_RELAXED_FROM for the upstream source).
 */
export const KW_POD_006: KubeRule = {
  id: 'KW-POD-006',
  target: 'kube',
  kinds: ['*workload'],
  evaluate(obj, ctx) {
    const pod = podTemplateOf(obj);
    if (!pod) return NOT_APPLICABLE;
    if (inUserNamespace(pod.spec) && podSecurityMinor(obj, ctx) >= USER_NAMESPACE_RELAXED_FROM) return [];
    const out: Violation[] = [];
    const podValue = podSecurityContext(pod).runAsNonRoot;
    if (podValue === false) {
      // An explicit false at pod level fails even when every container overrides it, as in Pod
      // Security Admission: the pod declares that its containers may run as root.
      out.push({
        message: 'the pod sets securityContext.runAsNonRoot to false; set it to true.',
        field: `${pod.path}.securityContext.runAsNonRoot`,
      });
    }
    for (const c of pod.containers) {
      const own = containerSecurityContext(c).runAsNonRoot;
      if (own === true) continue;
      if (own === false) {
        out.push({
          message: `${describeContainer(c)} sets securityContext.runAsNonRoot to false; set it to true (or remove it and set it to true at pod level).`,
          field: `${c.path}.securityContext.runAsNonRoot`,
          container: c.name,
        });
      } else if (podValue !== true) {
        out.push({
          message: `${describeContainer(c)} may run as root: runAsNonRoot is not true on the container nor at pod level (a non-zero runAsUser is not enough); set spec.securityContext.runAsNonRoot: true.`,
          field: `${c.path}.securityContext.runAsNonRoot`,
          container: c.name,
        });
      }
    }
    return out;
  },
};
