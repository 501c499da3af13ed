// Thin mirror of the Tencent Cloud Pulumi provider v0.2.3 (tencentcloudstack/pulumi-tencentcloud, Node SDK).
// `tencentcloud:Security/group:Group`
// (SDK file sdk/nodejs/security/group.ts, Terraform `tencentcloud_security_group`): token, inputs and outputs as
// the generated SDK declares them, and the same default resource options.
import * as pulumi from '@pulumi/pulumi';
import { providerOptions } from '../provider';

/**
 * A security group (rules are managed by separate resources).
 *
 * Pulumi type `tencentcloud:Security/group:Group`.
 */
export class Group extends pulumi.CustomResource {
  /** The Pulumi type token of this resource. */
  public static readonly __pulumiType = 'tencentcloud:Security/group:Group';

  /** Whether `obj` is a Group, even when several copies of this module are loaded. */
  public static isInstance(obj: any): obj is Group {
    return obj !== undefined && obj !== null && obj.__pulumiType === Group.__pulumiType;
  }

  // Outputs are `declare`d: under ES2022 class-field semantics, `x!:` fields would be reset to
  // undefined after the Resource constructor has set them.
  /** Free-text description. */
  public declare readonly description: pulumi.Output<string | undefined>;
  /** Security group name (auto-named if omitted). */
  public declare readonly name: pulumi.Output<string | undefined>;
  /** Project the group belongs to. */
  public declare readonly projectId: pulumi.Output<number | undefined>;
  /** Tag map. */
  public declare readonly tags: pulumi.Output<{ [key: string]: string } | undefined>;

  /**
   * Creates a Group with the given unique name, arguments and options.
   * @param name The unique logical name of the resource.
   * @param args The inputs of the resource.
   * @param opts Resource options; merged over the provider defaults (version, plugin download URL).
   */
  constructor(name: string, args: GroupArgs, opts?: pulumi.CustomResourceOptions) {
    const o = opts ?? {};
    const resourceInputs: pulumi.Inputs = {
      description: args?.description,
      name: args?.name,
      projectId: args?.projectId,
      tags: args?.tags,
    };
    super(Group.__pulumiType, name, resourceInputs, providerOptions(o));
  }
}

/** The inputs of a Group (`tencentcloud:Security/group:Group`). */
export interface GroupArgs {
  /**
   * Free-text description.
   * @default - unset: the provider or the service decides.
   */
  description?: pulumi.Input<string>;
  /**
   * Security group name (auto-named if omitted).
   * Pulumi auto-names it from the logical name when omitted.
   * @default - unset: the provider or the service decides.
   */
  name?: pulumi.Input<string>;
  /**
   * Project the group belongs to.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  projectId?: pulumi.Input<number>;
  /**
   * Tag map.
   * @default - unset: the provider or the service decides.
   */
  tags?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
}
