// Thin mirror of the Tencent Cloud Pulumi provider v0.2.3 (tencentcloudstack/pulumi-tencentcloud, Node SDK).
// Nested input types of the `Kubernetes` module (the SDK's `inputs.Kubernetes.*`), with the same names and fields.
import type * as pulumi from '@pulumi/pulumi';

/** `inputs.Kubernetes.ClusterAuthOptions` of the provider SDK. */
export interface ClusterAuthOptions {
  /**
   * Create RBAC letting anonymous users read the OIDC discovery and JWKS endpoints.
   * @default - unset: the provider or the service decides.
   */
  autoCreateDiscoveryAnonymousAuth?: pulumi.Input<boolean>;
  /**
   * Custom service-account-issuer (ignored with useTkeDefault).
   * @default - unset: the provider or the service decides.
   */
  issuer?: pulumi.Input<string>;
  /**
   * Custom service-account-jwks-uri (ignored with useTkeDefault).
   * @default - unset: the provider or the service decides.
   */
  jwksUri?: pulumi.Input<string>;
  /**
   * Let TKE generate issuer and JWKS URI.
   * @default - unset: the provider or the service decides.
   */
  useTkeDefault?: pulumi.Input<boolean>;
}

/** `inputs.Kubernetes.ClusterClusterAudit` of the provider SDK. */
export interface ClusterClusterAudit {
  /**
   * When disabling audit or deleting the cluster, also delete the auto-created logset/topic.
   * @default - unset: the provider or the service decides.
   */
  deleteAuditLogAndTopic?: pulumi.Input<boolean>;
  /**
   * Turn API audit logging on (also installs the log agent).
   */
  enabled: pulumi.Input<boolean>;
  /**
   * Existing CLS logset ID; auto-created when empty.
   * @default - unset: the provider or the service decides.
   */
  logSetId?: pulumi.Input<string>;
  /**
   * Existing CLS topic ID; auto-created when empty.
   * @default - unset: the provider or the service decides.
   */
  topicId?: pulumi.Input<string>;
}

/** `inputs.Kubernetes.ClusterClusterExtraArgs` of the provider SDK. */
export interface ClusterClusterExtraArgs {
  /**
   * The customized parameters for kube-apiserver.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  kubeApiservers?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * The customized parameters for kube-controller-manager.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  kubeControllerManagers?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * The customized parameters for kube-scheduler.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  kubeSchedulers?: pulumi.Input<pulumi.Input<string>[]>;
}

/** `inputs.Kubernetes.ClusterEventPersistence` of the provider SDK. */
export interface ClusterEventPersistence {
  /**
   * When disabling or deleting the cluster, also delete the auto-created logset/topic.
   * @default - unset: the provider or the service decides.
   */
  deleteEventLogAndTopic?: pulumi.Input<boolean>;
  /**
   * Turn event persistence on.
   */
  enabled: pulumi.Input<boolean>;
  /**
   * Existing CLS logset ID; auto-created when empty.
   * @default - unset: the provider or the service decides.
   */
  logSetId?: pulumi.Input<string>;
  /**
   * Existing CLS topic ID; auto-created when empty.
   * @default - unset: the provider or the service decides.
   */
  topicId?: pulumi.Input<string>;
}

/** `inputs.Kubernetes.ClusterExistInstance` of the provider SDK. */
export interface ClusterExistInstance {
  /**
   * Custom mode cluster, you can specify the number of pods for each node.
   * @default - unset: the provider or the service decides.
   */
  desiredPodNumbers?: pulumi.Input<pulumi.Input<number>[]>;
  /**
   * Reinstallation parameters of an existing instance.
   * @default - unset: the provider or the service decides.
   */
  instancesPara?: pulumi.Input<ClusterExistInstanceInstancesPara>;
  /**
   * Role of existed node.
   * @default - unset: the provider or the service decides.
   */
  nodeRole?: pulumi.Input<string>;
}

/** `inputs.Kubernetes.ClusterExistInstanceInstancesPara` of the provider SDK. */
export interface ClusterExistInstanceInstancesPara {
  /**
   * To specify whether to enable cloud monitor service.
   * @default TRUE - the provider's documented default.
   */
  enhancedMonitorService?: pulumi.Input<boolean>;
  /**
   * To specify whether to enable cloud security service.
   * @default TRUE - the provider's documented default.
   */
  enhancedSecurityService?: pulumi.Input<boolean>;
  /**
   * Cluster IDs.
   */
  instanceIds: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * ID list of keys, should be set if `password` not set.
   * @default - unset: the provider or the service decides.
   */
  keyIds?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Advanced Node Settings.
   * @default - unset: the provider or the service decides.
   */
  masterConfig?: pulumi.Input<ClusterExistInstanceInstancesParaMasterConfig>;
  /**
   * Password to access, should be set if `keyIds` not set.
   * @default - unset: the provider or the service decides.
   */
  password?: pulumi.Input<string>;
  /**
   * Security groups to which a CVM instance belongs.
   * @default - unset: the provider or the service decides.
   */
  securityGroupIds?: pulumi.Input<pulumi.Input<string>[]>;
}

/** `inputs.Kubernetes.ClusterExistInstanceInstancesParaMasterConfig` of the provider SDK. */
export interface ClusterExistInstanceInstancesParaMasterConfig {
  /**
   * Configurations of data disk.
   * @default - unset: the provider or the service decides.
   */
  dataDisk?: pulumi.Input<ClusterExistInstanceInstancesParaMasterConfigDataDisk>;
  /**
   * Indicate to set desired pod number in node.
   * @default - unset: the provider or the service decides.
   */
  desiredPodNumber?: pulumi.Input<number>;
  /**
   * Docker graph path.
   * @default /var/lib/docker - the provider's documented default.
   */
  dockerGraphPath?: pulumi.Input<string>;
  /**
   * Custom parameter information related to the node.
   * @default - unset: the provider or the service decides.
   */
  extraArgs?: pulumi.Input<ClusterExistInstanceInstancesParaMasterConfigExtraArgs>;
  /**
   * GPU driver parameters.
   * @default - unset: the provider or the service decides.
   */
  gpuArgs?: pulumi.Input<ClusterExistInstanceInstancesParaMasterConfigGpuArgs>;
  /**
   * Node label list.
   * @default - unset: the provider or the service decides.
   */
  labels?: pulumi.Input<pulumi.Input<ClusterExistInstanceInstancesParaMasterConfigLabel>[]>;
  /**
   * Mount target.
   * @default - unset: the provider or the service decides.
   */
  mountTarget?: pulumi.Input<string>;
  /**
   * Node taint.
   * @default - unset: the provider or the service decides.
   */
  taints?: pulumi.Input<pulumi.Input<ClusterExistInstanceInstancesParaMasterConfigTaint>[]>;
  /**
   * Set whether the joined nodes participate in scheduling, with a default value of 0, indicating participation in scheduling; Non 0 means not .
   * @default - unset: the provider or the service decides.
   */
  unschedulable?: pulumi.Input<number>;
  /**
   * User script encoded in base64, which will be executed after the k8s component runs.
   * @default - unset: the provider or the service decides.
   */
  userScript?: pulumi.Input<string>;
}

/** `inputs.Kubernetes.ClusterExistInstanceInstancesParaMasterConfigDataDisk` of the provider SDK. */
export interface ClusterExistInstanceInstancesParaMasterConfigDataDisk {
  /**
   * Indicate whether to auto format and mount or not.
   * @default false - the provider's documented default.
   */
  autoFormatAndMount?: pulumi.Input<boolean>;
  /**
   * The name of the device or partition to mount.
   * @default - unset: the provider or the service decides.
   */
  diskPartition?: pulumi.Input<string>;
  /**
   * Volume of disk in GB.
   * @default 0 - the provider's documented default.
   */
  diskSize?: pulumi.Input<number>;
  /**
   * Types of disk, available values: `CLOUD_PREMIUM` and `CLOUD_SSD` and `CLOUD_HSSD` and `CLOUD_TSSD`.
   * One of: `CLOUD_PREMIUM`, `CLOUD_SSD`, `CLOUD_HSSD`, `CLOUD_TSSD`.
   * @default - unset: the provider or the service decides.
   */
  diskType?: pulumi.Input<string>;
  /**
   * File system, e.g. `ext3/ext4/xfs`.
   * @default - unset: the provider or the service decides.
   */
  fileSystem?: pulumi.Input<string>;
  /**
   * Mount target.
   * @default - unset: the provider or the service decides.
   */
  mountTarget?: pulumi.Input<string>;
}

/** `inputs.Kubernetes.ClusterExistInstanceInstancesParaMasterConfigExtraArgs` of the provider SDK. */
export interface ClusterExistInstanceInstancesParaMasterConfigExtraArgs {
  /**
   * Kubelet custom parameter.
   * @default - unset: the provider or the service decides.
   */
  kubelets?: pulumi.Input<pulumi.Input<string>[]>;
}

/** `inputs.Kubernetes.ClusterExistInstanceInstancesParaMasterConfigGpuArgs` of the provider SDK. */
export interface ClusterExistInstanceInstancesParaMasterConfigGpuArgs {
  /**
   * CUDA version.
   * @default - unset: the provider or the service decides.
   */
  cuda?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  /**
   * cuDNN version.
   * @default - unset: the provider or the service decides.
   */
  cudnn?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  /**
   * Custom GPU driver.
   * @default - unset: the provider or the service decides.
   */
  customDriver?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  /**
   * GPU driver version.
   * @default - unset: the provider or the service decides.
   */
  driver?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  /**
   * Whether to enable MIG.
   * @default - unset: the provider or the service decides.
   */
  migEnable?: pulumi.Input<boolean>;
}

/** `inputs.Kubernetes.ClusterExistInstanceInstancesParaMasterConfigLabel` of the provider SDK. */
export interface ClusterExistInstanceInstancesParaMasterConfigLabel {
  /**
   * Name of map.
   */
  name: pulumi.Input<string>;
  /**
   * Value of map.
   */
  value: pulumi.Input<string>;
}

/** `inputs.Kubernetes.ClusterExistInstanceInstancesParaMasterConfigTaint` of the provider SDK. */
export interface ClusterExistInstanceInstancesParaMasterConfigTaint {
  /**
   * Effect of the taint.
   * @default - unset: the provider or the service decides.
   */
  effect?: pulumi.Input<string>;
  /**
   * Key of the taint.
   * @default - unset: the provider or the service decides.
   */
  key?: pulumi.Input<string>;
  /**
   * Value of the taint.
   * @default - unset: the provider or the service decides.
   */
  value?: pulumi.Input<string>;
}

/** `inputs.Kubernetes.ClusterExtensionAddon` of the provider SDK. */
export interface ClusterExtensionAddon {
  /**
   * Add-on name.
   */
  name: pulumi.Input<string>;
  /**
   * Add-on resource object as a JSON string.
   */
  param: pulumi.Input<string>;
}

/** `inputs.Kubernetes.ClusterLogAgent` of the provider SDK. */
export interface ClusterLogAgent {
  /**
   * Install/enable the log collection agent.
   */
  enabled: pulumi.Input<boolean>;
  /**
   * Kubelet root dir, if not the default.
   * @default - unset: the provider or the service decides.
   */
  kubeletRootDir?: pulumi.Input<string>;
}

/** `inputs.Kubernetes.ClusterMasterConfig` of the provider SDK. */
export interface ClusterMasterConfig {
  /**
   * Zone of these CVMs (pair with subnetId in that zone).
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  availabilityZone?: pulumi.Input<string>;
  /**
   * Bandwidth package for public traffic (standard-account users).
   * @default - unset: the provider or the service decides.
   */
  bandwidthPackageId?: pulumi.Input<string>;
  /**
   * CAM role attached to the CVMs.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  camRoleName?: pulumi.Input<string>;
  /**
   * Number of CVMs of this spec.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  count?: pulumi.Input<number>;
  /**
   * Data disks.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  dataDisks?: pulumi.Input<pulumi.Input<ClusterMasterConfigDataDisk>[]>;
  /**
   * Desired pods on these nodes (custom pod CIDR mode); set on all entries or none.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  desiredPodNum?: pulumi.Input<number>;
  /**
   * Placement (disaster-recovery) group, at most one.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  disasterRecoverGroupIds?: pulumi.Input<string>;
  /**
   * Install Cloud Monitor agent (default true).
   * Changing it replaces the resource (ForceNew).
   * @default TRUE - the provider's documented default.
   */
  enhancedMonitorService?: pulumi.Input<boolean>;
  /**
   * Install Cloud Workload Protection agent (default true).
   * Changing it replaces the resource (ForceNew).
   * @default TRUE - the provider's documented default.
   */
  enhancedSecurityService?: pulumi.Input<boolean>;
  /**
   * Host name (Linux 2-60 chars, Windows 2-15).
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  hostname?: pulumi.Input<string>;
  /**
   * CVM HPC cluster ID.
   * @default - unset: the provider or the service decides.
   */
  hpcClusterId?: pulumi.Input<string>;
  /**
   * Image ID img-xxx (overridden by clusterOs image).
   * @default - unset: the provider or the service decides.
   */
  imgId?: pulumi.Input<string>;
  /**
   * POSTPAID_BY_HOUR (default) or PREPAID (intl accounts: postpaid only).
   * One of: `PREPAID`, `POSTPAID_BY_HOUR`.
   * Changing it replaces the resource (ForceNew).
   * @default POSTPAID_BY_HOUR - the provider's documented default.
   */
  instanceChargeType?: pulumi.Input<string>;
  /**
   * Prepaid months (1-12, 24, 36); PREPAID only.
   * One of: `1`, `2`, `3`, `4`, `5`, `6`, `7`, `8`, `9`, `10`, `11`, `12`, `24`, `36`.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  instanceChargeTypePrepaidPeriod?: pulumi.Input<number>;
  /**
   * Prepaid renewal: NOTIFY_AND_AUTO_RENEW, NOTIFY_AND_MANUAL_RENEW (default) or DISABLE_NOTIFY_AND_MANUAL_RENEW.
   * One of: `NOTIFY_AND_AUTO_RENEW`, `NOTIFY_AND_MANUAL_RENEW`, `DISABLE_NOTIFY_AND_MANUAL_RENEW`.
   * Changing it replaces the resource (ForceNew).
   * @default NOTIFY_AND_MANUAL_RENEW - the provider's documented default.
   */
  instanceChargeTypePrepaidRenewFlag?: pulumi.Input<string>;
  /**
   * CVM name.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  instanceName?: pulumi.Input<string>;
  /**
   * CVM instance type, e.g. SA2.2XLARGE16.
   * Changing it replaces the resource (ForceNew).
   */
  instanceType: pulumi.Input<string>;
  /**
   * Public traffic billing, e.g. TRAFFIC_POSTPAID_BY_HOUR.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  internetChargeType?: pulumi.Input<string>;
  /**
   * Public bandwidth cap in Mbps (default 0 = none).
   * @default 0 - the provider's documented default.
   */
  internetMaxBandwidthOut?: pulumi.Input<number>;
  /**
   * SSH key ID(s); set this or password.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  keyIds?: pulumi.Input<string>;
  /**
   * Login password; set this or keyIds.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  password?: pulumi.Input<string>;
  /**
   * Give the CVM a public IP.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  publicIpAssigned?: pulumi.Input<boolean>;
  /**
   * Security groups of the CVMs.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  securityGroupIds?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Subnet of these CVMs.
   * Changing it replaces the resource (ForceNew).
   */
  subnetId: pulumi.Input<string>;
  /**
   * System disk GB (default 50).
   * Changing it replaces the resource (ForceNew).
   * @default 50 - the provider's documented default.
   */
  systemDiskSize?: pulumi.Input<number>;
  /**
   * System disk type, e.g. CLOUD_PREMIUM, CLOUD_SSD.
   * One of: `CLOUD_PREMIUM`, `CLOUD_SSD`, `LOCAL_BASIC`, `LOCAL_SSD`, `CLOUD_BASIC`.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  systemDiskType?: pulumi.Input<string>;
  /**
   * Base64 user data (<= 16 KB).
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  userData?: pulumi.Input<string>;
}

/** `inputs.Kubernetes.ClusterMasterConfigDataDisk` of the provider SDK. */
export interface ClusterMasterConfigDataDisk {
  /**
   * Format and mount the disk automatically (default false).
   * Changing it replaces the resource (ForceNew).
   * @default false - the provider's documented default.
   */
  autoFormatAndMount?: pulumi.Input<boolean>;
  /**
   * Device or partition name to mount.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  diskPartition?: pulumi.Input<string>;
  /**
   * Size in GB (default 0).
   * Changing it replaces the resource (ForceNew).
   * @default 0 - the provider's documented default.
   */
  diskSize?: pulumi.Input<number>;
  /**
   * Disk type: CLOUD_PREMIUM, CLOUD_SSD, CLOUD_HSSD or CLOUD_TSSD.
   * One of: `CLOUD_PREMIUM`, `CLOUD_SSD`, `CLOUD_HSSD`, `CLOUD_TSSD`.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  diskType?: pulumi.Input<string>;
  /**
   * Encrypt the data disk (default false).
   * @default - unset: the provider or the service decides.
   */
  encrypt?: pulumi.Input<boolean>;
  /**
   * File system such as ext4 or xfs.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  fileSystem?: pulumi.Input<string>;
  /**
   * KMS CMK (UUID or kms-xxxx) used to encrypt the disk.
   * @default - unset: the provider or the service decides.
   */
  kmsKeyId?: pulumi.Input<string>;
  /**
   * Mount point.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  mountTarget?: pulumi.Input<string>;
  /**
   * Create the disk from this snapshot.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  snapshotId?: pulumi.Input<string>;
}

/** `inputs.Kubernetes.ClusterNodePoolGlobalConfig` of the provider SDK. */
export interface ClusterNodePoolGlobalConfig {
  /**
   * Autoscaler expander: random, most-pods or least-waste.
   * @default - unset: the provider or the service decides.
   */
  expander?: pulumi.Input<string>;
  /**
   * Ignore DaemonSet pods when computing utilisation.
   * @default - unset: the provider or the service decides.
   */
  ignoreDaemonSetsUtilization?: pulumi.Input<boolean>;
  /**
   * Allow scale-in.
   * @default - unset: the provider or the service decides.
   */
  isScaleInEnabled?: pulumi.Input<boolean>;
  /**
   * Max nodes removed at once.
   * @default - unset: the provider or the service decides.
   */
  maxConcurrentScaleIn?: pulumi.Input<number>;
  /**
   * Minutes after a scale-out before scale-in is considered.
   * @default - unset: the provider or the service decides.
   */
  scaleInDelay?: pulumi.Input<number>;
  /**
   * Minutes a node must be idle before removal.
   * @default - unset: the provider or the service decides.
   */
  scaleInUnneededTime?: pulumi.Input<number>;
  /**
   * Utilisation percent below which a node counts as idle.
   * @default - unset: the provider or the service decides.
   */
  scaleInUtilizationThreshold?: pulumi.Input<number>;
  /**
   * Do not remove nodes running pods with local storage.
   * @default - unset: the provider or the service decides.
   */
  skipNodesWithLocalStorage?: pulumi.Input<boolean>;
  /**
   * Do not remove nodes running non-DaemonSet kube-system pods.
   * @default - unset: the provider or the service decides.
   */
  skipNodesWithSystemPods?: pulumi.Input<boolean>;
}

/** `inputs.Kubernetes.ClusterResourceDeleteOption` of the provider SDK. */
export interface ClusterResourceDeleteOption {
  /**
   * terminate (destroy) or retain.
   */
  deleteMode: pulumi.Input<string>;
  /**
   * CBS, CLB or CVM.
   * One of: `CBS`, `CLB`, `CVM`.
   */
  resourceType: pulumi.Input<string>;
  /**
   * Skip resources that have deletion protection on (default false).
   * @default false - the provider's documented default.
   */
  skipDeletionProtection?: pulumi.Input<boolean>;
}

/** `inputs.Kubernetes.ClusterWorkerConfig` of the provider SDK. */
export interface ClusterWorkerConfig {
  /**
   * Zone of these CVMs (pair with subnetId in that zone).
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  availabilityZone?: pulumi.Input<string>;
  /**
   * Bandwidth package for public traffic (standard-account users).
   * @default - unset: the provider or the service decides.
   */
  bandwidthPackageId?: pulumi.Input<string>;
  /**
   * CAM role attached to the CVMs.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  camRoleName?: pulumi.Input<string>;
  /**
   * Number of CVMs of this spec.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  count?: pulumi.Input<number>;
  /**
   * Data disks.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  dataDisks?: pulumi.Input<pulumi.Input<ClusterWorkerConfigDataDisk>[]>;
  /**
   * Desired pods on these nodes (custom pod CIDR mode); set on all entries or none.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  desiredPodNum?: pulumi.Input<number>;
  /**
   * Placement (disaster-recovery) group, at most one.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  disasterRecoverGroupIds?: pulumi.Input<string>;
  /**
   * Install Cloud Monitor agent (default true).
   * Changing it replaces the resource (ForceNew).
   * @default TRUE - the provider's documented default.
   */
  enhancedMonitorService?: pulumi.Input<boolean>;
  /**
   * Install Cloud Workload Protection agent (default true).
   * Changing it replaces the resource (ForceNew).
   * @default TRUE - the provider's documented default.
   */
  enhancedSecurityService?: pulumi.Input<boolean>;
  /**
   * Host name (Linux 2-60 chars, Windows 2-15).
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  hostname?: pulumi.Input<string>;
  /**
   * CVM HPC cluster ID.
   * @default - unset: the provider or the service decides.
   */
  hpcClusterId?: pulumi.Input<string>;
  /**
   * Image ID img-xxx (overridden by clusterOs image).
   * @default - unset: the provider or the service decides.
   */
  imgId?: pulumi.Input<string>;
  /**
   * POSTPAID_BY_HOUR (default) or PREPAID (intl accounts: postpaid only).
   * One of: `PREPAID`, `POSTPAID_BY_HOUR`.
   * Changing it replaces the resource (ForceNew).
   * @default POSTPAID_BY_HOUR - the provider's documented default.
   */
  instanceChargeType?: pulumi.Input<string>;
  /**
   * Prepaid months (1-12, 24, 36); PREPAID only.
   * One of: `1`, `2`, `3`, `4`, `5`, `6`, `7`, `8`, `9`, `10`, `11`, `12`, `24`, `36`.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  instanceChargeTypePrepaidPeriod?: pulumi.Input<number>;
  /**
   * Prepaid renewal: NOTIFY_AND_AUTO_RENEW, NOTIFY_AND_MANUAL_RENEW (default) or DISABLE_NOTIFY_AND_MANUAL_RENEW.
   * One of: `NOTIFY_AND_AUTO_RENEW`, `NOTIFY_AND_MANUAL_RENEW`, `DISABLE_NOTIFY_AND_MANUAL_RENEW`.
   * Changing it replaces the resource (ForceNew).
   * @default NOTIFY_AND_MANUAL_RENEW - the provider's documented default.
   */
  instanceChargeTypePrepaidRenewFlag?: pulumi.Input<string>;
  /**
   * CVM name.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  instanceName?: pulumi.Input<string>;
  /**
   * CVM instance type, e.g. SA2.2XLARGE16.
   * Changing it replaces the resource (ForceNew).
   */
  instanceType: pulumi.Input<string>;
  /**
   * Public traffic billing, e.g. TRAFFIC_POSTPAID_BY_HOUR.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  internetChargeType?: pulumi.Input<string>;
  /**
   * Public bandwidth cap in Mbps (default 0 = none).
   * @default 0 - the provider's documented default.
   */
  internetMaxBandwidthOut?: pulumi.Input<number>;
  /**
   * SSH key ID(s); set this or password.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  keyIds?: pulumi.Input<string>;
  /**
   * Login password; set this or keyIds.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  password?: pulumi.Input<string>;
  /**
   * Give the CVM a public IP.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  publicIpAssigned?: pulumi.Input<boolean>;
  /**
   * Security groups of the CVMs.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  securityGroupIds?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Subnet of these CVMs.
   * Changing it replaces the resource (ForceNew).
   */
  subnetId: pulumi.Input<string>;
  /**
   * System disk GB (default 50).
   * Changing it replaces the resource (ForceNew).
   * @default 50 - the provider's documented default.
   */
  systemDiskSize?: pulumi.Input<number>;
  /**
   * System disk type, e.g. CLOUD_PREMIUM, CLOUD_SSD.
   * One of: `CLOUD_PREMIUM`, `CLOUD_SSD`, `LOCAL_BASIC`, `LOCAL_SSD`, `CLOUD_BASIC`.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  systemDiskType?: pulumi.Input<string>;
  /**
   * Base64 user data (<= 16 KB).
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  userData?: pulumi.Input<string>;
}

/** `inputs.Kubernetes.ClusterWorkerConfigDataDisk` of the provider SDK. */
export interface ClusterWorkerConfigDataDisk {
  /**
   * Format and mount the disk automatically (default false).
   * Changing it replaces the resource (ForceNew).
   * @default false - the provider's documented default.
   */
  autoFormatAndMount?: pulumi.Input<boolean>;
  /**
   * Device or partition name to mount.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  diskPartition?: pulumi.Input<string>;
  /**
   * Size in GB (default 0).
   * Changing it replaces the resource (ForceNew).
   * @default 0 - the provider's documented default.
   */
  diskSize?: pulumi.Input<number>;
  /**
   * Disk type: CLOUD_PREMIUM, CLOUD_SSD, CLOUD_HSSD or CLOUD_TSSD.
   * One of: `CLOUD_PREMIUM`, `CLOUD_SSD`, `CLOUD_HSSD`, `CLOUD_TSSD`.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  diskType?: pulumi.Input<string>;
  /**
   * Encrypt the data disk (default false).
   * @default - unset: the provider or the service decides.
   */
  encrypt?: pulumi.Input<boolean>;
  /**
   * File system such as ext4 or xfs.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  fileSystem?: pulumi.Input<string>;
  /**
   * KMS CMK (UUID or kms-xxxx) used to encrypt the disk.
   * @default - unset: the provider or the service decides.
   */
  kmsKeyId?: pulumi.Input<string>;
  /**
   * Mount point.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  mountTarget?: pulumi.Input<string>;
  /**
   * Create the disk from this snapshot.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  snapshotId?: pulumi.Input<string>;
}

/** `inputs.Kubernetes.EncryptionProtectionKmsConfiguration` of the provider SDK. */
export interface EncryptionProtectionKmsConfiguration {
  /**
   * KMS key ID used to encrypt Secrets.
   * @default - unset: the provider or the service decides.
   */
  keyId?: pulumi.Input<string>;
  /**
   * Region of the KMS key.
   * @default - unset: the provider or the service decides.
   */
  kmsRegion?: pulumi.Input<string>;
}

/** `inputs.Kubernetes.NodePoolAnnotation` of the provider SDK. */
export interface NodePoolAnnotation {
  /**
   * Annotation key.
   */
  name: pulumi.Input<string>;
  /**
   * Annotation value.
   */
  value: pulumi.Input<string>;
}

/** `inputs.Kubernetes.NodePoolAutoScalingConfig` of the provider SDK. */
export interface NodePoolAutoScalingConfig {
  /**
   * Fallback instance types if the main one is sold out.
   * @default - unset: the provider or the service decides.
   */
  backupInstanceTypes?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Bandwidth package for public traffic.
   * @default - unset: the provider or the service decides.
   */
  bandwidthPackageId?: pulumi.Input<string>;
  /**
   * CAM role attached to the CVMs.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  camRoleName?: pulumi.Input<string>;
  /**
   * CDC ID for CDC node pools.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  cdcId?: pulumi.Input<string>;
  /**
   * Data disks of each node.
   * @default - unset: the provider or the service decides.
   */
  dataDisks?: pulumi.Input<pulumi.Input<NodePoolAutoScalingConfigDataDisk>[]>;
  /**
   * Install Cloud Monitor agent (default true).
   * Changing it replaces the resource (ForceNew).
   * @default TRUE - the provider's documented default.
   */
  enhancedMonitorService?: pulumi.Input<boolean>;
  /**
   * Install Cloud Workload Protection agent (default true).
   * @default TRUE - the provider's documented default.
   */
  enhancedSecurityService?: pulumi.Input<boolean>;
  /**
   * Host name pattern (Linux only).
   * @default - unset: the provider or the service decides.
   */
  hostName?: pulumi.Input<string>;
  /**
   * ORIGINAL (default) or UNIQUE.
   * @default ORIGINAL - the provider's documented default.
   */
  hostNameStyle?: pulumi.Input<string>;
  /**
   * PREPAID, POSTPAID_BY_HOUR (default), SPOTPAID or CDCPAID; SPOTPAID needs spotInstanceType and spotMaxPrice.
   * One of: `PREPAID`, `POSTPAID_BY_HOUR`, `SPOTPAID`, `CDCPAID`.
   * @default POSTPAID_BY_HOUR - the provider's documented default.
   */
  instanceChargeType?: pulumi.Input<string>;
  /**
   * Prepaid months (1-12, 24, 36); PREPAID only.
   * One of: `1`, `2`, `3`, `4`, `5`, `6`, `7`, `8`, `9`, `10`, `11`, `12`, `24`, `36`.
   * @default - unset: the provider or the service decides.
   */
  instanceChargeTypePrepaidPeriod?: pulumi.Input<number>;
  /**
   * Prepaid renewal flag (NOTIFY_AND_MANUAL_RENEW default).
   * One of: `NOTIFY_AND_AUTO_RENEW`, `NOTIFY_AND_MANUAL_RENEW`, `DISABLE_NOTIFY_AND_MANUAL_RENEW`.
   * @default NOTIFY_AND_MANUAL_RENEW - the provider's documented default.
   */
  instanceChargeTypePrepaidRenewFlag?: pulumi.Input<string>;
  /**
   * CVM name (<= 60 chars).
   * @default - unset: the provider or the service decides.
   */
  instanceName?: pulumi.Input<string>;
  /**
   * ORIGINAL (default) or UNIQUE.
   * One of: `ORIGINAL`, `UNIQUE`.
   * @default ORIGINAL - the provider's documented default.
   */
  instanceNameStyle?: pulumi.Input<string>;
  /**
   * CVM instance type (changing it replaces the node pool).
   * Changing it replaces the resource (ForceNew).
   */
  instanceType: pulumi.Input<string>;
  /**
   * BANDWIDTH_PREPAID, TRAFFIC_POSTPAID_BY_HOUR or BANDWIDTH_PACKAGE.
   * One of: `BANDWIDTH_PREPAID`, `TRAFFIC_POSTPAID_BY_HOUR`, `BANDWIDTH_PACKAGE`.
   * @default - unset: the provider or the service decides.
   */
  internetChargeType?: pulumi.Input<string>;
  /**
   * Public bandwidth cap in Mbps (default 0).
   * @default 0 - the provider's documented default.
   */
  internetMaxBandwidthOut?: pulumi.Input<number>;
  /**
   * Public IP type: WanIP, HighQualityEIP or AntiDDoSEIP.
   * @default - unset: the provider or the service decides.
   */
  ipv4AddressType?: pulumi.Input<string>;
  /**
   * SSH key IDs; exclusive with password.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  keyIds?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Ordered security groups of the nodes (use this, not securityGroupIds).
   * @default - unset: the provider or the service decides.
   */
  orderlySecurityGroupIds?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Login password; exclusive with keyIds.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  password?: pulumi.Input<string>;
  /**
   * Give nodes a public IP.
   * @default - unset: the provider or the service decides.
   */
  publicIpAssigned?: pulumi.Input<boolean>;
  /**
   * DEPRECATED unordered security groups; use orderlySecurityGroupIds (mutually exclusive).
   * @default - unset: the provider or the service decides.
   * @deprecated DEPRECATED unordered security groups; use orderlySecurityGroupIds (mutually exclusive).
   */
  securityGroupIds?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Spot type, only one-time; SPOTPAID only.
   * @default - unset: the provider or the service decides.
   */
  spotInstanceType?: pulumi.Input<string>;
  /**
   * Spot max price as decimal string, e.g. 0.50.
   * @default - unset: the provider or the service decides.
   */
  spotMaxPrice?: pulumi.Input<string>;
  /**
   * System disk GB (default 50).
   * @default 50 - the provider's documented default.
   */
  systemDiskSize?: pulumi.Input<number>;
  /**
   * System disk type (default CLOUD_PREMIUM).
   * One of: `LOCAL_BASIC`, `LOCAL_SSD`, `CLOUD_BASIC`, `CLOUD_PREMIUM`, `CLOUD_SSD`, `CLOUD_HSSD`, `CLOUD_TSSD`, `CLOUD_BSSD`, `LOCAL_NVME`.
   * @default CLOUD_PREMIUM - the provider's documented default.
   */
  systemDiskType?: pulumi.Input<string>;
}

/** `inputs.Kubernetes.NodePoolAutoScalingConfigDataDisk` of the provider SDK. */
export interface NodePoolAutoScalingConfigDataDisk {
  /**
   * Delete the disk with the instance (default false).
   * @default false - the provider's documented default.
   */
  deleteWithInstance?: pulumi.Input<boolean>;
  /**
   * Size in GB (default 0).
   * @default 0 - the provider's documented default.
   */
  diskSize?: pulumi.Input<number>;
  /**
   * Disk type, e.g. CLOUD_PREMIUM, CLOUD_SSD, CLOUD_HSSD.
   * One of: `LOCAL_BASIC`, `LOCAL_SSD`, `CLOUD_BASIC`, `CLOUD_PREMIUM`, `CLOUD_SSD`, `CLOUD_HSSD`, `CLOUD_TSSD`, `CLOUD_BSSD`, `LOCAL_NVME`.
   * @default - unset: the provider or the service decides.
   */
  diskType?: pulumi.Input<string>;
  /**
   * Encrypt the disk (default false; needs QcloudKMSAccessForCVMRole).
   * @default false - the provider's documented default.
   */
  encrypt?: pulumi.Input<boolean>;
  /**
   * Create from snapshot.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  snapshotId?: pulumi.Input<string>;
  /**
   * Extra throughput (CLOUD_TSSD/CLOUD_HSSD > 460 GB).
   * @default - unset: the provider or the service decides.
   */
  throughputPerformance?: pulumi.Input<number>;
}

/** `inputs.Kubernetes.NodePoolNodeConfig` of the provider SDK. */
export interface NodePoolNodeConfig {
  /**
   * How data disks are formatted/mounted on nodes.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  dataDisks?: pulumi.Input<pulumi.Input<NodePoolNodeConfigDataDisk>[]>;
  /**
   * Desired pods per node (custom pod CIDR mode).
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  desiredPodNum?: pulumi.Input<number>;
  /**
   * Container data root (default /var/lib/docker).
   * Changing it replaces the resource (ForceNew).
   * @default /var/lib/docker - the provider's documented default.
   */
  dockerGraphPath?: pulumi.Input<string>;
  /**
   * Extra kubelet flags (allow-listed).
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  extraArgs?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * GPU driver / CUDA / cuDNN / MIG settings.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  gpuArgs?: pulumi.Input<NodePoolNodeConfigGpuArgs>;
  /**
   * Schedulable after join (default true).
   * Changing it replaces the resource (ForceNew).
   * @default true - the provider's documented default.
   */
  isSchedule?: pulumi.Input<boolean>;
  /**
   * Data disk mount point.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  mountTarget?: pulumi.Input<string>;
  /**
   * Base64 script run before node init.
   * @default - unset: the provider or the service decides.
   */
  preStartUserScript?: pulumi.Input<string>;
  /**
   * Base64 user data (<= 16 KB).
   * @default - unset: the provider or the service decides.
   */
  userData?: pulumi.Input<string>;
}

/** `inputs.Kubernetes.NodePoolNodeConfigDataDisk` of the provider SDK. */
export interface NodePoolNodeConfigDataDisk {
  /**
   * Format and mount automatically (default false).
   * Changing it replaces the resource (ForceNew).
   * @default false - the provider's documented default.
   */
  autoFormatAndMount?: pulumi.Input<boolean>;
  /**
   * Device/partition to mount (upstream warns: do not set in node pools).
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  diskPartition?: pulumi.Input<string>;
  /**
   * Size in GB.
   * Changing it replaces the resource (ForceNew).
   * @default 0 - the provider's documented default.
   */
  diskSize?: pulumi.Input<number>;
  /**
   * Disk type.
   * One of: `LOCAL_BASIC`, `LOCAL_SSD`, `CLOUD_BASIC`, `CLOUD_PREMIUM`, `CLOUD_SSD`, `CLOUD_HSSD`, `CLOUD_TSSD`, `CLOUD_BSSD`, `LOCAL_NVME`.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  diskType?: pulumi.Input<string>;
  /**
   * File system, e.g. ext4 or xfs.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  fileSystem?: pulumi.Input<string>;
  /**
   * Mount point.
   * Changing it replaces the resource (ForceNew).
   * @default - unset: the provider or the service decides.
   */
  mountTarget?: pulumi.Input<string>;
}

/** `inputs.Kubernetes.NodePoolNodeConfigGpuArgs` of the provider SDK. */
export interface NodePoolNodeConfigGpuArgs {
  /**
   * CUDA version.
   * @default - unset: the provider or the service decides.
   */
  cuda?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  /**
   * cuDNN version.
   * @default - unset: the provider or the service decides.
   */
  cudnn?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  /**
   * Custom GPU driver.
   * @default - unset: the provider or the service decides.
   */
  customDriver?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  /**
   * GPU driver version.
   * @default - unset: the provider or the service decides.
   */
  driver?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  /**
   * Whether to enable MIG.
   * @default - unset: the provider or the service decides.
   */
  migEnable?: pulumi.Input<boolean>;
}

/** `inputs.Kubernetes.NodePoolTaint` of the provider SDK. */
export interface NodePoolTaint {
  /**
   * NoSchedule, PreferNoSchedule or NoExecute.
   * One of: `NoSchedule`, `PreferNoSchedule`, `NoExecute`.
   */
  effect: pulumi.Input<string>;
  /**
   * Taint key (<= 63 chars).
   */
  key: pulumi.Input<string>;
  /**
   * Taint value.
   */
  value: pulumi.Input<string>;
}

/** One CVM created by the cluster's inline `workerConfigs` (output only). */
export interface ClusterWorkerInstancesList {
  /** Why the instance failed, when it did. */
  failedReason?: string;
  /** CVM instance id. */
  instanceId?: string;
  /** Role of the instance in the cluster. */
  instanceRole?: string;
  /** State of the instance. */
  instanceState?: string;
  /** Private IP of the instance. */
  lanIp?: string;
}
