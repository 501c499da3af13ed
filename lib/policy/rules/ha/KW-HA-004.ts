import { PDB_KIND, pdbSelects } from '../../model/disruption-budget';
import { desiredReplicas } from '../../model/replicas';
import { podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE } from '../../types';

/**
 * KW-HA-004 Replicated workloads are covered by a PodDisruptionBudget.
 * Pass: a Deployment or StatefulSet whose desired replica count is 2 or more has a
 * PodDisruptionBudget in the same namespace whose selector matches its pod template labels.
 * Fail: such a workload has no matching PodDisruptionBudget in the set; workloads whose desired
 * replica count is unknown or below 2 are out of scope.
 */
export const KW_HA_004: KubeRule = {
  id: 'KW-HA-004',
  target: 'kube',
  kinds: ['apps/Deployment', 'apps/StatefulSet'],
  evaluate(obj, ctx) {
    const replicas = desiredReplicas(obj, ctx.set);
    if (replicas === undefined || replicas < 2) return NOT_APPLICABLE;
    const labels = podTemplateOf(obj)?.labels ?? {};
    const namespace = obj.effectiveNamespace ?? 'default';
    if (ctx.set.inNamespace(PDB_KIND, namespace).some((pdb) => pdbSelects(pdb, labels))) return [];
    return [
      {
        message: `${obj.kind} ${obj.name} runs ${replicas} replicas but no PodDisruptionBudget in namespace ${namespace} selects its pod labels, so a node drain may evict all of them at once; add a PodDisruptionBudget whose selector matches spec.template.metadata.labels.`,
        field: 'spec.template.metadata.labels',
      },
    ];
  },
};
