import { podSecurityMinor, sysctlSafeFrom } from '../../model/kubernetes-version';
import { podSecurityContext, podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';


/**
 * KW-POD-018 Only safe sysctls are set.
 * Pass: every spec.securityContext.sysctls[*].name is in the Pod Security Standards safe set of the
 * pod's PSS version (or no sysctls are set). The set grew at 1.27, 1.29, 1.32 and 1.37
 * (SAFE_SYSCTLS_SINCE): namespaced sysctls that cannot affect other pods on the node.
 * Fail: the pod sets any other sysctl, for example kernel.msgmax or net.core.somaxconn, or one
 * that only a newer version allows.
 */
export const KW_POD_018: KubeRule = {
  id: 'KW-POD-018',
  target: 'kube',
  kinds: ['*workload'],
  evaluate(obj, ctx) {
    const pod = podTemplateOf(obj);
    if (!pod) return NOT_APPLICABLE;
    const sysctls = podSecurityContext(pod).sysctls;
    if (!Array.isArray(sysctls)) return [];
    const minor = podSecurityMinor(obj, ctx);
    const out: Violation[] = [];
    sysctls.forEach((s, i) => {
      const name = s !== null && typeof s === 'object' ? (s as Record<string, unknown>).name : undefined;
      const safeFrom = typeof name === 'string' ? sysctlSafeFrom(name) : undefined;
      if (safeFrom !== undefined && safeFrom <= minor) return;
      out.push({
        message: safeFrom === undefined
          ? `the pod sets the unsafe sysctl ${JSON.stringify(name ?? null)}, which can affect other pods on the node; remove it or tune the node instead.`
          : `the pod sets the sysctl ${JSON.stringify(name)}, which Pod Security only allows from 1.${safeFrom} (this pod is checked at 1.${minor}); remove it, or pin a newer enforce-version once the cluster runs 1.${safeFrom}.`,
        field: `${pod.path}.securityContext.sysctls[${i}].name`,
      });
    });
    return out;
  },
};
