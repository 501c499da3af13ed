// Thin mirror of the Tencent Cloud Pulumi provider v0.2.3 (tencentcloudstack/pulumi-tencentcloud, Node SDK).
// `tencentcloud:Kubernetes/cluster:Cluster`
// (SDK file sdk/nodejs/kubernetes/cluster.ts, Terraform `tencentcloud_kubernetes_cluster`): token, inputs and outputs as
// the generated SDK declares them, and the same default resource options.
import * as pulumi from '@pulumi/pulumi';
import { providerOptions } from '../provider';
import type {
  ClusterAuthOptions,
  ClusterClusterAudit,
  ClusterClusterExtraArgs,
  ClusterEventPersistence,
  ClusterExistInstance,
  ClusterExtensionAddon,
  ClusterLogAgent,
  ClusterMasterConfig,
  ClusterNodePoolGlobalConfig,
  ClusterResourceDeleteOption,
  ClusterWorkerConfig,
  ClusterWorkerInstancesList,
} from './types';

/**
 * A TKE Kubernetes cluster (managed or independent control plane), optionally with inline worker/master CVMs.
 *
 * Pulumi type `tencentcloud:Kubernetes/cluster:Cluster`.
 */
export class Cluster extends pulumi.CustomResource {
  /** The Pulumi type token of this resource. */
  public static readonly __pulumiType = 'tencentcloud:Kubernetes/cluster:Cluster';

  /** Whether `obj` is a Cluster, even when several copies of this module are loaded. */
  public static isInstance(obj: any): obj is Cluster {
    return obj !== undefined && obj !== null && obj.__pulumiType === Cluster.__pulumiType;
  }

  // Outputs are `declare`d: under ES2022 class-field semantics, `x!:` fields would be reset to
  // undefined after the Resource constructor has set them.
  /** Grant the caller the tke:admin ClusterRole; cannot be switched back to false. */
  public declare readonly acquireClusterAdminRole: pulumi.Output<boolean | undefined>;
  /** Service-account issuer / JWKS (OIDC) settings; managed clusters with version >= 1.20 only. */
  public declare readonly authOptions: pulumi.Output<pulumi.Unwrap<ClusterAuthOptions> | undefined>;
  /** Let TKE raise the managed cluster level (size tier) automatically. */
  public declare readonly autoUpgradeClusterLevel: pulumi.Output<boolean | undefined>;
  /** Base pod count per node; only with enableCustomizedPodCidr. */
  public declare readonly basePodNum: pulumi.Output<number | undefined>;
  /** CDC (dedicated cluster) ID for CDC scenarios. */
  public declare readonly cdcId: pulumi.Output<string | undefined>;
  /** Cluster CA certificate. Output only. */
  public declare /* out */ readonly certificationAuthority: pulumi.Output<string>;
  /** ENI IP reclaim delay in seconds (300..15768000); VPC-CNI only. */
  public declare readonly claimExpiredSeconds: pulumi.Output<number | undefined>;
  /** DEPRECATED legacy autoscaling flag (state only). Output only. */
  public declare /* out */ readonly clusterAsEnabled: pulumi.Output<boolean>;
  /** Ship Kubernetes API audit logs to CLS (needs TKE CAM role with CLS access; also installs the log agent). */
  public declare readonly clusterAudit: pulumi.Output<pulumi.Unwrap<ClusterClusterAudit> | undefined>;
  /** Pod CIDR (GR mode); must not overlap the VPC or other clusters; private ranges only. */
  public declare readonly clusterCidr: pulumi.Output<string | undefined>;
  /** Control plane mode: MANAGED_CLUSTER (TKE-hosted masters) or INDEPENDENT_CLUSTER (your own master CVMs). */
  public declare readonly clusterDeployType: pulumi.Output<string | undefined>;
  /** Cluster description. */
  public declare readonly clusterDesc: pulumi.Output<string | undefined>;
  /** Public API server address (when internet access is on). Output only. */
  public declare /* out */ readonly clusterExternalEndpoint: pulumi.Output<string>;
  /** Extra flags for kube-apiserver, kube-controller-manager and kube-scheduler. */
  public declare readonly clusterExtraArgs: pulumi.Output<pulumi.Unwrap<ClusterClusterExtraArgs> | undefined>;
  /** Open the public API server endpoint; needs worker nodes at apply time (or use ClusterEndpoint instead). */
  public declare readonly clusterInternet: pulumi.Output<boolean | undefined>;
  /** Custom domain for the public API endpoint; changing it may change clusterExternalEndpoint. */
  public declare readonly clusterInternetDomain: pulumi.Output<string | undefined>;
  /** Security group guarding the public API endpoint; required when clusterInternet is true. */
  public declare readonly clusterInternetSecurityGroup: pulumi.Output<string | undefined>;
  /** Open the private (VPC) API server endpoint; needs worker nodes at apply time (or use ClusterEndpoint). */
  public declare readonly clusterIntranet: pulumi.Output<boolean | undefined>;
  /** Custom domain for the private API endpoint; changing it may change pgwEndpoint. */
  public declare readonly clusterIntranetDomain: pulumi.Output<string | undefined>;
  /** Subnet that hosts the private API endpoint; required with clusterIntranet, immutable once set. */
  public declare readonly clusterIntranetSubnetId: pulumi.Output<string | undefined>;
  /** Use IPVS for kube-proxy (default true); false means iptables. Do not combine with dataPlaneV2. */
  public declare readonly clusterIpvs: pulumi.Output<boolean | undefined>;
  /** Managed cluster size tier such as L5, L20, L50, L100 (see getClusterLevels). */
  public declare readonly clusterLevel: pulumi.Output<string | undefined>;
  /** Max pods per node (default 256, min 4, rounded up to a power of 2). */
  public declare readonly clusterMaxPodNum: pulumi.Output<number | undefined>;
  /** Max services (32..32768, default 256, rounded up to a power of 2). */
  public declare readonly clusterMaxServiceNum: pulumi.Output<number | undefined>;
  /** Cluster display name. */
  public declare readonly clusterName: pulumi.Output<string | undefined>;
  /** Number of nodes. Output only. */
  public declare /* out */ readonly clusterNodeNum: pulumi.Output<number>;
  /** Node OS image: public image name or custom image ID. */
  public declare readonly clusterOs: pulumi.Output<string | undefined>;
  /** OS image type; only GENERAL. */
  public declare readonly clusterOsType: pulumi.Output<string | undefined>;
  /** Cluster network subnet; required when networkType is CiliumOverlay; cannot be changed later. */
  public declare readonly clusterSubnetId: pulumi.Output<string | undefined>;
  /** Kubernetes version; raising it triggers an in-place control-plane upgrade (see getAvailableClusterVersions). */
  public declare readonly clusterVersion: pulumi.Output<string | undefined>;
  /** docker or containerd; containerd is required from 1.24 on (default depends on version). */
  public declare readonly containerRuntime: pulumi.Output<string | undefined>;
  /** Replace kube-proxy with Cilium (DataPlaneV2); exclusive with clusterIpvs. */
  public declare readonly dataPlaneV2: pulumi.Output<boolean | undefined>;
  /** Block cluster deletion while true (default false). */
  public declare readonly deletionProtection: pulumi.Output<boolean | undefined>;
  /** Names of default add-ons to skip at install time. */
  public declare readonly disableAddons: pulumi.Output<string[] | undefined>;
  /** Container data root on nodes (default /var/lib/docker). */
  public declare readonly dockerGraphPath: pulumi.Output<string | undefined>;
  /** API server domain. Output only. */
  public declare /* out */ readonly domain: pulumi.Output<string>;
  /** Allow per-node pod CIDR sizing (default false). */
  public declare readonly enableCustomizedPodCidr: pulumi.Output<boolean | undefined>;
  /** Pod subnets for VPC-CNI networking; cannot be emptied once set. */
  public declare readonly eniSubnetIds: pulumi.Output<string[] | undefined>;
  /** Persist Kubernetes events into CLS (needs TKE CAM role with CLS access). */
  public declare readonly eventPersistence: pulumi.Output<pulumi.Unwrap<ClusterEventPersistence> | undefined>;
  /** Build the cluster from already-existing CVM instances. */
  public declare readonly existInstances: pulumi.Output<pulumi.Unwrap<ClusterExistInstance>[] | undefined>;
  /** Add-ons to install at creation; the Addon resource is the recommended way. */
  public declare readonly extensionAddons: pulumi.Output<pulumi.Unwrap<ClusterExtensionAddon>[] | undefined>;
  /** Extra kubelet flags for nodes. */
  public declare readonly extraArgs: pulumi.Output<string[] | undefined>;
  /** Default desired pods per node for all nodes; only with enableCustomizedPodCidr. */
  public declare readonly globeDesiredPodNum: pulumi.Output<number | undefined>;
  /** Skip pod CIDR conflict check (default false). */
  public declare readonly ignoreClusterCidrConflict: pulumi.Output<boolean | undefined>;
  /** Skip service CIDR conflict check; VPC-CNI only. */
  public declare readonly ignoreServiceCidrConflict: pulumi.Output<boolean | undefined>;
  /** On cluster delete: terminate (destroy pay-as-you-go nodes, default) or retain (just remove). */
  public declare readonly instanceDeleteMode: pulumi.Output<string | undefined>;
  /** Dual-stack (IPv4/IPv6) cluster; VPC-CNI mode only (default false). */
  public declare readonly isDualStack: pulumi.Output<boolean | undefined>;
  /** Non-static pod IP mode (default false). */
  public declare readonly isNonStaticIpMode: pulumi.Output<boolean | undefined>;
  /** Kubeconfig for the public endpoint (secret). Output only. Marked secret. */
  public declare /* out */ readonly kubeConfig: pulumi.Output<string>;
  /** Kubeconfig for the private endpoint (secret). Output only. Marked secret. */
  public declare /* out */ readonly kubeConfigIntranet: pulumi.Output<string>;
  /** Set to kube-proxy-bpf for eBPF kube-proxy (needs k8s > 1.14 and TencentOS/tlinux 2.4); unset by default. */
  public declare readonly kubeProxyMode: pulumi.Output<string | undefined>;
  /** Kubernetes labels applied to nodes created by this resource. */
  public declare readonly labels: pulumi.Output<{ [key: string]: string } | undefined>;
  /** Install/enable the TKE log collection agent (needed for LogConfig/CLS). */
  public declare readonly logAgent: pulumi.Output<pulumi.Unwrap<ClusterLogAgent> | undefined>;
  /** DEPRECATED: CIDR allow-list for the public endpoint; use clusterInternetSecurityGroup. */
  public declare readonly managedClusterInternetSecurityPolicies: pulumi.Output<string[] | undefined>;
  /** Master/etcd CVM specs; INDEPENDENT_CLUSTER only (up to 7 for normal users). */
  public declare readonly masterConfigs: pulumi.Output<pulumi.Unwrap<ClusterMasterConfig>[] | undefined>;
  /** Data disk mount point on nodes (none by default). */
  public declare readonly mountTarget: pulumi.Output<string | undefined>;
  /** Container networking: GR (global router, default), VPC-CNI, or CiliumOverlay. */
  public declare readonly networkType: pulumi.Output<string | undefined>;
  /** Node naming: lan-ip (default) or hostname. */
  public declare readonly nodeNameType: pulumi.Output<string | undefined>;
  /** Cluster-autoscaler global settings applying to all node pools. */
  public declare readonly nodePoolGlobalConfigs: pulumi.Output<pulumi.Unwrap<ClusterNodePoolGlobalConfig>[] | undefined>;
  /** Cluster admin password (NOT in the SDK secret list for Cluster; treat as sensitive yourself). Output only. */
  public declare /* out */ readonly password: pulumi.Output<string>;
  /** Private (intranet) API server address. Output only. */
  public declare /* out */ readonly pgwEndpoint: pulumi.Output<string>;
  /** Base64 script run before node init (existing nodes only). */
  public declare readonly preStartUserScript: pulumi.Output<string | undefined>;
  /** Project ID (default 0). */
  public declare readonly projectId: pulumi.Output<number | undefined>;
  /** What to do with CBS/CLB/CVM resources when the cluster is deleted. */
  public declare readonly resourceDeleteOptions: pulumi.Output<pulumi.Unwrap<ClusterResourceDeleteOption>[] | undefined>;
  /** Container runtime version. */
  public declare readonly runtimeVersion: pulumi.Output<string | undefined>;
  /** Public endpoint access policies. Output only. */
  public declare /* out */ readonly securityPolicies: pulumi.Output<string[]>;
  /** Service (ClusterIP) CIDR; must not overlap the VPC or other clusters; private ranges only. */
  public declare readonly serviceCidr: pulumi.Output<string | undefined>;
  /** Tag map for the cluster. */
  public declare readonly tags: pulumi.Output<{ [key: string]: string } | undefined>;
  /** Whether nodes joined here start unschedulable: 0 = schedulable (default). */
  public declare readonly unschedulable: pulumi.Output<number | undefined>;
  /** When clusterVersion changes, also upgrade existing worker nodes (default false). */
  public declare readonly upgradeInstancesFollowCluster: pulumi.Output<boolean | undefined>;
  /** Cluster admin user name. Output only. */
  public declare /* out */ readonly userName: pulumi.Output<string>;
  /** VPC-CNI flavour: tke-route-eni (shared ENI, default) or tke-direct-eni (dedicated ENI). */
  public declare readonly vpcCniType: pulumi.Output<string | undefined>;
  /** VPC the cluster runs in. */
  public declare readonly vpcId: pulumi.Output<string>;
  /** Inline worker CVM specs created with the cluster (<=20); changes force cluster replacement, so prefer NodePool. */
  public declare readonly workerConfigs: pulumi.Output<pulumi.Unwrap<ClusterWorkerConfig>[] | undefined>;
  /** Inline worker CVMs created by workerConfigs (IDs, roles, LAN IPs). Output only. */
  public declare /* out */ readonly workerInstancesLists: pulumi.Output<ClusterWorkerInstancesList[]>;

  /**
   * Creates a Cluster with the given unique name, arguments and options.
   * @param name The unique logical name of the resource.
   * @param args The inputs of the resource.
   * @param opts Resource options; merged over the provider defaults (version, plugin download URL).
   */
  constructor(name: string, args: ClusterArgs, opts?: pulumi.CustomResourceOptions) {
    const o = opts ?? {};
    // As in the SDK: required inputs are checked unless the resource is rehydrated from a URN or read by id.
    if (!o.urn && !o.id) {
      for (const key of ['vpcId'] as const) {
        if (args?.[key] === undefined) throw new Error(`Missing required property '${key}'`);
      }
    }
    const resourceInputs: pulumi.Inputs = {
      acquireClusterAdminRole: args?.acquireClusterAdminRole,
      authOptions: args?.authOptions,
      autoUpgradeClusterLevel: args?.autoUpgradeClusterLevel,
      basePodNum: args?.basePodNum,
      cdcId: args?.cdcId,
      claimExpiredSeconds: args?.claimExpiredSeconds,
      clusterAudit: args?.clusterAudit,
      clusterCidr: args?.clusterCidr,
      clusterDeployType: args?.clusterDeployType,
      clusterDesc: args?.clusterDesc,
      clusterExtraArgs: args?.clusterExtraArgs,
      clusterInternet: args?.clusterInternet,
      clusterInternetDomain: args?.clusterInternetDomain,
      clusterInternetSecurityGroup: args?.clusterInternetSecurityGroup,
      clusterIntranet: args?.clusterIntranet,
      clusterIntranetDomain: args?.clusterIntranetDomain,
      clusterIntranetSubnetId: args?.clusterIntranetSubnetId,
      clusterIpvs: args?.clusterIpvs,
      clusterLevel: args?.clusterLevel,
      clusterMaxPodNum: args?.clusterMaxPodNum,
      clusterMaxServiceNum: args?.clusterMaxServiceNum,
      clusterName: args?.clusterName,
      clusterOs: args?.clusterOs,
      clusterOsType: args?.clusterOsType,
      clusterSubnetId: args?.clusterSubnetId,
      clusterVersion: args?.clusterVersion,
      containerRuntime: args?.containerRuntime,
      dataPlaneV2: args?.dataPlaneV2,
      deletionProtection: args?.deletionProtection,
      disableAddons: args?.disableAddons,
      dockerGraphPath: args?.dockerGraphPath,
      enableCustomizedPodCidr: args?.enableCustomizedPodCidr,
      eniSubnetIds: args?.eniSubnetIds,
      eventPersistence: args?.eventPersistence,
      existInstances: args?.existInstances,
      extensionAddons: args?.extensionAddons,
      extraArgs: args?.extraArgs,
      globeDesiredPodNum: args?.globeDesiredPodNum,
      ignoreClusterCidrConflict: args?.ignoreClusterCidrConflict,
      ignoreServiceCidrConflict: args?.ignoreServiceCidrConflict,
      instanceDeleteMode: args?.instanceDeleteMode,
      isDualStack: args?.isDualStack,
      isNonStaticIpMode: args?.isNonStaticIpMode,
      kubeProxyMode: args?.kubeProxyMode,
      labels: args?.labels,
      logAgent: args?.logAgent,
      managedClusterInternetSecurityPolicies: args?.managedClusterInternetSecurityPolicies,
      masterConfigs: args?.masterConfigs,
      mountTarget: args?.mountTarget,
      networkType: args?.networkType,
      nodeNameType: args?.nodeNameType,
      nodePoolGlobalConfigs: args?.nodePoolGlobalConfigs,
      preStartUserScript: args?.preStartUserScript,
      projectId: args?.projectId,
      resourceDeleteOptions: args?.resourceDeleteOptions,
      runtimeVersion: args?.runtimeVersion,
      serviceCidr: args?.serviceCidr,
      tags: args?.tags,
      unschedulable: args?.unschedulable,
      upgradeInstancesFollowCluster: args?.upgradeInstancesFollowCluster,
      vpcCniType: args?.vpcCniType,
      vpcId: args?.vpcId,
      workerConfigs: args?.workerConfigs,
      certificationAuthority: undefined, // output
      clusterAsEnabled: undefined, // output
      clusterExternalEndpoint: undefined, // output
      clusterNodeNum: undefined, // output
      domain: undefined, // output
      kubeConfig: undefined, // output
      kubeConfigIntranet: undefined, // output
      password: undefined, // output
      pgwEndpoint: undefined, // output
      securityPolicies: undefined, // output
      userName: undefined, // output
      workerInstancesLists: undefined, // output
    };
    super(Cluster.__pulumiType, name, resourceInputs, providerOptions(o, ['kubeConfig', 'kubeConfigIntranet']));
  }
}

/** The inputs of a Cluster (`tencentcloud:Kubernetes/cluster:Cluster`). */
export interface ClusterArgs {
  /**
   * Grant the caller the tke:admin ClusterRole; cannot be switched back to false.
   * @default - unset: the provider or the service decides.
   */
  acquireClusterAdminRole?: pulumi.Input<boolean>;
  /**
   * Service-account issuer / JWKS (OIDC) settings; managed clusters with version >= 1.20 only.
   * @default - unset: the provider or the service decides.
   */
  authOptions?: pulumi.Input<ClusterAuthOptions>;
  /**
   * Let TKE raise the managed cluster level (size tier) automatically.
   * @default - unset: the provider or the service decides.
   */
  autoUpgradeClusterLevel?: pulumi.Input<boolean>;
  /**
   * Base pod count per node; only with enableCustomizedPodCidr.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  basePodNum?: pulumi.Input<number>;
  /**
   * CDC (dedicated cluster) ID for CDC scenarios.
   * It cannot be changed once set: the provider refuses the update.
   * @default - unset: the provider or the service decides.
   */
  cdcId?: pulumi.Input<string>;
  /**
   * ENI IP reclaim delay in seconds (300..15768000); VPC-CNI only.
   * @default - unset: the provider or the service decides.
   */
  claimExpiredSeconds?: pulumi.Input<number>;
  /**
   * Ship Kubernetes API audit logs to CLS (needs TKE CAM role with CLS access; also installs the log agent).
   * @default - unset: the provider or the service decides.
   */
  clusterAudit?: pulumi.Input<ClusterClusterAudit>;
  /**
   * Pod CIDR (GR mode); must not overlap the VPC or other clusters; private ranges only.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  clusterCidr?: pulumi.Input<string>;
  /**
   * Control plane mode: MANAGED_CLUSTER (TKE-hosted masters) or INDEPENDENT_CLUSTER (your own master CVMs).
   * One of: `MANAGED_CLUSTER`, `INDEPENDENT_CLUSTER`.
   * Changing it replaces the resource (ForceNew).
   * @default MANAGED_CLUSTER - the provider's documented default.
   */
  clusterDeployType?: pulumi.Input<string>;
  /**
   * Cluster description.
   * @default - unset: the provider or the service decides.
   */
  clusterDesc?: pulumi.Input<string>;
  /**
   * Extra flags for kube-apiserver, kube-controller-manager and kube-scheduler.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  clusterExtraArgs?: pulumi.Input<ClusterClusterExtraArgs>;
  /**
   * Open the public API server endpoint; needs worker nodes at apply time (or use ClusterEndpoint instead).
   * @default - unset: the provider or the service decides.
   */
  clusterInternet?: pulumi.Input<boolean>;
  /**
   * Custom domain for the public API endpoint; changing it may change clusterExternalEndpoint.
   * @default - unset: the provider or the service decides.
   */
  clusterInternetDomain?: pulumi.Input<string>;
  /**
   * Security group guarding the public API endpoint; required when clusterInternet is true.
   * @default - unset: the provider or the service decides.
   */
  clusterInternetSecurityGroup?: pulumi.Input<string>;
  /**
   * Open the private (VPC) API server endpoint; needs worker nodes at apply time (or use ClusterEndpoint).
   * @default - unset: the provider or the service decides.
   */
  clusterIntranet?: pulumi.Input<boolean>;
  /**
   * Custom domain for the private API endpoint; changing it may change pgwEndpoint.
   * @default - unset: the provider or the service decides.
   */
  clusterIntranetDomain?: pulumi.Input<string>;
  /**
   * Subnet that hosts the private API endpoint; required with clusterIntranet, immutable once set.
   * @default - unset: the provider or the service decides.
   */
  clusterIntranetSubnetId?: pulumi.Input<string>;
  /**
   * Use IPVS for kube-proxy (default true); false means iptables. Do not combine with dataPlaneV2.
   * Changing it replaces the resource (ForceNew).
   * @default true - the provider's documented default.
   */
  clusterIpvs?: pulumi.Input<boolean>;
  /**
   * Managed cluster size tier such as L5, L20, L50, L100 (see getClusterLevels).
   * @default - unset: the provider or the service decides.
   */
  clusterLevel?: pulumi.Input<string>;
  /**
   * Max pods per node (default 256, min 4, rounded up to a power of 2).
   * Changing it replaces the resource (ForceNew).
   * @default 256 - the provider's documented default.
   */
  clusterMaxPodNum?: pulumi.Input<number>;
  /**
   * Max services (32..32768, default 256, rounded up to a power of 2).
   * Changing it replaces the resource (ForceNew).
   * @default 256 - the provider's documented default.
   */
  clusterMaxServiceNum?: pulumi.Input<number>;
  /**
   * Cluster display name.
   * @default - unset: the provider or the service decides.
   */
  clusterName?: pulumi.Input<string>;
  /**
   * Node OS image: public image name or custom image ID.
   * @default - unset: the provider or the service decides.
   */
  clusterOs?: pulumi.Input<string>;
  /**
   * OS image type; only GENERAL.
   * Changing it replaces the resource (ForceNew).
   * @default GENERAL - the provider's documented default.
   */
  clusterOsType?: pulumi.Input<string>;
  /**
   * Cluster network subnet; required when networkType is CiliumOverlay; cannot be changed later.
   * Changing it replaces the resource (ForceNew).
   * It cannot be changed once set: the provider refuses the update.
   * @default - unset: the provider or the service decides.
   */
  clusterSubnetId?: pulumi.Input<string>;
  /**
   * Kubernetes version; raising it triggers an in-place control-plane upgrade (see getAvailableClusterVersions).
   * @default - unset: the provider or the service decides.
   */
  clusterVersion?: pulumi.Input<string>;
  /**
   * docker or containerd; containerd is required from 1.24 on (default depends on version).
   * One of: `docker`, `containerd`.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  containerRuntime?: pulumi.Input<string>;
  /**
   * Replace kube-proxy with Cilium (DataPlaneV2); exclusive with clusterIpvs.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  dataPlaneV2?: pulumi.Input<boolean>;
  /**
   * Block cluster deletion while true (default false).
   * @default false - the provider's documented default.
   */
  deletionProtection?: pulumi.Input<boolean>;
  /**
   * Names of default add-ons to skip at install time.
   * It cannot be changed once set: the provider refuses the update.
   * @default - unset: the provider or the service decides.
   */
  disableAddons?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Container data root on nodes (default /var/lib/docker).
   * Changing it replaces the resource (ForceNew).
   * @default /var/lib/docker - the provider's documented default.
   */
  dockerGraphPath?: pulumi.Input<string>;
  /**
   * Allow per-node pod CIDR sizing (default false).
   * @default false - the provider's documented default.
   */
  enableCustomizedPodCidr?: pulumi.Input<boolean>;
  /**
   * Pod subnets for VPC-CNI networking; cannot be emptied once set.
   * @default - unset: the provider or the service decides.
   */
  eniSubnetIds?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Persist Kubernetes events into CLS (needs TKE CAM role with CLS access).
   * @default - unset: the provider or the service decides.
   */
  eventPersistence?: pulumi.Input<ClusterEventPersistence>;
  /**
   * Build the cluster from already-existing CVM instances.
   * @default - unset: the provider or the service decides.
   */
  existInstances?: pulumi.Input<pulumi.Input<ClusterExistInstance>[]>;
  /**
   * Add-ons to install at creation; the Addon resource is the recommended way.
   * It cannot be changed once set: the provider refuses the update.
   * @default - unset: the provider or the service decides.
   */
  extensionAddons?: pulumi.Input<pulumi.Input<ClusterExtensionAddon>[]>;
  /**
   * Extra kubelet flags for nodes.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  extraArgs?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Default desired pods per node for all nodes; only with enableCustomizedPodCidr.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  globeDesiredPodNum?: pulumi.Input<number>;
  /**
   * Skip pod CIDR conflict check (default false).
   * Changing it replaces the resource (ForceNew).
   * @default false - the provider's documented default.
   */
  ignoreClusterCidrConflict?: pulumi.Input<boolean>;
  /**
   * Skip service CIDR conflict check; VPC-CNI only.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  ignoreServiceCidrConflict?: pulumi.Input<boolean>;
  /**
   * On cluster delete: terminate (destroy pay-as-you-go nodes, default) or retain (just remove).
   * One of: `terminate`, `retain`.
   * @default terminate - the provider's documented default.
   */
  instanceDeleteMode?: pulumi.Input<string>;
  /**
   * Dual-stack (IPv4/IPv6) cluster; VPC-CNI mode only (default false).
   * Changing it replaces the resource (ForceNew).
   * @default false - the provider's documented default.
   */
  isDualStack?: pulumi.Input<boolean>;
  /**
   * Non-static pod IP mode (default false).
   * Changing it replaces the resource (ForceNew).
   * @default false - the provider's documented default.
   */
  isNonStaticIpMode?: pulumi.Input<boolean>;
  /**
   * Set to kube-proxy-bpf for eBPF kube-proxy (needs k8s > 1.14 and TencentOS/tlinux 2.4); unset by default.
   * One of: `kube-proxy-bpf`.
   * @default - unset: the provider or the service decides.
   */
  kubeProxyMode?: pulumi.Input<string>;
  /**
   * Kubernetes labels applied to nodes created by this resource.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  labels?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  /**
   * Install/enable the TKE log collection agent (needed for LogConfig/CLS).
   * @default - unset: the provider or the service decides.
   */
  logAgent?: pulumi.Input<ClusterLogAgent>;
  /**
   * DEPRECATED: CIDR allow-list for the public endpoint; use clusterInternetSecurityGroup.
   * @default - unset: the provider or the service decides.
   * @deprecated DEPRECATED: CIDR allow-list for the public endpoint; use clusterInternetSecurityGroup.
   */
  managedClusterInternetSecurityPolicies?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Master/etcd CVM specs; INDEPENDENT_CLUSTER only (up to 7 for normal users).
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  masterConfigs?: pulumi.Input<pulumi.Input<ClusterMasterConfig>[]>;
  /**
   * Data disk mount point on nodes (none by default).
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  mountTarget?: pulumi.Input<string>;
  /**
   * Container networking: GR (global router, default), VPC-CNI, or CiliumOverlay.
   * One of: `GR`, `VPC-CNI`, `CiliumOverlay`.
   * Changing it replaces the resource (ForceNew).
   * @default GR - the provider's documented default.
   */
  networkType?: pulumi.Input<string>;
  /**
   * Node naming: lan-ip (default) or hostname.
   * One of: `lan-ip`, `hostname`.
   * Changing it replaces the resource (ForceNew).
   * @default lan-ip - the provider's documented default.
   */
  nodeNameType?: pulumi.Input<string>;
  /**
   * Cluster-autoscaler global settings applying to all node pools.
   * @default - unset: the provider or the service decides.
   */
  nodePoolGlobalConfigs?: pulumi.Input<pulumi.Input<ClusterNodePoolGlobalConfig>[]>;
  /**
   * Base64 script run before node init (existing nodes only).
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  preStartUserScript?: pulumi.Input<string>;
  /**
   * Project ID (default 0).
   * @default 0 - the provider's documented default.
   */
  projectId?: pulumi.Input<number>;
  /**
   * What to do with CBS/CLB/CVM resources when the cluster is deleted.
   * @default - unset: the provider or the service decides.
   */
  resourceDeleteOptions?: pulumi.Input<pulumi.Input<ClusterResourceDeleteOption>[]>;
  /**
   * Container runtime version.
   * @default - unset: the provider or the service decides.
   */
  runtimeVersion?: pulumi.Input<string>;
  /**
   * Service (ClusterIP) CIDR; must not overlap the VPC or other clusters; private ranges only.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  serviceCidr?: pulumi.Input<string>;
  /**
   * Tag map for the cluster.
   * @default - unset: the provider or the service decides.
   */
  tags?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  /**
   * Whether nodes joined here start unschedulable: 0 = schedulable (default).
   * Changing it replaces the resource (ForceNew).
   * @default 0 - the provider's documented default.
   */
  unschedulable?: pulumi.Input<number>;
  /**
   * When clusterVersion changes, also upgrade existing worker nodes (default false).
   * @default false - the provider's documented default.
   */
  upgradeInstancesFollowCluster?: pulumi.Input<boolean>;
  /**
   * VPC-CNI flavour: tke-route-eni (shared ENI, default) or tke-direct-eni (dedicated ENI).
   * @default tke-route-eni - the provider's documented default.
   */
  vpcCniType?: pulumi.Input<string>;
  /**
   * VPC the cluster runs in.
   * Changing it replaces the resource (ForceNew).
   */
  vpcId: pulumi.Input<string>;
  /**
   * Inline worker CVM specs created with the cluster (<=20); changes force cluster replacement, so prefer NodePool.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  workerConfigs?: pulumi.Input<pulumi.Input<ClusterWorkerConfig>[]>;
}
