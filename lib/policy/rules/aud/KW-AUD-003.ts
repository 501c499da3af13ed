import { isBuiltinGroup, isRemovedApiVersion } from '../../model/api-versions';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE } from '../../types';

/**
 * KW-AUD-003 No removed or deprecated API versions.
 * Pass: the apiVersion is not one of the removed versions the catalog lists (custom resource
 * versions are out of scope).
 * Fail: the apiVersion is one of the removed versions (extensions/v1beta1, apps/v1beta1, ...).
 *
 * Objects of groups Kubernetes does not serve itself are custom resources and not applicable.
 */
export const KW_AUD_003: KubeRule = {
  id: 'KW-AUD-003',
  target: 'kube',
  kinds: ['*'],
  evaluate(obj) {
    if (!isBuiltinGroup(obj.group)) return NOT_APPLICABLE;
    if (!isRemovedApiVersion(obj.apiVersion)) return [];
    return [
      {
        message: `${obj.kind} ${obj.name} uses apiVersion ${obj.apiVersion}, which current Kubernetes versions no longer serve; migrate it to the stable version of its group (for example apps/v1, batch/v1, policy/v1, networking.k8s.io/v1, autoscaling/v2).`,
        field: 'apiVersion',
      },
    ];
  },
};
