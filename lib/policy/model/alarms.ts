// Audit trails, the CLS topics they write to, the alarms that read those topics and the notices
// that carry an alarm to people, as KW-CLU-007 and KW-CLU-008 read them from Pulumi inputs. A
// reference (a topicId, a notice id) names a resource of the same set by its id or its logical
// name: kubeward's Pulumi adapters pass logical names where ids are not known yet
// (lib/cluster/cloud-resources.ts, lib/crossguard/resources.ts).
import { inputList, inputRecord, stringInput } from './cloud';
import type { ManifestSet } from './manifest-set';
import type { CloudResource } from '../types';

/** Pulumi type token of a CLS log topic. */
export const CLS_TOPIC_TYPE = 'tencentcloud:Cls/topic:Topic';
/** Pulumi type token of a CLS topic index. */
export const CLS_INDEX_TYPE = 'tencentcloud:Cls/index:Index';
/** Pulumi type token of a CLS alarm policy. */
export const CLS_ALARM_TYPE = 'tencentcloud:Cls/alarm:Alarm';
/** Pulumi type token of a CLS alarm notice (receivers and web callbacks). */
export const CLS_ALARM_NOTICE_TYPE = 'tencentcloud:Cls/alarmNotice:AlarmNotice';
/** Pulumi type token of the newer CloudAudit tracking set. */
export const EVENTS_AUDIT_TRACK_TYPE = 'tencentcloud:Events/auditTrack:AuditTrack';
/** Pulumi type token of the older CloudAudit tracking set. */
export const AUDIT_TRACK_TYPE = 'tencentcloud:Audit/track:Track';
/** Pulumi type token of a Cloud Monitor alarm policy. */
export const MONITOR_ALARM_POLICY_TYPE = 'tencentcloud:Monitor/alarmPolicy:AlarmPolicy';
/** Pulumi type token of a managed Prometheus alert group. */
export const TMP_ALERT_GROUP_TYPE = 'tencentcloud:Monitor/tmpAlertGroup:TmpAlertGroup';
/** Pulumi type token of a Cloud Monitor notification template. */
export const MONITOR_ALARM_NOTICE_TYPE = 'tencentcloud:Monitor/alarmNotice:AlarmNotice';

/** The names a resource can be referred to by within a set: logical name, `id` input, URN. */
export function resourceKeys(resource: CloudResource): string[] {
  const keys = [resource.name, stringInput(resource.inputs.id), resource.source?.urn];
  return keys.filter((k): k is string => typeof k === 'string' && k !== '');
}

/** The resource of a type a reference names in the set, if any (index built once per type). */
export function resolveReference(set: ManifestSet, type: string, reference: string): CloudResource | undefined {
  const index = set.memo(`alarms:byKey:${type}`, () => {
    const m = new Map<string, CloudResource>();
    for (const r of set.resourcesOfType(type)) for (const k of resourceKeys(r)) if (!m.has(k)) m.set(k, r);
    return m;
  });
  return index.get(reference);
}

/**
 * Whether two topic references name the same topic: equal strings, or both resolve to one
 * Cls/topic of the set (one by id, the other by logical name).
 */
export function sameTopic(set: ManifestSet, a: string, b: string): boolean {
  if (a === b) return true;
  const ta = resolveReference(set, CLS_TOPIC_TYPE, a);
  return ta !== undefined && ta === resolveReference(set, CLS_TOPIC_TYPE, b);
}

/** An audit trail's CLS topic, or why it has none an alarm could read. */
export type TrailTopic = { readonly topicId: string } | { readonly problem: string; readonly field: string };

/** The topic a cluster's API audit log goes to (clusterAudit.topicId). */
export function clusterAuditTopic(cluster: CloudResource): TrailTopic {
  const topicId = stringInput(inputRecord(cluster.inputs.clusterAudit).topicId);
  if (topicId !== undefined) return { topicId };
  return {
    problem: 'clusterAudit sets no topicId, so TKE creates the audit topic itself and the provider never reads its id back: no alarm can name it; create a tencentcloud:Cls/topic:Topic and pass its id as clusterAudit.topicId (and its logset as logSetId)',
    field: 'clusterAudit.topicId',
  };
}

/** The topic a CloudAudit tracking set ships to (storage.storageName when storage.storageType is cls). */
export function trackTopic(track: CloudResource): TrailTopic {
  const storage = inputRecord(track.inputs.storage);
  const kind = stringInput(storage.storageType)?.toLowerCase();
  if (kind !== 'cls') {
    return {
      problem: `the tracking set ships to ${kind === undefined ? 'no storage type' : `"${kind}"`}, which no alarm reads; set storage.storageType to cls and storage.storageName to a CLS topic id`,
      field: 'storage.storageType',
    };
  }
  const topicId = stringInput(storage.storageName);
  if (topicId !== undefined) return { topicId };
  return { problem: 'storage.storageName names no CLS topic', field: 'storage.storageName' };
}

/** Whether a CLS alarm is enabled (status unset counts as enabled, the API default). */
export function clsAlarmEnabled(alarm: CloudResource): boolean {
  const status = alarm.inputs.status;
  return status !== false && status !== 'false';
}

/** The topic ids a CLS alarm queries (alarmTargets[].topicId). */
export function clsAlarmTopics(alarm: CloudResource): string[] {
  return inputList(alarm.inputs.alarmTargets).flatMap((t) => stringInput(inputRecord(t).topicId) ?? []);
}

/** The enabled CLS alarms of the set that query a topic. */
export function alarmsReadingTopic(set: ManifestSet, topicId: string): CloudResource[] {
  return set.resourcesOfType(CLS_ALARM_TYPE).filter((a) => clsAlarmEnabled(a) && clsAlarmTopics(a).some((t) => sameTopic(set, t, topicId)));
}

/** The CLS indexes of the set that index a topic with a key-value rule and are in effect. */
export function keyValueIndexesOf(set: ManifestSet, topicId: string): CloudResource[] {
  return set.resourcesOfType(CLS_INDEX_TYPE).filter((ix) => {
    const id = stringInput(ix.inputs.topicId);
    if (id === undefined || !sameTopic(set, id, topicId)) return false;
    if (ix.inputs.status === false || ix.inputs.status === 'false') return false;
    return Object.keys(inputRecord(inputRecord(ix.inputs.rule).keyValue)).length > 0;
  });
}

/** Whether a CLS alarm notice reaches someone: a receiver with ids and channels, or a web callback. */
export function clsNoticeReaches(notice: CloudResource): boolean {
  const receivers = inputList(notice.inputs.noticeReceivers).map(inputRecord);
  if (receivers.some((r) => inputList(r.receiverIds).length > 0 && inputList(r.receiverChannels).length > 0)) return true;
  const callbacks = inputList(notice.inputs.webCallbacks).map(inputRecord);
  return callbacks.some((c) => stringInput(c.url) !== undefined || stringInput(c.webCallbackId) !== undefined);
}

/** Whether a Cloud Monitor notification template reaches someone: users or groups with channels, or a URL. */
export function monitorNoticeReaches(notice: CloudResource): boolean {
  const users = inputList(notice.inputs.userNotices).map(inputRecord);
  const reachesUsers = users.some((u) => (inputList(u.userIds).length > 0 || inputList(u.groupIds).length > 0) && inputList(u.noticeWays).length > 0);
  return reachesUsers || inputList(notice.inputs.urlNotices).map(inputRecord).some((u) => stringInput(u.url) !== undefined);
}

/** How the notices an alarm names fare: how many it names, and the ones of the set that reach nobody. */
export interface NoticeRouting {
  /** Notice references the alarm holds. */
  readonly named: number;
  /** Whether one of them reaches someone (or names a notice outside the set, managed elsewhere). */
  readonly reaches: boolean;
  /** Logical names of the named notices of the set that reach nobody. */
  readonly silent: readonly string[];
}

/** Follows an alarm's notice references to the notices of the set. */
export function routeNotices(
  set: ManifestSet,
  references: readonly unknown[],
  noticeType: string,
  reaches: (n: CloudResource) => boolean,
): NoticeRouting {
  const refs = references.flatMap((r) => stringInput(r) ?? []);
  const silent: string[] = [];
  let routed = false;
  for (const ref of refs) {
    const notice = resolveReference(set, noticeType, ref);
    if (!notice || reaches(notice)) routed = true;
    else silent.push(notice.name);
  }
  return { named: refs.length, reaches: routed, silent };
}

/** Whether a CloudAudit tracking set records (status 1). */
export function trackEnabled(track: CloudResource): boolean {
  return Number(track.inputs.status) === 1;
}
