import { cluster, expectCloudFail, expectCloudNotApplicable, expectCloudPass, nodePool } from '../fixtures/clu';

const auditResource = (clusterId: unknown) => ({ type: 'tencentcloud:Kubernetes/clusterAudit:ClusterAudit', name: 'audit', inputs: { clusterId } });

describe('KW-CLU-001 TKE cluster audit logging |', () => {
  test('passes when clusterAudit.enabled is true', () => {
    expectCloudPass('KW-CLU-001', [cluster()]);
  });

  test('fails when clusterAudit is absent or disabled', () => {
    const [f] = expectCloudFail('KW-CLU-001', [cluster({ clusterAudit: undefined })]);
    expect(f.field).toBe('clusterAudit.enabled');
    expectCloudFail('KW-CLU-001', [cluster({ clusterAudit: { enabled: false, logSetId: 'ls-1', topicId: 't-1' } })]);
  });

  test('a separate cluster-audit resource referencing the cluster by logical name or id passes', () => {
    expectCloudPass('KW-CLU-001', [cluster({ clusterAudit: undefined }), auditResource('tke')]);
    expectCloudPass('KW-CLU-001', [cluster({ clusterAudit: undefined, id: 'cls-abc123' }), auditResource('cls-abc123')]);
  });

  test('an audit resource for another cluster, or with an unknown clusterId, does not count', () => {
    expectCloudFail('KW-CLU-001', [cluster({ clusterAudit: undefined }), auditResource('other')]);
    expectCloudFail('KW-CLU-001', [cluster({ clusterAudit: undefined }), auditResource(undefined)]);
  });

  test('each cluster of the stack is judged on its own', () => {
    const found = expectCloudFail('KW-CLU-001', [cluster({}, 'a'), cluster({ clusterAudit: undefined }, 'b')]);
    expect(found.map((f) => f.object.name)).toEqual(['b']);
  });

  test('node pools are out of scope', () => {
    expectCloudNotApplicable('KW-CLU-001', [nodePool()]);
  });
});
