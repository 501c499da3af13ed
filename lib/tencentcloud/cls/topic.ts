// Thin mirror of the Tencent Cloud Pulumi provider v0.2.3 (tencentcloudstack/pulumi-tencentcloud, Node SDK).
// `tencentcloud:Cls/topic:Topic`
// (SDK file sdk/nodejs/cls/topic.ts, Terraform `tencentcloud_cls_topic`): token, inputs and outputs as
// the generated SDK declares them, and the same default resource options.
import * as pulumi from '@pulumi/pulumi';
import { providerOptions } from '../provider';
import type { TopicExtends } from './types';

/**
 * A CLS log topic (where logs are stored), inside a logset.
 *
 * Pulumi type `tencentcloud:Cls/topic:Topic`.
 */
export class Topic extends pulumi.CustomResource {
  /** The Pulumi type token of this resource. */
  public static readonly __pulumiType = 'tencentcloud:Cls/topic:Topic';

  /** Whether `obj` is a Topic, even when several copies of this module are loaded. */
  public static isInstance(obj: any): obj is Topic {
    return obj !== undefined && obj !== null && obj.__pulumiType === Topic.__pulumiType;
  }

  // Outputs are `declare`d: under ES2022 class-field semantics, `x!:` fields would be reset to
  // undefined after the Resource constructor has set them.
  /** Auto-split partitions (default true). */
  public declare readonly autoSplit: pulumi.Output<boolean | undefined>;
  /** Topic description. */
  public declare readonly describes: pulumi.Output<string | undefined>;
  /** Extra settings, e.g. anonymous (web tracking) access rules. */
  public declare readonly extends: pulumi.Output<pulumi.Unwrap<TopicExtends> | undefined>;
  /** Days in standard storage before moving to infrequent storage (>=7 and < period; 0 = off; hot topics only). */
  public declare readonly hotPeriod: pulumi.Output<number | undefined>;
  /** Allow unauthenticated uploads (default false). */
  public declare readonly isWebTracking: pulumi.Output<boolean | undefined>;
  /** Parent logset ID. */
  public declare readonly logsetId: pulumi.Output<string>;
  /** Partition cap for auto-split (default 50). */
  public declare readonly maxSplitPartitions: pulumi.Output<number | undefined>;
  /** Partition count (default 1, max 10). */
  public declare readonly partitionCount: pulumi.Output<number | undefined>;
  /** Retention in days (1..3600 standard, 7..3600 infrequent, 3640 = forever). */
  public declare readonly period: pulumi.Output<number | undefined>;
  /** hot (real-time, default) or cold (needs allow-listing). */
  public declare readonly storageType: pulumi.Output<string | undefined>;
  /** Tag map (max 10). */
  public declare readonly tags: pulumi.Output<{ [key: string]: string } | undefined>;
  /** Topic name. */
  public declare readonly topicName: pulumi.Output<string>;

  /**
   * Creates a Topic with the given unique name, arguments and options.
   * @param name The unique logical name of the resource.
   * @param args The inputs of the resource.
   * @param opts Resource options; merged over the provider defaults (version, plugin download URL).
   */
  constructor(name: string, args: TopicArgs, opts?: pulumi.CustomResourceOptions) {
    const o = opts ?? {};
    // As in the SDK: required inputs are checked unless the resource is rehydrated from a URN or read by id.
    if (!o.urn && !o.id) {
      for (const key of ['logsetId', 'topicName'] as const) {
        if (args?.[key] === undefined) throw new Error(`Missing required property '${key}'`);
      }
    }
    const resourceInputs: pulumi.Inputs = {
      autoSplit: args?.autoSplit,
      describes: args?.describes,
      extends: args?.extends,
      hotPeriod: args?.hotPeriod,
      isWebTracking: args?.isWebTracking,
      logsetId: args?.logsetId,
      maxSplitPartitions: args?.maxSplitPartitions,
      partitionCount: args?.partitionCount,
      period: args?.period,
      storageType: args?.storageType,
      tags: args?.tags,
      topicName: args?.topicName,
    };
    super(Topic.__pulumiType, name, resourceInputs, providerOptions(o));
  }
}

/** The inputs of a Topic (`tencentcloud:Cls/topic:Topic`). */
export interface TopicArgs {
  /**
   * Auto-split partitions (default true).
   * @default true - the provider's documented default.
   */
  autoSplit?: pulumi.Input<boolean>;
  /**
   * Topic description.
   * @default - unset: the provider or the service decides.
   */
  describes?: pulumi.Input<string>;
  /**
   * Extra settings, e.g. anonymous (web tracking) access rules.
   * @default - unset: the provider or the service decides.
   */
  extends?: pulumi.Input<TopicExtends>;
  /**
   * Days in standard storage before moving to infrequent storage (>=7 and < period; 0 = off; hot topics only).
   * @default - unset: the provider or the service decides.
   */
  hotPeriod?: pulumi.Input<number>;
  /**
   * Allow unauthenticated uploads (default false).
   * @default false - the provider's documented default.
   */
  isWebTracking?: pulumi.Input<boolean>;
  /**
   * Parent logset ID.
   */
  logsetId: pulumi.Input<string>;
  /**
   * Partition cap for auto-split (default 50).
   * @default 50 - the provider's documented default.
   */
  maxSplitPartitions?: pulumi.Input<number>;
  /**
   * Partition count (default 1, max 10).
   * It cannot be changed once set: the provider refuses the update.
   * @default 1 - the provider's documented default.
   */
  partitionCount?: pulumi.Input<number>;
  /**
   * Retention in days (1..3600 standard, 7..3600 infrequent, 3640 = forever).
   * @default - unset: the provider or the service decides.
   */
  period?: pulumi.Input<number>;
  /**
   * hot (real-time, default) or cold (needs allow-listing).
   * It cannot be changed once set: the provider refuses the update.
   * @default hot - the provider's documented default.
   */
  storageType?: pulumi.Input<string>;
  /**
   * Tag map (max 10).
   * @default - unset: the provider or the service decides.
   */
  tags?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  /**
   * Topic name.
   */
  topicName: pulumi.Input<string>;
}
