import { CLUSTER_ENDPOINT_TYPE, CLUSTER_TYPE, isTrueInput, referencedCluster } from '../../model/cloud';
import type { CloudRule } from '../../rule';

/**
 * KW-CLU-003 The API server has no public endpoint.
 * Pass: clusterInternet is false or unset on the cluster and on every ClusterEndpoint whose
 * clusterId is the cluster (intranet access only).
 * Fail: clusterInternet is true on the cluster or on an endpoint resource.
 *
 * Each resource is judged on its own input, so an endpoint that opens a cluster outside the stack
 * (or one whose id is not yet known) is still reported; the message names the cluster when known.
 */
export const KW_CLU_003: CloudRule = {
  id: 'KW-CLU-003',
  target: 'cloud',
  types: [CLUSTER_TYPE, CLUSTER_ENDPOINT_TYPE],
  evaluate(resource, ctx) {
    if (!isTrueInput(resource.inputs.clusterInternet)) return [];
    let subject = 'this cluster';
    if (resource.type === CLUSTER_ENDPOINT_TYPE) {
      const cluster = referencedCluster(ctx.set, resource);
      subject = cluster ? `cluster ${cluster.name}` : 'its cluster';
    }
    return [
      {
        message: `clusterInternet: true gives ${subject} a public API server endpoint reachable from the internet; set clusterInternet to false and reach the API through the intranet endpoint (clusterIntranet) or a bastion.`,
        field: 'clusterInternet',
      },
    ];
  },
};
