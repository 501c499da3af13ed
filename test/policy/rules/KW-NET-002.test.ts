import { denyEgress, denyIngress, namespace, networkPolicy } from '../fixtures/net';
import { expectFail, expectNotApplicable, expectPass } from '../helpers';

describe('KW-NET-002 default-deny egress per tenant namespace |', () => {
  test('passes when the namespace has a default-deny egress policy', () => {
    expectPass('KW-NET-002', [namespace('shop'), denyEgress('shop')]);
    expectPass('KW-NET-002', [namespace('shop'), networkPolicy('shop', { podSelector: {}, policyTypes: ['Ingress', 'Egress'], egress: [] })]);
  });

  test('fails on a Namespace with only a default-deny ingress policy', () => {
    const [f] = expectFail('KW-NET-002', [namespace('shop'), denyIngress('shop')]);
    expect(f.object.kind).toBe('Namespace');
  });

  test('without policyTypes a policy governs egress only when it has egress rules, so it cannot deny egress', () => {
    expectFail('KW-NET-002', [namespace('shop'), networkPolicy('shop', { podSelector: {}, egress: [] })]);
    expectFail('KW-NET-002', [namespace('shop'), networkPolicy('shop', { podSelector: {}, egress: [{ ports: [{ port: 53, protocol: 'UDP' }] }] })]);
  });

  test('an egress rule of any kind disqualifies the policy', () => {
    expectFail('KW-NET-002', [namespace('shop'), networkPolicy('shop', { podSelector: {}, policyTypes: ['Egress'], egress: [{}] })]);
  });

  test('a policy with a non-empty podSelector does not count', () => {
    expectFail('KW-NET-002', [namespace('shop'), networkPolicy('shop', { podSelector: { matchExpressions: [{ key: 'app', operator: 'Exists' }] }, policyTypes: ['Egress'] })]);
  });

  test('system namespaces are out of scope; NetworkPolicies never fail on their own', () => {
    expectNotApplicable('KW-NET-002', [namespace('kube-system')]);
    expectPass('KW-NET-002', [networkPolicy('shop', { podSelector: {}, egress: [{}] })]);
  });
});
