// Resource defaulting and the LimitRanger admission plugin (kubernetes/kubernetes
// plugin/pkg/admission/limitranger/admission.go; pkg/apis/core/v1/defaults.go):
//  - API defaulting: a container with a limit and no request for a resource gets request = limit
//    (SetDefaults_Pod); a Container LimitRange item gets default = max and defaultRequest =
//    default, then = min, where missing (SetDefaults_LimitRangeItem).
//  - LimitRanger's mutation fills each container's missing limits from `default` and missing
//    requests from `defaultRequest`. It runs among the built-in mutating plugins, BEFORE
//    MutatingAdmissionWebhook (the kube-apiserver plugin order), so containers a webhook injects
//    (istio-proxy) are not defaulted: they keep what the injector wrote. The webhook's patched pod
//    is API-defaulted again (apiserver webhook/mutating/dispatcher.go).
//  - LimitRanger's validation runs in the validating phase, on every container including the
//    injected ones: request >= min, limit <= max, limit / request <= maxLimitRequestRatio; a min
//    needs a request and a max needs a limit.
import { Amount } from './amount';
import { Obj, StringMap, objectsOf, visitContainers } from './objects';

/** The Container items of a namespace's LimitRanges, API-defaulted. */
export interface ContainerLimits {
  readonly name: string;
  readonly default: StringMap;
  readonly defaultRequest: StringMap;
  readonly min: StringMap;
  readonly max: StringMap;
  readonly maxLimitRequestRatio: StringMap;
}

/** The Container items of the LimitRanges in `namespace`. */
export function containerLimitsOf(objects: readonly Obj[], namespace: string): ContainerLimits[] {
  const out: ContainerLimits[] = [];
  for (const lr of objectsOf(objects, 'LimitRange', namespace)) {
    for (const item of lr.spec?.limits ?? []) {
      if (item.type !== 'Container') continue;
      const max: StringMap = { ...(item.max ?? {}) };
      const min: StringMap = { ...(item.min ?? {}) };
      const def: StringMap = { ...max, ...(item.default ?? {}) };
      const defaultRequest: StringMap = { ...min, ...def, ...(item.defaultRequest ?? {}) };
      out.push({ name: lr.metadata.name, default: def, defaultRequest, min, max, maxLimitRequestRatio: { ...(item.maxLimitRequestRatio ?? {}) } });
    }
  }
  return out;
}

/** SetDefaults_Pod: requests default to limits, per container and resource. */
export function apiDefaultResources(spec: Obj): void {
  for (const { container } of visitContainers(spec)) {
    const limits = container.resources?.limits;
    if (!limits) continue;
    container.resources.requests = { ...limits, ...(container.resources.requests ?? {}) };
  }
}

/** LimitRanger's mutation: missing limits and requests from the defaults (not ephemeral containers). */
export function applyLimitRangeDefaults(spec: Obj, items: readonly ContainerLimits[]): void {
  for (const { container, list } of visitContainers(spec)) {
    if (list === 'ephemeralContainers') continue;
    for (const item of items) {
      const resources = (container.resources = { ...(container.resources ?? {}) });
      const limits = { ...(resources.limits ?? {}) };
      const requests = { ...(resources.requests ?? {}) };
      for (const [k, v] of Object.entries(item.default)) if (limits[k] === undefined) limits[k] = v;
      for (const [k, v] of Object.entries(item.defaultRequest)) if (requests[k] === undefined) requests[k] = v;
      if (Object.keys(limits).length) resources.limits = limits;
      if (Object.keys(requests).length) resources.requests = requests;
    }
  }
}

/** LimitRanger's validation: the messages of every violated constraint. */
export function validateLimitRange(spec: Obj, items: readonly ContainerLimits[]): string[] {
  const out: string[] = [];
  for (const { container, list } of visitContainers(spec)) {
    if (list === 'ephemeralContainers') continue;
    const requests: StringMap = container.resources?.requests ?? {};
    const limits: StringMap = container.resources?.limits ?? {};
    for (const item of items) {
      for (const [k, min] of Object.entries(item.min)) {
        if (requests[k] === undefined) out.push(`container ${container.name}: minimum ${k} usage per Container is ${min}, but no request is specified`);
        else if (Amount.of(requests[k]).compare(Amount.of(min)) < 0) out.push(`container ${container.name}: minimum ${k} usage per Container is ${min}, but request is ${requests[k]}`);
      }
      for (const [k, max] of Object.entries(item.max)) {
        if (limits[k] === undefined) out.push(`container ${container.name}: maximum ${k} usage per Container is ${max}, but no limit is specified`);
        else if (Amount.of(limits[k]).compare(Amount.of(max)) > 0) out.push(`container ${container.name}: maximum ${k} usage per Container is ${max}, but limit is ${limits[k]}`);
      }
      for (const [k, ratio] of Object.entries(item.maxLimitRequestRatio)) {
        if (limits[k] === undefined || requests[k] === undefined) {
          out.push(`container ${container.name}: ${k} max limit to request ratio per Container is ${ratio}, but no ${limits[k] === undefined ? 'limit' : 'request'} is specified`);
          continue;
        }
        // limit / request > ratio, compared exactly as limit > ratio × request.
        if (Amount.of(limits[k]).compare(Amount.of(requests[k]).multiply(Amount.of(ratio))) > 0) {
          out.push(`container ${container.name}: ${k} max limit to request ratio per Container is ${ratio}, but ${limits[k]} / ${requests[k]} is above it`);
        }
      }
    }
  }
  return out;
}
