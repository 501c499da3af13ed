import { containerSecurityContext, describeContainer, podSecurityContext, podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

function hostProcess(securityContext: Record<string, any>): boolean {
  const options = securityContext.windowsOptions;
  return options !== null && typeof options === 'object' && (options as Record<string, unknown>).hostProcess === true;
}

/**
 * KW-POD-019 Windows HostProcess containers are forbidden.
 * Pass: windowsOptions.hostProcess is unset or false at pod level and on every container type.
 * Fail: hostProcess is true at pod level or on any container: such a container runs as a
 * process on the Windows node with the node's privileges.
 */
export const KW_POD_019: KubeRule = {
  id: 'KW-POD-019',
  target: 'kube',
  kinds: ['*workload'],
  evaluate(obj) {
    const pod = podTemplateOf(obj);
    if (!pod) return NOT_APPLICABLE;
    const out: Violation[] = [];
    if (hostProcess(podSecurityContext(pod))) {
      out.push({
        message: 'the pod sets securityContext.windowsOptions.hostProcess to true; remove it so containers stay isolated from the node.',
        field: `${pod.path}.securityContext.windowsOptions.hostProcess`,
      });
    }
    for (const c of pod.containers) {
      if (!hostProcess(containerSecurityContext(c))) continue;
      out.push({
        message: `${describeContainer(c)} sets windowsOptions.hostProcess to true; remove it so the container stays isolated from the node.`,
        field: `${c.path}.securityContext.windowsOptions.hostProcess`,
        container: c.name,
      });
    }
    return out;
  },
};
