// Thin mirror of the Tencent Cloud Pulumi provider v0.2.3 (tencentcloudstack/pulumi-tencentcloud, Node SDK).
// `tencentcloud:Vpc/instance:Instance`
// (SDK file sdk/nodejs/vpc/instance.ts, Terraform `tencentcloud_vpc`): token, inputs and outputs as
// the generated SDK declares them, and the same default resource options.
import * as pulumi from '@pulumi/pulumi';
import { providerOptions } from '../provider';

/**
 * A VPC network.
 *
 * Pulumi type `tencentcloud:Vpc/instance:Instance`.
 */
export class Instance extends pulumi.CustomResource {
  /** The Pulumi type token of this resource. */
  public static readonly __pulumiType = 'tencentcloud:Vpc/instance:Instance';

  /** Whether `obj` is an Instance, even when several copies of this module are loaded. */
  public static isInstance(obj: any): obj is Instance {
    return obj !== undefined && obj !== null && obj.__pulumiType === Instance.__pulumiType;
  }

  // Outputs are `declare`d: under ES2022 class-field semantics, `x!:` fields would be reset to
  // undefined after the Resource constructor has set them.
  /** Extra (assistant) CIDR blocks attached to the VPC; NORMAL type only. */
  public declare readonly assistantCidrs: pulumi.Output<string[] | undefined>;
  /** Primary CIDR of the VPC; must sit inside 10/8, 172.16/12 or 192.168/16. */
  public declare readonly cidrBlock: pulumi.Output<string>;
  /** Creation time of VPC. Output only. */
  public declare /* out */ readonly createTime: pulumi.Output<string>;
  /** Default route table id, which created automatically after VPC create. Output only. */
  public declare /* out */ readonly defaultRouteTableId: pulumi.Output<string>;
  /** Up to 5 DNS servers for the VPC. */
  public declare readonly dnsServers: pulumi.Output<string[] | undefined>;
  /** List of Docker Assistant CIDR. Output only. */
  public declare /* out */ readonly dockerAssistantCidrs: pulumi.Output<string[]>;
  /** Indicates whether it is the default VPC for this region. Output only. */
  public declare /* out */ readonly isDefault: pulumi.Output<boolean>;
  /** Turn VPC multicast on or off (provider default true). */
  public declare readonly isMulticast: pulumi.Output<boolean | undefined>;
  /** VPC name (auto-named by Pulumi if omitted). */
  public declare readonly name: pulumi.Output<string | undefined>;
  /** Tag map. */
  public declare readonly tags: pulumi.Output<{ [key: string]: string } | undefined>;

  /**
   * Creates an Instance with the given unique name, arguments and options.
   * @param name The unique logical name of the resource.
   * @param args The inputs of the resource.
   * @param opts Resource options; merged over the provider defaults (version, plugin download URL).
   */
  constructor(name: string, args: InstanceArgs, opts?: pulumi.CustomResourceOptions) {
    const o = opts ?? {};
    // As in the SDK: required inputs are checked unless the resource is rehydrated from a URN or read by id.
    if (!o.urn && !o.id) {
      for (const key of ['cidrBlock'] as const) {
        if (args?.[key] === undefined) throw new Error(`Missing required property '${key}'`);
      }
    }
    const resourceInputs: pulumi.Inputs = {
      assistantCidrs: args?.assistantCidrs,
      cidrBlock: args?.cidrBlock,
      dnsServers: args?.dnsServers,
      isMulticast: args?.isMulticast,
      name: args?.name,
      tags: args?.tags,
      createTime: undefined, // output
      defaultRouteTableId: undefined, // output
      dockerAssistantCidrs: undefined, // output
      isDefault: undefined, // output
    };
    super(Instance.__pulumiType, name, resourceInputs, providerOptions(o));
  }
}

/** The inputs of an Instance (`tencentcloud:Vpc/instance:Instance`). */
export interface InstanceArgs {
  /**
   * Extra (assistant) CIDR blocks attached to the VPC; NORMAL type only.
   * @default - unset: the provider or the service decides.
   */
  assistantCidrs?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Primary CIDR of the VPC; must sit inside 10/8, 172.16/12 or 192.168/16.
   * Changing it replaces the resource (ForceNew).
   */
  cidrBlock: pulumi.Input<string>;
  /**
   * Up to 5 DNS servers for the VPC.
   * @default - unset: the provider or the service decides.
   */
  dnsServers?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Turn VPC multicast on or off (provider default true).
   * @default true - the provider's documented default.
   */
  isMulticast?: pulumi.Input<boolean>;
  /**
   * VPC name (auto-named by Pulumi if omitted).
   * Pulumi auto-names it from the logical name when omitted.
   * @default - unset: the provider or the service decides.
   */
  name?: pulumi.Input<string>;
  /**
   * Tag map.
   * @default - unset: the provider or the service decides.
   */
  tags?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
}
