import { authorizationPolicy } from '../fixtures/mesh';
import { expectFail, expectNotApplicable, expectPass } from '../helpers';

describe('KW-MESH-006 AuthorizationPolicies do not allow everything |', () => {
  test('passes with no rules (allow nothing) and with constrained rules', () => {
    expectPass('KW-MESH-006', [
      authorizationPolicy('shop'),
      authorizationPolicy('shop', { rules: [{ from: [{ source: { principals: ['cluster.local/ns/shop/sa/web'] } }] }, { to: [{ operation: { methods: ['GET'] } }] }, { when: [{ key: 'request.auth.claims[iss]', values: ['x'] }] }] }, 'web'),
    ]);
  });

  test('fails on an empty rule in an ALLOW policy (explicit or defaulted)', () => {
    const [f] = expectFail('KW-MESH-006', [authorizationPolicy('shop', { rules: [{ to: [{ operation: { methods: ['GET'] } }] }, {}] })]);
    expect(f.field).toBe('spec.rules[1]');
    expectFail('KW-MESH-006', [authorizationPolicy('shop', { action: 'ALLOW', selector: { matchLabels: { app: 'web' } }, rules: [{}] })]);
  });

  test('a rule whose from, to and when are all empty lists is the same as {}', () => {
    expectFail('KW-MESH-006', [authorizationPolicy('shop', { rules: [{ from: [], to: [], when: [] }] })]);
  });

  test('DENY, AUDIT and CUSTOM policies are out of scope', () => {
    expectNotApplicable('KW-MESH-006', [
      authorizationPolicy('shop', { action: 'DENY', rules: [{}] }),
      authorizationPolicy('shop', { action: 'AUDIT', rules: [{}] }, 'audit'),
      authorizationPolicy('shop', { action: 'CUSTOM', provider: { name: 'ext' }, rules: [{}] }, 'ext'),
    ]);
  });
});
