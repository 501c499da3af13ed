import { all, any, phrase, term } from './cls-syntax';
import type { SecurityDetection } from './detection';

/**
 * CLS actions (API 3.0, `Version 2020-10-16`) that take apart what the security alarms stand on:
 * the alarms, their notice and web callbacks, mutes of the notice, the topics' indexes (CLS
 * searches nothing unindexed), the topics and logset, and the logs themselves. Names from the CLS
 * API reference, https://tencentcloud.com/document/api/614/<id>: DeleteAlarm 42828, ModifyAlarm
 * 42823 (also what switches an alarm off: `Status`), DeleteAlarmNotice 42827, ModifyAlarmNotice
 * 42822, DeleteIndex 42804, ModifyIndex 42802, DeleteTopic 42784, ModifyTopic 42782 (`Status`
 * false stops collection, `Period` shortens retention), DeleteLogset 42779, CreateAlarmShield
 * 59914 (mutes a notice's notifications); DeleteLog on the China site
 * (https://cloud.tencent.com/document/api/614/135612: deletes the records a query matches).
 * ModifyAlarmShield, DeleteWebCallback and ModifyWebCallback are actions of the CLS 2020-10-16
 * client of TencentCloud/tencentcloud-sdk-nodejs (src/services/cls/v20201016/cls_client.ts).
 * Create calls other than the mute and DeleteAlarmShield (which lifts a mute) weaken nothing.
 */
const CLS_ACTIONS = [
  'DeleteAlarm', 'ModifyAlarm', 'CreateAlarmShield', 'ModifyAlarmShield',
  'DeleteAlarmNotice', 'ModifyAlarmNotice', 'DeleteWebCallback', 'ModifyWebCallback',
  'DeleteIndex', 'ModifyIndex', 'DeleteTopic', 'ModifyTopic', 'DeleteLogset', 'DeleteLog',
];

/**
 * The alarms' own plumbing was deleted or changed, or the runtime defender switched off: the CLS
 * actions above, and TCSS (`Version 2020-11-01`) `ModifyDefendStatus` with `SwitchOn` false
 * (https://www.tencentcloud.com/document/api/1163/80609; what the provider's `switchOn: false`
 * calls) or `UninstallClusterContainerSecurity` (what deleting the provider's ClusterAccess calls:
 * tencentcloudstack/terraform-provider-tencentcloud
 * tencentcloud/services/tcss/resource_tc_tcss_cluster_access.go). Only successful calls (errorCode 0)
 * count, and only of these products: CKafka and Elasticsearch have their own DeleteTopic and
 * DeleteIndex. That CloudAudit names the products `cls` and `tcss` in `resourceType` follows the
 * pattern of `tke` and `cam` (providers/tencentcloud/README.md, "CloudAudit records"); it is an
 * assumption to check on the first deploy.
 *
 * Blind spot: an alarm cannot report its own deletion (it no longer runs), nor a call that cuts its
 * own path: deleting its notice, or the index or topic of the CloudAudit trail it reads. The
 * runbook says what remains.
 */
export const ALARM_TAMPERING: SecurityDetection = {
  id: 'alarm-tampering',
  title: 'Security alarm, its logs or the runtime defender taken apart (CloudAudit)',
  trail: 'cloudaudit',
  severity: 'critical',
  periodMinutes: 10,
  threshold: 1,
  search: () => all(
    term('errorCode', '0'),
    any(
      all(term('resourceType', 'cls'), term('eventName', ...CLS_ACTIONS)),
      all(term('resourceType', 'tcss'), any(
        all(term('eventName', 'ModifyDefendStatus'), phrase('requestParameters', 'SwitchOn false')),
        term('eventName', 'UninstallClusterContainerSecurity'),
      )),
    ),
  ),
  runbook: 'Read eventName, resourceName, userIdentity.principalId and sourceIPAddress: unless it is a reviewed `pulumi up`, re-run the delivery pipeline (it restores the alarms, notice, indexes, topics and defender) and disable the CAM credentials that made the call. This alarm cannot see its own deletion, or that of its notice or of the cloudaudit topic or index: no alarm does, so run `pulumi preview --refresh` on a schedule (the drift shows what is gone); CloudAudit\'s operation records keep the call.',
};
