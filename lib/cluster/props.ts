// The props of MultiZoneCluster. Every optional prop states its default and why; the weakening
// props (audit, eventPersistence, deletionProtection, secretsEncryption, publicEndpoint) each
// need a matching entry in `suppressions`, with a reason, or the component refuses them.
import type * as pulumi from '@pulumi/pulumi';
import type { GrafanaOptOut, GrafanaProps } from './grafana';

/** One node pool, spread over every zone of the cluster. */
export interface NodePoolSpec {
  /** TKE node pool name: at most 25 characters (the service limit), unique within the cluster. */
  readonly name: string;
  /** CVM instance type, e.g. `SA5.LARGE8`. Changing it replaces the node pool (ForceNew). */
  readonly instanceType: string;
  /**
   * Minimum node count. At least the number of zones, so that every zone keeps a node when the
   * autoscaler scales in (the pool balances nodes over zones with the EQUALITY policy).
   */
  readonly minSize: number;
  /** Maximum node count; at least `minSize`. */
  readonly maxSize: number;
  /**
   * Size of the encrypted data disk mounted at /var/lib/containerd, in GB.
   * @default 100 - room for images and container layers on a general-purpose node.
   */
  readonly dataDiskSizeGb?: number;
  /**
   * Cloud disk type of the data disk.
   * @default 'CLOUD_PREMIUM' - available in every zone, unlike SSD types.
   */
  readonly dataDiskType?: string;
  /**
   * System disk size in GB.
   * @default 50 - the TKE default.
   */
  readonly systemDiskSizeGb?: number;
  /**
   * Kubernetes labels of the pool's nodes.
   * @default {} - no extra labels.
   */
  readonly labels?: Readonly<Record<string, string>>;
  /**
   * Kubernetes taints of the pool's nodes.
   * @default [] - untainted.
   */
  readonly taints?: ReadonlyArray<{ readonly key: string; readonly value: string; readonly effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute' }>;
  /**
   * SSH key pair ids allowed to log in to the nodes. Changing them replaces the pool (ForceNew).
   * @default - none: TKE sets a random password; use a bastion with TencentCloud Automation Tools instead of SSH.
   */
  readonly keyIds?: readonly string[];
  /**
   * Node OS image name or custom image id.
   * @default - the TKE default image for new nodes.
   */
  readonly nodeOs?: string;
}

/** Opt-in public API server endpoint. Needs a suppression of KW-CLU-003 with a reason. */
export interface PublicEndpointProps {
  /** Source CIDRs allowed to reach the public endpoint on TCP 443; at least one, never `0.0.0.0/0`. */
  readonly sourceCidrs: readonly string[];
}

/** Retention of the CLS topics, in days (1 to 3600). */
export interface LogRetentionProps {
  /**
   * Kubernetes API audit log.
   * @default 180 - six months, long enough to investigate an incident found late.
   */
  readonly audit?: number;
  /**
   * Kubernetes events.
   * @default 90 - events explain scheduling and node problems; a quarter covers most reviews.
   */
  readonly events?: number;
  /**
   * Container stdout/stderr of workloads.
   * @default 30 - application logs are voluminous; keep a month.
   */
  readonly application?: number;
  /**
   * CloudAudit (Tencent Cloud API) events.
   * @default 180 - same as the Kubernetes audit log.
   */
  readonly cloudAudit?: number;
}

/** Who receives alarms, and at which thresholds. */
export interface AlertingProps {
  /**
   * Tencent Cloud sub-account UINs notified of alarms.
   * @default [] - nobody by uin.
   */
  readonly userIds?: readonly number[];
  /**
   * Tencent Cloud user group ids notified of alarms.
   * @default [] - no group.
   */
  readonly groupIds?: readonly number[];
  /**
   * Channels used for users and groups: EMAIL, SMS, CALL, WECHAT, RTX.
   * @default ['EMAIL', 'SMS']
   */
  readonly noticeWays?: readonly string[];
  /**
   * Webhook URLs called on alarms (at most 3).
   * @default [] - no webhook.
   */
  readonly webhookUrls?: readonly string[];
  /**
   * Language of the notifications.
   * @default 'en-US'
   */
  readonly language?: 'en-US' | 'zh-CN';
  /**
   * Node CPU usage alarm threshold, in percent.
   * @default 85 - leaves headroom for a zone failing over.
   */
  readonly cpuPercent?: number;
  /**
   * Node memory usage alarm threshold, in percent.
   * @default 85 - the kubelet starts evicting near 100%.
   */
  readonly memoryPercent?: number;
  /**
   * Node disk usage alarm threshold, in percent.
   * @default 85 - the kubelet garbage-collects images from 85% by default.
   */
  readonly diskPercent?: number;
}

/** Cross-region replication of the backup bucket. */
export interface BackupReplicationProps {
  /** Destination bucket as `qcs::cos:<region>::<bucket>-<appid>`, in another region, with versioning on. */
  readonly destinationBucket: string;
  /** CAM role COS assumes to replicate, as `qcs::cam::uin/<uin>:roleName/<role>`. */
  readonly role: string;
}

/** The COS bucket and TKE backup storage location for cluster backups. */
export interface BackupProps {
  /**
   * The account APPID, the suffix of every COS bucket name.
   * @default - looked up from the credentials with the provider's `user.getInfo` data source.
   */
  readonly appId?: string;
  /**
   * Days before a non-current (overwritten or deleted) backup object version is removed.
   * @default 30 - a month to notice a deleted or corrupted backup.
   */
  readonly noncurrentVersionDays?: number;
  /**
   * Replicate backups to a bucket in another region.
   * @default - no replication: a region-wide outage loses the backups with the cluster.
   */
  readonly replication?: BackupReplicationProps;
}

/**
 * Istio installed from its Helm charts the way Istio's "Install with Helm" and "Install the
 * Istio CNI node agent" guides do (repository https://istio-release.storage.googleapis.com/charts):
 * `base` (the CRDs) and `cni` in istio-system, `istiod` with `pilot.cni.enabled`, and the
 * `gateway` chart as release `istio-ingress` in namespace istio-ingress.
 */
export interface IstioInstallProps {
  /** Version of the Istio charts, e.g. `1.22.1`. */
  readonly version: string;
  /**
   * The digest-pinned proxy image istiod injects: the tenants' `mesh.proxyImage`, so their
   * image policies admit what the injector really adds (istiod's `global.proxy.image`; an image
   * with a `/` is used as is by the injection template).
   */
  readonly proxyImage: string;
  /**
   * Install the ingress gateway (release `istio-ingress`, namespace `istio-ingress`, which is what
   * `TenantPeer.ingressGateway()` admits).
   * @default true
   */
  readonly ingressGateway?: boolean;
}

/**
 * Velero installed from its own Helm chart (vmware-tanzu/helm-charts `charts/velero`, repository
 * https://vmware-tanzu.github.io/helm-charts) into namespace `velero`, the way Velero's Tencent
 * Cloud guide sets it up (vmware-tanzu/velero site/content/docs/main/contributions/tencent-config.md):
 * the `velero-plugin-for-aws` plugin speaking the S3 API to COS (`s3Url`
 * `https://cos.<region>.myqcloud.com`, `s3ForcePathStyle`), one BackupStorageLocation `default`
 * in the cluster's backup bucket, and the node agent (`deployNodeAgent`, DaemonSet `node-agent`,
 * charts/velero/templates/node-agent-daemonset.yaml) that file-system backup needs, because Velero
 * has no snapshot plugin for CBS disks. This is the backup path whose every piece is documented
 * upstream; TKE's add-on (`tkeBackup`) documents no node agent and no snapshot location.
 */
export interface VeleroInstallProps {
  /** Version of the `velero` chart of vmware-tanzu/helm-charts, e.g. `10.0.8`. */
  readonly version: string;
  /**
   * The digest-pinned `velero-plugin-for-aws` image (an init container that copies the plugin
   * into the server), e.g. `velero/velero-plugin-for-aws:v1.12.0@sha256:...`.
   */
  readonly pluginImage: string;
  /**
   * The credentials file Velero reads (`credentials.secretContents.cloud` of the chart, a Secret
   * in namespace velero): `[default]`, `aws_access_key_id=<SecretId>`,
   * `aws_secret_access_key=<SecretKey>` of a CAM sub-account allowed to read and write the backup
   * bucket. Pass a Pulumi secret (`config.requireSecret(...)`), so it is encrypted in the state.
   */
  readonly credentials: pulumi.Input<string>;
}

/** What a MultiZoneCluster installs for the custom resources its tenants use. */
export interface ClusterAddonsProps {
  /**
   * TKE's backup add-on `tke-backup` (Velero-based, namespace tke-backup, TKE docs 457/55040),
   * installed through `Kubernetes/addon` after the backup repository exists. It serves velero.io.
   * @default true - the cluster creates its backup repository for it (false when `velero` is set)
   */
  readonly tkeBackup?: boolean;
  /**
   * Velero from its Helm chart, with the node agent, into namespace `velero` (what a tenant's
   * `backup.backend: 'velero'` expects: location `default`, volume data by file-system backup).
   * It serves velero.io, as TKE's add-on does, so the two are exclusive: with `velero`,
   * `tkeBackup` defaults to false and `tkeBackup: true` is refused.
   * @default - none
   */
  readonly velero?: VeleroInstallProps;
  /**
   * The service mesh the tenants' security.istio.io objects and sidecars need.
   * @default - none: PlatformRelease refuses Istio objects for this cluster
   */
  readonly istio?: IstioInstallProps;
}

/** A TCR namespace with scanning that blocks vulnerable images. */
export interface RegistryProps {
  /** Id of an existing TCR instance (`tcr-xxxx`). */
  readonly instanceId: string;
  /** Namespace name: 2 to 30 lowercase letters, digits, `.`, `_` or `-`. */
  readonly namespace: string;
  /**
   * Lowest vulnerability severity that blocks pulls.
   * @default 'medium' - blocks medium, high and critical findings.
   */
  readonly severity?: 'low' | 'medium' | 'high';
  /**
   * CVE ids exempt from blocking.
   * @default [] - no exemption.
   */
  readonly cveAllowlist?: readonly string[];
}

/** Turns a part of the cluster that is on by default off, with the reason the audit reports. */
export interface ClusterOptOut {
  /** Turns the part off. */
  readonly enabled: false;
  /** Why this cluster can go without it (at least 10 characters, one line); shown as the suppression's reason. */
  readonly reason: string;
}

/** A webhook the security alarms call (a CLS web callback). */
export interface SecurityWebhookProps {
  /** Kind of endpoint: a custom HTTP receiver, or a WeCom, DingTalk or Lark group robot. */
  readonly type: 'Http' | 'WeCom' | 'DingTalk' | 'Lark';
  /** The https URL to call (at most 256 characters). */
  readonly url: string;
  /**
   * HTTP method, for `Http` only.
   * @default 'POST' - what receivers expect; the provider requires a method for Http callbacks.
   */
  readonly method?: 'POST' | 'PUT';
}

/** Who receives the security alarms (a CLS alarm notice). */
export interface SecurityRecipientsProps {
  /**
   * Tencent Cloud sub-account UINs.
   * @default - `alerting.userIds`: the people who get the cluster's other alarms.
   */
  readonly userIds?: readonly number[];
  /**
   * Tencent Cloud user group ids.
   * @default - `alerting.groupIds`.
   */
  readonly groupIds?: readonly number[];
  /**
   * CLS channels for users and groups: Email, Sms, WeChat, Phone.
   * @default - `alerting.noticeWays` in CLS's names (EMAIL to Email, SMS to Sms, WECHAT to WeChat,
   *   CALL to Phone; RTX has no CLS channel), or ['Email', 'Sms'] when none maps.
   */
  readonly channels?: ReadonlyArray<'Email' | 'Sms' | 'WeChat' | 'Phone'>;
  /**
   * Webhooks called on every alarm and recovery (at most 10).
   * @default - `alerting.webhookUrls`, as POST callbacks of type Http.
   */
  readonly webhooks?: readonly SecurityWebhookProps[];
}

/**
 * Security alarms on the audit trails: CLS alarms over the Kubernetes audit log and the CloudAudit
 * records for each detection of lib/cluster/detections (interactive pod access, Secret reads by
 * people, admin bindings, anonymous access, credential probing, admission denials, guard changes,
 * a weakened control plane). KW-CLU-007 checks that every trail has them.
 */
export interface SecurityAlarmsProps {
  /**
   * Set to true (or omit) to keep the alarms; `{ enabled: false, reason }` turns them off and
   * suppresses KW-CLU-007 with that reason.
   * @default true - every audit trail raises security alarms
   */
  readonly enabled?: true;
  /**
   * Who the alarms reach.
   * @default - the recipients of `alerting`; with none, the alarms reach nobody, a warning is
   *   logged and KW-CLU-008 fails (suppress it with a reason to accept that).
   */
  readonly recipients?: SecurityRecipientsProps;
  /**
   * Identities (`user.username` as the API server sees them, e.g.
   * `system:serviceaccount:ci:pulumi` or a CAM sub-account UIN) that deliver the platform: their
   * changes to the guards (admission policies, NetworkPolicies, PeerAuthentications,
   * AuthorizationPolicies) and their Secret reads are expected and raise no alarm.
   * @default [] - every guard change alarms, the delivery pipeline's too, until it is named here
   */
  readonly deliveryIdentities?: readonly string[];
  /**
   * ClusterRoles, besides cluster-admin, admin and TKE's tke:admin, that grant admin rights: a
   * binding to one of them alarms.
   * @default [] - only the built-in admin roles
   */
  readonly adminRoles?: readonly string[];
}

/**
 * Tencent Container Security Service (TCSS) for the cluster: the defender on every node watches
 * for container escapes, reverse shells, abnormal processes and file tampering (KW-CLU-009).
 */
export interface RuntimeSecurityProps {
  /**
   * Set to true (or omit) to keep TCSS on; `{ enabled: false, reason }` turns it off and
   * suppresses KW-CLU-009 with that reason.
   * @default true - the cluster is connected to TCSS with its defender on
   */
  readonly enabled?: true;
}

/** Props of {@link MultiZoneCluster}. */
export interface MultiZoneClusterProps {
  /** Tencent Cloud region, e.g. `ap-guangzhou`. */
  readonly region: string;
  /** Availability zones of the region, at least two, e.g. `['ap-guangzhou-3', 'ap-guangzhou-4']`. One subnet per zone. */
  readonly zones: readonly string[];
  /**
   * Kubernetes version, exactly as listed in `TKE_VERSIONS` (e.g. `1.30.0`). Raising it upgrades
   * the control plane in place, then the existing nodes.
   */
  readonly kubernetesVersion: string;
  /** Node pools; each spans every zone. At least one. */
  readonly nodePools: readonly NodePoolSpec[];
  /**
   * TKE cluster name, also the stem of the names of the logset, topics, key alias and bucket:
   * a lowercase letter, then up to 38 lowercase letters, digits or `-`.
   * @default - the component name.
   */
  readonly clusterName?: string;
  /**
   * VPC CIDR, a private range.
   * @default '10.0.0.0/16'
   */
  readonly vpcCidr?: string;
  /**
   * One subnet CIDR per zone, in the order of `zones`, inside the VPC and not overlapping.
   * @default - consecutive equal blocks carved from the VPC CIDR (/20s for a /16).
   */
  readonly subnetCidrs?: readonly string[];
  /**
   * Pod CIDR (global router network), a private range outside the VPC.
   * @default '172.20.0.0/16' - 1024 nodes at 64 pods each.
   */
  readonly podCidr?: string;
  /**
   * Service CIDR, a private range outside the VPC and the pod CIDR.
   * @default '172.21.0.0/20' - 4096 Services.
   */
  readonly serviceCidr?: string;
  /**
   * Maximum pods per node (a power of two from 16 to 256). Changing it replaces the cluster.
   * @default 64 - enough for dense nodes while the pod CIDR still fits 1024 nodes.
   */
  readonly maxPodsPerNode?: number;
  /**
   * Managed cluster size tier (L5, L20, L50, ...). TKE raises it automatically as the cluster grows.
   * @default - TKE picks the tier from the node count.
   */
  readonly clusterLevel?: string;
  /**
   * Tags on every taggable resource, in addition to `kubeward.dev/cluster: <clusterName>`.
   * @default {}
   */
  readonly tags?: Readonly<Record<string, string>>;
  /**
   * Kubernetes API audit logging to CLS (KW-CLU-001). `false` needs a `suppressions` entry for KW-CLU-001.
   * @default true
   */
  readonly audit?: boolean;
  /**
   * Event persistence to CLS (KW-MON-003). `false` needs a `suppressions` entry for KW-MON-003.
   * @default true
   */
  readonly eventPersistence?: boolean;
  /**
   * Deletion protection of the cluster (KW-CLU-005). `false` needs a `suppressions` entry for KW-CLU-005.
   * @default true
   */
  readonly deletionProtection?: boolean;
  /**
   * KMS encryption of Secrets in etcd (KW-CLU-002). `false` needs a `suppressions` entry for KW-CLU-002.
   * @default true
   */
  readonly secretsEncryption?: boolean;
  /**
   * Open a public API server endpoint (KW-CLU-003), limited to source CIDRs by a security group.
   * Needs a `suppressions` entry for KW-CLU-003.
   * @default - none: the API server is reachable from the VPC only.
   */
  readonly publicEndpoint?: PublicEndpointProps;
  /**
   * CLS retention per topic.
   * @default - see {@link LogRetentionProps}.
   */
  readonly logRetentionDays?: LogRetentionProps;
  /**
   * Data retention of the managed Prometheus instance in days: 15, 30, 45, 90, 180, 365 or 730.
   * @default 30 - a month of metrics for trend analysis.
   */
  readonly metricsRetentionDays?: number;
  /**
   * A Tencent Managed Grafana bound to the TMP instance, private to the VPC, for kubeward's
   * dashboards (README "Dashboards"); `{ enabled: false, reason }` turns it off.
   * @default - on, named `<clusterName>-grafana`; see {@link GrafanaProps}
   */
  readonly grafana?: GrafanaProps | GrafanaOptOut;
  /**
   * Alarm recipients and node thresholds.
   * @default - no recipient (alarms show in the console only; a warning is logged) and 85% thresholds.
   */
  readonly alerting?: AlertingProps;
  /**
   * Backup bucket settings.
   * @default - a versioned, encrypted bucket in the cluster region, without replication.
   */
  readonly backup?: BackupProps;
  /**
   * A TCR namespace with automatic scanning that blocks vulnerable images (KW-CLU-010).
   * @default - none.
   */
  readonly registry?: RegistryProps;
  /**
   * Security alarms on the Kubernetes audit log and the CloudAudit records, and who gets them.
   * @default - on, reaching the recipients of `alerting`; see {@link SecurityAlarmsProps}.
   */
  readonly securityAlarms?: SecurityAlarmsProps | ClusterOptOut;
  /**
   * Container runtime security (TCSS) for the cluster.
   * @default - on; see {@link RuntimeSecurityProps}.
   */
  readonly runtimeSecurity?: RuntimeSecurityProps | ClusterOptOut;
  /**
   * Namespaces whose container stdout is shipped by their own LogConfig: the tenants whose
   * SecureTenant logging is on (one CLS topic each). The cluster-wide stdout LogConfig excludes
   * them, so no line is shipped (and billed) twice. PlatformRelease, given the cluster, refuses an
   * app whose LogConfigs ship a namespace missing here.
   * @default [] - every namespace but the system ones goes to the cluster's application topic
   */
  readonly tenantNamespaces?: readonly string[];
  /**
   * What the cluster installs for the custom resources tenant manifests use (their CRDs and
   * controllers), so one `pulumi up` can create the cluster and apply the tenants after them.
   * @default - TKE's backup add-on `tke-backup`; no mesh (see {@link ClusterAddonsProps})
   */
  readonly addons?: ClusterAddonsProps;
  /**
   * Reasons for the weakenings this cluster asks for: control id to reason (at least 10 characters).
   * Every weakening prop needs its entry; an entry without a matching weakening is refused too.
   * The reasons travel with the cloud resources, so audits report these controls as suppressed.
   * @default {} - no weakening.
   */
  readonly suppressions?: Readonly<Record<string, string>>;
}
