import { auditResources, auditTrack, clsAlarm, clsIndex, clsNotice, cluster, expectCloudFail, expectCloudNotApplicable, expectCloudPass, topic } from '../fixtures/clu';
import { statusOf } from '../helpers';

/** A cluster auditing to a topic named by logical name, with the topic, its index, an alarm and its notice. */
function watched(overrides: { alarm?: Record<string, unknown>; index?: Record<string, unknown> } = {}) {
  return [
    cluster({ clusterAudit: { enabled: true, logSetId: 'logs', topicId: 'audit-topic' } }),
    topic('audit-topic'),
    clsIndex('audit-topic', overrides.index),
    clsAlarm('audit-topic', ['oncall'], overrides.alarm),
    clsNotice('oncall'),
  ];
}

describe('KW-CLU-007 every audit trail raises security alarms |', () => {
  test('passes when the audit topic is indexed and an enabled alarm targets it', () => {
    expectCloudPass('KW-CLU-007', watched());
  });

  test('a reference by the topic id and one by its logical name name the same topic', () => {
    const [c, , , alarm, notice] = watched();
    const byId = topic('audit-topic', { id: 'topic-7f3a' });
    expectCloudPass('KW-CLU-007', [{ ...c, inputs: { ...c.inputs, clusterAudit: { enabled: true, topicId: 'topic-7f3a' } } }, byId, clsIndex('audit-topic'), alarm, notice]);
  });

  test('fails when clusterAudit names no topic: the auto-created topic id is never readable', () => {
    const [f] = expectCloudFail('KW-CLU-007', [cluster({ clusterAudit: { enabled: true } })]);
    expect(f.field).toBe('clusterAudit.topicId');
    expect(f.message).toMatch(/never reads its id back/);
  });

  test('fails when no alarm reads the topic, or only a disabled one, or one on another topic', () => {
    const [c, t, ix] = watched();
    expect(expectCloudFail('KW-CLU-007', [c, t, ix])[0].message).toMatch(/no enabled tencentcloud:Cls\/alarm:Alarm targets it/);
    expectCloudFail('KW-CLU-007', watched({ alarm: { status: false } }));
    expectCloudFail('KW-CLU-007', [c, t, ix, clsAlarm('app-topic'), clsNotice()]);
  });

  test('fails when the topic has no key-value index, or its index is off', () => {
    const [c, t, , alarm, notice] = watched();
    expect(expectCloudFail('KW-CLU-007', [c, t, alarm, notice])[0].message).toMatch(/CLS cannot search an unindexed topic/);
    expectCloudFail('KW-CLU-007', watched({ index: { status: false } }));
    expectCloudFail('KW-CLU-007', watched({ index: { rule: { fullText: { caseSensitive: false, containZH: false, tokenizer: ' ' } } } }));
  });

  test('a cluster with audit off is out of scope (KW-CLU-001 reports it)', () => {
    expectCloudNotApplicable('KW-CLU-007', [cluster({ clusterAudit: { enabled: false } })]);
  });

  test('CloudAudit tracking sets: CLS with an alarm passes, COS fails, a disabled set is out of scope', () => {
    const trail = [topic('cloudaudit-topic'), clsIndex('cloudaudit-topic'), clsAlarm('cloudaudit-topic', ['oncall'], {}, 'tke-weakened'), clsNotice('oncall')];
    expectCloudPass('KW-CLU-007', [auditTrack(), ...trail]);
    const [cos] = expectCloudFail('KW-CLU-007', [auditTrack({ storageType: 'cos', storageName: 'audit-bucket' }), ...trail]);
    expect(cos.field).toBe('storage.storageType');
    expectCloudFail('KW-CLU-007', [auditTrack()]);
    expectCloudNotApplicable('KW-CLU-007', [auditTrack({}, { status: 0 })]);
    const older = { ...auditTrack(), type: 'tencentcloud:Audit/track:Track' };
    expectCloudFail('KW-CLU-007', [older]);
    expectCloudPass('KW-CLU-007', [older, ...trail]);
  });

  test('relates each trail to its own topic', () => {
    const found = expectCloudFail('KW-CLU-007', [...watched(), cluster({ clusterAudit: { enabled: true, topicId: 'other-topic' } }, 'b')]);
    expect(found.map((f) => f.object.name)).toEqual(['b']);
  });

  test('suppressible with a reason, which the report carries', () => {
    const reason = 'audit alarms run in the company SIEM, fed by a CLS shipper';
    const report = auditResources([{ ...cluster({ clusterAudit: { enabled: true } }), suppressions: { 'KW-CLU-007': reason } }]);
    expect(statusOf(report, 'KW-CLU-007')).toBe('suppressed');
    expect(report.findings.filter((f) => f.controlId === 'KW-CLU-007').map((f) => f.suppressed?.reason)).toEqual([reason]);
  });
});
