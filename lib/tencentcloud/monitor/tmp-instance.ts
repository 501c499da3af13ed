// Thin mirror of the Tencent Cloud Pulumi provider v0.2.3 (tencentcloudstack/pulumi-tencentcloud, Node SDK).
// `tencentcloud:Monitor/tmpInstance:TmpInstance`
// (SDK file sdk/nodejs/monitor/tmpInstance.ts, Terraform `tencentcloud_monitor_tmp_instance`): token, inputs and outputs as
// the generated SDK declares them, and the same default resource options.
import * as pulumi from '@pulumi/pulumi';
import { providerOptions } from '../provider';

/**
 * A Tencent Managed Prometheus (TMP) instance.
 *
 * Pulumi type `tencentcloud:Monitor/tmpInstance:TmpInstance`.
 */
export class TmpInstance extends pulumi.CustomResource {
  /** The Pulumi type token of this resource. */
  public static readonly __pulumiType = 'tencentcloud:Monitor/tmpInstance:TmpInstance';

  /** Whether `obj` is a TmpInstance, even when several copies of this module are loaded. */
  public static isInstance(obj: any): obj is TmpInstance {
    return obj !== undefined && obj !== null && obj.__pulumiType === TmpInstance.__pulumiType;
  }

  // Outputs are `declare`d: under ES2022 class-field semantics, `x!:` fields would be reset to
  // undefined after the Resource constructor has set them.
  /** Prometheus HTTP API root address. Output only. */
  public declare /* out */ readonly apiRootPath: pulumi.Output<string>;
  /** Retention in days: 15, 30, 45, 90, 180, 365 or 730. */
  public declare readonly dataRetentionTime: pulumi.Output<number>;
  /** Instance name. */
  public declare readonly instanceName: pulumi.Output<string>;
  /** Instance IPv4 address. Output only. */
  public declare /* out */ readonly ipv4Address: pulumi.Output<string>;
  /** Proxy address. Output only. */
  public declare /* out */ readonly proxyAddress: pulumi.Output<string>;
  /** Prometheus remote write address. Output only. */
  public declare /* out */ readonly remoteWrite: pulumi.Output<string>;
  /** Subnet of the instance. */
  public declare readonly subnetId: pulumi.Output<string>;
  /** Tag map. */
  public declare readonly tags: pulumi.Output<{ [key: string]: string } | undefined>;
  /** VPC of the instance. */
  public declare readonly vpcId: pulumi.Output<string>;
  /** Availability zone of the instance. */
  public declare readonly zone: pulumi.Output<string>;

  /**
   * Creates a TmpInstance with the given unique name, arguments and options.
   * @param name The unique logical name of the resource.
   * @param args The inputs of the resource.
   * @param opts Resource options; merged over the provider defaults (version, plugin download URL).
   */
  constructor(name: string, args: TmpInstanceArgs, opts?: pulumi.CustomResourceOptions) {
    const o = opts ?? {};
    // As in the SDK: required inputs are checked unless the resource is rehydrated from a URN or read by id.
    if (!o.urn && !o.id) {
      for (const key of ['dataRetentionTime', 'instanceName', 'subnetId', 'vpcId', 'zone'] as const) {
        if (args?.[key] === undefined) throw new Error(`Missing required property '${key}'`);
      }
    }
    const resourceInputs: pulumi.Inputs = {
      dataRetentionTime: args?.dataRetentionTime,
      instanceName: args?.instanceName,
      subnetId: args?.subnetId,
      tags: args?.tags,
      vpcId: args?.vpcId,
      zone: args?.zone,
      apiRootPath: undefined, // output
      ipv4Address: undefined, // output
      proxyAddress: undefined, // output
      remoteWrite: undefined, // output
    };
    super(TmpInstance.__pulumiType, name, resourceInputs, providerOptions(o));
  }
}

/** The inputs of a TmpInstance (`tencentcloud:Monitor/tmpInstance:TmpInstance`). */
export interface TmpInstanceArgs {
  /**
   * Retention in days: 15, 30, 45, 90, 180, 365 or 730.
   * One of: `15`, `30`, `45`, `90`, `180`, `365`, `730`.
   */
  dataRetentionTime: pulumi.Input<number>;
  /**
   * Instance name.
   */
  instanceName: pulumi.Input<string>;
  /**
   * Subnet of the instance.
   */
  subnetId: pulumi.Input<string>;
  /**
   * Tag map.
   * @default - unset: the provider or the service decides.
   */
  tags?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  /**
   * VPC of the instance.
   */
  vpcId: pulumi.Input<string>;
  /**
   * Availability zone of the instance.
   */
  zone: pulumi.Input<string>;
}
