import { CLUSTER_AUDIT_TYPE, CLUSTER_TYPE, inputRecord, isTrueInput, resourcesReferencing } from '../../model/cloud';
import type { CloudRule } from '../../rule';

/**
 * KW-CLU-001 TKE cluster audit logging is enabled.
 * Pass: the cluster sets clusterAudit.enabled to true, or a separate cluster-audit resource
 * (Terraform tencentcloud_kubernetes_cluster_audit) references the cluster.
 * Fail: clusterAudit is absent or disabled and no separate audit resource references the cluster.
 *
 * "References" is defined in model/cloud.ts (clusterId equal to the cluster's logical name, id or URN).
 */
export const KW_CLU_001: CloudRule = {
  id: 'KW-CLU-001',
  target: 'cloud',
  types: [CLUSTER_TYPE],
  evaluate(resource, ctx) {
    if (isTrueInput(inputRecord(resource.inputs.clusterAudit).enabled)) return [];
    if (resourcesReferencing(ctx.set, CLUSTER_AUDIT_TYPE, resource).length > 0) return [];
    return [
      {
        message: 'API server audit logging is off, so nobody can reconstruct who did what in the cluster; set clusterAudit: { enabled: true } to ship audit logs to CLS.',
        field: 'clusterAudit.enabled',
      },
    ];
  },
};
