// Thin mirror of the Tencent Cloud Pulumi provider v0.2.3 (tencentcloudstack/pulumi-tencentcloud, Node SDK).
// `tencentcloud:Cls/logset:Logset`
// (SDK file sdk/nodejs/cls/logset.ts, Terraform `tencentcloud_cls_logset`): token, inputs and outputs as
// the generated SDK declares them, and the same default resource options.
import * as pulumi from '@pulumi/pulumi';
import { providerOptions } from '../provider';

/**
 * A CLS (Cloud Log Service) logset, the container of log topics.
 *
 * Pulumi type `tencentcloud:Cls/logset:Logset`.
 */
export class Logset extends pulumi.CustomResource {
  /** The Pulumi type token of this resource. */
  public static readonly __pulumiType = 'tencentcloud:Cls/logset:Logset';

  /** Whether `obj` is a Logset, even when several copies of this module are loaded. */
  public static isInstance(obj: any): obj is Logset {
    return obj !== undefined && obj !== null && obj.__pulumiType === Logset.__pulumiType;
  }

  // Outputs are `declare`d: under ES2022 class-field semantics, `x!:` fields would be reset to
  // undefined after the Resource constructor has set them.
  /** Creation time. Output only. */
  public declare /* out */ readonly createTime: pulumi.Output<string>;
  /** Logset name, unique per region. */
  public declare readonly logsetName: pulumi.Output<string>;
  /** If assumerUin is not empty, it indicates the service provider who creates the logset. Output only. */
  public declare /* out */ readonly roleName: pulumi.Output<string>;
  /** Tag map. */
  public declare readonly tags: pulumi.Output<{ [key: string]: string } | undefined>;
  /** Number of log topics in logset. Output only. */
  public declare /* out */ readonly topicCount: pulumi.Output<number>;

  /**
   * Creates a Logset with the given unique name, arguments and options.
   * @param name The unique logical name of the resource.
   * @param args The inputs of the resource.
   * @param opts Resource options; merged over the provider defaults (version, plugin download URL).
   */
  constructor(name: string, args: LogsetArgs, opts?: pulumi.CustomResourceOptions) {
    const o = opts ?? {};
    // As in the SDK: required inputs are checked unless the resource is rehydrated from a URN or read by id.
    if (!o.urn && !o.id) {
      for (const key of ['logsetName'] as const) {
        if (args?.[key] === undefined) throw new Error(`Missing required property '${key}'`);
      }
    }
    const resourceInputs: pulumi.Inputs = {
      logsetName: args?.logsetName,
      tags: args?.tags,
      createTime: undefined, // output
      roleName: undefined, // output
      topicCount: undefined, // output
    };
    super(Logset.__pulumiType, name, resourceInputs, providerOptions(o));
  }
}

/** The inputs of a Logset (`tencentcloud:Cls/logset:Logset`). */
export interface LogsetArgs {
  /**
   * Logset name, unique per region.
   */
  logsetName: pulumi.Input<string>;
  /**
   * Tag map.
   * @default - unset: the provider or the service decides.
   */
  tags?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
}
