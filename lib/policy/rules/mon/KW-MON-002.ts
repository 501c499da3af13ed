import type { KubeRule } from '../../rule';
import type { Violation } from '../../types';

function rec(v: unknown): Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

function nonEmpty(v: unknown): boolean {
  return v !== undefined && v !== null && String(v).trim() !== '';
}

/**
 * KW-MON-002 Alerting rules carry severity and a human summary.
 * Pass: every rule that has an alert field also has labels.severity and an annotations.summary or
 * annotations.description.
 * Fail: some alert rule lacks the severity label or both summary and description annotations.
 *
 * Recording rules (no alert field) are not checked. Empty values count as missing: an alert
 * routed on `severity: ""` or paged with a blank summary helps nobody.
 */
export const KW_MON_002: KubeRule = {
  id: 'KW-MON-002',
  target: 'kube',
  kinds: ['monitoring.coreos.com/PrometheusRule'],
  evaluate(obj) {
    const out: Violation[] = [];
    const groups = rec(obj.raw.spec).groups;
    if (!Array.isArray(groups)) return out;
    groups.forEach((g, gi) => {
      const rules = rec(g).rules;
      if (!Array.isArray(rules)) return;
      rules.forEach((r, ri) => {
        const rule = rec(r);
        if (rule.alert === undefined || rule.alert === null) return;
        const field = `spec.groups[${gi}].rules[${ri}]`;
        const name = `alert "${String(rule.alert)}"`;
        const labels = rec(rule.labels);
        const annotations = rec(rule.annotations);
        if (!nonEmpty(labels.severity)) {
          out.push({ message: `${name} has no severity label; set labels.severity so Alertmanager can route it.`, field: `${field}.labels.severity` });
        }
        if (!nonEmpty(annotations.summary) && !nonEmpty(annotations.description)) {
          out.push({ message: `${name} has neither a summary nor a description annotation; add annotations.summary telling the on-call what broke.`, field: `${field}.annotations` });
        }
      });
    });
    return out;
  },
};
