// The security side of the cluster's audit trails: a key-value index on each trail's CLS topic
// (CLS searches nothing it has not indexed), one CLS alarm notice with the recipients and their
// web callbacks, and one CLS alarm per detection of ./detections on the trail it reads.
import type * as pulumi from '@pulumi/pulumi';
import { alarmLevelOf, AuditTrail, renderDetection, SECURITY_DETECTIONS, TrailIndex } from './detections';
import type { ResolvedCluster, ResolvedSecurityAlarms } from './resolve';
import * as tc from '../tencentcloud';

/** Registers a child of the component and records its inputs (MultiZoneCluster's `add`). */
export type AddChild = <T extends pulumi.CustomResource, A extends object>(
  ctor: { readonly __pulumiType: string; new (n: string, a: A, o?: pulumi.CustomResourceOptions): T },
  logicalName: string,
  args: A,
  extra?: pulumi.CustomResourceOptions,
) => T;

/** A trail's topic, as the alarms target it. */
export interface TrailTopic {
  /** Logset of the topic. */
  readonly logsetId: pulumi.Input<string>;
  /** The topic. */
  readonly topicId: pulumi.Input<string>;
}

/** Minutes between repeated notifications while an alarm keeps firing. */
const REPEAT_MINUTES = 60;

/** The Cls/index rule of a trail: a key-value index of exactly the fields the detections read. */
export function indexRuleOf(index: TrailIndex): tc.cls.IndexRule {
  return {
    keyValue: {
      caseSensitive: index.caseSensitive,
      keyValues: index.fields.map((f) => ({
        key: f.key,
        value: { type: f.type, sqlFlag: f.sql, ...(f.type === 'text' ? { tokenizer: f.tokenizer } : {}) },
      })),
    },
  };
}

/** Adds the key-value index of a trail's topic; the resource that writes into the topic should depend on it. */
export function addTrailIndex(add: AddChild, logicalName: string, topicId: pulumi.Input<string>, index: TrailIndex): tc.cls.Index {
  return add(tc.cls.Index, logicalName, { topicId, status: true, rule: indexRuleOf(index) });
}

/**
 * Adds the notice, its web callbacks and one alarm per detection whose trail has a topic. Returns
 * the alarms by detection id.
 */
export function addSecurityAlarms(
  add: AddChild,
  name: string,
  plan: ResolvedCluster,
  alarms: ResolvedSecurityAlarms,
  topics: Partial<Record<AuditTrail, TrailTopic>>,
): Record<string, tc.cls.Alarm> {
  const r = alarms.recipients;
  const callbacks = r.webhooks.map((w, i) => {
    const callback = add(tc.cls.WebCallback, `${name}-security-webhook-${i + 1}`, {
      name: `${plan.clusterName}-security-${i + 1}`,
      type: w.type,
      webhook: w.url,
      ...(w.type === 'Http' ? { method: w.method } : {}),
    });
    return { callbackType: w.type, url: w.url, ...(w.type === 'Http' ? { method: w.method } : {}), webCallbackId: callback.id };
  });
  const day = { startTime: '00:00:00', endTime: '23:59:59' };
  const receivers = [
    ...(r.userIds.length > 0 ? [{ receiverType: 'Uin', receiverIds: [...r.userIds], receiverChannels: [...r.channels], ...day }] : []),
    ...(r.groupIds.length > 0 ? [{ receiverType: 'Group', receiverIds: [...r.groupIds], receiverChannels: [...r.channels], ...day }] : []),
  ];
  const notice = add(tc.cls.AlarmNotice, `${name}-security`, {
    name: `${plan.clusterName}-security`,
    // Trigger and recovery: whoever is paged also learns when the condition has cleared.
    type: 'All',
    ...(receivers.length > 0 ? { noticeReceivers: receivers } : {}),
    ...(callbacks.length > 0 ? { webCallbacks: callbacks } : {}),
    tags: { ...plan.tags },
  });
  const out: Record<string, tc.cls.Alarm> = {};
  for (const d of SECURITY_DETECTIONS) {
    const topic = topics[d.trail];
    if (!topic) continue;
    const { query, condition } = renderDetection(d, alarms.context);
    out[d.id] = add(tc.cls.Alarm, `${name}-${d.id}`, {
      name: `${plan.clusterName}-${d.id}`,
      alarmNoticeIds: [notice.id],
      alarmTargets: [{
        logsetId: topic.logsetId,
        topicId: topic.topicId,
        query,
        number: 1,
        // The window is the period: every record is searched by exactly one run.
        startTimeOffset: -d.periodMinutes,
        endTimeOffset: 0,
        syntaxRule: 0,
      }],
      monitorTime: { type: 'Period', time: d.periodMinutes },
      triggerCount: 1,
      alarmPeriod: REPEAT_MINUTES,
      condition,
      alarmLevel: alarmLevelOf(d.severity),
      status: true,
      messageTemplate: `[${d.severity}] ${plan.clusterName}: ${d.title}. Runbook: ${d.runbook}`,
      tags: { ...plan.tags, 'kubeward.dev/detection': d.id },
    });
  }
  return out;
}
