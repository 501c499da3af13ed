import { USER_NAMESPACE_RELAXED_FROM, inUserNamespace, podSecurityMinor } from '../../model/kubernetes-version';
import { containerSecurityContext, describeContainer, podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

/**
 * KW-POD-017 /proc mount type stays Default.
 * Pass: no container sets securityContext.procMount, or every one that does uses Default.
 * Fail: some container sets Unmasked or any other value, which unmasks kernel paths under /proc.
 * From Pod Security Standards 1.35 the baseline level admits any procMount for a pod with
 * spec.hostUsers false (USER_NAMESPACE_RELAXED_FROM); KW-POD-028 keeps the restricted level's
 * Default-only rule for those pods.
 */
export const KW_POD_017: KubeRule = {
  id: 'KW-POD-017',
  target: 'kube',
  kinds: ['*workload'],
  evaluate(obj, ctx) {
    const pod = podTemplateOf(obj);
    if (!pod) return NOT_APPLICABLE;
    if (inUserNamespace(pod.spec) && podSecurityMinor(obj, ctx) >= USER_NAMESPACE_RELAXED_FROM) return [];
    const out: Violation[] = [];
    for (const c of pod.containers) {
      const value = containerSecurityContext(c).procMount;
      if (value === undefined || value === null || value === 'Default') continue;
      out.push({
        message: `${describeContainer(c)} sets procMount to ${JSON.stringify(value)}; remove it (or set Default) so /proc stays masked.`,
        field: `${c.path}.securityContext.procMount`,
        container: c.name,
      });
    }
    return out;
  },
};
