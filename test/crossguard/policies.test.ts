import type { StackValidationArgs, StackValidationPolicy } from '@pulumi/policy';
import { kubernetesTypeOf, kubewardPolicies } from '../../lib/crossguard';
import { CONTROLS } from '../../lib/policy';
import { deployment } from '../policy/helpers';

interface Res { type: string; name: string; urn: string; props: Record<string, any> }

/** Runs every policy's validator directly, as the CrossGuard analyzer would, and collects violations. */
function run(policies: StackValidationPolicy[], resources: Res[]): Array<{ policy: string; message: string; urn?: string; level?: string }> {
  const out: Array<{ policy: string; message: string; urn?: string; level?: string }> = [];
  for (const p of policies) {
    const args = { resources: resources.map((r) => ({ opts: {}, dependencies: [], ...r, propertyDependencies: (r as any).propertyDependencies ?? {} })), stackTags: new Map(), getConfig: () => ({}), notApplicable: () => { throw new Error('n/a'); } } as unknown as StackValidationArgs;
    void p.validateStack(args, (message: string, urn?: string) => out.push({ policy: p.name, message, urn, level: p.enforcementLevel }));
  }
  return out;
}

const urn = (type: string, name: string) => `urn:pulumi:dev::platform::${type}::${name}`;

describe('CrossGuard policies |', () => {
  const policies = kubewardPolicies();

  test('one policy per catalog control, enforcement derived from severity', () => {
    expect(policies.map((p) => p.name)).toEqual(CONTROLS.map((c) => c.id.toLowerCase()));
    expect(policies.find((p) => p.name === 'kw-pod-001')!.enforcementLevel).toBe('mandatory');
    expect(policies.find((p) => p.name === 'kw-res-004')!.enforcementLevel).toBe('advisory');
    expect(new Set(policies.map((p) => p.name)).size).toBe(CONTROLS.length);
  });

  test('maps kubernetes type tokens to apiVersion and kind', () => {
    expect(kubernetesTypeOf('kubernetes:apps/v1:Deployment')).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment' });
    expect(kubernetesTypeOf('kubernetes:core/v1:Namespace')).toEqual({ apiVersion: 'v1', kind: 'Namespace' });
    expect(kubernetesTypeOf('kubernetes:security.istio.io/v1:PeerAuthentication')).toEqual({ apiVersion: 'security.istio.io/v1', kind: 'PeerAuthentication' });
    expect(kubernetesTypeOf('kubernetes:helm.sh/v3:Chart')).toBeUndefined();
    expect(kubernetesTypeOf('tencentcloud:Kubernetes/cluster:Cluster')).toBeUndefined();
  });

  test('rejects a privileged Deployment with a mandatory violation on its URN', () => {
    const d = deployment({ container: { securityContext: { privileged: true } } });
    delete d.apiVersion;
    delete d.kind; // @pulumi/kubernetes inputs carry them, but the token alone must be enough
    const type = 'kubernetes:apps/v1:Deployment';
    const violations = run(policies, [{ type, name: 'web', urn: urn(type, 'web'), props: d }]);
    const v = violations.find((x) => x.policy === 'kw-pod-001');
    expect(v).toBeDefined();
    expect(v!.level).toBe('mandatory');
    expect(v!.urn).toBe(urn(type, 'web'));
  });

  test('honours the suppression annotation exactly as the CLI does', () => {
    const d = deployment({ container: { securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } } });
    const type = 'kubernetes:apps/v1:Deployment';
    const unsuppressed = run(policies, [{ type, name: 'web', urn: urn(type, 'web'), props: d }]);
    expect(unsuppressed.filter((x) => x.policy === 'kw-pod-016')).toHaveLength(1);
    d.metadata.annotations = { 'kubeward.dev/suppress': 'KW-POD-016: the legacy app writes to /var/cache at start' };
    const violations = run(policies, [{ type, name: 'web', urn: urn(type, 'web'), props: d }]);
    expect(violations.filter((x) => x.policy === 'kw-pod-016')).toEqual([]);
  });

  test('rejects a TKE cluster with audit logging off', () => {
    const type = 'tencentcloud:Kubernetes/cluster:Cluster';
    const props = { vpcId: 'vpc-1', clusterVersion: '1.30.0', deletionProtection: true, clusterAudit: { enabled: false }, eventPersistence: { enabled: true } };
    const violations = run(policies, [{ type, name: 'prod', urn: urn(type, 'prod'), props }]);
    const v = violations.find((x) => x.policy === 'kw-clu-001');
    expect(v).toBeDefined();
    expect(v!.level).toBe('mandatory');
  });

  test('resolves clusterId and KMS key references through property dependencies (unknown at preview)', () => {
    const clusterType = 'tencentcloud:Kubernetes/cluster:Cluster';
    const cluster: Res = {
      type: clusterType,
      name: 'prod',
      urn: urn(clusterType, 'prod'),
      props: { vpcId: 'vpc-1', clusterVersion: '1.30.0', deletionProtection: true, clusterAudit: { enabled: true }, eventPersistence: { enabled: true } },
    };
    const keyType = 'tencentcloud:Kms/key:Key';
    const key: Res = { type: keyType, name: 'prod-secrets', urn: urn(keyType, 'prod-secrets'), props: { alias: 'prod-secrets' } };
    const epType = 'tencentcloud:Kubernetes/encryptionProtection:EncryptionProtection';
    // At preview both ids are unknown: the analyzer sends no value, only the dependencies.
    const protection = {
      type: epType,
      name: 'prod-etcd',
      urn: urn(epType, 'prod-etcd'),
      props: { kmsConfiguration: {} },
      propertyDependencies: { clusterId: [cluster], kmsConfiguration: [key] },
    } as Res;
    const withDeps = run(policies, [cluster, key, protection]);
    expect(withDeps.filter((v) => v.policy === 'kw-clu-002')).toEqual([]);
    const withoutDeps = run(policies, [cluster, key, { ...protection, propertyDependencies: undefined } as Res]);
    expect(withoutDeps.filter((v) => v.policy === 'kw-clu-002')).toHaveLength(1);
  });

  test('resolves audit topics, alarm targets and notices through property dependencies (unknown at preview, ids after up)', () => {
    const r = (type: string, name: string, props: Record<string, any>, propertyDependencies: Record<string, Res[]> = {}): Res =>
      ({ type, name, urn: urn(type, name), props, propertyDependencies }) as Res;
    const topic = r('tencentcloud:Cls/topic:Topic', 'prod-audit', { logsetId: 'x', topicName: 'prod-audit' });
    const cluster = r('tencentcloud:Kubernetes/cluster:Cluster', 'prod', {
      vpcId: 'vpc-1', clusterVersion: '1.30.0', deletionProtection: true, eventPersistence: { enabled: true }, clusterAudit: { enabled: true },
    }, { clusterAudit: [topic] });
    const index = r('tencentcloud:Cls/index:Index', 'prod-audit-index', { rule: { keyValue: { caseSensitive: true, keyValues: [] } } }, { topicId: [topic] });
    const notice = r('tencentcloud:Cls/alarmNotice:AlarmNotice', 'prod-security', { type: 'All', noticeReceivers: [{ receiverType: 'Uin', receiverIds: [1], receiverChannels: ['Email'] }] });
    const alarm = (noticeProps: Record<string, any>, noticeIds: unknown[]) => [
      { ...notice, props: { ...notice.props, ...noticeProps } },
      r('tencentcloud:Cls/alarm:Alarm', 'prod-exec', {
        alarmNoticeIds: noticeIds,
        alarmPeriod: 15,
        triggerCount: 1,
        monitorTime: { type: 'Period', time: 5 },
        condition: '$1.__QUERYCOUNT__ > 0',
        alarmTargets: [{ logsetId: 'x', query: 'verb:create', number: 1, startTimeOffset: -5, endTimeOffset: 0 }],
      }, { alarmTargets: [topic], alarmNoticeIds: [notice] }),
    ];
    const of = (res: Res[], policy: string) => run(policies, res).filter((v) => v.policy === policy);
    // At preview: no topic or notice id is known; the dependencies carry the references.
    expect(of([topic, cluster, index, ...alarm({}, [])], 'kw-clu-007')).toEqual([]);
    expect(of([topic, cluster, index, ...alarm({}, [])], 'kw-clu-008')).toEqual([]);
    // After up: the ids are known, and the notice's own props do not carry its id.
    const silentAfterUp = of([topic, cluster, index, ...alarm({ noticeReceivers: [] }, ['notice-9f2c'])], 'kw-clu-008');
    expect(silentAfterUp.map((v) => v.message)).toEqual([expect.stringContaining('prod-security: no receiver')]);
    // Without the dependencies the audit topic is unknown, and so is what reads it.
    const cut = [topic, { ...cluster, propertyDependencies: {} }, index, ...alarm({}, [])];
    expect(of(cut, 'kw-clu-007').map((v) => v.message)).toEqual([expect.stringContaining('clusterAudit sets no topicId')]);
  });

  test('cloud suppressions come from the pack options, with their reasons', () => {
    const type = 'tencentcloud:Kubernetes/cluster:Cluster';
    const props = { vpcId: 'vpc-1', clusterVersion: '1.30.0', deletionProtection: false, clusterAudit: { enabled: true }, eventPersistence: { enabled: true } };
    const res = [{ type, name: 'sandbox', urn: urn(type, 'sandbox'), props }];
    expect(run(policies, res).filter((v) => v.policy === 'kw-clu-005')).toHaveLength(1);
    const relaxed = kubewardPolicies({ resourceSuppressions: { sandbox: { 'KW-CLU-005': 'throwaway sandbox torn down nightly' } } });
    expect(run(relaxed, res).filter((v) => v.policy === 'kw-clu-005')).toEqual([]);
  });
});
