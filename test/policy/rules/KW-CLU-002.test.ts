import { cluster, encryption, expectCloudFail, expectCloudNotApplicable, expectCloudPass } from '../fixtures/clu';

describe('KW-CLU-002 etcd Secrets are encrypted with a KMS key |', () => {
  test('passes with an EncryptionProtection referencing the cluster by logical name', () => {
    expectCloudPass('KW-CLU-002', [cluster(), encryption('tke')]);
  });

  test('passes with a reference by the real cluster id or by URN', () => {
    expectCloudPass('KW-CLU-002', [cluster({ id: 'cls-n2h4jbtk' }), encryption('cls-n2h4jbtk')]);
    const c = { ...cluster(), source: { urn: 'urn:pulumi:dev::platform::tencentcloud:Kubernetes/cluster:Cluster::tke' } };
    expectCloudPass('KW-CLU-002', [c, encryption('urn:pulumi:dev::platform::tencentcloud:Kubernetes/cluster:Cluster::tke')]);
  });

  test('fails without any EncryptionProtection', () => {
    const [f] = expectCloudFail('KW-CLU-002', [cluster()]);
    expect(f.message).toMatch(/no EncryptionProtection/);
  });

  test('fails when the EncryptionProtection references another cluster or has no clusterId', () => {
    expectCloudFail('KW-CLU-002', [cluster(), encryption('other')]);
    expectCloudFail('KW-CLU-002', [cluster(), encryption(undefined as unknown as string, { clusterId: undefined })]);
  });

  test('fails when the referencing EncryptionProtection has no keyId, naming it', () => {
    const [f] = expectCloudFail('KW-CLU-002', [cluster(), encryption('tke', { kmsConfiguration: { kmsRegion: 'ap-guangzhou' } })]);
    expect(f.message).toMatch(/tke-secrets .*no kmsConfiguration.keyId/);
    expectCloudFail('KW-CLU-002', [cluster(), encryption('tke', { kmsConfiguration: { keyId: '' } })]);
  });

  test('relates clusters and protections pairwise', () => {
    const found = expectCloudFail('KW-CLU-002', [cluster({}, 'a'), cluster({}, 'b'), encryption('a')]);
    expect(found.map((f) => f.object.name)).toEqual(['b']);
  });

  test('an EncryptionProtection alone is not a cluster', () => {
    expectCloudNotApplicable('KW-CLU-002', [encryption('tke')]);
  });
});
