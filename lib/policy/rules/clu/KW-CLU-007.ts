import {
  alarmsReadingTopic, AUDIT_TRACK_TYPE, CLS_INDEX_TYPE, clusterAuditTopic, EVENTS_AUDIT_TRACK_TYPE, keyValueIndexesOf,
  trackEnabled, trackTopic, TrailTopic,
} from '../../model/alarms';
import { CLUSTER_TYPE, inputRecord, isTrueInput } from '../../model/cloud';
import type { CloudRule } from '../../rule';
import { NOT_APPLICABLE } from '../../types';

/**
 * KW-CLU-007 Every audit trail raises security alarms.
 * Pass: the trail's CLS topic is known (clusterAudit.topicId; a tracking set with status 1 ships
 * to cls and names storage.storageName), a Cls/index with a rule.keyValue block and status not
 * false indexes it, and an enabled Cls/alarm has an alarmTargets[] entry for it.
 * Fail: no topicId, a COS tracking set, no key-value index, or no enabled alarm on the topic.
 * Clusters with audit off and disabled tracking sets are out of scope.
 *
 * Topic references are resolved in model/alarms.ts (id or logical name of the Cls/topic).
 */
export const KW_CLU_007: CloudRule = {
  id: 'KW-CLU-007',
  target: 'cloud',
  types: [CLUSTER_TYPE, EVENTS_AUDIT_TRACK_TYPE, AUDIT_TRACK_TYPE],
  evaluate(resource, ctx) {
    let topic: TrailTopic;
    let trail: string;
    if (resource.type === CLUSTER_TYPE) {
      if (!isTrueInput(inputRecord(resource.inputs.clusterAudit).enabled)) return NOT_APPLICABLE;
      topic = clusterAuditTopic(resource);
      trail = 'the API audit log of this cluster';
    } else {
      if (!trackEnabled(resource)) return NOT_APPLICABLE;
      topic = trackTopic(resource);
      trail = 'this CloudAudit tracking set';
    }
    if ('problem' in topic) {
      return [{ message: `No alarm can watch ${trail}: ${topic.problem}.`, field: topic.field }];
    }
    if (keyValueIndexesOf(ctx.set, topic.topicId).length === 0) {
      return [{
        message: `${trail[0].toUpperCase()}${trail.slice(1)} goes to topic ${topic.topicId}, which no ${CLS_INDEX_TYPE} with a rule.keyValue block indexes; CLS cannot search an unindexed topic, so no alarm query on it ever matches. Add the index (kubeward's MultiZoneCluster writes one).`,
      }];
    }
    if (alarmsReadingTopic(ctx.set, topic.topicId).length === 0) {
      return [{
        message: `Nothing reads ${trail} (topic ${topic.topicId}): no enabled tencentcloud:Cls/alarm:Alarm targets it, so an intrusion is recorded but raises no alarm. Add security alarms on the topic (MultiZoneCluster's securityAlarms do this by default).`,
      }];
    }
    return [];
  },
};
