import {
  CLS_ALARM_NOTICE_TYPE, CLS_ALARM_TYPE, clsAlarmEnabled, clsNoticeReaches, MONITOR_ALARM_NOTICE_TYPE, MONITOR_ALARM_POLICY_TYPE,
  monitorNoticeReaches,
  NoticeRouting, routeNotices, TMP_ALERT_GROUP_TYPE,
} from '../../model/alarms';
import { inputList, inputRecord, stringInput } from '../../model/cloud';
import type { CloudRule } from '../../rule';
import { NOT_APPLICABLE } from '../../types';

/** The message of an unrouted alarm. */
function unrouted(routing: NoticeRouting, field: string, fix: string): string {
  const why = routing.named === 0
    ? `${field} names no notice`
    : `every notice it names reaches nobody (${routing.silent.join(', ')}: no receiver with ids and channels, no callback)`;
  return `This alarm fires into the console only: ${why}. ${fix}`;
}

/**
 * KW-CLU-008 Every alarm reaches a recipient.
 * Pass: at least one notice the alarm names reaches someone (Cls/alarmNotice receivers or web
 * callbacks for a Cls/alarm; Monitor/alarmNotice users, groups or URLs for an AlarmPolicy or a
 * TmpAlertGroup, or the group's customReceiver.url); a notice outside the set counts as routed.
 * Fail: no notice named, or every named notice of the set reaches nobody. Disabled alarms are out
 * of scope.
 */
export const KW_CLU_008: CloudRule = {
  id: 'KW-CLU-008',
  target: 'cloud',
  types: [CLS_ALARM_TYPE, MONITOR_ALARM_POLICY_TYPE, TMP_ALERT_GROUP_TYPE],
  evaluate(resource, ctx) {
    if (resource.type === CLS_ALARM_TYPE) {
      if (!clsAlarmEnabled(resource)) return NOT_APPLICABLE;
      const routing = routeNotices(ctx.set, inputList(resource.inputs.alarmNoticeIds), CLS_ALARM_NOTICE_TYPE, clsNoticeReaches);
      if (routing.reaches) return [];
      return [{
        message: unrouted(routing, 'alarmNoticeIds', `Name a ${CLS_ALARM_NOTICE_TYPE} whose noticeReceivers list receiverIds and receiverChannels, or whose webCallbacks give a url.`),
        field: 'alarmNoticeIds',
      }];
    }
    if (resource.type === MONITOR_ALARM_POLICY_TYPE) {
      if (Number(resource.inputs.enable ?? 1) === 0) return NOT_APPLICABLE;
      const routing = routeNotices(ctx.set, inputList(resource.inputs.noticeIds), MONITOR_ALARM_NOTICE_TYPE, monitorNoticeReaches);
      if (routing.reaches) return [];
      return [{
        message: unrouted(routing, 'noticeIds', `Name a ${MONITOR_ALARM_NOTICE_TYPE} whose userNotices list userIds or groupIds with noticeWays, or whose urlNotices give a url.`),
        field: 'noticeIds',
      }];
    }
    if (stringInput(inputRecord(resource.inputs.customReceiver).url) !== undefined) return [];
    const routing = routeNotices(ctx.set, inputList(resource.inputs.ampReceivers), MONITOR_ALARM_NOTICE_TYPE, monitorNoticeReaches);
    if (routing.reaches) return [];
    return [{
      message: unrouted(routing, 'ampReceivers', `Name a ${MONITOR_ALARM_NOTICE_TYPE} with users, groups or URLs in ampReceivers, or set customReceiver.url.`),
      field: 'ampReceivers',
    }];
  },
};
