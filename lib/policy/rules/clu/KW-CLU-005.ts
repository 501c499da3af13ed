import { CLUSTER_TYPE, isTrueInput } from '../../model/cloud';
import type { CloudRule } from '../../rule';

/**
 * KW-CLU-005 Cluster deletion protection is on.
 * Pass: deletionProtection is true.
 * Fail: deletionProtection is false or unset (the provider default is false).
 */
export const KW_CLU_005: CloudRule = {
  id: 'KW-CLU-005',
  target: 'cloud',
  types: [CLUSTER_TYPE],
  evaluate(resource) {
    if (isTrueInput(resource.inputs.deletionProtection)) return [];
    return [
      {
        message: 'deletionProtection is off, so one mistaken destroy or replacement deletes the cluster and every tenant on it; set deletionProtection: true.',
        field: 'deletionProtection',
      },
    ];
  },
};
