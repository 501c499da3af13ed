import { namespace, peerAuthentication } from '../fixtures/mesh';
import { expectFail, expectNotApplicable, expectPass } from '../helpers';

describe('KW-MESH-002 mesh namespaces are covered by STRICT mTLS |', () => {
  test('passes with a selector-less STRICT policy in the namespace', () => {
    expectPass('KW-MESH-002', [namespace('shop'), peerAuthentication('shop')]);
  });

  test('passes with a mesh-wide STRICT policy in the root namespace', () => {
    expectPass('KW-MESH-002', [namespace('shop'), namespace('pay', { 'istio.io/rev': 'canary' }), peerAuthentication('istio-system')]);
  });

  test('fails without any STRICT policy', () => {
    const [f] = expectFail('KW-MESH-002', [namespace('shop')]);
    expect(f.object.name).toBe('shop');
    expect(f.message).toMatch(/STRICT/);
  });

  test('a workload-level (selector) policy does not cover the namespace', () => {
    expectFail('KW-MESH-002', [namespace('shop'), peerAuthentication('shop', { selector: { matchLabels: { app: 'web' } }, mtls: { mode: 'STRICT' } })]);
  });

  test('a PERMISSIVE policy or one in another namespace does not cover it', () => {
    expectFail('KW-MESH-002', [namespace('shop'), peerAuthentication('shop', { mtls: { mode: 'PERMISSIVE' } })]);
    expectFail('KW-MESH-002', [namespace('shop'), peerAuthentication('pay')]);
  });

  test('the root namespace follows meshRootNamespace', () => {
    expectFail('KW-MESH-002', [namespace('shop'), peerAuthentication('istio-system')], { meshRootNamespace: 'mesh-root' });
    expectPass('KW-MESH-002', [namespace('shop'), peerAuthentication('mesh-root')], { meshRootNamespace: 'mesh-root' });
  });

  test('namespaces outside the mesh are out of scope', () => {
    expectNotApplicable('KW-MESH-002', [namespace('shop', {}), namespace('pay', { 'istio-injection': 'disabled' }), namespace('x', { 'istio.io/rev': '' })]);
  });
});
