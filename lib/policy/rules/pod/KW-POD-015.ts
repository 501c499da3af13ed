import { containerSecurityContext, describeContainer, isWindowsPod, podSecurityContext, podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

/** Seccomp profile types that actually filter system calls. */
const CONFINED: ReadonlySet<string> = new Set(['RuntimeDefault', 'Localhost']);

function seccompType(securityContext: Record<string, any>): unknown {
  const profile = securityContext.seccompProfile;
  if (profile === null || typeof profile !== 'object') return undefined;
  const type = (profile as Record<string, unknown>).type;
  return type === null ? undefined : type;
}

/**
 * KW-POD-015 A RuntimeDefault or Localhost seccomp profile applies to every container.
 * Pass: each container's effective seccompProfile.type (its own, else the pod-level one) is
 * RuntimeDefault or Localhost.
 * Fail: some container ends up with no type or with Unconfined. The legacy
 * seccomp.security.alpha.kubernetes.io annotations are not read: the kubelet ignores them since
 * Kubernetes 1.27. Windows pods are out of scope (Linux-only control).
 */
export const KW_POD_015: KubeRule = {
  id: 'KW-POD-015',
  target: 'kube',
  kinds: ['*workload'],
  evaluate(obj) {
    const pod = podTemplateOf(obj);
    if (!pod || isWindowsPod(pod)) return NOT_APPLICABLE;
    const podType = seccompType(podSecurityContext(pod));
    const out: Violation[] = [];
    for (const c of pod.containers) {
      const own = seccompType(containerSecurityContext(c));
      const effective = own ?? podType;
      if (typeof effective === 'string' && CONFINED.has(effective)) continue;
      const fromPod = own === undefined && podType !== undefined;
      const state = effective === undefined ? 'runs without a seccomp profile' : `runs with seccomp profile ${JSON.stringify(effective)}${fromPod ? ' inherited from the pod' : ''}`;
      out.push({
        message: `${describeContainer(c)} ${state}; set spec.securityContext.seccompProfile.type: RuntimeDefault (or Localhost).`,
        field: fromPod ? `${pod.path}.securityContext.seccompProfile.type` : `${c.path}.securityContext.seccompProfile.type`,
        container: c.name,
      });
    }
    return out;
  },
};
