// Thin mirror of the Tencent Cloud Pulumi provider v0.2.3 (tencentcloudstack/pulumi-tencentcloud, Node SDK).
// `tencentcloud:Kubernetes/nodePool:NodePool`
// (SDK file sdk/nodejs/kubernetes/nodePool.ts, Terraform `tencentcloud_kubernetes_node_pool`): token, inputs and outputs as
// the generated SDK declares them, and the same default resource options.
import * as pulumi from '@pulumi/pulumi';
import { providerOptions } from '../provider';
import type { NodePoolAnnotation, NodePoolAutoScalingConfig, NodePoolNodeConfig, NodePoolTaint } from './types';

/**
 * A TKE node pool backed by an Auto Scaling group; the recommended way to add worker nodes.
 *
 * Pulumi type `tencentcloud:Kubernetes/nodePool:NodePool`.
 */
export class NodePool extends pulumi.CustomResource {
  /** The Pulumi type token of this resource. */
  public static readonly __pulumiType = 'tencentcloud:Kubernetes/nodePool:NodePool';

  /** Whether `obj` is a NodePool, even when several copies of this module are loaded. */
  public static isInstance(obj: any): obj is NodePool {
    return obj !== undefined && obj !== null && obj.__pulumiType === NodePool.__pulumiType;
  }

  // Outputs are `declare`d: under ES2022 class-field semantics, `x!:` fields would be reset to
  // undefined after the Resource constructor has set them.
  /** Node annotations (name/value list). */
  public declare readonly annotations: pulumi.Output<pulumi.Unwrap<NodePoolAnnotation>[] | undefined>;
  /** Launch configuration of the node CVMs (instance type, disks, security groups, login, charge type). */
  public declare readonly autoScalingConfig: pulumi.Output<pulumi.Unwrap<NodePoolAutoScalingConfig>>;
  /** ID of the backing Auto Scaling group. Output only. */
  public declare /* out */ readonly autoScalingGroupId: pulumi.Output<string>;
  /** Propagate tag add/modify to running instances (not deletes; applied with delay). */
  public declare readonly autoUpdateInstanceTags: pulumi.Output<boolean | undefined>;
  /** Nodes added by autoscaling. Output only. */
  public declare /* out */ readonly autoscalingAddedTotal: pulumi.Output<number>;
  /** Cluster the pool belongs to. */
  public declare readonly clusterId: pulumi.Output<string>;
  /** Scaling cooldown in seconds (default 300). */
  public declare readonly defaultCooldown: pulumi.Output<number | undefined>;
  /** Keep the CVMs when the pool is deleted (default true). */
  public declare readonly deleteKeepInstance: pulumi.Output<boolean | undefined>;
  /** Block pool deletion while true. */
  public declare readonly deletionProtection: pulumi.Output<boolean | undefined>;
  /** Desired node count; computed when enableAutoScale is true. */
  public declare readonly desiredCapacity: pulumi.Output<number | undefined>;
  /** Let cluster-autoscaler scale the pool between minSize and maxSize. */
  public declare readonly enableAutoScale: pulumi.Output<boolean | undefined>;
  /** Kubernetes labels for pool nodes. */
  public declare readonly labels: pulumi.Output<{ [key: string]: string } | undefined>;
  /** ID of the launch configuration. Output only. */
  public declare /* out */ readonly launchConfigId: pulumi.Output<string>;
  /** Nodes added manually. Output only. */
  public declare /* out */ readonly manuallyAddedTotal: pulumi.Output<number>;
  /** Maximum node count. */
  public declare readonly maxSize: pulumi.Output<number>;
  /** Minimum node count. */
  public declare readonly minSize: pulumi.Output<number>;
  /** How nodes spread over subnets/zones: PRIORITY (first subnet first, default) or EQUALITY (balanced). */
  public declare readonly multiZoneSubnetPolicy: pulumi.Output<string | undefined>;
  /** Pool name, at most 25 chars (auto-named if omitted). */
  public declare readonly name: pulumi.Output<string | undefined>;
  /** Kubelet / node-level settings (data disk mount, extra args, user data, GPU). */
  public declare readonly nodeConfig: pulumi.Output<pulumi.Unwrap<NodePoolNodeConfig> | undefined>;
  /** Current node count. Output only. */
  public declare /* out */ readonly nodeCount: pulumi.Output<number>;
  /** OS image name or custom image ID for new nodes (default tlinux2.4x86_64). */
  public declare readonly nodeOs: pulumi.Output<string | undefined>;
  /** Image type: GENERAL (default) or DOCKER_CUSTOMIZE; affects new nodes only. */
  public declare readonly nodeOsType: pulumi.Output<string | undefined>;
  /** Scaling retry: IMMEDIATE_RETRY or INCREMENTAL_INTERVALS. */
  public declare readonly retryPolicy: pulumi.Output<string | undefined>;
  /** Percent of desiredCapacity that must succeed (default 100); only with waitNodeReady. */
  public declare readonly scaleTolerance: pulumi.Output<number | undefined>;
  /** Name of the underlying scaling group. */
  public declare readonly scalingGroupName: pulumi.Output<string | undefined>;
  /** Project of the scaling group. */
  public declare readonly scalingGroupProjectId: pulumi.Output<number | undefined>;
  /** CLASSIC_SCALING (create/destroy) or WAKE_UP_STOPPED_SCALING (start stopped instances first). */
  public declare readonly scalingMode: pulumi.Output<string | undefined>;
  /** Pool status. Output only. */
  public declare /* out */ readonly status: pulumi.Output<string>;
  /** Subnets for nodes; listing subnets in several zones makes the pool multi-AZ. */
  public declare readonly subnetIds: pulumi.Output<string[] | undefined>;
  /** Tags passed through to scaled instances. */
  public declare readonly tags: pulumi.Output<{ [key: string]: string } | undefined>;
  /** Kubernetes taints for pool nodes. */
  public declare readonly taints: pulumi.Output<pulumi.Unwrap<NodePoolTaint>[] | undefined>;
  /** Scale-in victim policy: OLDEST_INSTANCE or NEWEST_INSTANCE (single-element list). */
  public declare readonly terminationPolicies: pulumi.Output<string | undefined>;
  /** Whether new nodes start unschedulable: 0 = schedulable (default). */
  public declare readonly unschedulable: pulumi.Output<number | undefined>;
  /** VPC of the pool. */
  public declare readonly vpcId: pulumi.Output<string>;
  /** Wait until desired nodes are Ready (default false); only when enableAutoScale is false. */
  public declare readonly waitNodeReady: pulumi.Output<boolean | undefined>;
  /** Availability zones of the scaling group (needed for basic network; with VPC the subnets decide). */
  public declare readonly zones: pulumi.Output<string[] | undefined>;

  /**
   * Creates a NodePool with the given unique name, arguments and options.
   * @param name The unique logical name of the resource.
   * @param args The inputs of the resource.
   * @param opts Resource options; merged over the provider defaults (version, plugin download URL).
   */
  constructor(name: string, args: NodePoolArgs, opts?: pulumi.CustomResourceOptions) {
    const o = opts ?? {};
    // As in the SDK: required inputs are checked unless the resource is rehydrated from a URN or read by id.
    if (!o.urn && !o.id) {
      for (const key of ['autoScalingConfig', 'clusterId', 'maxSize', 'minSize', 'vpcId'] as const) {
        if (args?.[key] === undefined) throw new Error(`Missing required property '${key}'`);
      }
    }
    const resourceInputs: pulumi.Inputs = {
      annotations: args?.annotations,
      autoScalingConfig: args?.autoScalingConfig,
      autoUpdateInstanceTags: args?.autoUpdateInstanceTags,
      clusterId: args?.clusterId,
      defaultCooldown: args?.defaultCooldown,
      deleteKeepInstance: args?.deleteKeepInstance,
      deletionProtection: args?.deletionProtection,
      desiredCapacity: args?.desiredCapacity,
      enableAutoScale: args?.enableAutoScale,
      labels: args?.labels,
      maxSize: args?.maxSize,
      minSize: args?.minSize,
      multiZoneSubnetPolicy: args?.multiZoneSubnetPolicy,
      name: args?.name,
      nodeConfig: args?.nodeConfig,
      nodeOs: args?.nodeOs,
      nodeOsType: args?.nodeOsType,
      retryPolicy: args?.retryPolicy,
      scaleTolerance: args?.scaleTolerance,
      scalingGroupName: args?.scalingGroupName,
      scalingGroupProjectId: args?.scalingGroupProjectId,
      scalingMode: args?.scalingMode,
      subnetIds: args?.subnetIds,
      tags: args?.tags,
      taints: args?.taints,
      terminationPolicies: args?.terminationPolicies,
      unschedulable: args?.unschedulable,
      vpcId: args?.vpcId,
      waitNodeReady: args?.waitNodeReady,
      zones: args?.zones,
      autoScalingGroupId: undefined, // output
      autoscalingAddedTotal: undefined, // output
      launchConfigId: undefined, // output
      manuallyAddedTotal: undefined, // output
      nodeCount: undefined, // output
      status: undefined, // output
    };
    super(NodePool.__pulumiType, name, resourceInputs, providerOptions(o));
  }
}

/** The inputs of a NodePool (`tencentcloud:Kubernetes/nodePool:NodePool`). */
export interface NodePoolArgs {
  /**
   * Node annotations (name/value list).
   * @default - unset: the provider or the service decides.
   */
  annotations?: pulumi.Input<pulumi.Input<NodePoolAnnotation>[]>;
  /**
   * Launch configuration of the node CVMs (instance type, disks, security groups, login, charge type).
   */
  autoScalingConfig: pulumi.Input<NodePoolAutoScalingConfig>;
  /**
   * Propagate tag add/modify to running instances (not deletes; applied with delay).
   * Changing it replaces the resource (ForceNew).
   * @default false - the provider's documented default.
   */
  autoUpdateInstanceTags?: pulumi.Input<boolean>;
  /**
   * Cluster the pool belongs to.
   * Changing it replaces the resource (ForceNew).
   */
  clusterId: pulumi.Input<string>;
  /**
   * Scaling cooldown in seconds (default 300).
   * @default 300 - the provider's documented default.
   */
  defaultCooldown?: pulumi.Input<number>;
  /**
   * Keep the CVMs when the pool is deleted (default true).
   * @default true - the provider's documented default.
   */
  deleteKeepInstance?: pulumi.Input<boolean>;
  /**
   * Block pool deletion while true.
   * @default - unset: the provider or the service decides.
   */
  deletionProtection?: pulumi.Input<boolean>;
  /**
   * Desired node count; computed when enableAutoScale is true.
   * @default - unset: the provider or the service decides.
   */
  desiredCapacity?: pulumi.Input<number>;
  /**
   * Let cluster-autoscaler scale the pool between minSize and maxSize.
   * @default - unset: the provider or the service decides.
   */
  enableAutoScale?: pulumi.Input<boolean>;
  /**
   * Kubernetes labels for pool nodes.
   * @default - unset: the provider or the service decides.
   */
  labels?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  /**
   * Maximum node count.
   */
  maxSize: pulumi.Input<number>;
  /**
   * Minimum node count.
   */
  minSize: pulumi.Input<number>;
  /**
   * How nodes spread over subnets/zones: PRIORITY (first subnet first, default) or EQUALITY (balanced).
   * One of: `PRIORITY`, `EQUALITY`.
   * @default PRIORITY - the provider's documented default.
   */
  multiZoneSubnetPolicy?: pulumi.Input<string>;
  /**
   * Pool name, at most 25 chars (auto-named if omitted).
   * Pulumi auto-names it from the logical name when omitted.
   * @default - unset: the provider or the service decides.
   */
  name?: pulumi.Input<string>;
  /**
   * Kubelet / node-level settings (data disk mount, extra args, user data, GPU).
   * @default - unset: the provider or the service decides.
   */
  nodeConfig?: pulumi.Input<NodePoolNodeConfig>;
  /**
   * OS image name or custom image ID for new nodes (default tlinux2.4x86_64).
   * @default tlinux2.4x86_64 - the provider's documented default.
   */
  nodeOs?: pulumi.Input<string>;
  /**
   * Image type: GENERAL (default) or DOCKER_CUSTOMIZE; affects new nodes only.
   * One of: `GENERAL`, `DOCKER_CUSTOMIZE`.
   * @default GENERAL - the provider's documented default.
   */
  nodeOsType?: pulumi.Input<string>;
  /**
   * Scaling retry: IMMEDIATE_RETRY or INCREMENTAL_INTERVALS.
   * One of: `IMMEDIATE_RETRY`, `INCREMENTAL_INTERVALS`.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  retryPolicy?: pulumi.Input<string>;
  /**
   * Percent of desiredCapacity that must succeed (default 100); only with waitNodeReady.
   * @default 100 - the provider's documented default.
   */
  scaleTolerance?: pulumi.Input<number>;
  /**
   * Name of the underlying scaling group.
   * @default - unset: the provider or the service decides.
   */
  scalingGroupName?: pulumi.Input<string>;
  /**
   * Project of the scaling group.
   * @default - unset: the provider or the service decides.
   */
  scalingGroupProjectId?: pulumi.Input<number>;
  /**
   * CLASSIC_SCALING (create/destroy) or WAKE_UP_STOPPED_SCALING (start stopped instances first).
   * One of: `CLASSIC_SCALING`, `WAKE_UP_STOPPED_SCALING`.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  scalingMode?: pulumi.Input<string>;
  /**
   * Subnets for nodes; listing subnets in several zones makes the pool multi-AZ.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  subnetIds?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Tags passed through to scaled instances.
   * @default - unset: the provider or the service decides.
   */
  tags?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  /**
   * Kubernetes taints for pool nodes.
   * @default - unset: the provider or the service decides.
   */
  taints?: pulumi.Input<pulumi.Input<NodePoolTaint>[]>;
  /**
   * Scale-in victim policy: OLDEST_INSTANCE or NEWEST_INSTANCE (single-element list).
   * One of: `OLDEST_INSTANCE`, `NEWEST_INSTANCE`.
   * @default - unset: the provider or the service decides.
   */
  terminationPolicies?: pulumi.Input<string>;
  /**
   * Whether new nodes start unschedulable: 0 = schedulable (default).
   * Changing it replaces the resource (ForceNew).
   * @default 0 - the provider's documented default.
   */
  unschedulable?: pulumi.Input<number>;
  /**
   * VPC of the pool.
   * Changing it replaces the resource (ForceNew).
   */
  vpcId: pulumi.Input<string>;
  /**
   * Wait until desired nodes are Ready (default false); only when enableAutoScale is false.
   * @default false - the provider's documented default.
   */
  waitNodeReady?: pulumi.Input<boolean>;
  /**
   * Availability zones of the scaling group (needed for basic network; with VPC the subnets decide).
   * @default - unset: the provider or the service decides.
   */
  zones?: pulumi.Input<pulumi.Input<string>[]>;
}
