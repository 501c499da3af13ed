// Ownership labels: who runs an object and what it belongs to. KW-AUD-002 requires
// `app.kubernetes.io/name` and `owner` on every Namespace and workload, so an operator paged at
// night can find the team; `app.kubernetes.io/managed-by` tells humans not to hand-edit it.
import { KubewardError } from './errors';
import { isLabelValue } from '../policy/model/names';

/** The label naming the application (Kubernetes recommended label). @internal */
export const NAME_LABEL = 'app.kubernetes.io/name';
/** The label naming the owning team (the catalog's ownership label). @internal */
export const OWNER_LABEL = 'owner';
/** The label naming the tool that manages an object. @internal */
export const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
/** The value of `app.kubernetes.io/managed-by` on everything kubeward writes. @internal */
export const MANAGED_BY = 'kubeward';
/** The label every namespace carries since Kubernetes 1.22, set by the API server. @internal */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

/** Input of `ownershipLabels`. @internal */
export interface OwnershipLabelsOptions {
  /** Value of `app.kubernetes.io/name`. */
  readonly name: string;
  /** Value of `owner` (a team, e.g. `payments`). */
  readonly owner: string;
  /**
   * Value of `app.kubernetes.io/part-of`.
   * @default - not set: most objects are not part of a larger application
   */
  readonly partOf?: string;
  /**
   * Value of `app.kubernetes.io/component`.
   * @default - not set
   */
  readonly component?: string;
}

// Whether a string is a valid label value (the empty string is one): the engine's definition.
export { isLabelValue };

/**
 * The ownership labels of an object, in a stable key order. Throws a KubewardError when a value is
 * not a valid label value, naming `path` and the prop.
 * @param path construct path for error messages
 * @internal
 */
export function ownershipLabels(path: string, options: OwnershipLabelsOptions): Record<string, string> {
  const labels: Record<string, string> = {};
  const put = (key: string, prop: string, value: unknown, required: boolean) => {
    if (value === undefined && !required) return;
    if (!isLabelValue(value) || value === '') {
      throw new KubewardError(path, prop, `${JSON.stringify(value)} is not a label value`,
        'use at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit');
    }
    labels[key] = value;
  };
  put(NAME_LABEL, 'name', options.name, true);
  put(OWNER_LABEL, 'owner', options.owner, true);
  put('app.kubernetes.io/part-of', 'partOf', options.partOf, false);
  put('app.kubernetes.io/component', 'component', options.component, false);
  labels[MANAGED_BY_LABEL] = MANAGED_BY;
  return labels;
}
