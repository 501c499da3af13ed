import { PINNED, withImage, withInitImage } from '../fixtures/img';
import { expectFail, expectPass } from '../helpers';

const ID = 'KW-IMG-004';

describe('KW-IMG-004 image pull policy re-validates mutable images |', () => {
  test('passes on Always, and on a digest-pinned image whatever the policy', () => {
    expectPass(ID, [withImage('ccr.ccs.tencentyun.com/shop/web:1.0', 'Always')]);
    expectPass(ID, [withImage(PINNED, 'IfNotPresent')]);
    expectPass(ID, [withImage(PINNED)]);
  });

  test('passes when the policy is unset on an untagged or latest image (Kubernetes defaults to Always)', () => {
    expectPass(ID, [withImage('nginx')]);
    expectPass(ID, [withImage('nginx:latest')]);
  });

  test('fails on a version tag whose policy is unset, naming the field', () => {
    const [f] = expectFail(ID, [withImage('nginx:1.25')]);
    expect(f.field).toBe('spec.template.spec.containers[0].imagePullPolicy');
    expect(f.message).toMatch(/defaults to IfNotPresent/);
  });

  test('fails on a version tag with IfNotPresent or Never', () => {
    expectFail(ID, [withImage('nginx:1.25', 'IfNotPresent')]);
    expectFail(ID, [withImage('nginx:1.25', 'Never')]);
  });

  test('an untagged or latest image with an explicit IfNotPresent is not among the pass cases', () => {
    expectFail(ID, [withImage('nginx:latest', 'IfNotPresent')]);
  });

  test('init containers are checked too', () => {
    const [f] = expectFail(ID, [withInitImage('busybox:1.36', 'IfNotPresent')]);
    expect(f.container).toBe('setup');
  });
});
