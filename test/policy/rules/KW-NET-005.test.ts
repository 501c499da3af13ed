import { denyEgress, egressRule, networkPolicy } from '../fixtures/net';
import { expectFail, expectNotApplicable, expectPass, findingsFor } from '../helpers';

describe('KW-NET-005 egress rules do not allow any destination on any port |', () => {
  test('passes on deny-all and on rules with named destinations', () => {
    expectPass('KW-NET-005', [denyEgress('shop')]);
    expectPass('KW-NET-005', [egressRule({ to: [{ podSelector: { matchLabels: { app: 'db' } } }, { ipBlock: { cidr: '10.1.0.0/16' } }] })]);
  });

  test('a rule that restricts ports passes whatever its destinations', () => {
    expectPass('KW-NET-005', [egressRule({ ports: [{ port: 53, protocol: 'UDP' }] })]);
    expectPass('KW-NET-005', [egressRule({ to: [{ ipBlock: { cidr: '0.0.0.0/0' } }], ports: [{ port: 443 }] })]);
  });

  test('a rule with neither ports nor to fails', () => {
    const [f] = expectFail('KW-NET-005', [egressRule({})]);
    expect(f.field).toBe('spec.egress[0]');
    expectFail('KW-NET-005', [egressRule({ to: [], ports: [] })]);
  });

  test('a port-less rule with a {} peer or an ipBlock of 0.0.0.0/0 or ::/0 fails', () => {
    expect(expectFail('KW-NET-005', [egressRule({ to: [{}] })])[0].field).toBe('spec.egress[0].to[0]');
    expect(expectFail('KW-NET-005', [egressRule({ to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['169.254.0.0/16'] } }] })])[0].field).toBe('spec.egress[0].to[0].ipBlock.cidr');
    expectFail('KW-NET-005', [egressRule({ to: [{ ipBlock: { cidr: '::/0' } }] })]);
  });

  test('an empty namespaceSelector peer is not a {} peer', () => {
    expectPass('KW-NET-005', [egressRule({ to: [{ namespaceSelector: {} }] })]);
  });

  test('every offending rule is reported', () => {
    const np = networkPolicy('shop', { podSelector: {}, policyTypes: ['Egress'], egress: [{ ports: [{ port: 53 }] }, {}, { to: [{ podSelector: {} }, {}] }] });
    expect(findingsFor('KW-NET-005', [np]).map((f) => f.field)).toEqual(['spec.egress[1]', 'spec.egress[2].to[1]']);
  });

  test('only NetworkPolicies are in scope', () => {
    expectNotApplicable('KW-NET-005', [{ apiVersion: 'v1', kind: 'Service', metadata: { name: 'x' } }]);
  });
});
