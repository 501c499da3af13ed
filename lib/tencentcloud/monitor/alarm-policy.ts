// Thin mirror of the Tencent Cloud Pulumi provider v0.2.3 (tencentcloudstack/pulumi-tencentcloud, Node SDK).
// `tencentcloud:Monitor/alarmPolicy:AlarmPolicy`
// (SDK file sdk/nodejs/monitor/alarmPolicy.ts, Terraform `tencentcloud_monitor_alarm_policy`): token, inputs and outputs as
// the generated SDK declares them, and the same default resource options.
import * as pulumi from '@pulumi/pulumi';
import { providerOptions } from '../provider';
import type { AlarmPolicyConditions, AlarmPolicyEventCondition, AlarmPolicyFilter, AlarmPolicyPolicyTag, AlarmPolicyTriggerTask } from './types';

/**
 * A Cloud Monitor alarm policy (metric/event conditions, notices, bindings) - e.g. k8s cluster alarms.
 *
 * Pulumi type `tencentcloud:Monitor/alarmPolicy:AlarmPolicy`.
 */
export class AlarmPolicy extends pulumi.CustomResource {
  /** The Pulumi type token of this resource. */
  public static readonly __pulumiType = 'tencentcloud:Monitor/alarmPolicy:AlarmPolicy';

  /** Whether `obj` is an AlarmPolicy, even when several copies of this module are loaded. */
  public static isInstance(obj: any): obj is AlarmPolicy {
    return obj !== undefined && obj !== null && obj.__pulumiType === AlarmPolicy.__pulumiType;
  }

  // Outputs are `declare`d: under ES2022 class-field semantics, `x!:` fields would be reset to
  // undefined after the Resource constructor has set them.
  /** Metric trigger conditions. */
  public declare readonly conditions: pulumi.Output<pulumi.Unwrap<AlarmPolicyConditions> | undefined>;
  /** Trigger-condition template ID (upstream spelling conditon). */
  public declare readonly conditonTemplateId: pulumi.Output<number | undefined>;
  /** The alarm policy create time. Output only. */
  public declare /* out */ readonly createTime: pulumi.Output<string>;
  /** Enabled flag, 1 (default) or 0. */
  public declare readonly enable: pulumi.Output<number | undefined>;
  /** Event trigger conditions. */
  public declare readonly eventConditions: pulumi.Output<pulumi.Unwrap<AlarmPolicyEventCondition>[] | undefined>;
  /** Global filter. */
  public declare readonly filter: pulumi.Output<pulumi.Unwrap<AlarmPolicyFilter> | undefined>;
  /** Aggregation dimensions (TF group_by). */
  public declare readonly groupBies: pulumi.Output<string[] | undefined>;
  /** Monitor type, e.g. MT_QCE. */
  public declare readonly monitorType: pulumi.Output<string>;
  /** Policy type / product namespace, e.g. cvm_device or k8s_cluster. */
  public declare readonly namespace: pulumi.Output<string>;
  /** Notification template IDs. */
  public declare readonly noticeIds: pulumi.Output<string[] | undefined>;
  /** Policy name. */
  public declare readonly policyName: pulumi.Output<string>;
  /** Tags used to bind objects to the policy. */
  public declare readonly policyTags: pulumi.Output<pulumi.Unwrap<AlarmPolicyPolicyTag>[] | undefined>;
  /** Project ID (-1 for products without projects). */
  public declare readonly projectId: pulumi.Output<number | undefined>;
  /** Remark. */
  public declare readonly remark: pulumi.Output<string | undefined>;
  /** Tasks triggered on alarm. */
  public declare readonly triggerTasks: pulumi.Output<pulumi.Unwrap<AlarmPolicyTriggerTask>[] | undefined>;
  /** The alarm policy update time. Output only. */
  public declare /* out */ readonly updateTime: pulumi.Output<string>;

  /**
   * Creates an AlarmPolicy with the given unique name, arguments and options.
   * @param name The unique logical name of the resource.
   * @param args The inputs of the resource.
   * @param opts Resource options; merged over the provider defaults (version, plugin download URL).
   */
  constructor(name: string, args: AlarmPolicyArgs, opts?: pulumi.CustomResourceOptions) {
    const o = opts ?? {};
    // As in the SDK: required inputs are checked unless the resource is rehydrated from a URN or read by id.
    if (!o.urn && !o.id) {
      for (const key of ['monitorType', 'namespace', 'policyName'] as const) {
        if (args?.[key] === undefined) throw new Error(`Missing required property '${key}'`);
      }
    }
    const resourceInputs: pulumi.Inputs = {
      conditions: args?.conditions,
      conditonTemplateId: args?.conditonTemplateId,
      enable: args?.enable,
      eventConditions: args?.eventConditions,
      filter: args?.filter,
      groupBies: args?.groupBies,
      monitorType: args?.monitorType,
      namespace: args?.namespace,
      noticeIds: args?.noticeIds,
      policyName: args?.policyName,
      policyTags: args?.policyTags,
      projectId: args?.projectId,
      remark: args?.remark,
      triggerTasks: args?.triggerTasks,
      createTime: undefined, // output
      updateTime: undefined, // output
    };
    super(AlarmPolicy.__pulumiType, name, resourceInputs, providerOptions(o));
  }
}

/** The inputs of an AlarmPolicy (`tencentcloud:Monitor/alarmPolicy:AlarmPolicy`). */
export interface AlarmPolicyArgs {
  /**
   * Metric trigger conditions.
   * @default - unset: the provider or the service decides.
   */
  conditions?: pulumi.Input<AlarmPolicyConditions>;
  /**
   * Trigger-condition template ID (upstream spelling conditon).
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  conditonTemplateId?: pulumi.Input<number>;
  /**
   * Enabled flag, 1 (default) or 0.
   * @default 1 - the provider's documented default.
   */
  enable?: pulumi.Input<number>;
  /**
   * Event trigger conditions.
   * @default - unset: the provider or the service decides.
   */
  eventConditions?: pulumi.Input<pulumi.Input<AlarmPolicyEventCondition>[]>;
  /**
   * Global filter.
   * @default - unset: the provider or the service decides.
   */
  filter?: pulumi.Input<AlarmPolicyFilter>;
  /**
   * Aggregation dimensions (TF group_by).
   * @default - unset: the provider or the service decides.
   */
  groupBies?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Monitor type, e.g. MT_QCE.
   * Changing it replaces the resource (ForceNew).
   */
  monitorType: pulumi.Input<string>;
  /**
   * Policy type / product namespace, e.g. cvm_device or k8s_cluster.
   * Changing it replaces the resource (ForceNew).
   */
  namespace: pulumi.Input<string>;
  /**
   * Notification template IDs.
   * @default - unset: the provider or the service decides.
   */
  noticeIds?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Policy name.
   */
  policyName: pulumi.Input<string>;
  /**
   * Tags used to bind objects to the policy.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  policyTags?: pulumi.Input<pulumi.Input<AlarmPolicyPolicyTag>[]>;
  /**
   * Project ID (-1 for products without projects).
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  projectId?: pulumi.Input<number>;
  /**
   * Remark.
   * @default - unset: the provider or the service decides.
   */
  remark?: pulumi.Input<string>;
  /**
   * Tasks triggered on alarm.
   * @default - unset: the provider or the service decides.
   */
  triggerTasks?: pulumi.Input<pulumi.Input<AlarmPolicyTriggerTask>[]>;
}
