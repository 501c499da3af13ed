import { SERVICE_ACCOUNT, effectiveServiceAccountName, findServiceAccount } from '../../model/service-account';
import { podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE } from '../../types';

/**
 * KW-RBAC-010 ServiceAccount tokens are not auto-mounted.
 * Pass: the pod spec sets automountServiceAccountToken false, or leaves it unset while the
 * referenced ServiceAccount in the manifest set sets it false.
 * Fail: the pod sets it true, or leaves it unset and the referenced ServiceAccount is absent from
 * the set or does not set it false.
 *
 * The referenced ServiceAccount is serviceAccountName (else the deprecated serviceAccount, else
 * `default`) in the workload's namespace (`default` when omitted), looked up among the objects
 * of the same manifest set. ServiceAccount objects are in scope as evidence and never fail here.
 */
export const KW_RBAC_010: KubeRule = {
  id: 'KW-RBAC-010',
  target: 'kube',
  kinds: ['*workload', SERVICE_ACCOUNT],
  evaluate(obj, ctx) {
    if (obj.gk === SERVICE_ACCOUNT) return [];
    const pod = podTemplateOf(obj);
    if (!pod) return NOT_APPLICABLE;
    const field = `${pod.path}.automountServiceAccountToken`;
    const own = pod.spec.automountServiceAccountToken;
    if (own === false) return [];
    if (own === true) {
      return [{ message: `${field} is true, so every container gets an API token; set it to false unless the workload calls the Kubernetes API.`, field }];
    }
    const namespace = obj.effectiveNamespace ?? 'default';
    const name = effectiveServiceAccountName(pod);
    const sa = findServiceAccount(ctx.set, namespace, name);
    if (sa && sa.raw.automountServiceAccountToken === false) return [];
    return [
      {
        message: sa
          ? `${field} is unset and ServiceAccount ${namespace}/${name} does not set automountServiceAccountToken: false, so the pods get an API token; set it to false on the pod spec or the ServiceAccount.`
          : `${field} is unset and ServiceAccount ${namespace}/${name} is not in this manifest set, so the token is mounted by default; set ${field}: false (or ship the ServiceAccount with automountServiceAccountToken: false).`,
        field,
      },
    ];
  },
};
