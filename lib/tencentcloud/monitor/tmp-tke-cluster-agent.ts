// Thin mirror of the Tencent Cloud Pulumi provider v0.2.3 (tencentcloudstack/pulumi-tencentcloud, Node SDK).
// `tencentcloud:Monitor/tmpTkeClusterAgent:TmpTkeClusterAgent`
// (SDK file sdk/nodejs/monitor/tmpTkeClusterAgent.ts, Terraform `tencentcloud_monitor_tmp_tke_cluster_agent`): token, inputs and outputs as
// the generated SDK declares them, and the same default resource options.
import * as pulumi from '@pulumi/pulumi';
import { providerOptions } from '../provider';
import type { TmpTkeClusterAgentAgents } from './types';

/**
 * Associates a TKE cluster with a TMP instance by installing the Prometheus agent.
 *
 * Pulumi type `tencentcloud:Monitor/tmpTkeClusterAgent:TmpTkeClusterAgent`.
 */
export class TmpTkeClusterAgent extends pulumi.CustomResource {
  /** The Pulumi type token of this resource. */
  public static readonly __pulumiType = 'tencentcloud:Monitor/tmpTkeClusterAgent:TmpTkeClusterAgent';

  /** Whether `obj` is a TmpTkeClusterAgent, even when several copies of this module are loaded. */
  public static isInstance(obj: any): obj is TmpTkeClusterAgent {
    return obj !== undefined && obj !== null && obj.__pulumiType === TmpTkeClusterAgent.__pulumiType;
  }

  // Outputs are `declare`d: under ES2022 class-field semantics, `x!:` fields would be reset to
  // undefined after the Resource constructor has set them.
  /** The agent/cluster binding (one object). */
  public declare readonly agents: pulumi.Output<pulumi.Unwrap<TmpTkeClusterAgentAgents>>;
  /** TMP instance ID. */
  public declare readonly instanceId: pulumi.Output<string>;

  /**
   * Creates a TmpTkeClusterAgent with the given unique name, arguments and options.
   * @param name The unique logical name of the resource.
   * @param args The inputs of the resource.
   * @param opts Resource options; merged over the provider defaults (version, plugin download URL).
   */
  constructor(name: string, args: TmpTkeClusterAgentArgs, opts?: pulumi.CustomResourceOptions) {
    const o = opts ?? {};
    // As in the SDK: required inputs are checked unless the resource is rehydrated from a URN or read by id.
    if (!o.urn && !o.id) {
      for (const key of ['agents', 'instanceId'] as const) {
        if (args?.[key] === undefined) throw new Error(`Missing required property '${key}'`);
      }
    }
    const resourceInputs: pulumi.Inputs = {
      agents: args?.agents,
      instanceId: args?.instanceId,
    };
    super(TmpTkeClusterAgent.__pulumiType, name, resourceInputs, providerOptions(o));
  }
}

/** The inputs of a TmpTkeClusterAgent (`tencentcloud:Monitor/tmpTkeClusterAgent:TmpTkeClusterAgent`). */
export interface TmpTkeClusterAgentArgs {
  /**
   * The agent/cluster binding (one object).
   */
  agents: pulumi.Input<TmpTkeClusterAgentAgents>;
  /**
   * TMP instance ID.
   * Changing it replaces the resource (ForceNew).
   */
  instanceId: pulumi.Input<string>;
}
