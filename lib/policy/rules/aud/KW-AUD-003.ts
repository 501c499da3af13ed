import { isBuiltinGroup, retirementAt } from '../../model/api-versions';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE } from '../../types';

/**
 * KW-AUD-003 No removed or deprecated API versions.
 * Pass: the apiVersion is not one that the audit's Kubernetes version has deprecated or no longer
 * serves (custom resource versions are out of scope).
 * Fail: it is one of the retired versions (RETIRED_API_VERSIONS) at that version: the old beta
 * versions at every target, flowcontrol v1beta2 from 1.26 and v1beta3 from 1.29,
 * ValidatingAdmissionPolicy(Binding) v1beta1 from 1.30.
 *
 * Objects of groups Kubernetes does not serve itself are custom resources and not applicable.
 */
export const KW_AUD_003: KubeRule = {
  id: 'KW-AUD-003',
  target: 'kube',
  kinds: ['*'],
  evaluate(obj, ctx) {
    if (!isBuiltinGroup(obj.group)) return NOT_APPLICABLE;
    const target = ctx.options.kubernetesMinor;
    const retired = retirementAt(obj.apiVersion, obj.kind, target);
    if (!retired) return [];
    const state = retired.removedIn !== undefined && target >= retired.removedIn
      ? `which Kubernetes no longer serves since 1.${retired.removedIn}`
      : `which Kubernetes 1.${target} has deprecated${retired.removedIn !== undefined ? ` (removed in 1.${retired.removedIn})` : ''}`;
    return [
      {
        message: `${obj.kind} ${obj.name} uses apiVersion ${obj.apiVersion}, ${state}; migrate it to the stable version of its group (for example apps/v1, batch/v1, policy/v1, networking.k8s.io/v1, autoscaling/v2, flowcontrol.apiserver.k8s.io/v1, admissionregistration.k8s.io/v1).`,
        field: 'apiVersion',
      },
    ];
  },
};
