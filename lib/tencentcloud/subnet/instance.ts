// Thin mirror of the Tencent Cloud Pulumi provider v0.2.3 (tencentcloudstack/pulumi-tencentcloud, Node SDK).
// `tencentcloud:Subnet/instance:Instance`
// (SDK file sdk/nodejs/subnet/instance.ts, Terraform `tencentcloud_subnet`): token, inputs and outputs as
// the generated SDK declares them, and the same default resource options.
import * as pulumi from '@pulumi/pulumi';
import { providerOptions } from '../provider';

/**
 * A subnet of a VPC, bound to one availability zone.
 *
 * Pulumi type `tencentcloud:Subnet/instance:Instance`.
 */
export class Instance extends pulumi.CustomResource {
  /** The Pulumi type token of this resource. */
  public static readonly __pulumiType = 'tencentcloud:Subnet/instance:Instance';

  /** Whether `obj` is an Instance, even when several copies of this module are loaded. */
  public static isInstance(obj: any): obj is Instance {
    return obj !== undefined && obj !== null && obj.__pulumiType === Instance.__pulumiType;
  }

  // Outputs are `declare`d: under ES2022 class-field semantics, `x!:` fields would be reset to
  // undefined after the Resource constructor has set them.
  /** Zone the subnet lives in, e.g. ap-guangzhou-3. */
  public declare readonly availabilityZone: pulumi.Output<string>;
  /** The number of available IPs. Output only. */
  public declare /* out */ readonly availableIpCount: pulumi.Output<number>;
  /** CDC (dedicated cluster) ID, for CDC subnets. */
  public declare readonly cdcId: pulumi.Output<string | undefined>;
  /** Subnet CIDR, inside the VPC CIDR. */
  public declare readonly cidrBlock: pulumi.Output<string>;
  /** Creation time of subnet resource. Output only. */
  public declare /* out */ readonly createTime: pulumi.Output<string>;
  /** Indicates whether it is the default VPC for this region. Output only. */
  public declare /* out */ readonly isDefault: pulumi.Output<boolean>;
  /** Turn multicast on or off (provider default true). */
  public declare readonly isMulticast: pulumi.Output<boolean | undefined>;
  /** Subnet name (auto-named if omitted). */
  public declare readonly name: pulumi.Output<string | undefined>;
  /** Route table to associate; VPC default table if unset. */
  public declare readonly routeTableId: pulumi.Output<string | undefined>;
  /** Tag map. */
  public declare readonly tags: pulumi.Output<{ [key: string]: string } | undefined>;
  /** Parent VPC ID. */
  public declare readonly vpcId: pulumi.Output<string>;

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
      for (const key of ['availabilityZone', 'cidrBlock', 'vpcId'] as const) {
        if (args?.[key] === undefined) throw new Error(`Missing required property '${key}'`);
      }
    }
    const resourceInputs: pulumi.Inputs = {
      availabilityZone: args?.availabilityZone,
      cdcId: args?.cdcId,
      cidrBlock: args?.cidrBlock,
      isMulticast: args?.isMulticast,
      name: args?.name,
      routeTableId: args?.routeTableId,
      tags: args?.tags,
      vpcId: args?.vpcId,
      availableIpCount: undefined, // output
      createTime: undefined, // output
      isDefault: undefined, // output
    };
    super(Instance.__pulumiType, name, resourceInputs, providerOptions(o));
  }
}

/** The inputs of an Instance (`tencentcloud:Subnet/instance:Instance`). */
export interface InstanceArgs {
  /**
   * Zone the subnet lives in, e.g. ap-guangzhou-3.
   * Changing it replaces the resource (ForceNew).
   */
  availabilityZone: pulumi.Input<string>;
  /**
   * CDC (dedicated cluster) ID, for CDC subnets.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  cdcId?: pulumi.Input<string>;
  /**
   * Subnet CIDR, inside the VPC CIDR.
   * Changing it replaces the resource (ForceNew).
   */
  cidrBlock: pulumi.Input<string>;
  /**
   * Turn multicast on or off (provider default true).
   * @default true - the provider's documented default.
   */
  isMulticast?: pulumi.Input<boolean>;
  /**
   * Subnet name (auto-named if omitted).
   * Pulumi auto-names it from the logical name when omitted.
   * @default - unset: the provider or the service decides.
   */
  name?: pulumi.Input<string>;
  /**
   * Route table to associate; VPC default table if unset.
   * @default - unset: the provider or the service decides.
   */
  routeTableId?: pulumi.Input<string>;
  /**
   * Tag map.
   * @default - unset: the provider or the service decides.
   */
  tags?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  /**
   * Parent VPC ID.
   * Changing it replaces the resource (ForceNew).
   */
  vpcId: pulumi.Input<string>;
}
