import { alarmPolicy, auditResources, clsAlarm, clsNotice, expectCloudFail, expectCloudNotApplicable, expectCloudPass, monitorNotice, tmpAlertGroup } from '../fixtures/clu';
import { statusOf } from '../helpers';

describe('KW-CLU-008 every alarm reaches a recipient |', () => {
  test('a CLS alarm passes with a notice that has receivers, or one that has a web callback', () => {
    expectCloudPass('KW-CLU-008', [clsAlarm(), clsNotice('oncall')]);
    expectCloudPass('KW-CLU-008', [clsAlarm(), clsNotice('oncall', { webCallbacks: [{ callbackType: 'WeCom', url: 'https://qyapi.weixin.qq.com/x' }] })]);
    expectCloudPass('KW-CLU-008', [clsAlarm(), clsNotice('oncall', { webCallbacks: [{ callbackType: 'Http', url: '', webCallbackId: 'webcallback-1' }] })]);
  });

  test('a notice referenced by id is found by its id input; one outside the stack counts as routed', () => {
    expectCloudPass('KW-CLU-008', [clsAlarm('audit-topic', ['notice-19076f96']), { ...clsNotice('oncall'), inputs: { ...clsNotice('oncall').inputs, id: 'notice-19076f96' } }]);
    expectCloudPass('KW-CLU-008', [clsAlarm('audit-topic', ['notice-managed-elsewhere'])]);
  });

  test('a CLS alarm fails with no notice, or with notices that reach nobody, naming them', () => {
    expect(expectCloudFail('KW-CLU-008', [clsAlarm('audit-topic', [])])[0].message).toMatch(/alarmNoticeIds names no notice/);
    const [f] = expectCloudFail('KW-CLU-008', [clsAlarm(), clsNotice('oncall', {})]);
    expect(f.message).toMatch(/oncall: no receiver/);
    expect(f.field).toBe('alarmNoticeIds');
    expectCloudFail('KW-CLU-008', [clsAlarm(), clsNotice('oncall', { noticeReceivers: [{ receiverType: 'Uin', receiverIds: [], receiverChannels: ['Email'] }] })]);
    expectCloudFail('KW-CLU-008', [clsAlarm(), clsNotice('oncall', { noticeReceivers: [{ receiverType: 'Uin', receiverIds: [1], receiverChannels: [] }] })]);
  });

  test('one reaching notice among silent ones is enough', () => {
    expectCloudPass('KW-CLU-008', [clsAlarm('audit-topic', ['silent', 'oncall']), clsNotice('silent', {}), clsNotice('oncall')]);
  });

  test('Cloud Monitor policies and TMP alert groups follow their notification templates', () => {
    expectCloudPass('KW-CLU-008', [alarmPolicy(), tmpAlertGroup(), monitorNotice()]);
    expectCloudPass('KW-CLU-008', [alarmPolicy(), monitorNotice('node-notice', { urlNotices: [{ url: 'https://hooks.example.com/alarm' }] })]);
    const silent = monitorNotice('node-notice', {});
    expect(expectCloudFail('KW-CLU-008', [alarmPolicy(), silent]).map((f) => f.field)).toEqual(['noticeIds']);
    expect(expectCloudFail('KW-CLU-008', [tmpAlertGroup(), silent]).map((f) => f.field)).toEqual(['ampReceivers']);
    expectCloudFail('KW-CLU-008', [alarmPolicy(), monitorNotice('node-notice', { userNotices: [{ receiverType: 'USER', userIds: [], groupIds: [], noticeWays: ['EMAIL'], startTime: 0, endTime: 1 }] })]);
    expectCloudPass('KW-CLU-008', [tmpAlertGroup([], { customReceiver: { type: 'webhook', url: 'http://10.0.0.9/alerts' } })]);
  });

  test('disabled alarms are out of scope', () => {
    expectCloudNotApplicable('KW-CLU-008', [clsAlarm('audit-topic', [], { status: false })]);
    expectCloudNotApplicable('KW-CLU-008', [alarmPolicy([], { enable: 0 })]);
  });

  test('suppressible with a reason', () => {
    const reason = 'the sandbox has no on-call; alarms are read in the console';
    const report = auditResources([{ ...clsAlarm('audit-topic', []), suppressions: { 'KW-CLU-008': reason } }]);
    expect(statusOf(report, 'KW-CLU-008')).toBe('suppressed');
  });
});
