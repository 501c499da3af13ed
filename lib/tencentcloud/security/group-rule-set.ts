// Thin mirror of the Tencent Cloud Pulumi provider v0.2.3 (tencentcloudstack/pulumi-tencentcloud, Node SDK).
// `tencentcloud:Security/groupRuleSet:GroupRuleSet`
// (SDK file sdk/nodejs/security/groupRuleSet.ts, Terraform `tencentcloud_security_group_rule_set`): token, inputs and outputs as
// the generated SDK declares them, and the same default resource options.
import * as pulumi from '@pulumi/pulumi';
import { providerOptions } from '../provider';
import type { GroupRuleSetEgress, GroupRuleSetIngress } from './types';

/**
 * The complete, ordered ingress/egress rule list of one security group; must be the only rule resource for that group.
 *
 * Pulumi type `tencentcloud:Security/groupRuleSet:GroupRuleSet`.
 */
export class GroupRuleSet extends pulumi.CustomResource {
  /** The Pulumi type token of this resource. */
  public static readonly __pulumiType = 'tencentcloud:Security/groupRuleSet:GroupRuleSet';

  /** Whether `obj` is a GroupRuleSet, even when several copies of this module are loaded. */
  public static isInstance(obj: any): obj is GroupRuleSet {
    return obj !== undefined && obj !== null && obj.__pulumiType === GroupRuleSet.__pulumiType;
  }

  // Outputs are `declare`d: under ES2022 class-field semantics, `x!:` fields would be reset to
  // undefined after the Resource constructor has set them.
  /** Ordered outbound rules; first entry has highest priority. */
  public declare readonly egresses: pulumi.Output<pulumi.Unwrap<GroupRuleSetEgress>[] | undefined>;
  /** Ordered inbound rules; first entry has highest priority. */
  public declare readonly ingresses: pulumi.Output<pulumi.Unwrap<GroupRuleSetIngress>[] | undefined>;
  /** Security group whose rules this resource owns. */
  public declare readonly securityGroupId: pulumi.Output<string>;
  /** Security policies version, auto increment for every update. Output only. */
  public declare /* out */ readonly version: pulumi.Output<string>;

  /**
   * Creates a GroupRuleSet with the given unique name, arguments and options.
   * @param name The unique logical name of the resource.
   * @param args The inputs of the resource.
   * @param opts Resource options; merged over the provider defaults (version, plugin download URL).
   */
  constructor(name: string, args: GroupRuleSetArgs, opts?: pulumi.CustomResourceOptions) {
    const o = opts ?? {};
    // As in the SDK: required inputs are checked unless the resource is rehydrated from a URN or read by id.
    if (!o.urn && !o.id) {
      for (const key of ['securityGroupId'] as const) {
        if (args?.[key] === undefined) throw new Error(`Missing required property '${key}'`);
      }
    }
    const resourceInputs: pulumi.Inputs = {
      egresses: args?.egresses,
      ingresses: args?.ingresses,
      securityGroupId: args?.securityGroupId,
      version: undefined, // output
    };
    super(GroupRuleSet.__pulumiType, name, resourceInputs, providerOptions(o));
  }
}

/** The inputs of a GroupRuleSet (`tencentcloud:Security/groupRuleSet:GroupRuleSet`). */
export interface GroupRuleSetArgs {
  /**
   * Ordered outbound rules; first entry has highest priority.
   * @default - unset: the provider or the service decides.
   */
  egresses?: pulumi.Input<pulumi.Input<GroupRuleSetEgress>[]>;
  /**
   * Ordered inbound rules; first entry has highest priority.
   * @default - unset: the provider or the service decides.
   */
  ingresses?: pulumi.Input<pulumi.Input<GroupRuleSetIngress>[]>;
  /**
   * Security group whose rules this resource owns.
   * Changing it replaces the resource (ForceNew).
   */
  securityGroupId: pulumi.Input<string>;
}
