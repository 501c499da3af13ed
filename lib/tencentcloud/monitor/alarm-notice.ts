// Thin mirror of the Tencent Cloud Pulumi provider v0.2.3 (tencentcloudstack/pulumi-tencentcloud, Node SDK).
// `tencentcloud:Monitor/alarmNotice:AlarmNotice`
// (SDK file sdk/nodejs/monitor/alarmNotice.ts, Terraform `tencentcloud_monitor_alarm_notice`): token, inputs and outputs as
// the generated SDK declares them, and the same default resource options.
import * as pulumi from '@pulumi/pulumi';
import { providerOptions } from '../provider';
import type { AlarmNoticeClsNotice, AlarmNoticeUrlNotice, AlarmNoticeUserNotice } from './types';

/**
 * A Cloud Monitor notification template (users, callbacks, CLS).
 *
 * Pulumi type `tencentcloud:Monitor/alarmNotice:AlarmNotice`.
 */
export class AlarmNotice extends pulumi.CustomResource {
  /** The Pulumi type token of this resource. */
  public static readonly __pulumiType = 'tencentcloud:Monitor/alarmNotice:AlarmNotice';

  /** Whether `obj` is an AlarmNotice, even when several copies of this module are loaded. */
  public static isInstance(obj: any): obj is AlarmNotice {
    return obj !== undefined && obj !== null && obj.__pulumiType === AlarmNotice.__pulumiType;
  }

  // Outputs are `declare`d: under ES2022 class-field semantics, `x!:` fields would be reset to
  // undefined after the Resource constructor has set them.
  /** Amp consumer ID. Output only. */
  public declare /* out */ readonly ampConsumerId: pulumi.Output<string>;
  /** Push alarms to CLS (at most one). */
  public declare readonly clsNotices: pulumi.Output<pulumi.Unwrap<AlarmNoticeClsNotice>[] | undefined>;
  /** Whether it is the system default notification template 0=No 1=Yes. Output only. */
  public declare /* out */ readonly isPreset: pulumi.Output<number>;
  /** Template name (<= 60 chars; auto-named if omitted). */
  public declare readonly name: pulumi.Output<string | undefined>;
  /** zh-CN or en-US. */
  public declare readonly noticeLanguage: pulumi.Output<string>;
  /** ALARM, OK or ALL. */
  public declare readonly noticeType: pulumi.Output<string>;
  /** List of alarm policy IDs bound to the alarm notification template. Output only. */
  public declare /* out */ readonly policyIds: pulumi.Output<string[]>;
  /** Last modified time. Output only. */
  public declare /* out */ readonly updatedAt: pulumi.Output<string>;
  /** Last Modified By. Output only. */
  public declare /* out */ readonly updatedBy: pulumi.Output<string>;
  /** Webhook callbacks (max 3). */
  public declare readonly urlNotices: pulumi.Output<pulumi.Unwrap<AlarmNoticeUrlNotice>[] | undefined>;
  /** User/group recipients (max 5). */
  public declare readonly userNotices: pulumi.Output<pulumi.Unwrap<AlarmNoticeUserNotice>[] | undefined>;

  /**
   * Creates an AlarmNotice with the given unique name, arguments and options.
   * @param name The unique logical name of the resource.
   * @param args The inputs of the resource.
   * @param opts Resource options; merged over the provider defaults (version, plugin download URL).
   */
  constructor(name: string, args: AlarmNoticeArgs, opts?: pulumi.CustomResourceOptions) {
    const o = opts ?? {};
    // As in the SDK: required inputs are checked unless the resource is rehydrated from a URN or read by id.
    if (!o.urn && !o.id) {
      for (const key of ['noticeLanguage', 'noticeType'] as const) {
        if (args?.[key] === undefined) throw new Error(`Missing required property '${key}'`);
      }
    }
    const resourceInputs: pulumi.Inputs = {
      clsNotices: args?.clsNotices,
      name: args?.name,
      noticeLanguage: args?.noticeLanguage,
      noticeType: args?.noticeType,
      urlNotices: args?.urlNotices,
      userNotices: args?.userNotices,
      ampConsumerId: undefined, // output
      isPreset: undefined, // output
      policyIds: undefined, // output
      updatedAt: undefined, // output
      updatedBy: undefined, // output
    };
    super(AlarmNotice.__pulumiType, name, resourceInputs, providerOptions(o));
  }
}

/** The inputs of an AlarmNotice (`tencentcloud:Monitor/alarmNotice:AlarmNotice`). */
export interface AlarmNoticeArgs {
  /**
   * Push alarms to CLS (at most one).
   * @default - unset: the provider or the service decides.
   */
  clsNotices?: pulumi.Input<pulumi.Input<AlarmNoticeClsNotice>[]>;
  /**
   * Template name (<= 60 chars; auto-named if omitted).
   * Pulumi auto-names it from the logical name when omitted.
   * @default - unset: the provider or the service decides.
   */
  name?: pulumi.Input<string>;
  /**
   * zh-CN or en-US.
   */
  noticeLanguage: pulumi.Input<string>;
  /**
   * ALARM, OK or ALL.
   */
  noticeType: pulumi.Input<string>;
  /**
   * Webhook callbacks (max 3).
   * @default - unset: the provider or the service decides.
   */
  urlNotices?: pulumi.Input<pulumi.Input<AlarmNoticeUrlNotice>[]>;
  /**
   * User/group recipients (max 5).
   * @default - unset: the provider or the service decides.
   */
  userNotices?: pulumi.Input<pulumi.Input<AlarmNoticeUserNotice>[]>;
}
