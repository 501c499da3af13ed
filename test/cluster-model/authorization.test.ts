// Istio PeerAuthentication and AuthorizationPolicy evaluation, each case as Istio's security
// concepts and reference pages state it (sources in authorization.ts).
import { AuthzMesh, AuthzRequest, authorize, peerAuthenticationMode } from './authorization';

const MESH: AuthzMesh = { rootNamespace: 'istio-system', trustDomain: 'cluster.local', trustDomainAliases: [] };
const api = { namespace: 'shop', labels: { app: 'api' } };

function ap(namespace: string, name: string, spec: Record<string, unknown>): Record<string, any> {
  return { apiVersion: 'security.istio.io/v1', kind: 'AuthorizationPolicy', metadata: { name, namespace }, spec };
}

const fromWeb: AuthzRequest = { principal: 'cluster.local/ns/shop/sa/web', sourceNamespace: 'shop', port: 8080, protocol: 'tcp' };
const plaintext: AuthzRequest = { port: 8080, protocol: 'tcp' };
const ALLOW_WEB = ap('shop', 'api', { selector: { matchLabels: { app: 'api' } }, action: 'ALLOW', rules: [{ from: [{ source: { principals: ['cluster.local/ns/shop/sa/web'] } }], to: [{ operation: { ports: ['8080'] } }] }] });

describe('AuthorizationPolicy model |', () => {
  test('no policy: allowed; the allow-nothing policy {} denies everything', () => {
    expect(authorize([], api, fromWeb, MESH).allowed).toBe(true);
    expect(authorize([ap('shop', 'allow-nothing', {})], api, fromWeb, MESH)).toEqual({ allowed: false, reason: expect.stringMatching(/no rule of the ALLOW policies shop\/allow-nothing/) });
  });

  test('ALLOW rules: principal and port must both match; other ALLOW policies OR', () => {
    const objects = [ap('shop', 'allow-nothing', {}), ALLOW_WEB];
    expect(authorize(objects, api, fromWeb, MESH).allowed).toBe(true);
    expect(authorize(objects, api, { ...fromWeb, port: 9090 }, MESH).allowed).toBe(false);
    expect(authorize(objects, api, { ...fromWeb, principal: 'cluster.local/ns/shop/sa/batch' }, MESH).allowed).toBe(false);
    // Plaintext has no principal: even `*` does not match it.
    const anyone = ap('shop', 'any', { rules: [{ from: [{ source: { principals: ['*'] } }] }] });
    expect(authorize([anyone], api, plaintext, MESH).allowed).toBe(false);
    expect(authorize([anyone], api, fromWeb, MESH).allowed).toBe(true);
  });

  test('DENY wins over ALLOW; CUSTOM goes first', () => {
    const deny = ap('shop', 'no-web', { action: 'DENY', rules: [{ from: [{ source: { namespaces: ['shop'] } }] }] });
    expect(authorize([ALLOW_WEB, deny], api, fromWeb, MESH)).toEqual({ allowed: false, reason: 'DENY policy shop/no-web matches' });
    const custom = ap('shop', 'ext', { action: 'CUSTOM', provider: { name: 'opa' }, rules: [{}] });
    expect(authorize([ALLOW_WEB, custom], api, fromWeb, MESH).reason).toMatch(/CUSTOM/);
  });

  test('selectors and the root namespace: a mesh-wide policy applies everywhere, another namespace\'s never', () => {
    const rootDeny = ap('istio-system', 'deny-all', { action: 'DENY', rules: [{}] });
    expect(authorize([rootDeny], api, fromWeb, MESH).allowed).toBe(false);
    const elsewhere = ap('other', 'deny-all', { action: 'DENY', rules: [{}] });
    expect(authorize([elsewhere], api, fromWeb, MESH).allowed).toBe(true);
    const otherWorkload = ap('shop', 'deny-db', { selector: { matchLabels: { app: 'db' } }, action: 'DENY', rules: [{}] });
    expect(authorize([otherWorkload], api, fromWeb, MESH).allowed).toBe(true);
  });

  test('HTTP-only fields on TCP traffic: an ALLOW rule never matches, a DENY rule ignores them', () => {
    const allowGet = ap('shop', 'get', { rules: [{ to: [{ operation: { methods: ['GET'] } }] }] });
    expect(authorize([allowGet], api, fromWeb, MESH).allowed).toBe(false);
    expect(authorize([allowGet], api, { ...fromWeb, protocol: 'http', method: 'GET' }, MESH).allowed).toBe(true);
    const denyPost = ap('shop', 'post', { action: 'DENY', rules: [{ to: [{ operation: { methods: ['POST'] } }] }] });
    expect(authorize([denyPost], api, fromWeb, MESH).allowed).toBe(false);
    expect(authorize([denyPost], api, { ...fromWeb, protocol: 'http', method: 'GET' }, MESH).allowed).toBe(true);
  });

  test('trust domains: cluster.local in a policy means the local trust domain; another domain must match exactly', () => {
    const tcm: AuthzMesh = { ...MESH, trustDomain: 'tcm-mesh.local' };
    const peer = { ...fromWeb, principal: 'tcm-mesh.local/ns/shop/sa/web' };
    expect(authorize([ALLOW_WEB], api, peer, tcm).allowed).toBe(true);
    const foreign = ap('shop', 'api', { rules: [{ from: [{ source: { principals: ['other.td/ns/shop/sa/web'] } }] }] });
    expect(authorize([foreign], api, peer, tcm).allowed).toBe(false);
    expect(authorize([foreign], api, peer, { ...tcm, trustDomainAliases: ['other.td'] }).allowed).toBe(true);
  });

  test('notPrincipals, notNamespaces and when conditions', () => {
    const notWeb = ap('shop', 'x', { rules: [{ from: [{ source: { notNamespaces: ['shop'] } }] }] });
    expect(authorize([notWeb], api, fromWeb, MESH).allowed).toBe(false);
    const when = ap('shop', 'x', { rules: [{ when: [{ key: 'source.namespace', values: ['shop'] }] }] });
    expect(authorize([when], api, fromWeb, MESH).allowed).toBe(true);
    expect(authorize([when], api, plaintext, MESH).allowed).toBe(false);
  });
});

describe('PeerAuthentication model |', () => {
  const pa = (namespace: string, spec: Record<string, unknown>) => ({ apiVersion: 'security.istio.io/v1', kind: 'PeerAuthentication', metadata: { name: 'p', namespace }, spec });

  test('PERMISSIVE by default; namespace over mesh-wide; workload over namespace; port-level over workload', () => {
    expect(peerAuthenticationMode([], api, 8080, MESH)).toBe('PERMISSIVE');
    expect(peerAuthenticationMode([pa('istio-system', { mtls: { mode: 'STRICT' } })], api, 8080, MESH)).toBe('STRICT');
    expect(peerAuthenticationMode([pa('istio-system', { mtls: { mode: 'STRICT' } }), pa('shop', { mtls: { mode: 'PERMISSIVE' } })], api, 8080, MESH)).toBe('PERMISSIVE');
    const workload = pa('shop', { selector: { matchLabels: { app: 'api' } }, mtls: { mode: 'STRICT' }, portLevelMtls: { 9090: { mode: 'DISABLE' } } });
    expect(peerAuthenticationMode([pa('shop', { mtls: { mode: 'PERMISSIVE' } }), workload], api, 8080, MESH)).toBe('STRICT');
    expect(peerAuthenticationMode([workload], api, 9090, MESH)).toBe('DISABLE');
    // UNSET inherits.
    expect(peerAuthenticationMode([pa('istio-system', { mtls: { mode: 'STRICT' } }), pa('shop', { mtls: { mode: 'UNSET' } })], api, 8080, MESH)).toBe('STRICT');
  });
});
