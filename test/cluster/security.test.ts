// MultiZoneCluster's security side: the indexed audit trails, the security alarms and whom they
// reach, container runtime security (TCSS) and image scanning (TCR), each with its opt-out and its
// control in the audit; every new Tencent Cloud input checked against the provider facts.
// eslint-disable-next-line import/order
import * as pulumi from '@pulumi/pulumi';
import { registered, reset, settle, valueOf } from './mocks';
import { MultiZoneCluster, MultiZoneClusterProps, cloudResourcesOf } from '../../lib/cluster';
import { CLOUDAUDIT_INDEX, KUBERNETES_AUDIT_INDEX, SECURITY_DETECTIONS, alarmLevelOf } from '../../lib/cluster/detections';
import { KubewardError } from '../../lib/core/errors';
import { audit } from '../../lib/policy';
import { checkInputs, loadSubset } from '../tencentcloud/subset';

const subset = loadSubset();

const BASE: MultiZoneClusterProps = {
  region: 'ap-guangzhou',
  zones: ['ap-guangzhou-3', 'ap-guangzhou-4'],
  kubernetesVersion: '1.32.2',
  nodePools: [{ name: 'general', instanceType: 'SA5.LARGE8', minSize: 2, maxSize: 6 }],
  alerting: { userIds: [100000000002], noticeWays: ['EMAIL', 'CALL', 'RTX'] },
};

const T = {
  cluster: 'tencentcloud:Kubernetes/cluster:Cluster',
  pool: 'tencentcloud:Kubernetes/nodePool:NodePool',
  topic: 'tencentcloud:Cls/topic:Topic',
  logset: 'tencentcloud:Cls/logset:Logset',
  index: 'tencentcloud:Cls/index:Index',
  notice: 'tencentcloud:Cls/alarmNotice:AlarmNotice',
  alarm: 'tencentcloud:Cls/alarm:Alarm',
  webCallback: 'tencentcloud:Cls/webCallback:WebCallback',
  track: 'tencentcloud:Events/auditTrack:AuditTrack',
  tcss: 'tencentcloud:Tcss/clusterAccess:ClusterAccess',
  tcr: 'tencentcloud:Tcr/namespace:Namespace',
};

const of = (type: string) => registered.filter((r) => r.type === type);
const one = (type: string, name?: string) => {
  const found = of(type).filter((r) => name === undefined || r.name === name);
  expect(found).toHaveLength(1);
  return found[0];
};

async function build(props: Partial<MultiZoneClusterProps> = {}, name = 'prod'): Promise<MultiZoneCluster> {
  reset();
  const c = new MultiZoneCluster(name, { ...BASE, ...props });
  await settle();
  return c;
}

function refusal(props: Partial<MultiZoneClusterProps>): KubewardError {
  reset();
  try {
    new MultiZoneCluster('prod', { ...BASE, ...props } as MultiZoneClusterProps);
  } catch (e) {
    expect(e).toBeInstanceOf(KubewardError);
    expect(registered).toEqual([]);
    return e as KubewardError;
  }
  throw new Error('expected a KubewardError');
}

async function statusesOf(c: MultiZoneCluster, ids: string[], strip = false): Promise<Record<string, string>> {
  const resources = await valueOf(cloudResourcesOf(c));
  const report = audit({ resources: strip ? resources.map(({ suppressions: _s, ...r }) => r) : resources });
  expect(report.errors).toEqual([]);
  return Object.fromEntries(report.controls.filter((x) => ids.includes(x.id)).map((x) => [x.id, x.status]));
}

describe('MultiZoneCluster | audit trails are indexed and alarmed', () => {
  beforeAll(async () => {
    await build();
  });

  test('every new input is a provider input of a compatible type, with every required input set', () => {
    const fresh = [T.index, T.notice, T.alarm, T.tcss].flatMap(of);
    expect(fresh.length).toBeGreaterThan(SECURITY_DETECTIONS.length);
    for (const r of fresh) expect([r.name, checkInputs(subset, r.type, r.inputs)]).toEqual([r.name, []]);
  });

  test('each trail topic has a key-value index of exactly the fields the detections read, written before the trail', () => {
    const topic = (name: string) => one(T.topic, name).id;
    const auditIndex = one(T.index, 'prod-audit-index');
    expect(auditIndex.inputs).toMatchObject({ topicId: topic('prod-audit'), status: true });
    expect(auditIndex.inputs.rule.keyValue.caseSensitive).toBe(true);
    expect(auditIndex.inputs.rule.keyValue.keyValues.map((k: any) => k.key)).toEqual(KUBERNETES_AUDIT_INDEX.fields.map((f) => f.key));
    const code = auditIndex.inputs.rule.keyValue.keyValues.find((k: any) => k.key === 'responseStatus.code');
    expect(code.value).toEqual({ type: 'long', sqlFlag: true });
    expect(auditIndex.inputs.rule.keyValue.keyValues.find((k: any) => k.key === 'user.username').value).toEqual({ type: 'text', tokenizer: '', sqlFlag: true });
    const cloud = one(T.index, 'prod-cloudaudit-index');
    expect(cloud.inputs.topicId).toBe(topic('prod-cloudaudit'));
    expect(cloud.inputs.rule.keyValue.keyValues.map((k: any) => k.key)).toEqual(CLOUDAUDIT_INDEX.fields.map((f) => f.key));
    // The cluster ships audit logs only once the index exists; the track likewise.
    expect(one(T.cluster).order).toBeGreaterThan(auditIndex.order);
    expect(one(T.track).order).toBeGreaterThan(cloud.order);
    // The cluster still names the topic it created (the auto-created topic's id is never readable).
    expect(one(T.cluster).inputs.clusterAudit).toMatchObject({ enabled: true, topicId: topic('prod-audit'), logSetId: one(T.logset).id });
  });

  test('one alarm per detection on its trail: window = period, condition, level by severity, runbook in the message', () => {
    const notice = one(T.notice, 'prod-security');
    const topicOf = { 'kubernetes-audit': one(T.topic, 'prod-audit').id, 'cloudaudit': one(T.topic, 'prod-cloudaudit').id };
    expect(of(T.alarm)).toHaveLength(SECURITY_DETECTIONS.length);
    for (const d of SECURITY_DETECTIONS) {
      const a = one(T.alarm, `prod-${d.id}`).inputs;
      expect(a).toMatchObject({
        name: `prod-${d.id}`,
        alarmNoticeIds: [notice.id],
        monitorTime: { type: 'Period', time: d.periodMinutes },
        triggerCount: 1,
        alarmLevel: alarmLevelOf(d.severity),
        status: true,
        tags: { 'kubeward.dev/cluster': 'prod', 'kubeward.dev/detection': d.id },
      });
      expect(a.alarmTargets).toEqual([{
        logsetId: one(T.logset).id,
        topicId: topicOf[d.trail],
        query: expect.any(String),
        number: 1,
        startTimeOffset: -d.periodMinutes,
        endTimeOffset: 0,
        syntaxRule: 0,
      }]);
      expect(a.condition).toMatch(d.groupBy ? /^\$1\.__QUERYCOUNT__ > 0$/ : new RegExp(`^\\$1\\.__QUERYCOUNT__ >= ${d.threshold}$`));
      expect(a.messageTemplate).toContain(d.runbook);
      expect(a.multiConditions).toBeUndefined();
    }
  });

  test('the notice reaches the alerting recipients by default, in CLS\'s channel names (RTX has none)', () => {
    expect(one(T.notice).inputs).toEqual({
      name: 'prod-security',
      type: 'All',
      noticeReceivers: [{ receiverType: 'Uin', receiverIds: [100000000002], receiverChannels: ['Email', 'Phone'], startTime: '00:00:00', endTime: '23:59:59' }],
      tags: { 'kubeward.dev/cluster': 'prod' },
    });
    expect(of(T.webCallback)).toEqual([]);
  });

  test('TCSS watches the cluster once its nodes exist', () => {
    const access = one(T.tcss);
    expect(access.inputs).toEqual({ clusterId: one(T.cluster).id, switchOn: true });
    expect(access.order).toBeGreaterThan(one(T.pool).order);
  });

  test('the audit passes KW-CLU-007, -008 and -009; KW-CLU-010 has no TCR namespace to check', async () => {
    const c = await build();
    expect(await statusesOf(c, ['KW-CLU-007', 'KW-CLU-008', 'KW-CLU-009', 'KW-CLU-010'])).toEqual({
      'KW-CLU-007': 'pass', 'KW-CLU-008': 'pass', 'KW-CLU-009': 'pass', 'KW-CLU-010': 'not-applicable',
    });
  });
});

describe('MultiZoneCluster | security alarm recipients and searches', () => {
  test('explicit recipients: users, groups, channels, and webhooks as CLS web callbacks the notice references', async () => {
    await build({
      alerting: {},
      securityAlarms: {
        recipients: {
          userIds: [100000000003],
          groupIds: [42],
          channels: ['Sms', 'WeChat'],
          webhooks: [{ type: 'WeCom', url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=x' }, { type: 'Http', url: 'https://soc.example.com/tke', method: 'PUT' }],
        },
      },
    });
    const callbacks = of(T.webCallback);
    expect(callbacks.map((c) => c.inputs)).toEqual([
      { name: 'prod-security-1', type: 'WeCom', webhook: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=x' },
      { name: 'prod-security-2', type: 'Http', webhook: 'https://soc.example.com/tke', method: 'PUT' },
    ]);
    const n = one(T.notice).inputs;
    expect(n.noticeReceivers.map((r: any) => [r.receiverType, r.receiverIds, r.receiverChannels])).toEqual([['Uin', [100000000003], ['Sms', 'WeChat']], ['Group', [42], ['Sms', 'WeChat']]]);
    expect(n.webCallbacks).toEqual([
      { callbackType: 'WeCom', url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=x', webCallbackId: callbacks[0].id },
      { callbackType: 'Http', url: 'https://soc.example.com/tke', method: 'PUT', webCallbackId: callbacks[1].id },
    ]);
    for (const r of [...callbacks, one(T.notice)]) expect([r.name, checkInputs(subset, r.type, r.inputs)]).toEqual([r.name, []]);
  });

  test('alerting webhooks become POST callbacks of the security notice', async () => {
    await build({ alerting: { webhookUrls: ['https://hooks.example.com/tke'] } });
    expect(of(T.webCallback).map((c) => c.inputs)).toEqual([{ name: 'prod-security-1', type: 'Http', webhook: 'https://hooks.example.com/tke', method: 'POST' }]);
    expect(one(T.notice).inputs.noticeReceivers).toBeUndefined();
  });

  test('delivery identities and extra admin roles reach the searches that depend on them', async () => {
    await build({ securityAlarms: { deliveryIdentities: ['system:serviceaccount:ci:pulumi'], adminRoles: ['platform-superuser'] } });
    const query = (id: string): string => one(T.alarm, `prod-${id}`).inputs.alarmTargets[0].query;
    expect(query('guard-tampering')).toContain('NOT user.username:(system\\:serviceaccount\\:ci\\:pulumi OR ');
    expect(query('human-secret-read')).toContain('NOT user.username:system\\:serviceaccount\\:ci\\:pulumi');
    expect(query('admin-binding')).toContain('requestObject.roleRef.name:(cluster-admin OR admin OR tke\\:admin OR platform-superuser)');
  });

  test('with no recipient anywhere: a warning, KW-CLU-008 fails for every alarm, and a reason can accept it', async () => {
    const warn = jest.spyOn(pulumi.log, 'warn').mockImplementation(async () => undefined);
    let c: MultiZoneCluster;
    try {
      c = await build({ alerting: {} });
      expect(warn.mock.calls.map((x) => String(x[0]))).toContain('prod: the security alarms reach nobody (KW-CLU-008 fails); set securityAlarms.recipients, or alerting\'s recipients, which they default to.');
    } finally {
      warn.mockRestore();
    }
    const resources = await valueOf(cloudResourcesOf(c));
    const findings = audit({ resources }).findings.filter((f) => f.controlId === 'KW-CLU-008');
    expect(findings.map((f) => f.object.name).filter((n) => n.startsWith('prod-') && of(T.alarm).some((a) => a.name === n)).sort()).toEqual(of(T.alarm).map((a) => a.name).sort());
    expect(findings.every((f) => /reaches nobody/.test(f.message))).toBe(true);

    const reason = 'a lab cluster; the team reads alarms in the console';
    const accepted = await build({ alerting: {}, suppressions: { 'KW-CLU-008': reason } });
    expect(await statusesOf(accepted, ['KW-CLU-008'])).toEqual({ 'KW-CLU-008': 'suppressed' });
    expect(await statusesOf(accepted, ['KW-CLU-008'], true)).toEqual({ 'KW-CLU-008': 'fail' });
    // A recipient makes the reason stale.
    expect(refusal({ suppressions: { 'KW-CLU-008': reason } }).message).toMatch(/nothing in this cluster weakens KW-CLU-008/);
  });

  test('audit off: no Kubernetes audit trail to index or alarm on, the CloudAudit alarm stays', async () => {
    await build({ audit: false, suppressions: { 'KW-CLU-001': 'audit logs go to the company SIEM through another path' } });
    expect(of(T.index).map((i) => i.name)).toEqual(['prod-cloudaudit-index']);
    expect(of(T.alarm).map((a) => a.name)).toEqual(SECURITY_DETECTIONS.filter((d) => d.trail === 'cloudaudit').map((d) => `prod-${d.id}`));
  });

  test.each([
    [{ securityAlarms: { recipients: { userIds: [1.5] } } }, 'securityAlarms.recipients.userIds[0]', /is not an id/],
    [{ securityAlarms: { recipients: { channels: ['EMAIL'] } } }, 'securityAlarms.recipients.channels[0]', /not a CLS channel/],
    [{ securityAlarms: { recipients: { userIds: [1], channels: [] } } }, 'securityAlarms.recipients.channels', /never be told/],
    [{ securityAlarms: { recipients: { webhooks: [{ type: 'Slack', url: 'https://x.example.com' }] } } }, 'securityAlarms.recipients.webhooks[0].type', /not a CLS web callback type/],
    [{ securityAlarms: { recipients: { webhooks: [{ type: 'Http', url: 'http://x.example.com' }] } } }, 'securityAlarms.recipients.webhooks[0].url', /not an https URL/],
    [{ securityAlarms: { recipients: { webhooks: [{ type: 'Http', url: 'https://x.example.com', method: 'GET' }] } } }, 'securityAlarms.recipients.webhooks[0].method', /not POST or PUT/],
    [{ securityAlarms: { deliveryIdentities: ['ci pipeline'] } }, 'securityAlarms.deliveryIdentities[0]', /not a Kubernetes user or role name/],
    [{ securityAlarms: { recipients: { userId: [1] } } }, 'securityAlarms.recipients.userId', /did you mean "userIds"/],
    [{ securityAlarms: { deliveryIdentity: ['x'] } }, 'securityAlarms.deliveryIdentity', /did you mean "deliveryIdentities"/],
    [{ runtimeSecurity: { enable: false } }, 'runtimeSecurity.enable', /did you mean "enabled"/],
  ] as const)('%j is refused at %s before anything is registered', (props, prop, message) => {
    const e = refusal(props as unknown as Partial<MultiZoneClusterProps>);
    expect([e.path, e.prop]).toEqual(['prod', prop]);
    expect(e.message).toMatch(message);
  });
});

describe('MultiZoneCluster | opting out needs a reason, which the audit shows', () => {
  const reason = 'alarms come from the company SIEM reading a CLS shipper';

  test('securityAlarms { enabled: false, reason }: no index, notice or alarm; KW-CLU-007 suppressed with the reason', async () => {
    const c = await build({ securityAlarms: { enabled: false, reason } });
    expect([...of(T.index), ...of(T.notice), ...of(T.alarm)]).toEqual([]);
    expect(c.plan.suppressions).toEqual({ 'KW-CLU-007': reason });
    expect(await statusesOf(c, ['KW-CLU-007'])).toEqual({ 'KW-CLU-007': 'suppressed' });
    const report = audit({ resources: await valueOf(cloudResourcesOf(c)) });
    expect([...new Set(report.findings.filter((f) => f.controlId === 'KW-CLU-007').map((f) => f.suppressed?.reason))]).toEqual([reason]);
    expect(await statusesOf(c, ['KW-CLU-007'], true)).toEqual({ 'KW-CLU-007': 'fail' });
  });

  test('runtimeSecurity { enabled: false, reason }: no ClusterAccess; KW-CLU-009 suppressed with the reason', async () => {
    const why = 'the nodes run a third-party runtime sensor instead';
    const c = await build({ runtimeSecurity: { enabled: false, reason: why } });
    expect(of(T.tcss)).toEqual([]);
    expect(c.plan.runtimeSecurity).toBe(false);
    expect(await statusesOf(c, ['KW-CLU-009'])).toEqual({ 'KW-CLU-009': 'suppressed' });
    expect(await statusesOf(c, ['KW-CLU-009'], true)).toEqual({ 'KW-CLU-009': 'fail' });
  });

  test.each([
    [{ securityAlarms: { enabled: false } }, 'securityAlarms.reason', /does not explain/],
    [{ securityAlarms: { enabled: false, reason: 'later' } }, 'securityAlarms.reason', /does not explain/],
    [{ runtimeSecurity: { enabled: false, reason: 'no; really' } }, 'runtimeSecurity.reason', /does not explain/],
    [{ runtimeSecurity: { enabled: 'no' } }, 'runtimeSecurity.enabled', /neither true nor false/],
    [{ securityAlarms: { enabled: false, reason, recipients: {} } }, 'securityAlarms.recipients', /not a known option/],
    [{ securityAlarms: { enabled: false, reason }, suppressions: { 'KW-CLU-007': reason } }, 'suppressions.KW-CLU-007', /already suppresses KW-CLU-007/],
    [{ suppressions: { 'KW-CLU-009': reason } }, 'suppressions.KW-CLU-009', /nothing in this cluster weakens KW-CLU-009/],
  ] as const)('%j is refused at %s', (props, prop, message) => {
    const e = refusal(props as unknown as Partial<MultiZoneClusterProps>);
    expect(e.prop).toBe(prop);
    expect(e.message).toMatch(message);
  });
});

describe('MultiZoneCluster | image scanning', () => {
  test('a TCR namespace scans on push and blocks vulnerable images, and passes KW-CLU-010', async () => {
    const c = await build({ registry: { instanceId: 'tcr-abc123', namespace: 'prod-apps', severity: 'high' } });
    expect(one(T.tcr).inputs).toMatchObject({ isAutoScan: true, isPreventVul: true, severity: 'high' });
    expect(await statusesOf(c, ['KW-CLU-010'])).toEqual({ 'KW-CLU-010': 'pass' });
  });
});
