import { DESTINATION_RULE, istioSpec } from '../../model/mesh';
import type { KubeRule } from '../../rule';
import type { Violation } from '../../types';

function rec(v: unknown): Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

/** Reports tls.mode DISABLE in one trafficPolicy and in its portLevelSettings. */
function checkPolicy(policy: unknown, path: string, out: Violation[]): void {
  const p = rec(policy);
  if (rec(p.tls).mode === 'DISABLE') {
    out.push({ message: `${path}.tls.mode is DISABLE, so traffic to this destination is plaintext; use ISTIO_MUTUAL (or MUTUAL/SIMPLE for external hosts).`, field: `${path}.tls.mode` });
  }
  const ports = Array.isArray(p.portLevelSettings) ? p.portLevelSettings : [];
  ports.forEach((s, i) => {
    if (rec(rec(s).tls).mode === 'DISABLE') {
      out.push({ message: `${path}.portLevelSettings[${i}].tls.mode is DISABLE, so traffic to that port is plaintext; use ISTIO_MUTUAL.`, field: `${path}.portLevelSettings[${i}].tls.mode` });
    }
  });
}

/**
 * KW-MESH-004 DestinationRules do not disable TLS.
 * Pass: no trafficPolicy (top level, portLevelSettings or subsets) sets tls.mode DISABLE.
 * Fail: some trafficPolicy sets tls.mode DISABLE, sending plaintext to the destination.
 */
export const KW_MESH_004: KubeRule = {
  id: 'KW-MESH-004',
  target: 'kube',
  kinds: [DESTINATION_RULE],
  evaluate(obj) {
    const spec = istioSpec(obj);
    const out: Violation[] = [];
    checkPolicy(spec.trafficPolicy, 'spec.trafficPolicy', out);
    const subsets = Array.isArray(spec.subsets) ? spec.subsets : [];
    subsets.forEach((s, i) => checkPolicy(rec(s).trafficPolicy, `spec.subsets[${i}].trafficPolicy`, out));
    return out;
  },
};
