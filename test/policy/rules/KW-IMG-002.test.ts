import { PINNED, withImage, withInitImage } from '../fixtures/img';
import { expectFail, expectPass } from '../helpers';

const ID = 'KW-IMG-002';

describe('KW-IMG-002 images are pinned by digest |', () => {
  test('passes on sha256 and sha512 digests, with or without a tag before them', () => {
    expectPass(ID, [withImage(PINNED)]);
    expectPass(ID, [withImage(`ccr.ccs.tencentyun.com/shop/web:1.0@sha512:${'c'.repeat(128)}`)]);
  });

  test('fails on a tag without a digest, naming the field', () => {
    const [f] = expectFail(ID, [withImage('ccr.ccs.tencentyun.com/shop/web:1.0')]);
    expect(f.field).toBe('spec.template.spec.containers[0].image');
    expect(f.message).toMatch(/no digest/);
  });

  test('fails on another algorithm, a wrong length or uppercase hex', () => {
    expectFail(ID, [withImage(`nginx@md5:${'a'.repeat(32)}`)]);
    expectFail(ID, [withImage(`nginx@sha256:${'a'.repeat(63)}`)]);
    expectFail(ID, [withImage(`nginx@sha256:${'A'.repeat(64)}`)]);
    expectFail(ID, [withImage(`nginx@sha512:${'a'.repeat(64)}`)]);
  });

  test('init containers are checked too', () => {
    const [f] = expectFail(ID, [withInitImage('busybox:1.36')]);
    expect(f.container).toBe('setup');
  });
});
