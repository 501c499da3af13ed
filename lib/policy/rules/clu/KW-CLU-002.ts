import { CLUSTER_TYPE, ENCRYPTION_PROTECTION_TYPE, inputRecord, resourcesReferencing, stringInput } from '../../model/cloud';
import type { CloudRule } from '../../rule';

/**
 * KW-CLU-002 Secrets in etcd are encrypted with a KMS key.
 * Pass: an EncryptionProtection resource whose clusterId is the cluster and whose
 * kmsConfiguration.keyId is set exists in the stack.
 * Fail: no encryption-protection resource with a KMS key references the cluster.
 *
 * The finding is reported on the cluster, since the missing resource cannot carry it.
 */
export const KW_CLU_002: CloudRule = {
  id: 'KW-CLU-002',
  target: 'cloud',
  types: [CLUSTER_TYPE],
  evaluate(resource, ctx) {
    const protections = resourcesReferencing(ctx.set, ENCRYPTION_PROTECTION_TYPE, resource);
    if (protections.some((p) => stringInput(inputRecord(p.inputs.kmsConfiguration).keyId) !== undefined)) return [];
    const why = protections.length > 0
      ? `EncryptionProtection ${protections.map((p) => p.name).join(', ')} references it but sets no kmsConfiguration.keyId`
      : 'no EncryptionProtection resource references it';
    return [
      {
        message: `Secrets of this cluster are stored in etcd without KMS encryption (${why}); add a ${ENCRYPTION_PROTECTION_TYPE} with clusterId set to this cluster and kmsConfiguration.keyId set to a KMS key.`,
      },
    ];
  },
};
