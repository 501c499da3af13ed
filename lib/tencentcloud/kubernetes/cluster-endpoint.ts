// Thin mirror of the Tencent Cloud Pulumi provider v0.2.3 (tencentcloudstack/pulumi-tencentcloud, Node SDK).
// `tencentcloud:Kubernetes/clusterEndpoint:ClusterEndpoint`
// (SDK file sdk/nodejs/kubernetes/clusterEndpoint.ts, Terraform `tencentcloud_kubernetes_cluster_endpoint`): token, inputs and outputs as
// the generated SDK declares them, and the same default resource options.
import * as pulumi from '@pulumi/pulumi';
import { providerOptions } from '../provider';

/**
 * Opens/closes the public and private API server endpoints of an existing cluster (use after nodes exist).
 *
 * Pulumi type `tencentcloud:Kubernetes/clusterEndpoint:ClusterEndpoint`.
 */
export class ClusterEndpoint extends pulumi.CustomResource {
  /** The Pulumi type token of this resource. */
  public static readonly __pulumiType = 'tencentcloud:Kubernetes/clusterEndpoint:ClusterEndpoint';

  /** Whether `obj` is a ClusterEndpoint, even when several copies of this module are loaded. */
  public static isInstance(obj: any): obj is ClusterEndpoint {
    return obj !== undefined && obj !== null && obj.__pulumiType === ClusterEndpoint.__pulumiType;
  }

  // Outputs are `declare`d: under ES2022 class-field semantics, `x!:` fields would be reset to
  // undefined after the Resource constructor has set them.
  /** Cluster CA certificate. Output only. */
  public declare /* out */ readonly certificationAuthority: pulumi.Output<string>;
  /** MANAGED_CLUSTER or INDEPENDENT_CLUSTER. Output only. */
  public declare /* out */ readonly clusterDeployType: pulumi.Output<string>;
  /** Public API server address. Output only. */
  public declare /* out */ readonly clusterExternalEndpoint: pulumi.Output<string>;
  /** Target cluster. */
  public declare readonly clusterId: pulumi.Output<string>;
  /** Open the public API endpoint. */
  public declare readonly clusterInternet: pulumi.Output<boolean | undefined>;
  /** Custom domain for the public endpoint; may change clusterExternalEndpoint. */
  public declare readonly clusterInternetDomain: pulumi.Output<string | undefined>;
  /** Security group for the public endpoint; required when clusterInternet is true. */
  public declare readonly clusterInternetSecurityGroup: pulumi.Output<string | undefined>;
  /** Open the private (VPC) API endpoint. */
  public declare readonly clusterIntranet: pulumi.Output<boolean | undefined>;
  /** Custom domain for the private endpoint; may change pgwEndpoint. */
  public declare readonly clusterIntranetDomain: pulumi.Output<string | undefined>;
  /** Subnet for the private endpoint; required with clusterIntranet, immutable once set. */
  public declare readonly clusterIntranetSubnetId: pulumi.Output<string | undefined>;
  /** API server domain. Output only. */
  public declare /* out */ readonly domain: pulumi.Output<string>;
  /** Extra CLB parameters (JSON) for the public endpoint load balancer. */
  public declare readonly extensiveParameters: pulumi.Output<string | undefined>;
  /** Kubeconfig for the public endpoint (secret). Output only. Marked secret. */
  public declare /* out */ readonly kubeConfig: pulumi.Output<string>;
  /** Kubeconfig for the private endpoint (secret). Output only. Marked secret. */
  public declare /* out */ readonly kubeConfigIntranet: pulumi.Output<string>;
  /** DEPRECATED: CIDR allow-list for the public endpoint; use clusterInternetSecurityGroup. */
  public declare readonly managedClusterInternetSecurityPolicies: pulumi.Output<string[] | undefined>;
  /** Cluster admin password (secret). Output only. Marked secret. */
  public declare /* out */ readonly password: pulumi.Output<string>;
  /** Private API server address. Output only. */
  public declare /* out */ readonly pgwEndpoint: pulumi.Output<string>;
  /** Cluster admin user name. Output only. */
  public declare /* out */ readonly userName: pulumi.Output<string>;

  /**
   * Creates a ClusterEndpoint with the given unique name, arguments and options.
   * @param name The unique logical name of the resource.
   * @param args The inputs of the resource.
   * @param opts Resource options; merged over the provider defaults (version, plugin download URL).
   */
  constructor(name: string, args: ClusterEndpointArgs, opts?: pulumi.CustomResourceOptions) {
    const o = opts ?? {};
    // As in the SDK: required inputs are checked unless the resource is rehydrated from a URN or read by id.
    if (!o.urn && !o.id) {
      for (const key of ['clusterId'] as const) {
        if (args?.[key] === undefined) throw new Error(`Missing required property '${key}'`);
      }
    }
    const resourceInputs: pulumi.Inputs = {
      clusterId: args?.clusterId,
      clusterInternet: args?.clusterInternet,
      clusterInternetDomain: args?.clusterInternetDomain,
      clusterInternetSecurityGroup: args?.clusterInternetSecurityGroup,
      clusterIntranet: args?.clusterIntranet,
      clusterIntranetDomain: args?.clusterIntranetDomain,
      clusterIntranetSubnetId: args?.clusterIntranetSubnetId,
      extensiveParameters: args?.extensiveParameters,
      managedClusterInternetSecurityPolicies: args?.managedClusterInternetSecurityPolicies,
      certificationAuthority: undefined, // output
      clusterDeployType: undefined, // output
      clusterExternalEndpoint: undefined, // output
      domain: undefined, // output
      kubeConfig: undefined, // output
      kubeConfigIntranet: undefined, // output
      password: undefined, // output
      pgwEndpoint: undefined, // output
      userName: undefined, // output
    };
    super(ClusterEndpoint.__pulumiType, name, resourceInputs, providerOptions(o, ['kubeConfig', 'kubeConfigIntranet', 'password']));
  }
}

/** The inputs of a ClusterEndpoint (`tencentcloud:Kubernetes/clusterEndpoint:ClusterEndpoint`). */
export interface ClusterEndpointArgs {
  /**
   * Target cluster.
   * Changing it replaces the resource (ForceNew).
   */
  clusterId: pulumi.Input<string>;
  /**
   * Open the public API endpoint.
   * @default - unset: the provider or the service decides.
   */
  clusterInternet?: pulumi.Input<boolean>;
  /**
   * Custom domain for the public endpoint; may change clusterExternalEndpoint.
   * @default - unset: the provider or the service decides.
   */
  clusterInternetDomain?: pulumi.Input<string>;
  /**
   * Security group for the public endpoint; required when clusterInternet is true.
   * @default - unset: the provider or the service decides.
   */
  clusterInternetSecurityGroup?: pulumi.Input<string>;
  /**
   * Open the private (VPC) API endpoint.
   * @default - unset: the provider or the service decides.
   */
  clusterIntranet?: pulumi.Input<boolean>;
  /**
   * Custom domain for the private endpoint; may change pgwEndpoint.
   * @default - unset: the provider or the service decides.
   */
  clusterIntranetDomain?: pulumi.Input<string>;
  /**
   * Subnet for the private endpoint; required with clusterIntranet, immutable once set.
   * @default - unset: the provider or the service decides.
   */
  clusterIntranetSubnetId?: pulumi.Input<string>;
  /**
   * Extra CLB parameters (JSON) for the public endpoint load balancer.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  extensiveParameters?: pulumi.Input<string>;
  /**
   * DEPRECATED: CIDR allow-list for the public endpoint; use clusterInternetSecurityGroup.
   * @default - unset: the provider or the service decides.
   * @deprecated DEPRECATED: CIDR allow-list for the public endpoint; use clusterInternetSecurityGroup.
   */
  managedClusterInternetSecurityPolicies?: pulumi.Input<pulumi.Input<string>[]>;
}
