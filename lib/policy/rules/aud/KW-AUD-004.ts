import type { KubeRule } from '../../rule';
import { Violation } from '../../types';

function rec(v: unknown): Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/**
 * Whether an audit policy rule can match requests on core Secrets, ignoring its user, verb and
 * namespace filters. A rule without a resources filter matches every resource request, except
 * a rule limited to nonResourceURLs, which the API server only applies to non-resource requests.
 * A resources entry matches when it is for the core group ("" or unset) and lists `secrets`
 * or `*`, or lists no resources at all (every resource of the group).
 */
function canMatchSecrets(rule: Record<string, any>): boolean {
  const resources = list(rule.resources);
  if (resources.length === 0) return list(rule.nonResourceURLs).length === 0 || list(rule.namespaces).length > 0;
  return resources.some((entry) => {
    const e = rec(entry);
    if (e.group !== undefined && e.group !== null && e.group !== '') return false;
    const names = list(e.resources);
    return names.length === 0 || names.includes('secrets') || names.includes('*');
  });
}

/**
 * KW-AUD-004 A supplied audit Policy records access to sensitive resources at metadata level only.
 * Pass: the Policy has at least one rule whose level is not None, and the first rule that can
 * match core secrets (a rule with no resources filter, or a core-group entry listing secrets or
 * no resources) has level Metadata or None, ignoring user, verb and namespace filters.
 * Fail: the Policy has no rules or only None rules, or that first matching rule logs secrets at
 * Request or RequestResponse level and so writes Secret payloads to the audit log.
 */
export const KW_AUD_004: KubeRule = {
  id: 'KW-AUD-004',
  target: 'kube',
  kinds: ['audit.k8s.io/Policy'],
  evaluate(obj) {
    const rules = list(obj.raw.rules).map(rec);
    const out: Violation[] = [];
    if (!rules.some((r) => typeof r.level === 'string' && r.level !== 'None')) {
      out.push({
        message: `audit Policy ${obj.name} ${rules.length === 0 ? 'has no rules' : 'has only level None rules'}, so the API server records nothing; add rules, ending with a catch-all at level Metadata.`,
        field: 'rules',
      });
    }
    const index = rules.findIndex(canMatchSecrets);
    if (index >= 0) {
      const level: unknown = rules[index].level;
      if (level === 'Request' || level === 'RequestResponse') {
        out.push({
          message: `audit Policy ${obj.name} rule ${index} is the first that can match core secrets and logs them at level ${level}, writing Secret payloads to the audit log; add an earlier rule for resources [{group: "", resources: ["secrets", "configmaps"]}] at level Metadata.`,
          field: `rules[${index}].level`,
        });
      }
    }
    return out;
  },
};
