// Thin mirror of the Tencent Cloud Pulumi provider v0.2.3 (tencentcloudstack/pulumi-tencentcloud, Node SDK).
// Nested input types of the `Monitor` module (the SDK's `inputs.Monitor.*`), with the same names and fields.
import type * as pulumi from '@pulumi/pulumi';

/** `inputs.Monitor.AlarmNoticeClsNotice` of the provider SDK. */
export interface AlarmNoticeClsNotice {
  /**
   * Start-stop status, can not be transmitted, default enabled.
   * @default - unset: the provider or the service decides.
   */
  enable?: pulumi.Input<number>;
  /**
   * Log collection Id.
   */
  logSetId: pulumi.Input<string>;
  /**
   * Regional.
   */
  region: pulumi.Input<string>;
  /**
   * Theme Id.
   */
  topicId: pulumi.Input<string>;
}

/** `inputs.Monitor.AlarmNoticeUrlNotice` of the provider SDK. */
export interface AlarmNoticeUrlNotice {
  /**
   * Notification End Time Seconds at the start of a day.
   * @default - unset: the provider or the service decides.
   */
  endTime?: pulumi.Input<number>;
  /**
   * If passed verification `0` is no, `1` is yes.
   * @default - unset: the provider or the service decides.
   */
  isValid?: pulumi.Input<number>;
  /**
   * Notification Start Time Number of seconds at the start of a day.
   * @default - unset: the provider or the service decides.
   */
  startTime?: pulumi.Input<number>;
  /**
   * Callback URL (limited to 256 characters).
   */
  url: pulumi.Input<string>;
  /**
   * Verification code.
   * @default - unset: the provider or the service decides.
   */
  validationCode?: pulumi.Input<string>;
  /**
   * Notification period 1-7 indicates Monday to Sunday.
   * @default - unset: the provider or the service decides.
   */
  weekdays?: pulumi.Input<pulumi.Input<number>[]>;
}

/** `inputs.Monitor.AlarmNoticeUserNotice` of the provider SDK. */
export interface AlarmNoticeUserNotice {
  /**
   * The number of seconds since the notification end time 00:00:00 (value range 0-86399).
   */
  endTime: pulumi.Input<number>;
  /**
   * User group ID list.
   * @default - unset: the provider or the service decides.
   */
  groupIds?: pulumi.Input<pulumi.Input<number>[]>;
  /**
   * Contact notification required 0= No 1= Yes.
   * @default - unset: the provider or the service decides.
   */
  needPhoneArriveNotice?: pulumi.Input<number>;
  /**
   * Notification Channel List EMAIL=Mail SMS=SMS CALL=Telephone WECHAT=WeChat RTX=Enterprise WeChat.
   */
  noticeWays: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Call type SYNC= Simultaneous call CIRCLE= Round call If this parameter is not specified, the default value is round call.
   * @default round - the provider's documented default.
   */
  phoneCallType?: pulumi.Input<string>;
  /**
   * Number of seconds between polls (value range: 60-900).
   * @default - unset: the provider or the service decides.
   */
  phoneCircleInterval?: pulumi.Input<number>;
  /**
   * Number of telephone polls (value range: 1-5).
   * @default - unset: the provider or the service decides.
   */
  phoneCircleTimes?: pulumi.Input<number>;
  /**
   * Number of seconds between calls in a polling session (value range: 60-900).
   * @default - unset: the provider or the service decides.
   */
  phoneInnerInterval?: pulumi.Input<number>;
  /**
   * Telephone polling list.
   * @default - unset: the provider or the service decides.
   */
  phoneOrders?: pulumi.Input<pulumi.Input<number>[]>;
  /**
   * Recipient Type USER=User GROUP=User Group.
   */
  receiverType: pulumi.Input<string>;
  /**
   * The number of seconds since the notification start time 00:00:00 (value range 0-86399).
   */
  startTime: pulumi.Input<number>;
  /**
   * User UID List.
   * @default - unset: the provider or the service decides.
   */
  userIds?: pulumi.Input<pulumi.Input<number>[]>;
  /**
   * Notification period 1-7 indicates Monday to Sunday.
   * @default - unset: the provider or the service decides.
   */
  weekdays?: pulumi.Input<pulumi.Input<number>[]>;
}

/** `inputs.Monitor.AlarmPolicyConditions` of the provider SDK. */
export interface AlarmPolicyConditions {
  /**
   * The and or relation of indicator alarm rule.
   * @default - unset: the provider or the service decides.
   */
  isUnionRule?: pulumi.Input<number>;
  /**
   * A list of metric trigger condition.
   * @default - unset: the provider or the service decides.
   */
  rules?: pulumi.Input<pulumi.Input<AlarmPolicyConditionsRule>[]>;
}

/** `inputs.Monitor.AlarmPolicyConditionsRule` of the provider SDK. */
export interface AlarmPolicyConditionsRule {
  /**
   * Number of periods.
   * @default - unset: the provider or the service decides.
   */
  continuePeriod?: pulumi.Input<number>;
  /**
   * Metric display name, which is used in the output parameter.
   * @default - unset: the provider or the service decides.
   */
  description?: pulumi.Input<string>;
  /**
   * Filter condition for one single trigger rule.
   * @default - unset: the provider or the service decides.
   */
  filter?: pulumi.Input<AlarmPolicyConditionsRuleFilter>;
  /**
   * Whether the alarm frequency increases exponentially.
   * @default - unset: the provider or the service decides.
   */
  isPowerNotice?: pulumi.Input<number>;
  /**
   * Metric name or event name.
   * @default - unset: the provider or the service decides.
   */
  metricName?: pulumi.Input<string>;
  /**
   * Alarm interval in seconds.
   * @default - unset: the provider or the service decides.
   */
  noticeFrequency?: pulumi.Input<number>;
  /**
   * Operator.
   * @default - unset: the provider or the service decides.
   */
  operator?: pulumi.Input<string>;
  /**
   * Statistical period in seconds.
   * @default - unset: the provider or the service decides.
   */
  period?: pulumi.Input<number>;
  /**
   * Trigger condition type.
   * @default - unset: the provider or the service decides.
   */
  ruleType?: pulumi.Input<string>;
  /**
   * Unit, which is used in the output parameter.
   * @default - unset: the provider or the service decides.
   */
  unit?: pulumi.Input<string>;
  /**
   * Threshold.
   * @default - unset: the provider or the service decides.
   */
  value?: pulumi.Input<string>;
}

/** `inputs.Monitor.AlarmPolicyConditionsRuleFilter` of the provider SDK. */
export interface AlarmPolicyConditionsRuleFilter {
  /**
   * JSON string generated by serializing the AlarmPolicyDimension two-dimensional array.
   * @default - unset: the provider or the service decides.
   */
  dimensions?: pulumi.Input<string>;
  /**
   * Filter condition type.
   * @default - unset: the provider or the service decides.
   */
  type?: pulumi.Input<string>;
}

/** `inputs.Monitor.AlarmPolicyEventCondition` of the provider SDK. */
export interface AlarmPolicyEventCondition {
  /**
   * Number of periods.
   * @default - unset: the provider or the service decides.
   */
  continuePeriod?: pulumi.Input<number>;
  /**
   * Metric display name, which is used in the output parameter.
   * @default - unset: the provider or the service decides.
   */
  description?: pulumi.Input<string>;
  /**
   * Filter condition for one single trigger rule.
   * @default - unset: the provider or the service decides.
   */
  filter?: pulumi.Input<AlarmPolicyEventConditionFilter>;
  /**
   * Whether the alarm frequency increases exponentially.
   * @default - unset: the provider or the service decides.
   */
  isPowerNotice?: pulumi.Input<number>;
  /**
   * Metric name or event name.
   * @default - unset: the provider or the service decides.
   */
  metricName?: pulumi.Input<string>;
  /**
   * Alarm interval in seconds.
   * @default - unset: the provider or the service decides.
   */
  noticeFrequency?: pulumi.Input<number>;
  /**
   * Operator.
   * @default - unset: the provider or the service decides.
   */
  operator?: pulumi.Input<string>;
  /**
   * Statistical period in seconds.
   * @default - unset: the provider or the service decides.
   */
  period?: pulumi.Input<number>;
  /**
   * Trigger condition type.
   * @default - unset: the provider or the service decides.
   */
  ruleType?: pulumi.Input<string>;
  /**
   * Unit, which is used in the output parameter.
   * @default - unset: the provider or the service decides.
   */
  unit?: pulumi.Input<string>;
  /**
   * Threshold.
   * @default - unset: the provider or the service decides.
   */
  value?: pulumi.Input<string>;
}

/** `inputs.Monitor.AlarmPolicyEventConditionFilter` of the provider SDK. */
export interface AlarmPolicyEventConditionFilter {
  /**
   * JSON string generated by serializing the AlarmPolicyDimension two-dimensional array.
   * @default - unset: the provider or the service decides.
   */
  dimensions?: pulumi.Input<string>;
  /**
   * Filter condition type.
   * @default - unset: the provider or the service decides.
   */
  type?: pulumi.Input<string>;
}

/** `inputs.Monitor.AlarmPolicyFilter` of the provider SDK. */
export interface AlarmPolicyFilter {
  /**
   * JSON string generated by serializing the AlarmPolicyDimension two-dimensional array.
   * @default - unset: the provider or the service decides.
   */
  dimensions?: pulumi.Input<string>;
  /**
   * Filter condition type.
   */
  type: pulumi.Input<string>;
}

/** `inputs.Monitor.AlarmPolicyPolicyTag` of the provider SDK. */
export interface AlarmPolicyPolicyTag {
  /**
   * Tag key.
   */
  key: pulumi.Input<string>;
  /**
   * Tag value.
   */
  value: pulumi.Input<string>;
}

/** `inputs.Monitor.AlarmPolicyTriggerTask` of the provider SDK. */
export interface AlarmPolicyTriggerTask {
  /**
   * Configuration information in JSON format.
   */
  taskConfig: pulumi.Input<string>;
  /**
   * Triggered task type.
   */
  type: pulumi.Input<string>;
}

/** `inputs.Monitor.TmpAlertGroupCustomReceiver` of the provider SDK. */
export interface TmpAlertGroupCustomReceiver {
  /**
   * Time windows when sending is allowed.
   * @default - unset: the provider or the service decides.
   */
  allowedTimeRanges?: pulumi.Input<pulumi.Input<TmpAlertGroupCustomReceiverAllowedTimeRange>[]>;
  /**
   * Cluster hosting the alertmanager (alertmanager type).
   * @default - unset: the provider or the service decides.
   */
  clusterId?: pulumi.Input<string>;
  /**
   * tke, eks or tdcc (alertmanager type).
   * @default - unset: the provider or the service decides.
   */
  clusterType?: pulumi.Input<string>;
  /**
   * webhook or alertmanager.
   * @default - unset: the provider or the service decides.
   */
  type?: pulumi.Input<string>;
  /**
   * Receiver address reachable from the TMP subnet.
   * @default - unset: the provider or the service decides.
   */
  url?: pulumi.Input<string>;
}

/** `inputs.Monitor.TmpAlertGroupCustomReceiverAllowedTimeRange` of the provider SDK. */
export interface TmpAlertGroupCustomReceiverAllowedTimeRange {
  /**
   * Time range end, seconds since 0 o'clock.
   * @default - unset: the provider or the service decides.
   */
  end?: pulumi.Input<string>;
  /**
   * Time range start, seconds since 0 o'clock.
   * @default - unset: the provider or the service decides.
   */
  start?: pulumi.Input<string>;
}

/** `inputs.Monitor.TmpAlertGroupRule` of the provider SDK. */
export interface TmpAlertGroupRule {
  /**
   * Rule annotations; summary/description feed the alarm message.
   * @default - unset: the provider or the service decides.
   */
  annotations?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  /**
   * For-duration, e.g. 1m.
   * @default - unset: the provider or the service decides.
   */
  duration?: pulumi.Input<string>;
  /**
   * PromQL expression.
   * @default - unset: the provider or the service decides.
   */
  expr?: pulumi.Input<string>;
  /**
   * Rule labels.
   * @default - unset: the provider or the service decides.
   */
  labels?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  /**
   * Rule name.
   * @default - unset: the provider or the service decides.
   */
  ruleName?: pulumi.Input<string>;
  /**
   * 2 = enabled (default), 3 = disabled.
   * @default - unset: the provider or the service decides.
   */
  state?: pulumi.Input<number>;
}

/** `inputs.Monitor.TmpTkeClusterAgentAgents` of the provider SDK. */
export interface TmpTkeClusterAgentAgents {
  /**
   * Cluster ID, cls-xxx.
   */
  clusterId: pulumi.Input<string>;
  /**
   * Cluster name (computed).
   * Computed by the provider; leave it unset.
   * @default - unset: the provider or the service decides.
   */
  clusterName?: pulumi.Input<string>;
  /**
   * Cluster type, e.g. tke or eks.
   */
  clusterType: pulumi.Input<string>;
  /**
   * Expose the agent through a public CLB.
   */
  enableExternal: pulumi.Input<boolean>;
  /**
   * Labels added to every scraped series.
   * @default - unset: the provider or the service decides.
   */
  externalLabels?: pulumi.Input<pulumi.Input<TmpTkeClusterAgentAgentsExternalLabel>[]>;
  /**
   * Placement of agent pods (hostNetwork, nodeSelector, tolerations).
   * @default - unset: the provider or the service decides.
   */
  inClusterPodConfig?: pulumi.Input<TmpTkeClusterAgentAgentsInClusterPodConfig>;
  /**
   * Skip the default scrape configuration.
   * @default - unset: the provider or the service decides.
   */
  notInstallBasicScrape?: pulumi.Input<boolean>;
  /**
   * Drop all metrics (true) or collect defaults (false).
   * @default - unset: the provider or the service decides.
   */
  notScrape?: pulumi.Input<boolean>;
  /**
   * Enable default recording (pre-aggregation) rules.
   * @default - unset: the provider or the service decides.
   */
  openDefaultRecord?: pulumi.Input<boolean>;
  /**
   * Cluster region.
   */
  region: pulumi.Input<string>;
  /**
   * Agent state normal/abnormal (computed).
   * Computed by the provider; leave it unset.
   * @default - unset: the provider or the service decides.
   */
  status?: pulumi.Input<string>;
}

/** `inputs.Monitor.TmpTkeClusterAgentAgentsExternalLabel` of the provider SDK. */
export interface TmpTkeClusterAgentAgentsExternalLabel {
  /**
   * Indicator name.
   */
  name: pulumi.Input<string>;
  /**
   * Index value.
   * @default - unset: the provider or the service decides.
   */
  value?: pulumi.Input<string>;
}

/** `inputs.Monitor.TmpTkeClusterAgentAgentsInClusterPodConfig` of the provider SDK. */
export interface TmpTkeClusterAgentAgentsInClusterPodConfig {
  /**
   * Whether to use HostNetWork.
   */
  hostNet: pulumi.Input<boolean>;
  /**
   * Specify the pod to run the node.
   * @default - unset: the provider or the service decides.
   */
  nodeSelectors?: pulumi.Input<pulumi.Input<TmpTkeClusterAgentAgentsInClusterPodConfigNodeSelector>[]>;
  /**
   * Tolerate Stain.
   * @default - unset: the provider or the service decides.
   */
  tolerations?: pulumi.Input<pulumi.Input<TmpTkeClusterAgentAgentsInClusterPodConfigToleration>[]>;
}

/** `inputs.Monitor.TmpTkeClusterAgentAgentsInClusterPodConfigNodeSelector` of the provider SDK. */
export interface TmpTkeClusterAgentAgentsInClusterPodConfigNodeSelector {
  /**
   * The pod configuration name of the component deployed in the cluster.
   * @default - unset: the provider or the service decides.
   */
  name?: pulumi.Input<string>;
  /**
   * Pod configuration values for components deployed in the cluster.
   * @default - unset: the provider or the service decides.
   */
  value?: pulumi.Input<string>;
}

/** `inputs.Monitor.TmpTkeClusterAgentAgentsInClusterPodConfigToleration` of the provider SDK. */
export interface TmpTkeClusterAgentAgentsInClusterPodConfigToleration {
  /**
   * blemish effect to match.
   * @default - unset: the provider or the service decides.
   */
  effect?: pulumi.Input<string>;
  /**
   * The taint key to which the tolerance applies.
   * @default - unset: the provider or the service decides.
   */
  key?: pulumi.Input<string>;
  /**
   * key-value relationship.
   * @default - unset: the provider or the service decides.
   */
  operator?: pulumi.Input<string>;
}
