import { containerSecurityContext, describeContainer, podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

/**
 * KW-POD-017 /proc mount type stays Default.
 * Pass: no container sets securityContext.procMount, or every one that does uses Default.
 * Fail: some container sets Unmasked or any other value, which unmasks kernel paths under /proc.
 */
export const KW_POD_017: KubeRule = {
  id: 'KW-POD-017',
  target: 'kube',
  kinds: ['*workload'],
  evaluate(obj) {
    const pod = podTemplateOf(obj);
    if (!pod) return NOT_APPLICABLE;
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
