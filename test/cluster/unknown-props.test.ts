// MultiZoneCluster refuses unknown props, nested ones included, before registering anything: a
// typo such as `deletionProtect: false` must not leave the secure default silently in place while
// the author believes it changed (or the other way round).
// eslint-disable-next-line import/order
import { registered, reset, settle } from './mocks';
import { MultiZoneCluster, MultiZoneClusterProps } from '../../lib/cluster';
import { KubewardError } from '../../lib/core/errors';

const BASE: MultiZoneClusterProps = {
  region: 'ap-guangzhou',
  zones: ['ap-guangzhou-3', 'ap-guangzhou-4', 'ap-guangzhou-6'],
  kubernetesVersion: '1.30.0',
  nodePools: [{ name: 'general', instanceType: 'SA5.LARGE8', minSize: 3, maxSize: 12 }],
};

function refusal(props: Record<string, unknown>): KubewardError {
  try {
    new MultiZoneCluster('prod', { ...BASE, ...props } as never);
  } catch (e) {
    expect(e).toBeInstanceOf(KubewardError);
    return e as KubewardError;
  }
  throw new Error('expected a KubewardError');
}

describe('MultiZoneCluster unknown props |', () => {
  beforeEach(() => reset());

  test.each([
    [{ zone: ['ap-guangzhou-3'] }, 'zone', 'zones'],
    [{ deletionProtect: false }, 'deletionProtect', 'deletionProtection'],
    [{ nodePools: [{ ...BASE.nodePools[0], minsize: 3 }] }, 'nodePools[0].minsize', 'minSize'],
    [{ nodePools: [{ ...BASE.nodePools[0], taints: [{ key: 'gpu', value: 'true', efect: 'NoSchedule' }] }] }, 'nodePools[0].taints[0].efect', 'effect'],
    [{ alerting: { noticeWay: ['EMAIL'] } }, 'alerting.noticeWay', 'noticeWays'],
    [{ logRetentionDays: { audits: 30 } }, 'logRetentionDays.audits', 'audit'],
    [{ backup: { replication: { destinationBuckt: 'x', role: 'y' } } }, 'backup.replication.destinationBuckt', 'destinationBucket'],
    [{ publicEndpoint: { sourceCidr: ['203.0.113.0/24'] } }, 'publicEndpoint.sourceCidr', 'sourceCidrs'],
    [{ registry: { instanceId: 'tcr-1', namespace: 'team', cveAllowList: [] } }, 'registry.cveAllowList', 'cveAllowlist'],
  ] as const)('%j → %s, did you mean %s', async (props, prop, suggestion) => {
    const e = refusal(props);
    expect([e.path, e.prop]).toEqual(['prod', prop]);
    expect(e.message).toContain(`did you mean "${suggestion}"?`);
    await settle();
    expect(registered).toEqual([]);
  });
});
