// eslint-disable-next-line import/order
import { registered, settle, valueOf } from './mocks';

describe('examples/tke-cluster |', () => {
  test('the program builds the cluster of the issue and exports its outputs', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const program = require('../../examples/tke-cluster/index');
    await settle();
    const cluster = registered.find((r) => r.type === 'tencentcloud:Kubernetes/cluster:Cluster')!;
    expect(cluster.inputs).toMatchObject({ clusterName: 'prod', clusterVersion: '1.34.1', deletionProtection: true });
    expect(registered.filter((r) => r.type === 'tencentcloud:Subnet/instance:Instance').map((s) => s.inputs.availabilityZone)).toEqual([
      'ap-guangzhou-3',
      'ap-guangzhou-4',
      'ap-guangzhou-6',
    ]);
    expect(await valueOf(program.clusterId)).toBe(cluster.id);
    expect(await valueOf(program.kubeconfig)).toContain('server: https://10.0.0.12');
    expect(await valueOf(program.backupLocation)).toBe('prod-cos');
  });
});
