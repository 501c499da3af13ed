// Thin mirror of the Tencent Cloud Pulumi provider v0.2.3 (tencentcloudstack/pulumi-tencentcloud, Node SDK).
// Nested input types of the `Cls` module (the SDK's `inputs.Cls.*`), with the same names and fields.
import type * as pulumi from '@pulumi/pulumi';

/** `inputs.Cls.TopicExtends` of the provider SDK. */
export interface TopicExtends {
  /**
   * Log topic authentication free configuration information.
   * @default - unset: the provider or the service decides.
   */
  anonymousAccess?: pulumi.Input<TopicExtendsAnonymousAccess>;
}

/** `inputs.Cls.TopicExtendsAnonymousAccess` of the provider SDK. */
export interface TopicExtendsAnonymousAccess {
  /**
   * Conditions limiting anonymous access (e.g. VpcID).
   * @default - unset: the provider or the service decides.
   */
  conditions?: pulumi.Input<pulumi.Input<TopicExtendsAnonymousAccessCondition>[]>;
  /**
   * Allowed anonymous operations: trackLog, realtimeProducer.
   * @default - unset: the provider or the service decides.
   */
  operations?: pulumi.Input<pulumi.Input<string>[]>;
}

/** `inputs.Cls.TopicExtendsAnonymousAccessCondition` of the provider SDK. */
export interface TopicExtendsAnonymousAccessCondition {
  /**
   * Condition attribute, currently only VpcID is supported.
   * @default - unset: the provider or the service decides.
   */
  attributes?: pulumi.Input<string>;
  /**
   * The value of the corresponding conditional attribute.
   * @default - unset: the provider or the service decides.
   */
  conditionValue?: pulumi.Input<string>;
  /**
   * Conditional rule, 1: equal, 2: not equal.
   * @default - unset: the provider or the service decides.
   */
  rule?: pulumi.Input<number>;
}
