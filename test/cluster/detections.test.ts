// The security alarms MultiZoneCluster registers, run as CLS would run them: each alarm's query
// (as registered, not as the detection file spells it) over recorded audit records in its window,
// then its trigger condition. Every detection fires on each of its recorded attacks and on none
// of the look-alike benign cases, and no other alarm fires on a benign case either.
// eslint-disable-next-line import/order
import { DELIVERY, DETECTION_CASES, DetectionCase } from './detection-cases';
import { registered, reset, settle } from './mocks';
import { MultiZoneCluster } from '../../lib/cluster';
import { CLOUDAUDIT_INDEX, KUBERNETES_AUDIT_INDEX, SECURITY_DETECTIONS, TrailIndex } from '../../lib/cluster/detections';
import { RUN_AT, cloudAuditRecord, k8sEvent, timeOf } from '../support/audit-events';
import { clsView, conditionHolds, keysOf, parseSearch, runQuery } from '../support/cls-query';

const ALARM = 'tencentcloud:Cls/alarm:Alarm';

interface RegisteredAlarm {
  readonly detection: string;
  readonly trail: 'kubernetes-audit' | 'cloudaudit';
  readonly query: string;
  readonly condition: string;
  readonly windowMinutes: number;
}

let alarms: RegisteredAlarm[];

beforeAll(async () => {
  reset();
  new MultiZoneCluster('prod', {
    region: 'ap-guangzhou',
    zones: ['ap-guangzhou-3', 'ap-guangzhou-4'],
    kubernetesVersion: '1.32.2',
    nodePools: [{ name: 'general', instanceType: 'SA5.LARGE8', minSize: 2, maxSize: 6 }],
    alerting: { userIds: [100000000002] },
    securityAlarms: { deliveryIdentities: [DELIVERY], adminRoles: ['platform-superuser'] },
  });
  await settle();
  const topics = Object.fromEntries(registered.filter((r) => r.type === 'tencentcloud:Cls/topic:Topic').map((t) => [t.id, t.name]));
  alarms = registered.filter((r) => r.type === ALARM).map((a) => {
    const target = a.inputs.alarmTargets[0];
    return {
      detection: a.inputs.tags['kubeward.dev/detection'],
      trail: topics[target.topicId] === 'prod-audit' ? 'kubernetes-audit' : 'cloudaudit',
      query: target.query,
      condition: a.inputs.condition,
      windowMinutes: -target.startTimeOffset,
    };
  });
});

const indexOf = (trail: RegisteredAlarm['trail']): TrailIndex => (trail === 'kubernetes-audit' ? KUBERNETES_AUDIT_INDEX : CLOUDAUDIT_INDEX);

/** Whether an alarm fires on a case: its query over the case's records in its window, then its condition. */
function fires(alarm: RegisteredAlarm, c: DetectionCase): boolean {
  const fromTrail = c.records.filter((r) => (alarm.trail === 'kubernetes-audit' ? r.kind === 'Event' : r.kind === undefined));
  const inWindow = fromTrail.filter((r) => timeOf(r) > RUN_AT - alarm.windowMinutes * 60_000 && timeOf(r) <= RUN_AT);
  return conditionHolds(alarm.condition, runQuery(alarm.query, inWindow.map((r) => clsView(r)), indexOf(alarm.trail)));
}

describe('security detections over recorded audit records |', () => {
  test('one alarm per detection, on the trail it reads, and recorded cases for every detection', () => {
    expect(alarms.map((a) => a.detection).sort()).toEqual(SECURITY_DETECTIONS.map((d) => d.id).sort());
    for (const d of SECURITY_DETECTIONS) expect([d.id, alarms.find((a) => a.detection === d.id)!.trail]).toEqual([d.id, d.trail]);
    expect(Object.keys(DETECTION_CASES).sort()).toEqual(SECURITY_DETECTIONS.map((d) => d.id).sort());
    for (const [id, cases] of Object.entries(DETECTION_CASES)) {
      expect([id, cases.attacks.length > 0, cases.benign.length > 0]).toEqual([id, true, true]);
    }
  });

  test('every field an alarm searches is in its topic\'s key-value index, and grouped fields have SQL statistics', () => {
    for (const a of alarms) {
      const index = indexOf(a.trail);
      const keys = keysOf(parseSearch(a.query.split(' | ')[0]));
      expect([a.detection, keys.filter((k) => !index.fields.some((f) => f.key === k))]).toEqual([a.detection, []]);
      const grouped = /select "([^"]+)"/.exec(a.query)?.[1];
      if (grouped) expect([a.detection, index.fields.find((f) => f.key === grouped)?.sql]).toEqual([a.detection, true]);
    }
  });

  const detections = SECURITY_DETECTIONS.map((d) => d.id);

  test.each(detections)('%s fires on each of its recorded attacks', (id) => {
    const alarm = alarms.find((a) => a.detection === id)!;
    for (const c of DETECTION_CASES[id].attacks) expect([c.name, fires(alarm, c)]).toEqual([c.name, true]);
  });

  test.each(detections)('%s stays quiet on each look-alike benign case', (id) => {
    const alarm = alarms.find((a) => a.detection === id)!;
    for (const c of DETECTION_CASES[id].benign) expect([c.name, fires(alarm, c)]).toEqual([c.name, false]);
  });

  test('no alarm fires on any detection\'s benign cases, one at a time or all in one window', () => {
    const benign = Object.values(DETECTION_CASES).flatMap((c) => c.benign);
    for (const a of alarms) {
      for (const c of benign) expect([a.detection, c.name, fires(a, c)]).toEqual([a.detection, c.name, false]);
    }
    // Within each alarm's own window, all the benign activity together (the burst cases then add
    // up per address; the threshold counts them all, so this is the stricter run).
    const together: DetectionCase = { name: 'all benign records', records: benign.flatMap((c) => c.records).filter((r) => !isProbingBenignBurst(r)) };
    for (const a of alarms) expect([a.detection, fires(a, together)]).toEqual([a.detection, false]);
  });

  test('hit and false-positive counts per detection (the numbers of the closing note)', () => {
    const table = SECURITY_DETECTIONS.map((d) => {
      const alarm = alarms.find((a) => a.detection === d.id)!;
      const cases = DETECTION_CASES[d.id];
      return {
        detection: d.id,
        hits: cases.attacks.filter((c) => fires(alarm, c)).length,
        attacks: cases.attacks.length,
        falsePositives: Object.values(DETECTION_CASES).flatMap((x) => x.benign).filter((c) => fires(alarm, c)).length,
        benign: cases.benign.length,
      };
    });
    if (process.env.KUBEWARD_PRINT_DETECTIONS) console.log(JSON.stringify(table, null, 1));
    for (const row of table) {
      expect(row.hits).toBe(row.attacks);
      expect(row.falsePositives).toBe(0);
    }
  });
});

/** The 19-failure and one-hour benign bursts come from the same address, so together they would be a real burst. */
function isProbingBenignBurst(r: Record<string, unknown>): boolean {
  const ips = r.sourceIPs as string[] | undefined;
  return Array.isArray(ips) && ips[0] === '198.51.100.77';
}

describe('how the trails appear in CLS |', () => {
  test('TKE\'s documented audit search runs over an Event under the field names kubeward indexes', () => {
    // "Querying the operator who deleted a workload" (TKE docs 457/38551).
    const query = 'objectRef.resource:deployments AND objectRef.name:"nginx" AND verb:"delete"';
    const deleted = k8sEvent({ verb: 'delete', user: 'alice@example.com', apiGroup: 'apps', resource: 'deployments', namespace: 'default', name: 'nginx', code: 200, decision: 'allow' });
    const scaled = k8sEvent({ verb: 'patch', user: 'alice@example.com', apiGroup: 'apps', resource: 'deployments', namespace: 'default', name: 'nginx', code: 200, decision: 'allow' });
    expect(runQuery(query, [clsView(deleted), clsView(scaled)], KUBERNETES_AUDIT_INDEX).queryCount).toBe(1);
    // The dotted names TKE's examples use are what the index holds.
    for (const k of ['objectRef.resource', 'objectRef.name', 'user.username', 'verb']) expect(KUBERNETES_AUDIT_INDEX.fields.map((f) => f.key)).toContain(k);
  });

  test('every field of both indexes is a field of a recorded record, as the references name them', () => {
    const event = clsView(k8sEvent({
      verb: 'create',
      user: 'a',
      resource: 'rolebindings',
      subresource: 'status',
      apiGroup: 'rbac.authorization.k8s.io',
      namespace: 'n',
      name: 'b',
      code: 403,
      message: 'm',
      decision: 'forbid',
      requestObject: { roleRef: { name: 'admin' } },
      responseObject: { roleRef: { name: 'admin' } },
      annotations: { 'pod-security.kubernetes.io/enforce-policy': 'restricted:latest' },
    }));
    expect(KUBERNETES_AUDIT_INDEX.fields.map((f) => f.key).filter((k) => !(k in event))).toEqual([]);
    const record = clsView(cloudAuditRecord({ eventName: 'DeleteCluster' }));
    expect(CLOUDAUDIT_INDEX.fields.map((f) => f.key).filter((k) => !(k in record))).toEqual([]);
  });

  test('the evaluator refuses what CLS would not match or kubeward does not emit', () => {
    const view = [clsView(k8sEvent({ verb: 'get', user: 'a', resource: 'pods', code: 200, decision: 'allow' }))];
    expect(() => runQuery('objectRef.kind:Pod', view, KUBERNETES_AUDIT_INDEX)).toThrow(/not in the topic's key-value index/);
    expect(() => runQuery('verb:*et', view, KUBERNETES_AUDIT_INDEX)).toThrow(/may not start with a wildcard/);
    expect(() => runQuery('verb:get objectRef.resource:pods', view, KUBERNETES_AUDIT_INDEX)).toThrow(/implicit AND/);
    expect(() => runQuery('verb:get | select verb, count(*) as c group by verb', view, KUBERNETES_AUDIT_INDEX)).toThrow(/SQL outside the subset/);
    expect(() => runQuery('verb:get | select "requestURI" as s, count(*) as c group by s having count(*) >= 1', view, KUBERNETES_AUDIT_INDEX)).toThrow(/no SQL statistics/);
    expect(() => conditionHolds('$1.cnt > 0 && $1.x == 1', { queryCount: 0, rows: [] })).toThrow(/outside the subset/);
  });

  test('matching is by segments: whole-value fields match whole, tokenized fields match words and phrases', () => {
    const e = clsView(k8sEvent({ verb: 'get', user: 'system:serviceaccount:payments:api', resource: 'pods', code: 403, decision: 'forbid', message: 'pods is forbidden: violates PodSecurity "restricted:v1.34"' }));
    const q = (s: string): number => runQuery(s, [e], KUBERNETES_AUDIT_INDEX).queryCount;
    expect(q('user.username:system\\:serviceaccount\\:*')).toBe(1);
    expect(q('user.username:system')).toBe(0);
    expect(q('responseStatus.message:PodSecurity')).toBe(1);
    expect(q('responseStatus.message:podsecurity')).toBe(0);
    expect(q('responseStatus.message:"violates PodSecurity"')).toBe(1);
    expect(q('responseStatus.message:"PodSecurity violates"')).toBe(0);
    expect(q('responseStatus.code:(401 OR 403) AND NOT verb:list')).toBe(1);
  });
});
