import { AUTHORIZATION_POLICY, istioSpec } from '../../model/mesh';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

function rec(v: unknown): Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

/** Whether a rule field constrains anything (an absent or empty list matches every request). */
function constrains(v: unknown): boolean {
  return Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null;
}

/**
 * KW-MESH-006 AuthorizationPolicies do not allow everything.
 * Pass: a policy with action ALLOW (or unset) has no rules, or every rule has at least one of
 * from, to or when.
 * Fail: an ALLOW policy contains an empty rule {}, which matches every request.
 *
 * Policies with another action (DENY, AUDIT, CUSTOM) are out of scope. A rule whose from, to and
 * when are all empty lists is the same as {} and is reported too.
 */
export const KW_MESH_006: KubeRule = {
  id: 'KW-MESH-006',
  target: 'kube',
  kinds: [AUTHORIZATION_POLICY],
  evaluate(obj) {
    const spec = istioSpec(obj);
    const action = spec.action ?? 'ALLOW';
    if (action !== 'ALLOW') return NOT_APPLICABLE;
    const rules = Array.isArray(spec.rules) ? spec.rules : [];
    const out: Violation[] = [];
    rules.forEach((r, i) => {
      const rule = rec(r);
      if (!constrains(rule.from) && !constrains(rule.to) && !constrains(rule.when)) {
        out.push({
          message: `spec.rules[${i}] has no from, to or when, so this ALLOW policy admits every request; constrain the rule or delete it.`,
          field: `spec.rules[${i}]`,
        });
      }
    });
    return out;
  },
};
