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
