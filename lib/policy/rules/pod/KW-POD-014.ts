import { describeContainer, podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

/**
 * KW-POD-014 hostPort is not used.
 * Pass: every ports[] entry of every container type leaves hostPort unset or 0.
 * Fail: some container port sets a non-zero hostPort, which opens the port on the node's
 * address outside any NetworkPolicy and pins the pod to nodes where the port is free.
 */
export const KW_POD_014: KubeRule = {
  id: 'KW-POD-014',
  target: 'kube',
  kinds: ['*workload'],
  evaluate(obj) {
    const pod = podTemplateOf(obj);
    if (!pod) return NOT_APPLICABLE;
    const out: Violation[] = [];
    for (const c of pod.containers) {
      const ports = c.spec.ports;
      if (!Array.isArray(ports)) continue;
      ports.forEach((p, i) => {
        const hostPort = p !== null && typeof p === 'object' ? (p as Record<string, unknown>).hostPort : undefined;
        if (hostPort === undefined || hostPort === null || hostPort === 0 || hostPort === '0') return;
        out.push({
          message: `${describeContainer(c)} binds hostPort ${String(hostPort)} on the node; remove hostPort and expose the port through a Service.`,
          field: `${c.path}.ports[${i}].hostPort`,
          container: c.name,
        });
      });
    }
    return out;
  },
};
