import { withVolumes } from '../fixtures/pod';
import { deployment, expectFail, expectPass } from '../helpers';

describe('KW-POD-022 restricted volume types |', () => {
  test('passes with every allowed volume type', () => {
    expectPass('KW-POD-022', [deployment()]);
    expectPass('KW-POD-022', [
      withVolumes([
        { name: 'a', configMap: { name: 'cfg' } },
        { name: 'b', csi: { driver: 'com.tencent.cloud.csi.cbs' } },
        { name: 'c', downwardAPI: { items: [] } },
        { name: 'd', emptyDir: {} },
        { name: 'e', ephemeral: { volumeClaimTemplate: { spec: {} } } },
        { name: 'f', persistentVolumeClaim: { claimName: 'data' } },
        { name: 'g', projected: { sources: [] } },
        { name: 'h', secret: { secretName: 'tls' } },
      ]),
    ]);
  });

  test.each([
    ['hostPath', { path: '/var/log' }],
    ['nfs', { server: 'nfs.local', path: '/export' }],
    ['gitRepo', { repository: 'https://example.com/x.git' }],
    ['flexVolume', { driver: 'x/y' }],
  ])('fails on a %s volume, naming the source', (source, value) => {
    const [f] = expectFail('KW-POD-022', [withVolumes([{ name: 'tmp', emptyDir: {} }, { name: 'bad', [source]: value }])]);
    expect(f.field).toBe(`spec.template.spec.volumes[1].${source}`);
    expect(f.message).toContain(source);
  });

  test('a volume with no source (an emptyDir by default) or a null source passes', () => {
    expectPass('KW-POD-022', [withVolumes([{ name: 'scratch' }, { name: 'x', hostPath: null, emptyDir: {} }])]);
  });
});
