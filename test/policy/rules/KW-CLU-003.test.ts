import { cluster, endpoint, expectCloudFail, expectCloudNotApplicable, expectCloudPass, nodePool } from '../fixtures/clu';

describe('KW-CLU-003 no public API server endpoint |', () => {
  test('passes with clusterInternet false or unset on cluster and endpoint', () => {
    expectCloudPass('KW-CLU-003', [cluster(), endpoint('tke')]);
    expectCloudPass('KW-CLU-003', [cluster({ clusterInternet: undefined }), endpoint('tke', { clusterIntranet: true })]);
  });

  test('fails when the cluster opens the public endpoint', () => {
    const [f] = expectCloudFail('KW-CLU-003', [cluster({ clusterInternet: true, clusterInternetSecurityGroup: 'sg-1' })]);
    expect(f.field).toBe('clusterInternet');
    expect(f.object.kind).toBe('Cluster');
  });

  test('fails on an endpoint resource, naming its cluster', () => {
    const [f] = expectCloudFail('KW-CLU-003', [cluster(), endpoint('tke', { clusterInternet: true })]);
    expect(f.object.kind).toBe('ClusterEndpoint');
    expect(f.message).toMatch(/cluster tke/);
  });

  test('an endpoint opening a cluster outside the stack is still reported', () => {
    expectCloudFail('KW-CLU-003', [endpoint('cls-elsewhere', { clusterInternet: true })]);
  });

  test('node pools are out of scope', () => {
    expectCloudNotApplicable('KW-CLU-003', [nodePool()]);
  });
});
