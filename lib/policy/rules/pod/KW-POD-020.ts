import { SELINUX_ENGINE_TYPE_FROM, podSecurityMinor } from '../../model/kubernetes-version';
import { containerSecurityContext, describeContainer, podSecurityContext, podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

/** SELinux types that keep a container inside the runtime's container domains. */
const CONTAINER_TYPES: ReadonlySet<string> = new Set(['container_t', 'container_init_t', 'container_kvm_t']);
/** Added to the allowed types by Pod Security Standards 1.31 (SELINUX_ENGINE_TYPE_FROM). */
const ENGINE_TYPE = 'container_engine_t';

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === '';
}

/** What is wrong with one seLinuxOptions object, as message fragments (empty when fine). */
function problemsOf(options: unknown, minor: number): string[] {
  if (options === null || typeof options !== 'object') return [];
  const o = options as Record<string, unknown>;
  const out: string[] = [];
  const allowed = typeof o.type === 'string' && (CONTAINER_TYPES.has(o.type) || (o.type === ENGINE_TYPE && minor >= SELINUX_ENGINE_TYPE_FROM));
  if (!isEmpty(o.type) && !allowed) out.push(`type ${JSON.stringify(o.type)}${o.type === ENGINE_TYPE ? ` (allowed from Pod Security 1.${SELINUX_ENGINE_TYPE_FROM}; this pod is checked at 1.${minor})` : ''}`);
  if (!isEmpty(o.user)) out.push(`user ${JSON.stringify(o.user)}`);
  if (!isEmpty(o.role)) out.push(`role ${JSON.stringify(o.role)}`);
  return out;
}

const FIX = 'leave user and role unset and use a container_t, container_init_t or container_kvm_t type, or none (container_engine_t too from Pod Security 1.31)';

/**
 * KW-POD-020 SELinux options stay within the container domains.
 * Pass: every seLinuxOptions (pod and all containers) has type unset, empty, container_t,
 * container_init_t or container_kvm_t (container_engine_t too from the pod's PSS version 1.31),
 * and leaves user and role unset or empty.
 * Fail: some seLinuxOptions sets another type (for example spc_t or unconfined_t) or sets user
 * or role. The pod level and each container are checked as written, since any of them can
 * request the privileged label.
 */
export const KW_POD_020: KubeRule = {
  id: 'KW-POD-020',
  target: 'kube',
  kinds: ['*workload'],
  evaluate(obj, ctx) {
    const pod = podTemplateOf(obj);
    if (!pod) return NOT_APPLICABLE;
    const minor = podSecurityMinor(obj, ctx);
    const out: Violation[] = [];
    const podProblems = problemsOf(podSecurityContext(pod).seLinuxOptions, minor);
    if (podProblems.length > 0) {
      out.push({
        message: `the pod's seLinuxOptions set ${podProblems.join(', ')}; ${FIX}.`,
        field: `${pod.path}.securityContext.seLinuxOptions`,
      });
    }
    for (const c of pod.containers) {
      const problems = problemsOf(containerSecurityContext(c).seLinuxOptions, minor);
      if (problems.length === 0) continue;
      out.push({
        message: `${describeContainer(c)} seLinuxOptions set ${problems.join(', ')}; ${FIX}.`,
        field: `${c.path}.securityContext.seLinuxOptions`,
        container: c.name,
      });
    }
    return out;
  },
};
