import type { KubeRule } from '../../rule';
import { Violation } from '../../types';

function rec(v: unknown): Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

/**
 * KW-AUD-005 Secret values are not committed in manifests.
 * Pass: a Secret in the manifest set has empty or absent data and stringData (values come from
 * an external store such as Tencent SSM via an operator).
 * Fail: a Secret carries non-empty data or stringData, so the value lives in the synthesized
 * YAML and its git history.
 */
export const KW_AUD_005: KubeRule = {
  id: 'KW-AUD-005',
  target: 'kube',
  kinds: ['Secret'],
  evaluate(obj) {
    const out: Violation[] = [];
    for (const field of ['data', 'stringData']) {
      const keys = Object.keys(rec(obj.raw[field]));
      if (keys.length === 0) continue;
      out.push({
        message: `Secret ${obj.name} carries ${field} (${keys.join(', ')}), so the value is committed with the manifests; deliver it from an external store (Tencent SSM through an operator) and leave ${field} empty.`,
        field,
      });
    }
    return out;
  },
};
