import { CLUSTER_ROLE_BINDING, ROLE_BINDING, describeSubject, isRbacDefault, subjectsOf } from '../../model/rbac';
import { DEFAULT_SERVICE_ACCOUNT, SERVICE_ACCOUNT } from '../../model/service-account';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

/**
 * KW-RBAC-009 The default ServiceAccount stays inert.
 * Pass: every ServiceAccount named default sets automountServiceAccountToken false, and no
 * binding lists a ServiceAccount named default as a subject.
 * Fail: a default ServiceAccount leaves automountServiceAccountToken unset or true, or a binding
 * grants a role to a default ServiceAccount.
 *
 * ServiceAccounts with other names are in scope and pass (this control only keeps `default`
 * inert; KW-RBAC-010 judges token mounting per workload). Bindings labeled
 * kubernetes.io/bootstrapping=rbac-defaults are skipped. A default ServiceAccount subject counts
 * whatever its namespace.
 */
export const KW_RBAC_009: KubeRule = {
  id: 'KW-RBAC-009',
  target: 'kube',
  kinds: [SERVICE_ACCOUNT, ROLE_BINDING, CLUSTER_ROLE_BINDING],
  evaluate(obj) {
    if (obj.gk === SERVICE_ACCOUNT) {
      if (obj.name !== DEFAULT_SERVICE_ACCOUNT || obj.raw.automountServiceAccountToken === false) return [];
      return [
        {
          message: `the default ServiceAccount of namespace ${obj.effectiveNamespace} leaves automountServiceAccountToken ${obj.raw.automountServiceAccountToken === true ? 'true' : 'unset'}, so every pod that names no ServiceAccount gets its token; set automountServiceAccountToken: false.`,
          field: 'automountServiceAccountToken',
        },
      ];
    }
    if (isRbacDefault(obj)) return NOT_APPLICABLE;
    const out: Violation[] = [];
    for (const s of subjectsOf(obj)) {
      if (s.kind === 'ServiceAccount' && s.name === DEFAULT_SERVICE_ACCOUNT) {
        out.push({
          message: `subjects[${s.index}] grants this ${obj.kind}'s role to ${describeSubject(s)}, which every pod without a dedicated ServiceAccount runs as; bind a dedicated ServiceAccount instead.`,
          field: `subjects[${s.index}]`,
        });
      }
    }
    return out;
  },
};
