import { cluster, expectCloudFail, expectCloudNotApplicable, expectCloudPass, nodePool } from '../fixtures/clu';

describe('KW-CLU-006 worker nodes have no public IP |', () => {
  test('passes on node pools and inline workers without public IP or bandwidth', () => {
    expectCloudPass('KW-CLU-006', [
      cluster({ workerConfigs: [{ instanceType: 'SA2.MEDIUM4', subnetId: 's-1', publicIpAssigned: false, internetMaxBandwidthOut: 0 }, { instanceType: 'SA2.MEDIUM4', subnetId: 's-2' }] }),
      nodePool(),
      nodePool({ publicIpAssigned: false, internetMaxBandwidthOut: 0 }, 'pool-b'),
    ]);
  });

  test('fails on a node pool with publicIpAssigned', () => {
    const [f] = expectCloudFail('KW-CLU-006', [nodePool({ publicIpAssigned: true })]);
    expect(f.field).toBe('autoScalingConfig.publicIpAssigned');
  });

  test('fails on a non-zero internetMaxBandwidthOut alone', () => {
    const [f] = expectCloudFail('KW-CLU-006', [nodePool({ internetMaxBandwidthOut: 10 })]);
    expect(f.field).toBe('autoScalingConfig.internetMaxBandwidthOut');
  });

  test('reports each offending inline worker entry', () => {
    const found = expectCloudFail('KW-CLU-006', [
      cluster({ workerConfigs: [{ instanceType: 'a' }, { instanceType: 'b', publicIpAssigned: true, internetMaxBandwidthOut: 100 }] }),
    ]);
    expect(found.map((f) => f.field)).toEqual(['workerConfigs[1].publicIpAssigned', 'workerConfigs[1].internetMaxBandwidthOut']);
  });

  test('a native node pool with public bandwidth fails', () => {
    const native = {
      type: 'tencentcloud:Kubernetes/nativeNodePool:NativeNodePool',
      name: 'native',
      inputs: { clusterId: 'tke', type: 'Native', native: { internetAccessible: { chargeType: 'TRAFFIC_POSTPAID_BY_HOUR', maxBandwidthOut: 5 } } },
    };
    expectCloudFail('KW-CLU-006', [native]);
    expectCloudPass('KW-CLU-006', [{ ...native, inputs: { clusterId: 'tke', type: 'Native', native: {} } }]);
  });

  test('a cluster without inline workers has no launch configuration', () => {
    expectCloudNotApplicable('KW-CLU-006', [cluster()]);
  });
});
