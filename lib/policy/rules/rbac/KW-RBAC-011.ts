import { CLUSTER_ROLE_BINDING, ROLE_BINDING, subjectsOf } from '../../model/rbac';
import type { KubeRule } from '../../rule';
import type { Violation } from '../../types';

/**
 * KW-RBAC-011 system:masters is never a subject.
 * Pass: no subject is Group system:masters.
 * Fail: a binding lists Group system:masters, whose members bypass RBAC entirely.
 *
 * Unsuppressible (see `UNSUPPRESSIBLE`). Binding system:masters is pointless (its members are
 * never subject to RBAC) and signals a wish to hand out that group. No binding is exempt, not
 * even one labeled kubernetes.io/bootstrapping=rbac-defaults: an unsuppressible control takes no
 * exemption.
 */
export const KW_RBAC_011: KubeRule = {
  id: 'KW-RBAC-011',
  target: 'kube',
  kinds: [CLUSTER_ROLE_BINDING, ROLE_BINDING],
  evaluate(obj) {
    const out: Violation[] = [];
    for (const s of subjectsOf(obj)) {
      if (s.kind === 'Group' && s.name === 'system:masters') {
        out.push({
          message: `subjects[${s.index}] is Group system:masters, whose members bypass RBAC entirely; remove it and never issue credentials in that group.`,
          field: `subjects[${s.index}]`,
        });
      }
    }
    return out;
  },
};
