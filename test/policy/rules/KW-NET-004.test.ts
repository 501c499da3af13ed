import { denyIngress, ingressRule, networkPolicy } from '../fixtures/net';
import { expectFail, expectPass, findingsFor } from '../helpers';

describe('KW-NET-004 ingress rules do not admit everyone |', () => {
  test('passes on a deny-all policy and on rules with specific peers', () => {
    expectPass('KW-NET-004', [denyIngress('shop')]);
    expectPass('KW-NET-004', [
      ingressRule({
        from: [
          { podSelector: { matchLabels: { app: 'gateway' } } },
          { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress' } } },
          { namespaceSelector: {}, podSelector: { matchLabels: { app: 'prometheus' } } },
          { ipBlock: { cidr: '10.0.0.0/8' } },
        ],
        ports: [{ port: 8080 }],
      }),
    ]);
  });

  test('a {} rule, a rule without from, or with an empty from list fails', () => {
    const [f] = expectFail('KW-NET-004', [ingressRule({})]);
    expect(f.field).toBe('spec.ingress[0]');
    expectFail('KW-NET-004', [ingressRule({ ports: [{ port: 80 }] })]);
    expectFail('KW-NET-004', [ingressRule({ from: [] })]);
  });

  test('a {} peer fails', () => {
    const [f] = expectFail('KW-NET-004', [ingressRule({ from: [{}] })]);
    expect(f.field).toBe('spec.ingress[0].from[0]');
  });

  test('an ipBlock of 0.0.0.0/0 or ::/0 fails, except list or not', () => {
    const [f] = expectFail('KW-NET-004', [ingressRule({ from: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8'] } }] })]);
    expect(f.field).toBe('spec.ingress[0].from[0].ipBlock.cidr');
    expectFail('KW-NET-004', [ingressRule({ from: [{ ipBlock: { cidr: '::/0' } }] })]);
  });

  test('an empty namespaceSelector without a non-empty podSelector fails', () => {
    expectFail('KW-NET-004', [ingressRule({ from: [{ namespaceSelector: {} }] })]);
    expectFail('KW-NET-004', [ingressRule({ from: [{ namespaceSelector: {}, podSelector: {} }] })]);
    expectFail('KW-NET-004', [ingressRule({ from: [{ namespaceSelector: { matchLabels: {} } }] })]);
  });

  test('an empty podSelector alone (all pods of the own namespace) passes', () => {
    expectPass('KW-NET-004', [ingressRule({ from: [{ podSelector: {} }] })]);
  });

  test('every offending rule and peer is reported', () => {
    const np = networkPolicy('shop', { podSelector: {}, ingress: [{ from: [{ podSelector: { matchLabels: { a: 'b' } } }, {}] }, {}, { from: [{ ipBlock: { cidr: '0.0.0.0/0' } }] }] });
    expect(findingsFor('KW-NET-004', [np]).map((f) => f.field)).toEqual(['spec.ingress[0].from[1]', 'spec.ingress[1]', 'spec.ingress[2].from[0].ipBlock.cidr']);
  });

  test('ingress rules count whatever policyTypes says', () => {
    expectFail('KW-NET-004', [networkPolicy('shop', { podSelector: {}, policyTypes: ['Egress'], ingress: [{}] })]);
  });
});
