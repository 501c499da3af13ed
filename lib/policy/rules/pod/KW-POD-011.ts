import { ALL_CAPABILITIES, capabilitiesOf } from '../../model/capabilities';
import { describeContainer, isWindowsPod, podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

const NET_RAW = 'NET_RAW';

/**
 * KW-POD-011 NET_RAW is dropped and never added.
 * Pass: every container drops NET_RAW or ALL and does not add NET_RAW or ALL.
 * Fail: some container drops neither, or adds NET_RAW or ALL (raw sockets allow spoofing and
 * sniffing on the pod network). Names are case-sensitive. Windows pods are out of scope.
 */
export const KW_POD_011: KubeRule = {
  id: 'KW-POD-011',
  target: 'kube',
  kinds: ['*workload'],
  evaluate(obj) {
    const pod = podTemplateOf(obj);
    if (!pod || isWindowsPod(pod)) return NOT_APPLICABLE;
    const out: Violation[] = [];
    for (const c of pod.containers) {
      const caps = capabilitiesOf(c);
      const added = caps.add.filter((cap) => cap === NET_RAW || cap === ALL_CAPABILITIES);
      if (added.length > 0) {
        out.push({
          message: `${describeContainer(c)} adds ${added.join(', ')}; remove it from securityContext.capabilities.add.`,
          field: `${c.path}.securityContext.capabilities.add`,
          container: c.name,
        });
      }
      if (!caps.drop.includes(NET_RAW) && !caps.drop.includes(ALL_CAPABILITIES)) {
        out.push({
          message: `${describeContainer(c)} does not drop NET_RAW; add "ALL" (or at least "NET_RAW") to securityContext.capabilities.drop.`,
          field: `${c.path}.securityContext.capabilities.drop`,
          container: c.name,
        });
      }
    }
    return out;
  },
};
