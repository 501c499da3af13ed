import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE } from '../../types';

/** The Pod Security Admission label that sets the enforced level of a namespace. */
const ENFORCE_LABEL = 'pod-security.kubernetes.io/enforce';

/** Levels that actually restrict pods (`privileged` allows everything). */
const ENFORCING_LEVELS: ReadonlySet<string> = new Set(['baseline', 'restricted']);

/**
 * KW-POD-023 Tenant namespaces enforce a Pod Security Standard.
 * Pass: a non-system Namespace carries pod-security.kubernetes.io/enforce with value baseline
 * or restricted.
 * Fail: the label is missing, empty, privileged or any other value on a non-system Namespace.
 * System namespaces (kube-system, kube-public, kube-node-lease) are out of scope: they host the
 * node agents that need privileges.
 */
export const KW_POD_023: KubeRule = {
  id: 'KW-POD-023',
  target: 'kube',
  kinds: ['Namespace'],
  evaluate(obj, ctx) {
    if (ctx.options.systemNamespaces.includes(obj.name)) return NOT_APPLICABLE;
    const value = obj.labels[ENFORCE_LABEL];
    if (value !== undefined && ENFORCING_LEVELS.has(value)) return [];
    const state = value === undefined ? 'has no' : value === '' ? 'has an empty' : `sets ${JSON.stringify(value)} in the`;
    return [
      {
        message: `Namespace "${obj.name}" ${state} ${ENFORCE_LABEL} label, so Pod Security Admission lets any pod in; set it to restricted (or baseline).`,
        field: `metadata.labels['${ENFORCE_LABEL}']`,
      },
    ];
  },
};
