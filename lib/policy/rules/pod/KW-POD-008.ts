import { ALL_CAPABILITIES, capabilitiesOf } from '../../model/capabilities';
import { describeContainer, isWindowsPod, podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

/**
 * KW-POD-008 All Linux capabilities are dropped.
 * Pass: every container, init container and ephemeral container lists the exact string "ALL" in
 * securityContext.capabilities.drop.
 * Fail: some container has no drop list or one without "ALL". A long explicit list is not
 * equivalent (it misses capabilities added by newer kernels), and names are case-sensitive.
 * Windows pods are out of scope (Linux-only control).
 */
export const KW_POD_008: KubeRule = {
  id: 'KW-POD-008',
  target: 'kube',
  kinds: ['*workload'],
  evaluate(obj) {
    const pod = podTemplateOf(obj);
    if (!pod || isWindowsPod(pod)) return NOT_APPLICABLE;
    const out: Violation[] = [];
    for (const c of pod.containers) {
      const caps = capabilitiesOf(c);
      if (caps.drop.includes(ALL_CAPABILITIES)) continue;
      const state = caps.hasDropList ? 'does not drop "ALL"' : 'has no capabilities.drop list';
      out.push({
        message: `${describeContainer(c)} ${state}; set securityContext.capabilities.drop: ["ALL"] and add back only what it needs.`,
        field: `${c.path}.securityContext.capabilities.drop`,
        container: c.name,
      });
    }
    return out;
  },
};
