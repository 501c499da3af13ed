import { INJECTION_LABEL, MESH_PROVIDER_ANNOTATION, REVISION_LABEL, SIDECAR_INJECT, injectionLabelsEffective, setUsesIstio } from '../../model/mesh';
import { podTemplateOf } from '../../model/workload';
import type { KubeRule } from '../../rule';
import { NOT_APPLICABLE, Violation } from '../../types';

/** Values of sidecar.istio.io/inject that Istio reads as "inject" (anything else non-empty opts out). */
const TRUTHY = new Set(['y', 'yes', 'true', 'on']);

function optsOut(value: string | undefined): boolean {
  return value !== undefined && value !== '' && !TRUTHY.has(value.toLowerCase());
}

/**
 * KW-MESH-003 Sidecar injection is on and not opted out.
 * Pass: when the set contains Istio resources (any networking.istio.io or security.istio.io
 * object), every non-system Namespace is labeled istio-injection=enabled or istio.io/rev=<rev>,
 * and no pod template sets sidecar.istio.io/inject "false" as label or annotation.
 * Fail: a non-system Namespace lacks the injection label (or has istio-injection=disabled), or a
 * workload opts out with sidecar.istio.io/inject "false".
 *
 * Istio's injector reads any non-empty value other than y/yes/true/on (any case) as an opt-out,
 * so "False", "no" or "disabled" are reported like "false".
 *
 * A namespace that declares Tencent Cloud Mesh (annotation kubeward.dev/mesh-provider: tcm) is
 * only injected through istio.io/rev: TCM ignores istio-injection=enabled (Tencent Cloud TCM FAQ
 * "Sidecars Are Not Automatically Injected"), so that label alone does not count as injection on.
 */
export const KW_MESH_003: KubeRule = {
  id: 'KW-MESH-003',
  target: 'kube',
  kinds: ['Namespace', '*workload'],
  evaluate(obj, ctx) {
    if (!setUsesIstio(ctx.set)) return NOT_APPLICABLE;
    if (obj.gk === 'Namespace') {
      if (ctx.options.systemNamespaces.includes(obj.name)) return NOT_APPLICABLE;
      const injection = obj.labels[INJECTION_LABEL];
      if (injection === 'disabled') {
        return [{ message: `namespace ${obj.name} sets ${INJECTION_LABEL}=disabled, so its pods run outside the mesh; label it ${INJECTION_LABEL}=enabled.`, field: `metadata.labels.${INJECTION_LABEL}` }];
      }
      if (injectionLabelsEffective(obj)) return [];
      if (obj.annotations[MESH_PROVIDER_ANNOTATION] === 'tcm') {
        return [{ message: `namespace ${obj.name} declares Tencent Cloud Mesh, which injects only by ${REVISION_LABEL} and ignores ${INJECTION_LABEL}, so its pods run outside the mesh; label it ${REVISION_LABEL}=<revision>.`, field: `metadata.labels['${REVISION_LABEL}']` }];
      }
      return [{ message: `namespace ${obj.name} has no sidecar injection label, so its pods run outside the mesh; label it ${INJECTION_LABEL}=enabled or ${REVISION_LABEL}=<revision>.`, field: 'metadata.labels' }];
    }
    const pod = podTemplateOf(obj);
    if (!pod) return NOT_APPLICABLE;
    const meta = obj.gk === 'Pod' ? 'metadata' : pod.path.replace(/\.spec$/, '.metadata');
    const out: Violation[] = [];
    for (const [where, map] of [['labels', pod.labels], ['annotations', pod.annotations]] as const) {
      const value = map[SIDECAR_INJECT];
      if (optsOut(value)) {
        out.push({
          message: `the pod template opts out of the mesh with ${where.slice(0, -1)} ${SIDECAR_INJECT}="${value}"; remove it so the sidecar enforces mTLS and authorization.`,
          field: `${meta}.${where}['${SIDECAR_INJECT}']`,
        });
      }
    }
    return out;
  },
};
