// ValidatingAdmissionPolicy as the API server runs it (kubernetes.io/docs/reference/access-authn-authz/validating-admission-policy/,
// k8s.io/apiserver/pkg/admission/plugin/policy/validating): a policy acts only through a binding
// naming it; a request is judged when it matches the policy's matchConstraints and the binding's
// matchResources (resourceRules, namespaceSelector on the namespace's labels, objectSelector,
// excludeResourceRules) and every matchCondition is true; then the variables and validations run
// in real CEL (@bufbuild/cel, planned once per expression by test/support/cel.ts). A validation
// that is false is enforced by the binding's validationActions (Deny refuses; Warn and Audit only
// report); an expression error follows failurePolicy (Fail refuses, the default; Ignore admits).
import { Obj, StringMap, objectsOf } from './objects';
import { matchesSelector } from './selectors';
import { evalCel } from '../support/cel';

/** One admission request, as ValidatingAdmissionPolicy sees it. */
export interface AdmissionRequest {
  /** The object being created (after mutating admission). */
  readonly object: Obj;
  /** The resource: `{ group: '', version: 'v1', resource: 'pods' }`. */
  readonly resource: { readonly group: string; readonly version: string; readonly resource: string; readonly subresource?: string };
  /** CREATE, UPDATE, DELETE or CONNECT. */
  readonly operation: 'CREATE' | 'UPDATE' | 'DELETE' | 'CONNECT';
  /** The namespace of a namespaced object. */
  readonly namespace?: string;
  /** Labels of that namespace (for namespaceSelector and `namespaceObject`). */
  readonly namespaceLabels?: StringMap;
  /** Who asks. */
  readonly userInfo?: { readonly username: string; readonly groups?: readonly string[] };
}

/** A refusal (or a warning) by one policy. */
export interface PolicyVerdict {
  /** Policy name. */
  readonly policy: string;
  /** Binding name. */
  readonly binding: string;
  /** Whether the request is refused (Deny action, or an error under failurePolicy Fail). */
  readonly denied: boolean;
  /** The validation message, or the error. */
  readonly message: string;
}

/** The group/version/resource of common objects, so callers can build requests from manifests. */
export function resourceOf(o: Obj): AdmissionRequest['resource'] {
  const [group, version] = String(o.apiVersion).includes('/') ? String(o.apiVersion).split('/') : ['', String(o.apiVersion)];
  const plural: Record<string, string> = {
    Pod: 'pods',
    RoleBinding: 'rolebindings',
    ClusterRoleBinding: 'clusterrolebindings',
    Role: 'roles',
    Service: 'services',
    Deployment: 'deployments',
    StatefulSet: 'statefulsets',
    CronJob: 'cronjobs',
    Job: 'jobs',
    Namespace: 'namespaces',
    Secret: 'secrets',
  };
  const resource = plural[o.kind];
  if (!resource) throw new Error(`the model has no resource name for kind ${o.kind}`);
  return { group, version, resource };
}

function ruleMatches(rule: Obj, req: AdmissionRequest): boolean {
  const has = (list: unknown, value: string): boolean => Array.isArray(list) && (list.includes('*') || list.includes(value));
  if (!has(rule.operations, req.operation)) return false;
  if (!has(rule.apiGroups, req.resource.group)) return false;
  if (!has(rule.apiVersions, req.resource.version)) return false;
  // `*` is every resource but no subresource, `pods/*` every subresource of pods, `*/*` everything.
  const { resource, subresource } = req.resource;
  const resourceOk = ((rule.resources ?? []) as string[]).some((r) => {
    if (r === '*/*') return true;
    const [rr, rs] = r.split('/');
    if (rs === undefined) return !subresource && (rr === '*' || rr === resource);
    return !!subresource && (rr === '*' || rr === resource) && (rs === '*' || rs === subresource);
  });
  if (!resourceOk) return false;
  const scope = rule.scope ?? '*';
  if (scope === 'Cluster' && req.namespace) return false;
  if (scope === 'Namespaced' && !req.namespace) return false;
  return true;
}

/** matchConstraints / matchResources: rules (when given), selectors (empty when absent), exclusions. */
function matchResources(m: Obj | undefined, req: AdmissionRequest, rulesRequired: boolean): boolean {
  if (!m) return !rulesRequired;
  if (m.resourceRules !== undefined || rulesRequired) {
    if (!(m.resourceRules ?? []).some((r: Obj) => ruleMatches(r, req))) return false;
  }
  if ((m.excludeResourceRules ?? []).some((r: Obj) => ruleMatches(r, req))) return false;
  // For a Namespace the selector is matched against the object itself.
  const nsLabels = req.resource.resource === 'namespaces' ? (req.object.metadata?.labels ?? {}) : (req.namespaceLabels ?? {});
  if (m.namespaceSelector && (req.namespace || req.resource.resource === 'namespaces') && !matchesSelector(m.namespaceSelector, nsLabels)) return false;
  if (m.objectSelector && !matchesSelector(m.objectSelector, req.object.metadata?.labels ?? {})) return false;
  return true;
}

function bindingsFor(req: AdmissionRequest, variables: Record<string, unknown>): Record<string, unknown> {
  return {
    object: req.object,
    oldObject: null,
    params: null,
    variables,
    namespaceObject: req.namespace ? { metadata: { name: req.namespace, labels: req.namespaceLabels ?? {} } } : null,
    request: {
      operation: req.operation,
      namespace: req.namespace ?? '',
      name: req.object.metadata?.name ?? '',
      resource: req.resource,
      kind: { group: req.resource.group, version: req.resource.version, kind: req.object.kind },
      userInfo: { username: req.userInfo?.username ?? 'system:serviceaccount:kube-system:replicaset-controller', groups: [...(req.userInfo?.groups ?? ['system:serviceaccounts'])] },
      dryRun: false,
    },
  };
}

/**
 * Runs every bound ValidatingAdmissionPolicy of `objects` on the request. Returns the verdicts of
 * the policies that refused or warned (empty when all admit).
 */
export function evaluatePolicies(objects: readonly Obj[], req: AdmissionRequest): PolicyVerdict[] {
  const policies = new Map(objectsOf(objects, 'ValidatingAdmissionPolicy').map((p) => [p.metadata.name, p]));
  const out: PolicyVerdict[] = [];
  for (const binding of objectsOf(objects, 'ValidatingAdmissionPolicyBinding')) {
    const policy = policies.get(binding.spec?.policyName);
    if (!policy) continue; // a binding to a missing policy does nothing (the API server only warns)
    const spec = policy.spec ?? {};
    if (spec.paramKind) throw new Error(`policy ${policy.metadata.name} uses params, which the model does not support`);
    if (!matchResources(spec.matchConstraints, req, true) || !matchResources(binding.spec?.matchResources, req, false)) continue;
    const actions: string[] = binding.spec?.validationActions ?? [];
    const deny = actions.includes('Deny');
    const fail = (spec.failurePolicy ?? 'Fail') === 'Fail';
    const variables: Record<string, unknown> = {};
    try {
      const ctx = bindingsFor(req, variables);
      if (!(spec.matchConditions ?? []).every((c: Obj) => evalCel(c.expression, ctx) === true)) continue;
      for (const v of spec.variables ?? []) variables[v.name] = evalCel(v.expression, ctx);
      for (const validation of spec.validations ?? []) {
        if (evalCel(validation.expression, ctx) === true) continue;
        const message = validation.messageExpression ? String(evalCel(validation.messageExpression, ctx)) : validation.message ?? `failed expression: ${validation.expression}`;
        out.push({ policy: policy.metadata.name, binding: binding.metadata.name, denied: deny, message });
      }
    } catch (e) {
      out.push({ policy: policy.metadata.name, binding: binding.metadata.name, denied: fail, message: (e as Error).message });
    }
  }
  return out;
}
