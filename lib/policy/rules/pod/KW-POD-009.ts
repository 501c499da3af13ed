import { capabilitiesOf } from '../../model/capabilities';
import { describeContainer, isWindowsPod, podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

/** The one capability the restricted profile lets a container add back. */
const ALLOWED = 'NET_BIND_SERVICE';

/**
 * KW-POD-009 Only NET_BIND_SERVICE may be added.
 * Pass: every container's capabilities.add is absent, empty, or contains only NET_BIND_SERVICE.
 * Fail: some container adds any other capability (names compared case-sensitively).
 * Windows pods are out of scope (Linux-only control).
 */
export const KW_POD_009: KubeRule = {
  id: 'KW-POD-009',
  target: 'kube',
  kinds: ['*workload'],
  evaluate(obj) {
    const pod = podTemplateOf(obj);
    if (!pod || isWindowsPod(pod)) return NOT_APPLICABLE;
    const out: Violation[] = [];
    for (const c of pod.containers) {
      const extra = capabilitiesOf(c).add.filter((cap) => cap !== ALLOWED);
      if (extra.length === 0) continue;
      out.push({
        message: `${describeContainer(c)} adds ${extra.join(', ')}; remove them from securityContext.capabilities.add (only ${ALLOWED} may be added).`,
        field: `${c.path}.securityContext.capabilities.add`,
        container: c.name,
      });
    }
    return out;
  },
};
