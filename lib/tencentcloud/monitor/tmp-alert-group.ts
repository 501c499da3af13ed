// Thin mirror of the Tencent Cloud Pulumi provider v0.2.3 (tencentcloudstack/pulumi-tencentcloud, Node SDK).
// `tencentcloud:Monitor/tmpAlertGroup:TmpAlertGroup`
// (SDK file sdk/nodejs/monitor/tmpAlertGroup.ts, Terraform `tencentcloud_monitor_tmp_alert_group`): token, inputs and outputs as
// the generated SDK declares them, and the same default resource options.
import * as pulumi from '@pulumi/pulumi';
import { providerOptions } from '../provider';
import type { TmpAlertGroupCustomReceiver, TmpAlertGroupRule } from './types';

/**
 * A TMP alert rule group with its notification routing (the recommended alerting resource).
 *
 * Pulumi type `tencentcloud:Monitor/tmpAlertGroup:TmpAlertGroup`.
 */
export class TmpAlertGroup extends pulumi.CustomResource {
  /** The Pulumi type token of this resource. */
  public static readonly __pulumiType = 'tencentcloud:Monitor/tmpAlertGroup:TmpAlertGroup';

  /** Whether `obj` is a TmpAlertGroup, even when several copies of this module are loaded. */
  public static isInstance(obj: any): obj is TmpAlertGroup {
    return obj !== undefined && obj !== null && obj.__pulumiType === TmpAlertGroup.__pulumiType;
  }

  // Outputs are `declare`d: under ES2022 class-field semantics, `x!:` fields would be reset to
  // undefined after the Resource constructor has set them.
  /** Tencent Cloud notification template IDs. */
  public declare readonly ampReceivers: pulumi.Output<string[] | undefined>;
  /** Custom receiver (webhook or alertmanager). */
  public declare readonly customReceiver: pulumi.Output<pulumi.Unwrap<TmpAlertGroupCustomReceiver> | undefined>;
  /** Alarm group id. Output only. */
  public declare /* out */ readonly groupId: pulumi.Output<string>;
  /** Unique group name. */
  public declare readonly groupName: pulumi.Output<string | undefined>;
  /** TMP instance ID. */
  public declare readonly instanceId: pulumi.Output<string | undefined>;
  /** Resend interval (default 1h). */
  public declare readonly repeatInterval: pulumi.Output<string | undefined>;
  /** Alert rules in the group. */
  public declare readonly rules: pulumi.Output<pulumi.Unwrap<TmpAlertGroupRule>[] | undefined>;

  /**
   * Creates a TmpAlertGroup with the given unique name, arguments and options.
   * @param name The unique logical name of the resource.
   * @param args The inputs of the resource.
   * @param opts Resource options; merged over the provider defaults (version, plugin download URL).
   */
  constructor(name: string, args: TmpAlertGroupArgs, opts?: pulumi.CustomResourceOptions) {
    const o = opts ?? {};
    const resourceInputs: pulumi.Inputs = {
      ampReceivers: args?.ampReceivers,
      customReceiver: args?.customReceiver,
      groupName: args?.groupName,
      instanceId: args?.instanceId,
      repeatInterval: args?.repeatInterval,
      rules: args?.rules,
      groupId: undefined, // output
    };
    super(TmpAlertGroup.__pulumiType, name, resourceInputs, providerOptions(o));
  }
}

/** The inputs of a TmpAlertGroup (`tencentcloud:Monitor/tmpAlertGroup:TmpAlertGroup`). */
export interface TmpAlertGroupArgs {
  /**
   * Tencent Cloud notification template IDs.
   * @default - unset: the provider or the service decides.
   */
  ampReceivers?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Custom receiver (webhook or alertmanager).
   * @default - unset: the provider or the service decides.
   */
  customReceiver?: pulumi.Input<TmpAlertGroupCustomReceiver>;
  /**
   * Unique group name.
   * @default - unset: the provider or the service decides.
   */
  groupName?: pulumi.Input<string>;
  /**
   * TMP instance ID.
   * @default - unset: the provider or the service decides.
   */
  instanceId?: pulumi.Input<string>;
  /**
   * Resend interval (default 1h).
   * @default - unset: the provider or the service decides.
   */
  repeatInterval?: pulumi.Input<string>;
  /**
   * Alert rules in the group.
   * @default - unset: the provider or the service decides.
   */
  rules?: pulumi.Input<pulumi.Input<TmpAlertGroupRule>[]>;
}
