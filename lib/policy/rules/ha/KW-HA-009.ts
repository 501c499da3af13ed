import { selectorMatches } from '../../model/selectors';
import { podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

function rec(v: unknown): Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

/**
 * KW-HA-009 Controller selectors match their pod template labels.
 * Pass: every matchLabels pair of spec.selector appears in spec.template.metadata.labels and
 * every matchExpressions entry is satisfied by them.
 * Fail: spec.selector selects labels the template does not carry (the API server rejects it or
 * the controller orphans pods).
 *
 * A missing selector passes: legacy API versions and Jobs default it from the template labels.
 * Each offending pair or expression is its own violation.
 */
export const KW_HA_009: KubeRule = {
  id: 'KW-HA-009',
  target: 'kube',
  kinds: ['apps/Deployment', 'apps/StatefulSet', 'apps/DaemonSet', 'apps/ReplicaSet', 'batch/Job'],
  evaluate(obj) {
    const pod = podTemplateOf(obj);
    if (!pod) return NOT_APPLICABLE;
    const selector = rec(rec(obj.raw.spec).selector);
    const labels = pod.labels;
    const out: Violation[] = [];
    for (const [key, value] of Object.entries(rec(selector.matchLabels))) {
      if (labels[key] === String(value)) continue;
      out.push({
        message: `spec.selector.matchLabels requires ${key}=${String(value)} but the pod template ${key in labels ? `has ${key}=${labels[key]}` : `has no ${key} label`}; make spec.template.metadata.labels carry every selector label.`,
        field: `spec.selector.matchLabels.${key}`,
      });
    }
    const expressions: unknown[] = Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
    expressions.forEach((e, i) => {
      if (selectorMatches({ matchExpressions: [e] }, labels)) return;
      const expr = rec(e);
      out.push({
        message: `spec.selector.matchExpressions[${i}] (${String(expr.key)} ${String(expr.operator)}${Array.isArray(expr.values) ? ` ${expr.values.join(',')}` : ''}) is not satisfied by the pod template labels; align the expression with spec.template.metadata.labels.`,
        field: `spec.selector.matchExpressions[${i}]`,
      });
    });
    return out;
  },
};
