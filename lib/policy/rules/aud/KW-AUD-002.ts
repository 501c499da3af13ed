import type { KubeRule } from '../../rule';
import { Violation } from '../../types';

/**
 * KW-AUD-002 Workloads and Namespaces carry ownership labels.
 * Pass: metadata.labels contains every key in the ownership labels (option `ownershipLabels`,
 * default app.kubernetes.io/name and owner) with non-empty values.
 * Fail: one of the required label keys is missing or empty.
 *
 * Only the object's own metadata counts, not a pod template's: the labels are for the people
 * and tools that look at the workload object.
 */
export const KW_AUD_002: KubeRule = {
  id: 'KW-AUD-002',
  target: 'kube',
  kinds: ['*workload', 'Namespace'],
  evaluate(obj, ctx) {
    const out: Violation[] = [];
    for (const key of ctx.options.ownershipLabels) {
      const value = obj.labels[key];
      if (value !== undefined && value.trim() !== '') continue;
      out.push({
        message: `${obj.kind} ${obj.name} ${value === undefined ? 'lacks' : 'has an empty'} label ${key}; set it so the object can be traced to its owner.`,
        field: `metadata.labels.${key}`,
      });
    }
    return out;
  },
};
