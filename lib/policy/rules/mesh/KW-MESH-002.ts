import { isMeshEnabledNamespace, strictMtlsNamespaces } from '../../model/mesh';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE } from '../../types';

/**
 * KW-MESH-002 Mesh-enabled namespaces are covered by STRICT mTLS.
 * Pass: a Namespace with istio-injection=enabled or an istio.io/rev label is covered by a
 * selector-less STRICT PeerAuthentication in that namespace or in the mesh root namespace.
 * Fail: no such STRICT policy exists in the set for that namespace.
 *
 * A namespace-level policy with a weaker mode that overrides a STRICT mesh-wide one is reported
 * by KW-MESH-001, which flags every PERMISSIVE or DISABLE mode.
 */
export const KW_MESH_002: KubeRule = {
  id: 'KW-MESH-002',
  target: 'kube',
  kinds: ['Namespace'],
  evaluate(obj, ctx) {
    if (!isMeshEnabledNamespace(obj)) return NOT_APPLICABLE;
    const strict = strictMtlsNamespaces(ctx.set);
    if (strict.has(obj.name) || strict.has(ctx.options.meshRootNamespace)) return [];
    return [
      {
        message: `mesh namespace ${obj.name} has no selector-less STRICT PeerAuthentication (neither in ${obj.name} nor in ${ctx.options.meshRootNamespace}), so its workloads accept plaintext; add a PeerAuthentication with spec.mtls.mode: STRICT.`,
      },
    ];
  },
};
