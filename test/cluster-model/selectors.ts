// Label selectors as the API server and every controller read them (kubernetes/apimachinery
// pkg/apis/meta/v1/helpers.go LabelSelectorAsSelector, pkg/labels/selector.go): matchLabels and
// matchExpressions are ANDed; `In` needs the key with one of the values; `NotIn` matches when the
// key is absent or has another value; `Exists` / `DoesNotExist` test the key only. An empty
// selector `{}` selects everything, a missing (null) selector nothing: callers decide which of
// the two an absent field means for their API.
import { StringMap } from './objects';

/** A metav1.LabelSelector. */
export interface LabelSelector {
  /** Exact label values. */
  readonly matchLabels?: StringMap;
  /** Set-based requirements. */
  readonly matchExpressions?: ReadonlyArray<{ key: string; operator: string; values?: string[] }>;
}

/** Whether `labels` satisfy `selector` (an empty selector matches everything). */
export function matchesSelector(selector: LabelSelector | undefined | null, labels: StringMap | undefined): boolean {
  if (selector === undefined || selector === null) return false;
  const have = labels ?? {};
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) {
    if (have[k] !== v) return false;
  }
  for (const e of selector.matchExpressions ?? []) {
    const present = Object.prototype.hasOwnProperty.call(have, e.key);
    const values = e.values ?? [];
    switch (e.operator) {
      case 'In':
        if (!present || !values.includes(have[e.key])) return false;
        break;
      case 'NotIn':
        if (present && values.includes(have[e.key])) return false;
        break;
      case 'Exists':
        if (!present) return false;
        break;
      case 'DoesNotExist':
        if (present) return false;
        break;
      default:
        // The API server refuses any other operator; a model that met one would be judging an
        // object no cluster would hold.
        throw new Error(`unknown label selector operator ${e.operator}`);
    }
  }
  return true;
}

/** Whether a selector is `{}` (or has no requirement at all). */
export function isEmptySelector(selector: LabelSelector | undefined | null): boolean {
  return selector !== undefined && selector !== null
    && Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions ?? []).length === 0;
}
