// ValidatingAdmissionPolicy evaluation: bindings, match constraints, match conditions, failure
// policy and validation actions, each as the Kubernetes documentation describes them, with real CEL.
import { AdmissionRequest, evaluatePolicies } from './validating-policy';

const POD_RULES = [{ apiGroups: [''], apiVersions: ['v1'], operations: ['CREATE', 'UPDATE'], resources: ['pods'] }];

function policy(name: string, spec: Record<string, unknown>): Record<string, any> {
  return { apiVersion: 'admissionregistration.k8s.io/v1', kind: 'ValidatingAdmissionPolicy', metadata: { name }, spec: { matchConstraints: { resourceRules: POD_RULES }, ...spec } };
}

function binding(name: string, policyName: string, spec: Record<string, unknown> = {}): Record<string, any> {
  return { apiVersion: 'admissionregistration.k8s.io/v1', kind: 'ValidatingAdmissionPolicyBinding', metadata: { name }, spec: { policyName, validationActions: ['Deny'], ...spec } };
}

function podRequest(image: string, namespace = 'team', labels: Record<string, string> = {}): AdmissionRequest {
  return {
    object: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace, labels }, spec: { containers: [{ name: 'c', image }] } },
    resource: { group: '', version: 'v1', resource: 'pods' },
    operation: 'CREATE',
    namespace,
    namespaceLabels: { 'kubernetes.io/metadata.name': namespace, 'tier': 'prod' },
  };
}

const PINNED = policy('pinned', {
  variables: [{ name: 'images', expression: 'object.spec.containers.map(c, c.image)' }],
  validations: [{ expression: "variables.images.all(i, i.contains('@sha256:'))", message: 'images must be pinned' }],
});

describe('ValidatingAdmissionPolicy model |', () => {
  test('a policy without a binding does nothing; a bound one denies', () => {
    expect(evaluatePolicies([PINNED], podRequest('nginx:1'))).toEqual([]);
    expect(evaluatePolicies([PINNED, binding('b', 'pinned')], podRequest('nginx:1'))).toEqual([{ policy: 'pinned', binding: 'b', denied: true, message: 'images must be pinned' }]);
    expect(evaluatePolicies([PINNED, binding('b', 'pinned')], podRequest(`nginx@sha256:${'a'.repeat(64)}`))).toEqual([]);
  });

  test('Warn and Audit actions report without refusing', () => {
    expect(evaluatePolicies([PINNED, binding('b', 'pinned', { validationActions: ['Warn', 'Audit'] })], podRequest('nginx:1'))[0].denied).toBe(false);
  });

  test('the binding\'s namespaceSelector and the policy\'s objectSelector narrow what is judged', () => {
    const byNs = binding('b', 'pinned', { matchResources: { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'other' } } } });
    expect(evaluatePolicies([PINNED, byNs], podRequest('nginx:1'))).toEqual([]);
    const byLabel = policy('pinned', { ...PINNED.spec, matchConstraints: { resourceRules: POD_RULES, objectSelector: { matchLabels: { strict: 'yes' } } } });
    expect(evaluatePolicies([byLabel, binding('b', 'pinned')], podRequest('nginx:1'))).toEqual([]);
    expect(evaluatePolicies([byLabel, binding('b', 'pinned')], podRequest('nginx:1', 'team', { strict: 'yes' }))).toHaveLength(1);
  });

  test('resource rules: another resource or operation is not judged; excludeResourceRules wins', () => {
    const req = podRequest('nginx:1');
    expect(evaluatePolicies([PINNED, binding('b', 'pinned')], { ...req, operation: 'DELETE' })).toEqual([]);
    expect(evaluatePolicies([PINNED, binding('b', 'pinned')], { ...req, resource: { ...req.resource, subresource: 'status' } })).toEqual([]);
    const excluded = policy('pinned', { ...PINNED.spec, matchConstraints: { resourceRules: POD_RULES, excludeResourceRules: POD_RULES } });
    expect(evaluatePolicies([excluded, binding('b', 'pinned')], req)).toEqual([]);
  });

  test('matchConditions: a false condition skips the policy', () => {
    const conditional = policy('pinned', { ...PINNED.spec, matchConditions: [{ name: 'only-prod', expression: "namespaceObject.metadata.labels['tier'] == 'staging'" }] });
    expect(evaluatePolicies([conditional, binding('b', 'pinned')], podRequest('nginx:1'))).toEqual([]);
  });

  test('an expression error follows failurePolicy: Fail refuses, Ignore admits', () => {
    const broken = (failurePolicy: string) => policy('broken', { failurePolicy, validations: [{ expression: 'object.spec.nothing.size() > 0', message: 'x' }] });
    const denied = evaluatePolicies([broken('Fail'), binding('b', 'broken')], podRequest('nginx:1'));
    expect(denied).toEqual([expect.objectContaining({ denied: true, message: expect.stringMatching(/CEL error/) })]);
    expect(evaluatePolicies([broken('Ignore'), binding('b', 'broken')], podRequest('nginx:1'))[0].denied).toBe(false);
  });

  test('request and messageExpression are available to the CEL', () => {
    const p = policy('who', { validations: [{ expression: "request.userInfo.username != 'mallory'", messageExpression: "'refused for ' + request.userInfo.username" }] });
    const req = { ...podRequest('nginx:1'), userInfo: { username: 'mallory' } };
    expect(evaluatePolicies([p, binding('b', 'who')], req)).toEqual([{ policy: 'who', binding: 'b', denied: true, message: 'refused for mallory' }]);
  });
});
