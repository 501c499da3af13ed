import { allowNothingNamespaces, isMeshEnabledNamespace } from '../../model/mesh';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE } from '../../types';

/**
 * KW-MESH-005 Mesh-enabled namespaces have an allow-nothing AuthorizationPolicy.
 * Pass: a mesh-enabled Namespace holds an AuthorizationPolicy with an empty spec (no selector, no
 * rules, default ALLOW action) or one exists in the mesh root namespace.
 * Fail: no allow-nothing AuthorizationPolicy covers that namespace.
 */
export const KW_MESH_005: KubeRule = {
  id: 'KW-MESH-005',
  target: 'kube',
  kinds: ['Namespace'],
  evaluate(obj, ctx) {
    if (!isMeshEnabledNamespace(obj)) return NOT_APPLICABLE;
    const covered = allowNothingNamespaces(ctx.set);
    if (covered.has(obj.name) || covered.has(ctx.options.meshRootNamespace)) return [];
    return [
      {
        message: `mesh namespace ${obj.name} has no allow-nothing AuthorizationPolicy (in ${obj.name} or ${ctx.options.meshRootNamespace}), so every request is allowed by default; add an AuthorizationPolicy with an empty spec and allow traffic explicitly.`,
      },
    ];
  },
};
