// Kubernetes label-selector semantics, shared by every cross-object rule
// (NetworkPolicy podSelector, PDB selector, ServiceMonitor selector, controller selectors).

/** A LabelSelector as written: matchLabels and matchExpressions. */
export interface LabelSelector {
  /** Labels that must all be present with these values. */
  readonly matchLabels?: Record<string, string>;
  /** Set-based requirements (In, NotIn, Exists, DoesNotExist), all of which must hold. */
  readonly matchExpressions?: ReadonlyArray<{ key: string; operator: string; values?: string[] }>;
}

function rec(v: unknown): Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {};
}

/** Whether a selector is empty (absent, `{}`, or with empty matchLabels and matchExpressions). */
export function isEmptySelector(selector: unknown): boolean {
  const s = rec(selector);
  const ml = rec(s.matchLabels);
  const me = Array.isArray(s.matchExpressions) ? s.matchExpressions : [];
  return Object.keys(ml).length === 0 && me.length === 0;
}

/**
 * Whether a LabelSelector matches a label set. An empty selector matches everything, as in a
 * NetworkPolicy podSelector. Unknown operators match nothing (the API server would reject them).
 */
export function selectorMatches(selector: unknown, labels: Record<string, string>): boolean {
  const s = rec(selector);
  for (const [k, v] of Object.entries(rec(s.matchLabels))) {
    if (labels[k] !== String(v)) return false;
  }
  const exprs = Array.isArray(s.matchExpressions) ? s.matchExpressions : [];
  for (const e of exprs) {
    const expr = rec(e);
    const key = String(expr.key ?? '');
    const values: string[] = Array.isArray(expr.values) ? expr.values.map(String) : [];
    const has = Object.prototype.hasOwnProperty.call(labels, key);
    switch (expr.operator) {
      case 'In':
        if (!has || !values.includes(labels[key])) return false;
        break;
      case 'NotIn':
        if (has && values.includes(labels[key])) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** Whether a plain map selector (Service spec.selector style) matches a label set. */
export function mapSelectorMatches(selector: unknown, labels: Record<string, string>): boolean {
  const entries = Object.entries(rec(selector));
  if (entries.length === 0) return false;
  return entries.every(([k, v]) => labels[k] === String(v));
}
