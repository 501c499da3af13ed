import { PINNED, withEphemeralImage, withImage } from '../fixtures/img';
import { expectFail, expectPass } from '../helpers';

const ID = 'KW-IMG-003';

describe('KW-IMG-003 images come from allowed registries |', () => {
  test('passes on the default Tencent registries, including subdomains of tencentcloudcr.com', () => {
    expectPass(ID, [withImage(PINNED)]);
    expectPass(ID, [withImage('shop-prod.tencentcloudcr.com/shop/web:1.0')]);
  });

  test('fails on implicit Docker Hub references that carry no registry host', () => {
    const [f] = expectFail(ID, [withImage('nginx:1.25')]);
    expect(f.message).toMatch(/Docker Hub/);
    expectFail(ID, [withImage('library/nginx:1.25')]);
  });

  test('fails on other registries, and the wildcard needs a subdomain', () => {
    const [f] = expectFail(ID, [withImage('docker.io/library/nginx:1.25')]);
    expect(f.field).toBe('spec.template.spec.containers[0].image');
    expectFail(ID, [withImage('tencentcloudcr.com/shop/web:1.0')]);
    expectFail(ID, [withImage('ccr.ccs.tencentyun.com.evil.io/shop/web:1.0')]);
  });

  test('honours trustedRegistries, with path prefixes', () => {
    const options = { trustedRegistries: ['registry.example.com/payments'] };
    expectPass(ID, [withImage('registry.example.com/payments/api:1.0')], options);
    expectFail(ID, [withImage('registry.example.com/paymentsx/api:1.0')], options);
    expectFail(ID, [withImage(PINNED)], options);
  });

  test('ephemeral containers are checked too', () => {
    expectFail(ID, [withEphemeralImage('busybox:1.36')]);
  });
});
