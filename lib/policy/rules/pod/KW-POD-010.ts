import { BASELINE_ADDABLE_CAPABILITIES, capabilitiesOf } from '../../model/capabilities';
import { describeContainer, podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

/**
 * KW-POD-010 No capability outside the baseline default set is added.
 * Pass: every added capability is one of the Pod Security Standards baseline set (AUDIT_WRITE,
 * CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP,
 * SETUID, SYS_CHROOT).
 * Fail: some container adds anything else, e.g. ALL, SYS_ADMIN, NET_ADMIN, NET_RAW. Names are
 * compared case-sensitively, so a lowercase `chown` is outside the set.
 */
export const KW_POD_010: KubeRule = {
  id: 'KW-POD-010',
  target: 'kube',
  kinds: ['*workload'],
  evaluate(obj) {
    const pod = podTemplateOf(obj);
    if (!pod) return NOT_APPLICABLE;
    const out: Violation[] = [];
    for (const c of pod.containers) {
      const extra = capabilitiesOf(c).add.filter((cap) => !BASELINE_ADDABLE_CAPABILITIES.has(cap));
      if (extra.length === 0) continue;
      out.push({
        message: `${describeContainer(c)} adds ${extra.join(', ')}, outside the baseline default capability set; remove them from securityContext.capabilities.add.`,
        field: `${c.path}.securityContext.capabilities.add`,
        container: c.name,
      });
    }
    return out;
  },
};
