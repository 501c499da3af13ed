import { PINNED, withEphemeralImage, withImage, withInitImage } from '../fixtures/img';
import { expectFail, expectPass } from '../helpers';

const ID = 'KW-IMG-001';

describe('KW-IMG-001 images use an explicit tag other than latest, or a digest |', () => {
  test('passes on a digest, a version tag, or a tag followed by a digest', () => {
    expectPass(ID, [withImage(PINNED)]);
    expectPass(ID, [withImage('ccr.ccs.tencentyun.com/shop/web:1.4.2')]);
    expectPass(ID, [withImage(`nginx:latest@sha256:${'b'.repeat(64)}`)]);
  });

  test('fails on an untagged image, naming the field', () => {
    const [f] = expectFail(ID, [withImage('nginx')]);
    expect(f.field).toBe('spec.template.spec.containers[0].image');
    expect(f.message).toMatch(/no tag/);
  });

  test('fails on the latest tag', () => {
    const [f] = expectFail(ID, [withImage('ccr.ccs.tencentyun.com/shop/web:latest')]);
    expect(f.message).toMatch(/latest/);
  });

  test('a registry port is not a tag', () => {
    expectFail(ID, [withImage('registry.local:5000/shop/web')]);
    expectPass(ID, [withImage('registry.local:5000/shop/web:2.0')]);
  });

  test('init and ephemeral containers are checked too', () => {
    expectFail(ID, [withInitImage('busybox')]);
    const [f] = expectFail(ID, [withEphemeralImage('busybox:latest')]);
    expect(f.container).toBe('debug');
  });

  test('a container without an image fails', () => {
    expectFail(ID, [withImage(undefined)]);
  });
});
