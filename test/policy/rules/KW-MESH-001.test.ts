import { peerAuthentication } from '../fixtures/mesh';
import { expectFail, expectNotApplicable, expectPass } from '../helpers';

describe('KW-MESH-001 PeerAuthentication never allows plaintext |', () => {
  test('passes on a STRICT mesh-wide policy', () => {
    expectPass('KW-MESH-001', [peerAuthentication('istio-system')]);
  });

  test('fails on PERMISSIVE and on DISABLE', () => {
    const [f] = expectFail('KW-MESH-001', [peerAuthentication('shop', { mtls: { mode: 'PERMISSIVE' } })]);
    expect(f.field).toBe('spec.mtls.mode');
    expectFail('KW-MESH-001', [peerAuthentication('shop', { selector: { matchLabels: { app: 'web' } }, mtls: { mode: 'DISABLE' } })]);
  });

  test('a namespace- or workload-level policy may leave the mode UNSET or absent (it inherits)', () => {
    expectPass('KW-MESH-001', [peerAuthentication('shop', { mtls: { mode: 'UNSET' } })]);
    expectPass('KW-MESH-001', [peerAuthentication('shop', {})]);
    expectPass('KW-MESH-001', [peerAuthentication('istio-system', { selector: { matchLabels: { app: 'gw' } }, portLevelMtls: { 8080: { mode: 'STRICT' } } })]);
  });

  test('a mesh-wide policy that leaves the mode absent or UNSET fails (that means PERMISSIVE)', () => {
    expectFail('KW-MESH-001', [peerAuthentication('istio-system', {})]);
    expectFail('KW-MESH-001', [peerAuthentication('istio-system', { selector: { matchLabels: {} }, mtls: { mode: 'UNSET' } })]);
  });

  test('the root namespace follows meshRootNamespace', () => {
    expectPass('KW-MESH-001', [peerAuthentication('istio-system', {})], { meshRootNamespace: 'mesh-root' });
    expectFail('KW-MESH-001', [peerAuthentication('mesh-root', {})], { meshRootNamespace: 'mesh-root' });
  });

  test('a policy without namespace is in default, which is not the root namespace', () => {
    expectPass('KW-MESH-001', [peerAuthentication(undefined, {})]);
  });

  test('every PERMISSIVE or DISABLE port-level mode is reported', () => {
    const found = expectFail('KW-MESH-001', [
      peerAuthentication('shop', { selector: { matchLabels: { app: 'web' } }, mtls: { mode: 'STRICT' }, portLevelMtls: { 8080: { mode: 'PERMISSIVE' }, 9090: { mode: 'DISABLE' }, 443: { mode: 'UNSET' } } }),
    ]);
    expect(found.map((f) => f.field).sort()).toEqual(['spec.portLevelMtls.8080.mode', 'spec.portLevelMtls.9090.mode']);
  });

  test('a mode that is not STRICT (such as miscased strict) is reported', () => {
    expectFail('KW-MESH-001', [peerAuthentication('shop', { mtls: { mode: 'strict' } })]);
  });

  test('legacy security.istio.io/v1beta1 is evaluated too', () => {
    const pa = peerAuthentication('shop', { mtls: { mode: 'PERMISSIVE' } });
    pa.apiVersion = 'security.istio.io/v1beta1';
    expectFail('KW-MESH-001', [pa]);
  });

  test('a PeerAuthentication under another API group is not Istio', () => {
    const pa = peerAuthentication('shop', { mtls: { mode: 'PERMISSIVE' } });
    pa.apiVersion = 'example.com/v1';
    expectNotApplicable('KW-MESH-001', [pa]);
  });
});
