import { PEER_AUTHENTICATION, isSelectorless, istioSpec } from '../../model/mesh';
import type { KubeRule } from '../../rule';
import type { Violation } from '../../types';

function rec(v: unknown): Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

/** Whether a mode keeps the inherited (or, mesh-wide, the PERMISSIVE default) setting. */
function isUnset(mode: unknown): boolean {
  return mode === undefined || mode === null || mode === 'UNSET';
}

/**
 * KW-MESH-001 PeerAuthentication never allows plaintext.
 * Pass: spec.mtls.mode and every portLevelMtls mode are STRICT, or UNSET/absent on a namespace- or
 * workload-level policy.
 * Fail: any mode is PERMISSIVE or DISABLE, or a mesh-wide policy (root namespace, no selector)
 * leaves the mode absent or UNSET, which means PERMISSIVE.
 *
 * A value other than STRICT or UNSET (including a miscased `strict`) is reported too: it is not
 * STRICT, which is what the pass sentence requires.
 */
export const KW_MESH_001: KubeRule = {
  id: 'KW-MESH-001',
  target: 'kube',
  kinds: [PEER_AUTHENTICATION],
  evaluate(obj, ctx) {
    const spec = istioSpec(obj);
    const meshWide = obj.effectiveNamespace === ctx.options.meshRootNamespace && isSelectorless(spec);
    const out: Violation[] = [];
    const mode = rec(spec.mtls).mode;
    if (isUnset(mode)) {
      if (meshWide) {
        out.push({
          message: `this mesh-wide PeerAuthentication (namespace ${ctx.options.meshRootNamespace}, no selector) leaves spec.mtls.mode ${mode === 'UNSET' ? 'UNSET' : 'absent'}, which Istio reads as PERMISSIVE; set spec.mtls.mode: STRICT.`,
          field: 'spec.mtls.mode',
        });
      }
    } else if (mode !== 'STRICT') {
      out.push({ message: `spec.mtls.mode is ${String(mode)}, which accepts plaintext; set it to STRICT.`, field: 'spec.mtls.mode' });
    }
    for (const [port, setting] of Object.entries(rec(spec.portLevelMtls))) {
      const portMode = rec(setting).mode;
      if (!isUnset(portMode) && portMode !== 'STRICT') {
        out.push({
          message: `portLevelMtls for port ${port} is ${String(portMode)}, which accepts plaintext on that port; set it to STRICT or remove the entry.`,
          field: `spec.portLevelMtls.${port}.mode`,
        });
      }
    }
    return out;
  },
};
