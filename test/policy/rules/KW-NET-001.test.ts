import { denyEgress, denyIngress, namespace, networkPolicy } from '../fixtures/net';
import { expectFail, expectNotApplicable, expectPass, findingsFor } from '../helpers';

describe('KW-NET-001 default-deny ingress per tenant namespace |', () => {
  test('passes when the namespace has a default-deny ingress policy', () => {
    expectPass('KW-NET-001', [namespace('shop'), denyIngress('shop')]);
  });

  test('fails on a Namespace without any NetworkPolicy, on the Namespace object', () => {
    const [f] = expectFail('KW-NET-001', [namespace('shop')]);
    expect(f.object.kind).toBe('Namespace');
    expect(f.message).toContain('shop');
  });

  test('omitted policyTypes means Ingress', () => {
    expectPass('KW-NET-001', [namespace('shop'), networkPolicy('shop', { podSelector: {} })]);
    expectPass('KW-NET-001', [namespace('shop'), networkPolicy('shop', { podSelector: {}, ingress: [] })]);
  });

  test('a policy with ingress [{}] or a from-less rule is allow-all and does not count', () => {
    expectFail('KW-NET-001', [namespace('shop'), networkPolicy('shop', { podSelector: {}, policyTypes: ['Ingress'], ingress: [{}] })]);
    expectFail('KW-NET-001', [namespace('shop'), networkPolicy('shop', { podSelector: {}, ingress: [{ ports: [{ port: 80 }] }] })]);
  });

  test('a policy selecting some pods only, or governing egress only, does not count', () => {
    expectFail('KW-NET-001', [namespace('shop'), networkPolicy('shop', { podSelector: { matchLabels: { app: 'web' } }, policyTypes: ['Ingress'] })]);
    expectFail('KW-NET-001', [namespace('shop'), denyEgress('shop')]);
  });

  test('a policy of another namespace does not count; a namespace-less policy is in default', () => {
    expectFail('KW-NET-001', [namespace('shop'), denyIngress('other')]);
    expectPass('KW-NET-001', [namespace('default'), networkPolicy(undefined, { podSelector: {} })]);
  });

  test('one finding per uncovered namespace', () => {
    const found = findingsFor('KW-NET-001', [namespace('a'), namespace('b'), namespace('c'), denyIngress('b')]);
    expect(found.map((f) => f.object.name)).toEqual(['a', 'c']);
  });

  test('system namespaces are out of scope', () => {
    expectNotApplicable('KW-NET-001', [namespace('kube-system'), namespace('kube-public'), namespace('kube-node-lease')]);
  });

  test('a NetworkPolicy is in scope as evidence but never fails on its own', () => {
    expectPass('KW-NET-001', [networkPolicy('shop', { podSelector: { matchLabels: { app: 'web' } }, ingress: [{}] })]);
  });

  test('legacy extensions/v1beta1 NetworkPolicy counts', () => {
    const np = denyIngress('shop');
    np.apiVersion = 'extensions/v1beta1';
    expectPass('KW-NET-001', [namespace('shop'), np]);
  });

  test('a NetworkPolicy of another API group does not count', () => {
    const np = denyIngress('shop');
    np.apiVersion = 'crd.projectcalico.org/v1';
    expectFail('KW-NET-001', [namespace('shop'), np]);
  });
});
