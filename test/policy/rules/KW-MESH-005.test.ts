import { authorizationPolicy, namespace } from '../fixtures/mesh';
import { expectFail, expectNotApplicable, expectPass } from '../helpers';

describe('KW-MESH-005 mesh namespaces have an allow-nothing AuthorizationPolicy |', () => {
  test('passes with an empty-spec policy in the namespace, or with no spec at all', () => {
    expectPass('KW-MESH-005', [namespace('shop'), authorizationPolicy('shop')]);
    expectPass('KW-MESH-005', [namespace('shop'), authorizationPolicy('shop', undefined)]);
  });

  test('an explicit ALLOW action with no rules still counts', () => {
    expectPass('KW-MESH-005', [namespace('shop'), authorizationPolicy('shop', { action: 'ALLOW' })]);
  });

  test('passes with an allow-nothing policy in the root namespace', () => {
    expectPass('KW-MESH-005', [namespace('shop'), namespace('pay', { 'istio.io/rev': 'stable' }), authorizationPolicy('istio-system')]);
  });

  test('fails without one', () => {
    const [f] = expectFail('KW-MESH-005', [namespace('shop')]);
    expect(f.object.name).toBe('shop');
  });

  test('policies with rules, a selector, targetRefs or a non-ALLOW action do not count', () => {
    for (const spec of [
      { rules: [{ from: [{ source: { namespaces: ['shop'] } }] }] },
      { selector: { matchLabels: { app: 'web' } } },
      { targetRefs: [{ kind: 'Gateway', group: 'gateway.networking.k8s.io', name: 'gw' }] },
      { action: 'DENY' },
    ]) {
      expectFail('KW-MESH-005', [namespace('shop'), authorizationPolicy('shop', spec)]);
    }
  });

  test('a policy in another namespace does not cover it', () => {
    expectFail('KW-MESH-005', [namespace('shop'), authorizationPolicy('pay')]);
  });

  test('namespaces outside the mesh are out of scope', () => {
    expectNotApplicable('KW-MESH-005', [namespace('shop', {})]);
  });
});
