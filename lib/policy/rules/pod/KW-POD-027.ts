import { HOST_PROBES_CHECKED_FROM, podSecurityMinor } from '../../model/kubernetes-version';
import { describeContainer, podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

/** The handlers of a container that the kubelet runs against an address: three probes and two hooks. */
const HANDLERS: ReadonlyArray<readonly [string, (c: Record<string, any>) => unknown]> = [
  ['livenessProbe', (c) => c.livenessProbe],
  ['readinessProbe', (c) => c.readinessProbe],
  ['startupProbe', (c) => c.startupProbe],
  ['lifecycle.postStart', (c) => rec(c.lifecycle).postStart],
  ['lifecycle.preStop', (c) => rec(c.lifecycle).preStop],
];

function rec(v: unknown): Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

/**
 * KW-POD-027 Probes and lifecycle hooks do not target another host.
 * Pass: no container (all three types) sets a non-empty host under httpGet or tcpSocket of its
 * probes or lifecycle handlers; or the pod's PSS version is older than 1.34.
 * Fail: at PSS version 1.34 or newer, some such host is set. The kubelet, not the pod, opens
 * these connections, from the node's network, so a host there reaches what the pod itself may not.
 *
 * Pod Security baseline check hostProbesAndHostLifecycle (HOST_PROBES_CHECKED_FROM): an empty
 * string is the same as unset; tcpSocket is checked in lifecycle handlers too, although the
 * kubelet no longer runs it there, because the API still accepts it.
 */
export const KW_POD_027: KubeRule = {
  id: 'KW-POD-027',
  target: 'kube',
  kinds: ['*workload'],
  evaluate(obj, ctx) {
    const pod = podTemplateOf(obj);
    if (!pod) return NOT_APPLICABLE;
    if (podSecurityMinor(obj, ctx) < HOST_PROBES_CHECKED_FROM) return [];
    const out: Violation[] = [];
    for (const c of pod.containers) {
      for (const [name, read] of HANDLERS) {
        const handler = rec(read(c.spec));
        for (const action of ['httpGet', 'tcpSocket']) {
          const host = rec(handler[action]).host;
          if (host === undefined || host === null || host === '') continue;
          out.push({
            message: `${describeContainer(c)} ${name}.${action} targets host ${JSON.stringify(host)}; remove host so the kubelet checks the pod's own IP.`,
            field: `${c.path}.${name}.${action}.host`,
            container: c.name,
          });
        }
      }
    }
    return out;
  },
};
