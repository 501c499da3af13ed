import { DEFAULT_SERVICE_ACCOUNT, writtenServiceAccountName } from '../../model/service-account';
import { podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE } from '../../types';

/**
 * KW-RBAC-008 Workloads run under a dedicated ServiceAccount.
 * Pass: the pod spec sets serviceAccountName to a name other than default.
 * Fail: serviceAccountName is unset, empty or default (the deprecated serviceAccount field is
 * read the same way).
 *
 * serviceAccountName wins when both fields are set, as on the API server; the deprecated field
 * is read only when serviceAccountName is unset or empty.
 */
export const KW_RBAC_008: KubeRule = {
  id: 'KW-RBAC-008',
  target: 'kube',
  kinds: ['*workload'],
  evaluate(obj) {
    const pod = podTemplateOf(obj);
    if (!pod) return NOT_APPLICABLE;
    const name = writtenServiceAccountName(pod);
    if (name !== undefined && name !== DEFAULT_SERVICE_ACCOUNT) return [];
    return [
      {
        message: `the pods run as the ${name === undefined ? 'implicit ' : ''}default ServiceAccount, which every workload of the namespace shares; create a ServiceAccount for this workload and set ${pod.path}.serviceAccountName.`,
        field: `${pod.path}.serviceAccountName`,
      },
    ];
  },
};
