// The admission policy's CEL, evaluated with @bufbuild/cel on the exact expressions the tenant
// ships: digest-pinned images from the trusted registries pass, everything else is refused, in
// every container list of the pod.
import { find, paymentsProps, synthTenant } from './fixtures';
import { imagePolicyCel } from '../../lib/supply-chain';
import { admit } from '../support/cel';

const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;
const TRUSTED = `ccr.ccs.tencentyun.com/payments/api@${DIGEST}`;

function pod(spec: Record<string, unknown>): Record<string, unknown> {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'payments' }, spec };
}

describe('image admission policy CEL |', () => {
  const { objects } = synthTenant(paymentsProps({ trustedRegistries: ['ccr.ccs.tencentyun.com/payments', 'payments.tencentcloudcr.com'] }));
  const policy = find(objects, 'ValidatingAdmissionPolicy', 'kubeward-images-payments');
  const PINNED = /pinned by digest/;
  const REGISTRY = /trusted registry/;

  test('a digest-pinned image from a trusted registry is admitted', () => {
    expect(admit(policy, pod({ containers: [{ name: 'api', image: TRUSTED }] }))).toEqual({ allowed: true, denials: [] });
    expect(admit(policy, pod({ containers: [{ name: 'api', image: `payments.tencentcloudcr.com/team/api@${DIGEST}` }] })).allowed).toBe(true);
  });

  test('a tag-only image is refused (even from a trusted registry)', () => {
    const out = admit(policy, pod({ containers: [{ name: 'api', image: 'ccr.ccs.tencentyun.com/payments/api:1.2.3' }] }));
    expect(out.allowed).toBe(false);
    expect(out.denials).toEqual([expect.stringMatching(PINNED)]);
  });

  test('a tag plus a malformed digest is refused', () => {
    expect(admit(policy, pod({ containers: [{ name: 'api', image: 'ccr.ccs.tencentyun.com/payments/api@sha256:abc' }] })).allowed).toBe(false);
  });

  test('a digest-pinned image from a foreign registry is refused', () => {
    const out = admit(policy, pod({ containers: [{ name: 'api', image: `docker.io/library/nginx@${DIGEST}` }] }));
    expect(out.denials).toEqual([expect.stringMatching(REGISTRY)]);
  });

  test('a look-alike path prefix does not count as the trusted registry', () => {
    const sneaky = `ccr.ccs.tencentyun.com/payments-evil/api@${DIGEST}`;
    expect(admit(policy, pod({ containers: [{ name: 'api', image: sneaky }] })).denials).toEqual([expect.stringMatching(REGISTRY)]);
    const hostSuffix = `ccr.ccs.tencentyun.com.attacker.io/payments/api@${DIGEST}`;
    expect(admit(policy, pod({ containers: [{ name: 'api', image: hostSuffix }] })).allowed).toBe(false);
  });

  test('an init container with a foreign image is refused', () => {
    const out = admit(policy, pod({
      initContainers: [{ name: 'init', image: `quay.io/evil/init@${DIGEST}` }],
      containers: [{ name: 'api', image: TRUSTED }],
    }));
    expect(out.denials).toEqual([expect.stringMatching(REGISTRY)]);
  });

  test('an ephemeral (debug) container with a tag-only foreign image is refused on both counts', () => {
    const out = admit(policy, pod({
      containers: [{ name: 'api', image: TRUSTED }],
      ephemeralContainers: [{ name: 'debug', image: 'busybox' }],
    }));
    expect(out.denials).toEqual([expect.stringMatching(PINNED), expect.stringMatching(REGISTRY)]);
  });

  test('the CEL uses only functions shared by Kubernetes CEL and @bufbuild/cel', () => {
    const cel = imagePolicyCel(['ccr.ccs.tencentyun.com/payments']);
    const text = [...cel.variables, ...cel.validations].map((x) => x.expression).join(' ');
    const calls = [...text.matchAll(/\.?([A-Za-z_]+)\(/g)].map((m) => m[1]);
    expect([...new Set(calls)].sort()).toEqual(['all', 'exists', 'has', 'matches', 'startsWith']);
  });
});

// Defect 1: Istio's injector adds istio-proxy (and istio-init, or istio-validation with the CNI
// agent) to every pod of a meshed namespace, and validating admission runs after mutating
// admission (istio/istio manifests/charts/istio-control/istio-discovery/files/injection-template.yaml;
// Kubernetes "Admission control" phases). The policy must admit exactly the declared proxy image in
// those containers, and nothing else.
describe('image admission policy CEL | meshed tenant', () => {
  const PROXY = `ccr.ccs.tencentyun.com/mesh/proxyv2@sha256:${'5e'.repeat(32)}`;
  const app = { name: 'api', image: TRUSTED };
  let policy: any;
  beforeAll(() => {
    policy = find(synthTenant(paymentsProps({ mesh: { proxyImage: PROXY } })).objects, 'ValidatingAdmissionPolicy', 'kubeward-images-payments');
  });

  test('an injected pod (istio-validation and istio-proxy with the declared image) is admitted', () => {
    const injected = pod({
      initContainers: [{ name: 'istio-validation', image: PROXY }],
      containers: [app, { name: 'istio-proxy', image: PROXY }],
    });
    expect(admit(policy, injected)).toEqual({ allowed: true, denials: [] });
  });

  test('istio-init (a mesh without the CNI agent) and a native-sidecar istio-proxy are admitted with the declared image', () => {
    expect(admit(policy, pod({ initContainers: [{ name: 'istio-init', image: PROXY }, { name: 'istio-proxy', image: PROXY }], containers: [app] })).allowed).toBe(true);
  });

  test('istio-proxy with any other image is refused: the name alone earns nothing', () => {
    const other = `docker.io/istio/proxyv2@sha256:${'77'.repeat(32)}`;
    expect(admit(policy, pod({ containers: [app, { name: 'istio-proxy', image: other }] })).denials).toEqual([expect.stringMatching(/trusted registry/)]);
    expect(admit(policy, pod({ containers: [app, { name: 'istio-proxy', image: 'docker.io/istio/proxyv2:1.22.1' }] })).allowed).toBe(false);
  });

  test('the proxy image under another container name, or as a debug container, is judged like any image', () => {
    expect(admit(policy, pod({ containers: [app, { name: 'helper', image: PROXY }] })).denials).toEqual([expect.stringMatching(/trusted registry/)]);
    expect(admit(policy, pod({ containers: [app], ephemeralContainers: [{ name: 'istio-proxy', image: PROXY }] })).allowed).toBe(false);
  });

  test('unpinned and untrusted images are still refused next to the injected containers', () => {
    const out = admit(policy, pod({ containers: [{ name: 'api', image: 'ccr.ccs.tencentyun.com/payments/api:1.0' }, { name: 'istio-proxy', image: PROXY }] }));
    expect(out.denials).toEqual([expect.stringMatching(/pinned by digest/)]);
  });

  test('without the mesh the proxy image earns nothing', () => {
    const off = synthTenant(paymentsProps({ mesh: { enabled: false, reason: 'cluster runs without Istio until Q3 migration' } })).objects;
    const plain = find(off, 'ValidatingAdmissionPolicy', 'kubeward-images-payments');
    expect(admit(plain, pod({ containers: [app, { name: 'istio-proxy', image: PROXY }] })).allowed).toBe(false);
  });
});
