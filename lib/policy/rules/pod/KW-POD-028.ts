import { USER_NAMESPACE_RELAXED_FROM, inUserNamespace, podSecurityMinor } from '../../model/kubernetes-version';
import { containerSecurityContext, describeContainer, podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

/**
 * KW-POD-028 /proc mount type stays Default in user-namespace pods too.
 * Pass: the pod sets spec.hostUsers to false, its PSS version is 1.35 or newer, and no container
 * sets procMount to anything but Default.
 * Fail: such a pod has a container with procMount Unmasked (or any value but Default).
 * Other pods are out of scope: KW-POD-017 covers them.
 *
 * The restricted counterpart of KW-POD-017's user-namespace relaxation, as Pod Security's
 * procMount_restricted check (USER_NAMESPACE_RELAXED_FROM) replaces the relaxed baseline check
 * under restricted. Split this way, the restricted profile reports a pod once, and the baseline
 * profile (which leaves this control out) admits what the baseline level admits.
 */
export const KW_POD_028: KubeRule = {
  id: 'KW-POD-028',
  target: 'kube',
  kinds: ['*workload'],
  evaluate(obj, ctx) {
    const pod = podTemplateOf(obj);
    if (!pod) return NOT_APPLICABLE;
    if (!inUserNamespace(pod.spec) || podSecurityMinor(obj, ctx) < USER_NAMESPACE_RELAXED_FROM) return NOT_APPLICABLE;
    const out: Violation[] = [];
    for (const c of pod.containers) {
      const value = containerSecurityContext(c).procMount;
      if (value === undefined || value === null || value === 'Default') continue;
      out.push({
        message: `${describeContainer(c)} sets procMount to ${JSON.stringify(value)}; a user namespace does not make an unmasked /proc acceptable under the restricted profile, so remove it (or set Default).`,
        field: `${c.path}.securityContext.procMount`,
        container: c.name,
      });
    }
    return out;
  },
};
