import { CLUSTER_TYPE, isTrueInput, resourcesReferencing } from '../../model/cloud';
import type { CloudRule } from '../../rule';

/** Pulumi type token of the Tencent Container Security Service's cluster access. */
export const TCSS_CLUSTER_ACCESS_TYPE = 'tencentcloud:Tcss/clusterAccess:ClusterAccess';

/**
 * KW-CLU-009 Container runtime security (TCSS) watches the cluster.
 * Pass: a Tcss/clusterAccess whose clusterId is the cluster sets switchOn to true.
 * Fail: none references the cluster, or every one leaves switchOn unset or false.
 *
 * switchOn unset fails: the provider then never calls ModifyDefendStatus, so the stack does not
 * decide whether the defender runs.
 */
export const KW_CLU_009: CloudRule = {
  id: 'KW-CLU-009',
  target: 'cloud',
  types: [CLUSTER_TYPE],
  evaluate(resource, ctx) {
    const accesses = resourcesReferencing(ctx.set, TCSS_CLUSTER_ACCESS_TYPE, resource);
    if (accesses.some((a) => isTrueInput(a.inputs.switchOn))) return [];
    const why = accesses.length > 0
      ? `${accesses.map((a) => a.name).join(', ')} references it but leaves switchOn ${accesses.every((a) => a.inputs.switchOn === undefined) ? 'unset' : 'false'}`
      : `no ${TCSS_CLUSTER_ACCESS_TYPE} references it`;
    return [{
      message: `No container security defender watches this cluster's nodes for escapes, reverse shells or tampered files (${why}); add a ${TCSS_CLUSTER_ACCESS_TYPE} with clusterId set to this cluster and switchOn: true.`,
    }];
  },
};
