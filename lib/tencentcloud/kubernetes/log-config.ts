// Thin mirror of the Tencent Cloud Pulumi provider v0.2.3 (tencentcloudstack/pulumi-tencentcloud, Node SDK).
// `tencentcloud:Kubernetes/logConfig:LogConfig`
// (SDK file sdk/nodejs/kubernetes/logConfig.ts, Terraform `tencentcloud_kubernetes_log_config`): token, inputs and outputs as
// the generated SDK declares them, and the same default resource options.
import * as pulumi from '@pulumi/pulumi';
import { providerOptions } from '../provider';

/**
 * A TKE log collection rule (CRD LogConfig) shipping container/host logs to CLS or CKafka; needs the log agent.
 *
 * Pulumi type `tencentcloud:Kubernetes/logConfig:LogConfig`.
 */
export class LogConfig extends pulumi.CustomResource {
  /** The Pulumi type token of this resource. */
  public static readonly __pulumiType = 'tencentcloud:Kubernetes/logConfig:LogConfig';

  /** Whether `obj` is a LogConfig, even when several copies of this module are loaded. */
  public static isInstance(obj: any): obj is LogConfig {
    return obj !== undefined && obj !== null && obj.__pulumiType === LogConfig.__pulumiType;
  }

  // Outputs are `declare`d: under ES2022 class-field semantics, `x!:` fields would be reset to
  // undefined after the Resource constructor has set them.
  /** Target cluster. */
  public declare readonly clusterId: pulumi.Output<string>;
  /** tke (default) or eks. */
  public declare readonly clusterType: pulumi.Output<string | undefined>;
  /** The LogConfig object as a JSON string (input selectors, CLS topic output, etc.). */
  public declare readonly logConfig: pulumi.Output<string>;
  /** Name of the log rule. */
  public declare readonly logConfigName: pulumi.Output<string>;
  /** CLS logset ID the output topic belongs to. */
  public declare readonly logsetId: pulumi.Output<string | undefined>;

  /**
   * Creates a LogConfig with the given unique name, arguments and options.
   * @param name The unique logical name of the resource.
   * @param args The inputs of the resource.
   * @param opts Resource options; merged over the provider defaults (version, plugin download URL).
   */
  constructor(name: string, args: LogConfigArgs, opts?: pulumi.CustomResourceOptions) {
    const o = opts ?? {};
    // As in the SDK: required inputs are checked unless the resource is rehydrated from a URN or read by id.
    if (!o.urn && !o.id) {
      for (const key of ['clusterId', 'logConfig', 'logConfigName'] as const) {
        if (args?.[key] === undefined) throw new Error(`Missing required property '${key}'`);
      }
    }
    const resourceInputs: pulumi.Inputs = {
      clusterId: args?.clusterId,
      clusterType: args?.clusterType,
      logConfig: args?.logConfig,
      logConfigName: args?.logConfigName,
      logsetId: args?.logsetId,
    };
    super(LogConfig.__pulumiType, name, resourceInputs, providerOptions(o));
  }
}

/** The inputs of a LogConfig (`tencentcloud:Kubernetes/logConfig:LogConfig`). */
export interface LogConfigArgs {
  /**
   * Target cluster.
   * Changing it replaces the resource (ForceNew).
   */
  clusterId: pulumi.Input<string>;
  /**
   * tke (default) or eks.
   * Changing it replaces the resource (ForceNew).
   * @default tke - the provider's documented default.
   */
  clusterType?: pulumi.Input<string>;
  /**
   * The LogConfig object as a JSON string (input selectors, CLS topic output, etc.).
   * Changing it replaces the resource (ForceNew).
   */
  logConfig: pulumi.Input<string>;
  /**
   * Name of the log rule.
   * Changing it replaces the resource (ForceNew).
   */
  logConfigName: pulumi.Input<string>;
  /**
   * CLS logset ID the output topic belongs to.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  logsetId?: pulumi.Input<string>;
}
