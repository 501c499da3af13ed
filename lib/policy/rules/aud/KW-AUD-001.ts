import type { KubeObject } from '../../model/object';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE } from '../../types';

/**
 * Objects the API server itself keeps in default: the `kubernetes` Service and the `default`
 * ServiceAccount. Declaring them there (to patch them) is not a tenant placing work in default.
 */
function isBuiltinDefaultObject(obj: KubeObject): boolean {
  if (obj.effectiveNamespace !== 'default') return false;
  return (obj.gk === 'Service' && obj.name === 'kubernetes') || (obj.gk === 'ServiceAccount' && obj.name === 'default');
}

/**
 * KW-AUD-001 Objects are not placed in the default namespace.
 * Pass: the object sets metadata.namespace to something other than default (the kubernetes
 * Service and the default ServiceAccount in default are exempt).
 * Fail: metadata.namespace is default or absent, so the object lands in default or in whatever
 * namespace the deployer's context points at.
 */
export const KW_AUD_001: KubeRule = {
  id: 'KW-AUD-001',
  target: 'kube',
  kinds: ['*namespaced'],
  evaluate(obj) {
    if (isBuiltinDefaultObject(obj)) return NOT_APPLICABLE;
    if (obj.namespace !== undefined && obj.namespace !== 'default') return [];
    return [
      {
        message:
          obj.namespace === undefined
            ? `${obj.kind} ${obj.name} has no metadata.namespace, so it lands in whatever namespace the deployer's context points at (default, usually); set metadata.namespace to the tenant's namespace.`
            : `${obj.kind} ${obj.name} is placed in the default namespace, which no tenant owns and no policy isolates; move it to a dedicated namespace.`,
        field: 'metadata.namespace',
      },
    ];
  },
};
